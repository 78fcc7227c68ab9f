#include "app/ctl/hostway/ctlhostwaycommand.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/operations/operation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaymodule.h"
#include "core/providers/hostway/hostwaysender.h"

CtlHostwayCommand::CtlHostwayCommand(CtlOptions options, QObject *parent)
    : CtlCommand(parent)
    , m_options(std::move(options))
    , m_credentials(QStringLiteral(MAILROOM_APP_ID))
{
}

CtlHostwayCommand::~CtlHostwayCommand() = default;

void CtlHostwayCommand::start()
{
    QString error;
    const auto account = CtlAccount::fromOptions(m_options, &error);
    if (!account)
        return usage(error);
    m_account = *account;
    if (!needsPassword())
        return connectClient(QString());   // drafting sends nothing: no password needed
    CtlAccount::password(m_account, m_credentials, this, [this](std::optional<QString> password, const QString &why) {
        if (!password) {
            CtlOutput::err(why);
            return finish(Transport);
        }
        connectClient(*password);
    });
}

void CtlHostwayCommand::connectClient(const QString &password)
{
    m_client = std::make_unique<HostwayClient>(&m_nam, HostwayModule::endpointOf(m_account));
    m_client->setCredentials(m_account.userName, password);
    m_client->setTimeoutSeconds(m_options.timeoutSeconds);
    run();
}

void CtlHostwayCommand::fail(const ApiError &error, const QString &notFound)
{
    CtlOutput::err(error.kind() == ApiError::Kind::NotFound ? notFound : error.message().section(QLatin1Char('\n'), 0, 0));
    for (const ApiError::FieldMessage &f : error.fieldMessages())
        CtlOutput::err(QStringLiteral("  %1: %2").arg(f.field, f.message));
    finish(error.isTransportOrAuth() ? Transport : Refused);
}

void CtlHostwayCommand::usage(const QString &message)
{
    CtlOutput::err(message);
    finish(Usage);
}

void CtlHostwayCommand::submitChange(std::shared_ptr<Operation> operation, std::function<QStringList(const ApiError &)> explain,
                                     std::function<void()> report, bool reportFinishes)
{
    const auto problems = operation->validate();
    if (!problems.isEmpty()) {
        for (const ValidationProblem &p : problems)
            CtlOutput::err(p.message);
        return finish(Usage);
    }
    if (draftInstead(m_options.draftFile, m_account, {operation}, &m_credentials))
        return;
    submit(m_account, std::make_unique<HostwaySender>(m_client.get()), {operation},
           [this, operation, explain = std::move(explain), report = std::move(report), reportFinishes](const ChangeOutcome &outcome) {
        if (!outcome.ok()) {
            // Hostway's refusal in words that say what to do, where the change has them.
            if (explain) {
                for (const QString &line : explain(outcome.error))
                    CtlOutput::err(line);
            }
            return failWith(outcome);
        }
        if (report && reportFinishes)
            return report();
        if (report)
            report();
        else
            CtlOutput::out((operation->describe() + QStringLiteral(": done\n")).toUtf8());
        finish(Done);
    });
}

void CtlHostwayCommand::printDone(const Operation &operation, const QString &username, const QString &headline)
{
    const QString password = operation.secret(QStringLiteral("password"));
    if (!operation.generatesPassword() || password.isEmpty())
        CtlOutput::out((operation.describe() + QStringLiteral(": done\n")).toUtf8());
    else if (m_options.format == CtlOptions::Format::Json)
        CtlOutput::out(QJsonDocument(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}})
                           .toJson(QJsonDocument::Indented));
    else
        CtlOutput::out(QStringLiteral("%1\npassword: %2\n").arg(headline, password).toUtf8());
}

QStringList CtlHostwayCommand::withUnknownPassword(QStringList lines, const Operation &operation, const ApiError &refusal)
{
    const bool unknownOutcome = refusal.kind() == ApiError::Kind::Network || refusal.kind() == ApiError::Kind::Timeout;
    const QString password = operation.secret(QStringLiteral("password"));
    if (operation.generatesPassword() && unknownOutcome && !password.isEmpty())
        lines.append(QStringLiteral("outcome unknown: if it landed, the password of %1 is: %2").arg(operation.passwordOwner(), password));
    return lines;
}
