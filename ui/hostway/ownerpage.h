#pragma once

#include "core/providers/hostway/mailboxowner.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <QWidget>

class HostwayClient;
class QLabel;
class QTabWidget;
class SecurityTab;
class WebmailTab;

/// The page of a Hostway mailbox owner's account (Hostway::MailboxOwner): the one mailbox it
/// signs in as, with what the /email/{domain}/... shortcuts allow (seed 003 sections 93-98,
/// 102-115): its secret questions and the password reset by answers (SecurityTab), and its
/// webmail plan and settings with the domain's plans (WebmailTab; regular mailboxes only).
/// The tabs are the mailbox properties' own, changed through the account's change path.
class OwnerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OwnerPage(QWidget *parent = nullptr);

    /// The account's change path and whether Draft Mode is on, for both tabs.
    void setChangePath(const MailboxSettingTab::Submit &submit, const std::function<bool()> &drafting);
    /// Shows `owner`'s mailbox through `client` (signed in as the owner); a null client shows
    /// the mailbox's name only, until the client comes.
    void setSource(HostwayClient *client, const Hostway::MailboxOwner &owner);

private:
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    SecurityTab *m_security;
    WebmailTab *m_webmail;
};
