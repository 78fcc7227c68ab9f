#include "core/providers/hostway/webmailoperations.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"

#include <QRegularExpression>

namespace {

const QString kFields = QStringLiteral("fields");
const QString kType = QStringLiteral("type");
const QString kLanguage = QStringLiteral("language");

/// The problems of `fields`: known names of the right type, a locale like en_US.
QList<ValidationProblem> fieldProblems(const WebmailFields &fields, bool creating)
{
    QList<ValidationProblem> problems;
    static const QStringList texts{QStringLiteral("type"), QStringLiteral("theme"), QStringLiteral("language"), QStringLiteral("timezone")};
    static const QStringList flags{QStringLiteral("allowUpgrade"), QStringLiteral("resetPassword")};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const bool known = texts.contains(it.key()) ? it.value().isString() : flags.contains(it.key()) && it.value().isBool();
        if (!known || (creating && it.key() == QLatin1String("resetPassword")))
            problems.append({it.key(), QCoreApplication::translate("SetWebmail", "%1 is not a webmail setting Hostway takes here.").arg(it.key())});
    }
    if (fields.contains(kType) && fields.value(kType).toString().trimmed().isEmpty())
        problems.append({kType, QCoreApplication::translate("SetWebmail", "Choose a webmail plan.")});
    static const QRegularExpression locale(QStringLiteral("^[a-z]{2}_[A-Z]{2}$"));
    if (fields.contains(kLanguage) && !locale.match(fields.value(kLanguage).toString()).hasMatch())
        problems.append({kLanguage, QCoreApplication::translate("SetWebmail", "The language is a locale such as en_US or fr_FR.")});
    return problems;
}

/// "type premium, language fr_FR".
QString fieldsText(const WebmailFields &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key(), it.value().isBool() ? (it.value().toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                                                                : it.value().toString()));
    return parts.join(QStringLiteral(", "));
}

bool readWebmail(const QByteArray &body, QJsonValue *state, QString *error)
{
    Hostway::Webmail webmail;
    if (!Hostway::Parser::webmail(body, &webmail, error))
        return false;
    *state = CreateWebmail::stateOf(webmail);
    return true;
}

/// Hostway's documented refusals of a webmail change (sections 82, 84), in words.
QStringList explainWebmail(const ApiError &error)
{
    if (error.httpStatus() == 409)
        return {QCoreApplication::translate("SetWebmail", "This mailbox has a webmail account already: change it instead.")};
    if (error.httpStatus() != 400)
        return {};
    const QString said = error.providerMessage() + QLatin1Char(' ') + error.fieldMessage(kType);
    if (said.contains(QLatin1String("Number of mailboxes exceeded"), Qt::CaseInsensitive))
        return {QCoreApplication::translate("SetWebmail", "Every mailbox this plan allows in the domain is taken: choose another plan, "
                                                          "or move another mailbox off this one first.")};
    if (said.contains(QLatin1String("not allowed to be upgraded"), Qt::CaseInsensitive))
        return {QCoreApplication::translate("SetWebmail", "This account may not be upgraded: allow upgrades for it first, or keep its plan.")};
    if (said.contains(QLatin1String("already upgraded"), Qt::CaseInsensitive))
        return {QCoreApplication::translate("SetWebmail", "The account is on a higher plan: move it back to standard before changing whether it may upgrade.")};
    if (said.contains(QLatin1String("inconsistent"), Qt::CaseInsensitive))
        return {QCoreApplication::translate("SetWebmail", "A plan above standard needs upgrades allowed: allow them, or choose standard.")};
    if (said.contains(QLatin1String("larger than the new quota"), Qt::CaseInsensitive))
        return {QCoreApplication::translate("SetWebmail", "The mailbox holds more mail than that plan allows: delete mail first, or keep a larger plan.")};
    if (said.contains(QLatin1String("is not one of"), Qt::CaseInsensitive))
        return {QCoreApplication::translate("SetWebmail", "Hostway offers no such plan in this domain: choose one of its plans.")};
    return {};
}

} // namespace

// CreateWebmail

CreateWebmail::CreateWebmail(QString domain, QString name, WebmailFields fields)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_fields(std::move(fields))
{
}

QList<ValidationProblem> CreateWebmail::validate() const
{
    return addressProblems() + fieldProblems(m_fields, true);
}

QString CreateWebmail::describe() const
{
    return m_fields.isEmpty() ? tr("Create the webmail account of %1").arg(address())
                              : tr("Create the webmail account of %1 (%2)").arg(address(), fieldsText(m_fields));
}

HttpRequest CreateWebmail::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::postWebmail(endpoint, domain(), name(), m_fields);
}

QJsonObject CreateWebmail::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kFields, m_fields);
    return json;
}

HttpRequest CreateWebmail::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::webmail(endpoint, domain(), name());
}

bool CreateWebmail::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return readWebmail(body, state, error);
}

bool CreateWebmail::stateWhenMissing(QJsonValue *state) const
{
    *state = QJsonObject();
    return true;
}

bool CreateWebmail::isAppliedIn(const QJsonValue &state) const
{
    return state.toObject().contains(kType);
}

QStringList CreateWebmail::explainRefusal(const ApiError &error) const
{
    return explainWebmail(error);
}

QJsonValue CreateWebmail::stateOf(const Hostway::Webmail &webmail)
{
    return QJsonObject{{kType, webmail.type}, {QStringLiteral("allowUpgrade"), webmail.allowUpgrade},
                       {QStringLiteral("resetPassword"), webmail.resetPassword}, {QStringLiteral("theme"), webmail.theme},
                       {kLanguage, webmail.language}, {QStringLiteral("timezone"), webmail.timezone}};
}

std::unique_ptr<CreateWebmail> CreateWebmail::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<CreateWebmail>(QString(), QString(), WebmailFields());
    readBase(json, object, op.get());
    op->m_fields = json.object(kFields);
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}

// SetWebmail

SetWebmail::SetWebmail(QString domain, QString name, WebmailFields fields)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_fields(std::move(fields))
{
}

QList<ValidationProblem> SetWebmail::validate() const
{
    QList<ValidationProblem> problems = addressProblems() + fieldProblems(m_fields, false);
    if (m_fields.isEmpty())
        problems.append({kFields, tr("Change at least one webmail setting.")});
    return problems;
}

QString SetWebmail::describe() const
{
    return tr("Change the webmail of %1: %2").arg(address(), fieldsText(m_fields));
}

QStringList SetWebmail::changes(const SnapshotMailbox *) const
{
    QStringList lines;
    const QJsonObject before = expected().toObject();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QJsonValue was = before.value(it.key());
        const auto text = [](const QJsonValue &v) {
            return v.isBool() ? (v.toBool() ? tr("yes") : tr("no")) : v.isString() ? v.toString() : tr("unknown");
        };
        lines.append(tr("%1: %2 \u2192 %3").arg(it.key(), text(was), text(it.value())));
    }
    return lines;
}

HttpRequest SetWebmail::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::putWebmail(endpoint, domain(), name(), m_fields);
}

QJsonObject SetWebmail::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kFields, m_fields);
    return json;
}

HttpRequest SetWebmail::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::webmail(endpoint, domain(), name());
}

bool SetWebmail::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return readWebmail(body, state, error);
}

bool SetWebmail::isAppliedIn(const QJsonValue &state) const
{
    const QJsonObject now = state.toObject();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (now.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QString SetWebmail::conflictWith(const QJsonValue &state) const
{
    if (!expected().isObject())
        return {};
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (state.toObject().value(it.key()) != expected().toObject().value(it.key()))
            return tr("The webmail's %1 of %2 changed since the draft was made.").arg(it.key(), address());
    }
    return {};
}

QStringList SetWebmail::explainRefusal(const ApiError &error) const
{
    return explainWebmail(error);
}

std::unique_ptr<SetWebmail> SetWebmail::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<SetWebmail>(QString(), QString(), WebmailFields());
    readBase(json, object, op.get());
    op->m_fields = json.object(kFields);
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
