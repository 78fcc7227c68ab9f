#pragma once

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloptions.h"
#include "core/accounts/account.h"
#include "core/credentials/credentialstore.h"

#include <QNetworkAccessManager>

#include <memory>

class ApiError;
class HostwayClient;
class Operation;

/// What every Hostway command of mailroomctl does first: finds the account (profile, or
/// options), its password when needsPassword() (MAILROOM_PASSWORD, the keychain, a prompt
/// without echo), and makes the HostwayClient; then run(). fail() prints a provider's error
/// field by field and finishes with its exit code.
class CtlHostwayCommand : public CtlCommand
{
    Q_OBJECT

public:
    ~CtlHostwayCommand() override;
    void start() final;

protected:
    explicit CtlHostwayCommand(CtlOptions options, QObject *parent = nullptr);

    /// Runs the command; m_client is ready (with no password when needsPassword() said so).
    virtual void run() = 0;
    /// True unless the command only drafts (--draft) and reads nothing first.
    [[nodiscard]] virtual bool needsPassword() const { return m_options.draftFile.isEmpty(); }
    /// Prints `error` (its first line, then each field's message; `notFound` for a 404) and
    /// finishes: 3 for network, TLS or credentials, else 1.
    void fail(const ApiError &error, const QString &notFound);
    /// Prints `message` and finishes with the usage exit code (2).
    void usage(const QString &message);
    /// Checks `operation` (its problems: exit 2), drafts it with --draft, else sends it through
    /// the change path (audited) and prints its description and "done"; a refusal is printed
    /// with `explain`'s words first (may be empty). `report`, when given, prints the success
    /// instead.
    /// `reportFinishes`: `report` calls finish() itself (it goes on with more requests).
    void submitChange(std::shared_ptr<Operation> operation, std::function<QStringList(const ApiError &)> explain = {},
                      std::function<void()> report = {}, bool reportFinishes = false);
    /// Prints that `operation` is done: its description; or, when it generated a password,
    /// `headline` and the password (--format json: {"username": `username`, "password"}).
    void printDone(const Operation &operation, const QString &username, const QString &headline);
    /// `lines`, and the password `operation` generated when `refusal` leaves the outcome
    /// unknown (network, timeout): if the change landed, that password is nowhere else.
    [[nodiscard]] static QStringList withUnknownPassword(QStringList lines, const Operation &operation, const ApiError &refusal);

    CtlOptions m_options;
    Account m_account;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HostwayClient> m_client;

private:
    void connectClient(const QString &password);
};
