#pragma once

#include "app/ctl/ctlcommand.h"
#include "app/ctl/registry/ctlprovider.h"
#include "core/accounts/account.h"
#include "core/credentials/credentialstore.h"

#include <QNetworkAccessManager>

class ProviderConnection;

/// testmail's side of mailroomctl (tests only, registered through CtlProviders::add()): one
/// command, "quota set --name M --quota MB", for an account given by --base-url, --account
/// and --user.
class TestMailCtlProvider final : public CtlProvider
{
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("testmail"); }
    [[nodiscard]] QString usage() const override;
    [[nodiscard]] QStringList commands() const override { return {QStringLiteral("quota set")}; }
    [[nodiscard]] QString commandProblem(const QString &noun, const QString &verb) const override;
    [[nodiscard]] QString accountProblem(const CtlOptions &options) const override;
    bool readOptions(const QCommandLineParser &parser, CtlOptions &options, QString *error) const override;
    [[nodiscard]] std::unique_ptr<CtlCommand> makeCommand(const CtlOptions &options) const override;
};

/// "quota set": a TestMailQuota drafted (--draft) or sent through the change path with the
/// connection ProviderRegistry's testmail module makes; the password from MAILROOM_PASSWORD
/// or the keychain.
class TestMailQuotaCommand final : public CtlCommand
{
    Q_OBJECT

public:
    explicit TestMailQuotaCommand(CtlOptions options);
    ~TestMailQuotaCommand() override;
    void start() override;

private:
    CtlOptions m_options;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProviderConnection> m_connection;
};
