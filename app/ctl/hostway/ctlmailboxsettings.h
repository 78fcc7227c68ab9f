#pragma once

#include "app/ctl/hostway/ctlhostwaycommand.h"
#include "core/providers/hostway/hostwaytypes.h"

#include <memory>

class ApiError;
class HostwayClient;
class MailboxSettingChange;

/// mailroomctl's commands for a Hostway mailbox's settings (seed 003): `forwards
/// list|add|remove` (sections 57-62), `autoresponder show|set|off` (31-34), and its message
/// counts, `mailbox stats` (71-72) and `exchange stats` (49-50), and its black/white list,
/// `blackwhitelist list|show|add|remove` (35-42), its spam filter, `spamfilter show|set` (43-46),
/// `migration report` (73-74), and its webmail account, `webmail show|create|set` (79-98). Changes go
/// through the change path (audited; --draft FILE drafts them). `forwards add` and
/// `autoresponder off` read the mailbox first (the whole list to send; the text Hostway
/// needs even to turn the reply off), with --draft too.
class CtlMailboxSettings final : public CtlHostwayCommand
{
    Q_OBJECT

public:
    explicit CtlMailboxSettings(CtlOptions options, QObject *parent = nullptr);

private:
    void run() override;
    void forwardsList();
    void forwardsAdd();
    void forwardsRemove();
    void autoresponderShow();
    void autoresponderSet(bool active);
    void messageStats(bool exchange);
    void blackWhiteList();
    /// Reads page `query.page` and the ones after it, then prints them all.
    void blackWhitePage(Hostway::BlackWhiteQuery query, QList<Hostway::BlackWhiteEntry> collected);
    void blackWhiteAdd();
    void spamFilterShow();
    void spamFilterSet();
    void migrationReport();
    void webmailShow();
    /// webmail create (`creating`) or set, from --type, --allow-upgrade, --reset-password,
    /// --theme, --language, --timezone.
    void webmailChange(bool creating);
    /// The text of --body, or of --body-file (- for standard input); false after printing why.
    bool readBody(QString *body);
    void blackWhiteRemove();
    /// blackwhitelist show: the list one address is on (GET .../blackwhitelist/{address}).
    void blackWhiteShow();
    /// webmail domain show|set: the domain's own webmail settings (sections 89-92).
    void webmailDomain();
    /// Drafts or sends `operation`, then prints its description and "done" (or "drafted").
    void change(std::shared_ptr<MailboxSettingChange> operation);
    void fail(const ApiError &error);
    [[nodiscard]] bool needsPassword() const override;

};
