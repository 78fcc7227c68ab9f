#include "app/ctl/webitel/ctlwebitel.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/providers/webitel/webitelclient.h"
#include "core/providers/webitel/webiteloperation.h"
#include "core/providers/webitel/webitelsender.h"

#include <QJsonDocument>
#include <QJsonObject>

using Webitel::EmailSettings;

CtlWebitel::CtlWebitel(CtlOptions options, QObject *parent)
    : CtlCommand(parent)
    , m_options(std::move(options))
    , m_credentials(QStringLiteral(MAILROOM_APP_ID))
{
}

CtlWebitel::~CtlWebitel() = default;

void CtlWebitel::fail(const ApiError &error)
{
    CtlOutput::err(error.message().section(QLatin1Char('\n'), 0, 0));
    finish(error.isTransportOrAuth() ? Transport : Refused);
}

void CtlWebitel::start()
{
    QString error;
    const auto account = CtlAccount::fromOptions(m_options, &error);
    if (!account) {
        CtlOutput::err(error);
        return finish(Usage);
    }
    m_account = *account;
    if (!m_options.draftFile.isEmpty() && m_options.verb != QLatin1String("set"))
        return run(QString());   // a drafted delete or test sends nothing now: no password needed
    CtlAccount::password(*account, m_credentials, this, [this](std::optional<QString> password, const QString &why) {
        if (!password) {
            CtlOutput::err(why);
            return finish(Transport);
        }
        run(*password);
    });
}

void CtlWebitel::run(const QString &password)
{
    m_client = std::make_unique<WebitelClient>(&m_nam, m_options.baseUrl);
    m_client->setCredentials(m_options.user, password);
    m_client->setTimeoutSeconds(m_options.timeoutSeconds);
    const QString domain = m_options.domain;
    const QString verb = m_options.verb;

    if (verb == QLatin1String("show")) {
        m_client->fetchSettings(domain, this, [this, domain](const ApiError &error, const EmailSettings &s) {
            if (error.kind() == ApiError::Kind::NotFound) {
                CtlOutput::err(QStringLiteral("%1 has no email settings").arg(domain));
                return finish(Refused);
            }
            if (error.isError())
                return fail(error);
            const QJsonObject json{{QStringLiteral("domain"), domain}, {QStringLiteral("id"), s.id},
                                   {QStringLiteral("description"), s.description}, {QStringLiteral("from"), s.from},
                                   {QStringLiteral("host"), s.host}, {QStringLiteral("port"), s.port},
                                   {QStringLiteral("secure"), s.secure}, {QStringLiteral("debug"), s.debug},
                                   {QStringLiteral("rejectUnauthorized"), s.rejectUnauthorized},
                                   {QStringLiteral("user"), s.user}, {QStringLiteral("passwordSet"), !s.password.isEmpty()}};
            if (m_options.format == CtlOptions::Format::Json) {
                CtlOutput::out(QJsonDocument(json).toJson(QJsonDocument::Indented));
            } else {
                QList<QStringList> rows;
                for (auto it = json.begin(); it != json.end(); ++it) {
                    const QJsonValue v = it.value();
                    rows.append({it.key(), v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                           : v.isDouble() ? QString::number(v.toInt()) : v.toString()});
                }
                CtlOutput::out(CtlOutput::table(rows));
            }
            finish(Done);
        });
        return;
    }
    if (verb == QLatin1String("delete") || verb == QLatin1String("test")) {
        const auto action = verb == QLatin1String("delete") ? WebitelOperation::Action::Delete : WebitelOperation::Action::Test;
        if (draftInstead(m_options.draftFile, m_account, {std::make_shared<WebitelOperation>(action, domain, EmailSettings{}, m_options.to)},
                         &m_credentials))
            return;
    }
    if (verb == QLatin1String("delete") || verb == QLatin1String("test")) {
        const auto action = verb == QLatin1String("delete") ? WebitelOperation::Action::Delete : WebitelOperation::Action::Test;
        auto op = std::make_shared<WebitelOperation>(action, domain, EmailSettings{}, m_options.to);
        submit(m_account, std::make_unique<WebitelSender>(m_client.get()), {op}, [this, op](const ChangeOutcome &outcome) {
            if (!outcome.ok())
                return failWith(outcome);
            CtlOutput::out((op->describe() + QStringLiteral(": done\n")).toUtf8());
            finish(Done);
        });
        return;
    }
    // set: merge the given fields into what is there, or create
    const QString smtpPassword = m_options.smtpPasswordStdin ? CtlAccount::readSecretLine() : QString();
    m_client->fetchSettings(domain, this, [this, domain, smtpPassword](const ApiError &error, EmailSettings s) {
        const bool create = error.kind() == ApiError::Kind::NotFound;
        if (error.isError() && !create)
            return fail(error);
        if (create)
            s = EmailSettings{};
        if (m_options.hostSet)
            s.host = m_options.host;
        if (m_options.port)
            s.port = *m_options.port;
        if (m_options.secure)
            s.secure = *m_options.secure;
        if (m_options.rejectUnauthorized)
            s.rejectUnauthorized = *m_options.rejectUnauthorized;
        if (m_options.fromSet)
            s.from = m_options.from;
        if (m_options.descriptionSet)
            s.description = m_options.description;
        if (m_options.smtpUserSet)
            s.user = m_options.smtpUser;
        if (m_options.smtpPasswordStdin)
            s.password = smtpPassword;
        const QStringList problems = s.problems();
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                CtlOutput::err(p);
            return finish(Usage);
        }
        if (!m_options.draftFile.isEmpty() && !m_options.smtpPasswordStdin)
            s.password.clear();   // the draft keeps the password Webitel has: nothing for the keychain
        const auto action = create ? WebitelOperation::Action::Create : WebitelOperation::Action::Update;
        if (draftInstead(m_options.draftFile, m_account, {std::make_shared<WebitelOperation>(action, domain, s)}, &m_credentials))
            return;
        submit(m_account, std::make_unique<WebitelSender>(m_client.get()), {std::make_shared<WebitelOperation>(action, domain, s)},
               [this, domain, create, s](const ChangeOutcome &outcome) {
                   if (!outcome.ok())
                       return failWith(outcome);
                   CtlOutput::out(QStringLiteral("%1 the email settings of %2 (%3:%4)\n")
                                      .arg(create ? QStringLiteral("created") : QStringLiteral("updated"), domain, s.host)
                                      .arg(s.port).toUtf8());
                   finish(Done);
               });
    });
}
