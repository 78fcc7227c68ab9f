#pragma once

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloptions.h"
#include "core/accounts/account.h"
#include "core/credentials/credentialstore.h"
#include "core/operations/operation.h"
#include "core/providers/ikoula/ikoulacalls.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

class ApiError;
class IkoulaClient;

/// mailroomctl's Ikoula commands (seed 000, all 24 wsexch actions): subscriptions and
/// billing, mailboxes, distribution lists and their members, contacts. `mailbox set` turns
/// its options into one wsexch call per aspect (password, features, quotas, aliases,
/// forwarding, directory fields), sent in order, stopping at the first refusal. Emits
/// finished() with the exit code.
class CtlIkoula final : public CtlCommand
{
    Q_OBJECT

public:
    explicit CtlIkoula(CtlOptions options, QObject *parent = nullptr);
    ~CtlIkoula() override;
    void start() override;

private:
    void run();
    void list();
    void change();
    /// Sends `calls` one after the other, printing each answer's message; with --draft FILE,
    /// adds them to the draft instead.
    void sendAll(QList<IkoulaCall> calls);
    /// Builds the calls of `mailbox set` from the options and the current BAL (`current`
    /// may be null when nothing needs merging). Empty with *error on a bad option.
    QList<IkoulaCall> mailboxSetCalls(const Ikoula::Bal *current, QString *error) const;
    /// True when `mailbox set` needs the current BAL (partial features, quotas, or fields).
    [[nodiscard]] bool needsCurrent() const;
    void fail(const ApiError &error);
    void usage(const QString &text);

    CtlOptions m_options;
    Account m_account;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<IkoulaClient> m_client;
    PasswordSource m_passwordSource = PasswordSource::Provided;   ///< of a drafted mailbox creation
    std::optional<Ikoula::Bal> m_before;                          ///< the mailbox `mailbox set` merged into
};
