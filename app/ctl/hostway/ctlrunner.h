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

/// Runs one mailroomctl command: finds the account and its password (profile + keychain, or
/// options + MAILROOM_PASSWORD / keychain), sends the request(s) and prints the result.
/// Emits finished() with the exit code: 0 done, 1 refused, 2 usage, 3 network/TLS/auth.
class CtlRunner final : public CtlCommand
{
    Q_OBJECT

public:
    explicit CtlRunner(CtlOptions options, QObject *parent = nullptr);
    ~CtlRunner() override;
    void start() override;

private:
    void run(const QString &password);
    void domainShow();
    void mailboxesList();
    void mailboxShow();
    void mailboxCreate();
    void mailboxSet();
    void mailboxDelete();
    /// Prints `error` to stderr, field by field, and finishes with its exit code.
    void fail(const ApiError &error);
    /// Prints the outcome's error and finishes with exitCodeOf(outcome).
    void fail(const ChangeOutcome &outcome);
    void printError(const ApiError &error);
    void usage(const QString &message);

    CtlOptions m_options;
    Account m_account;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HostwayClient> m_client;
};
