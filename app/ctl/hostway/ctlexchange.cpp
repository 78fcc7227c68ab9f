#include "app/ctl/hostway/ctlexchange.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayrequests.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

CtlExchange::CtlExchange(CtlOptions options, QObject *parent)
    : CtlHostwayCommand(std::move(options), parent)
{
}

bool CtlExchange::needsPassword() const
{
    return m_options.draftFile.isEmpty() || m_options.verb == QLatin1String("set");   // set reads the mailbox first
}

void CtlExchange::run()
{
    if (m_options.verb == QLatin1String("show"))
        return show();
    if (m_options.verb == QLatin1String("create"))
        return create();
    if (m_options.verb == QLatin1String("set"))
        return change();
    auto op = std::make_shared<DeleteExchange>(m_options.domain, m_options.name);
    const DeleteExchange *raw = op.get();
    submitChange(op, [raw](const ApiError &error) { return raw->explainRefusal(error); });
}

void CtlExchange::show()
{
    m_client->fetchExchange(m_options.domain, m_options.name, this, [this](const ApiError &error, const Hostway::ExchangeMailbox &m) {
        if (error.isError())
            return fail(error, QStringLiteral("not found (HTTP 404): the domain or mailbox does not exist, or is not an Exchange mailbox"));
        const QList<QPair<QString, bool>> protocols{{QStringLiteral("activeSyncEnabled"), m.activeSyncEnabled},
                                                   {QStringLiteral("imapEnabled"), m.imapEnabled},
                                                   {QStringLiteral("mapiEnabled"), m.mapiEnabled},
                                                   {QStringLiteral("owaEnabled"), m.owaEnabled},
                                                   {QStringLiteral("popEnabled"), m.popEnabled}};
        // Every field as Hostway gives it: the known ones first, then the rest by name.
        QList<QPair<QString, QString>> fields{{QStringLiteral("username"), m.username},
                                              {QStringLiteral("displayName"), m.displayName},
                                              {QStringLiteral("primarySmtpAddress"), m.primarySmtpAddress},
                                              {QStringLiteral("type"), m.type},
                                              {QStringLiteral("resourceType"), m.resourceType},
                                              {QStringLiteral("recipientType"), m.recipientType},
                                              {QStringLiteral("quota"), m.quota},
                                              {QStringLiteral("totalItemSize"), m.totalItemSize}};
        auto others = m.otherFields;
        std::sort(others.begin(), others.end());
        if (m_options.format == CtlOptions::Format::Json) {
            QJsonObject o;
            for (const auto &[key, value] : std::as_const(fields) + others)
                o.insert(key, value);
            for (const auto &[key, on] : protocols)
                o.insert(key, on);
            CtlOutput::out(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            QList<QStringList> rows{{QStringLiteral("field"), QStringLiteral("value")}};
            for (const auto &[key, value] : std::as_const(fields) + others)
                rows.append({key, value});
            for (const auto &[key, on] : protocols)
                rows.append({key, on ? QStringLiteral("yes") : QStringLiteral("no")});
            CtlOutput::out(CtlOutput::table(rows));
        }
        finish(Done);
    });
}

bool CtlExchange::fieldsFromOptions(QJsonObject *fields)
{
    if (m_options.has("display-name"))
        fields->insert(QStringLiteral("displayName"), m_options.value("display-name"));
    if (m_options.has("type"))
        fields->insert(QStringLiteral("type"), m_options.value("type"));
    if (m_options.has("resource"))
        fields->insert(QStringLiteral("resourceType"), m_options.value("resource"));
    if (m_options.flag("reset-password"))
        fields->insert(QStringLiteral("resetPassword"), true);
    for (const QString &argument : std::as_const(m_options.arguments)) {
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            usage(QStringLiteral("\"%1\" is not FIELD=VALUE (fields: city, company, country, department, fax, firstName, homePhone, "
                                 "lastName, mobilePhone, postalCode, state, street, title)").arg(argument));
            return false;
        }
        fields->insert(argument.left(eq), argument.mid(eq + 1));
    }
    return true;
}

void CtlExchange::create()
{
    QJsonObject fields;
    if (!fieldsFromOptions(&fields))
        return;
    const QString password = m_options.passwordStdin ? CtlAccount::readSecretLine() : QString();
    if (m_options.passwordStdin && password.isEmpty())
        return usage(QStringLiteral("--password-stdin read no password"));
    auto op = std::make_shared<CreateExchange>(m_options.domain, m_options.name, fields,
                                               m_options.generatePassword ? PasswordSource::Generate : PasswordSource::Provided, password);
    const CreateExchange *raw = op.get();
    submitChange(op, [raw](const ApiError &error) { return withUnknownPassword(raw->explainRefusal(error), *raw, error); },
                 [this, raw] { printDone(*raw, raw->name(), QStringLiteral("created %1").arg(raw->address())); });
}

void CtlExchange::change()
{
    QJsonObject fields;
    if (!fieldsFromOptions(&fields))
        return;
    QString password;
    if (m_options.passwordStdin) {
        password = CtlAccount::readSecretLine();
        if (password.isEmpty())
            return usage(QStringLiteral("--password-stdin read no password"));
    }
    auto op = std::make_shared<UpdateExchange>(m_options.domain, m_options.name, fields, password);
    // Read first: the same PUT would create a mailbox that is not there, and the state read
    // is what a draft compares at apply.
    m_client->send(Hostway::Requests::exchange(m_client->endpoint(), m_options.domain, m_options.name), this, [this, op](ApiJob *job) {
        if (!job->succeeded())
            return CtlHostwayCommand::fail(job->error(), QStringLiteral("not found (HTTP 404): there is no Exchange mailbox of that name"));
        QJsonValue state;
        QString why;
        if (!UpdateExchange::stateOf(job->responseBody(), op->fields(), &state, &why))
            return CtlHostwayCommand::fail(ApiError(ApiError::Kind::Malformed, why, job->httpStatus()), QString());
        op->setExpected(state);
        const UpdateExchange *raw = op.get();
        submitChange(op, [raw](const ApiError &error) { return raw->explainRefusal(error); });
    });
}
