#include "testprovider/testmailctl.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/registry/providerconnection.h"
#include "core/registry/providermodule.h"
#include "core/registry/providerregistry.h"
#include "testprovider/testmailmodule.h"

QString TestMailCtlProvider::usage() const
{
    return QStringLiteral("With --provider testmail --base-url URL --account tm-ID --user NAME:\n  quota set --name M --quota MB\n");
}

QString TestMailCtlProvider::commandProblem(const QString &noun, const QString &verb) const
{
    if (commands().contains(noun + QLatin1Char(' ') + verb))
        return {};
    return QStringLiteral("with --provider testmail, the command is quota set");
}

QString TestMailCtlProvider::accountProblem(const CtlOptions &o) const
{
    if (o.baseUrl.isEmpty() || o.user.isEmpty() || o.accountId.isEmpty())
        return QStringLiteral("give --base-url, --account and --user");
    return {};
}

bool TestMailCtlProvider::readOptions(const QCommandLineParser &, CtlOptions &o, QString *error) const
{
    if (o.name.isEmpty() || !o.quotaMb) {
        *error = QStringLiteral("quota set needs --name and --quota");
        return false;
    }
    return true;
}

std::unique_ptr<CtlCommand> TestMailCtlProvider::makeCommand(const CtlOptions &options) const
{
    return std::make_unique<TestMailQuotaCommand>(options);
}

TestMailQuotaCommand::TestMailQuotaCommand(CtlOptions options)
    : m_options(std::move(options))
    , m_credentials(QStringLiteral("org.mailroom.Mailroom.tests"))
{
}

TestMailQuotaCommand::~TestMailQuotaCommand() = default;

void TestMailQuotaCommand::start()
{
    QString error;
    const auto account = CtlAccount::fromOptions(m_options, &error);
    if (!account) {
        CtlOutput::err(error);
        return finish(Usage);
    }
    auto op = std::make_shared<TestMailQuota>(m_options.name, *m_options.quotaMb);
    if (draftInstead(m_options.draftFile, *account, {op}, &m_credentials))
        return;
    CtlAccount::password(*account, m_credentials, this, [this, account = *account, op](std::optional<QString> password, const QString &why) {
        if (!password) {
            CtlOutput::err(why);
            return finish(Transport);
        }
        m_connection = ProviderRegistry::instance().find(account.provider)->connect(account, {&m_nam, nullptr, &m_credentials});
        m_connection->setCredentials(account, *password);
        submit(account, m_connection->makeSender(), {op}, [this](const ChangeOutcome &outcome) {
            if (!outcome.ok())
                return failWith(outcome);
            finish(Done);
        });
    });
}
