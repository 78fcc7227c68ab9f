#include "core/providers/webitel/webiteloperation.h"

#include "core/operations/strictjson.h"
#include "core/providers/webitel/webitelclient.h"

#include <QJsonDocument>

namespace {

const char *const kActions[] = {"create", "update", "delete", "test"};
const QString kSettingsPath = QStringLiteral("/api/v2/email/settings");

bool isAddress(const QString &text)
{
    return text.count(QLatin1Char('@')) == 1 && !text.startsWith(QLatin1Char('@')) && !text.endsWith(QLatin1Char('@'))
           && !text.contains(QLatin1Char(' '));
}

/// Checks the types of the settings WebitelClient::toJson() writes (a draft file's, not an
/// answer of Webitel's): texts, a port from 0 to 65535, true or false.
void checkSettings(const QJsonObject &settings, StrictJson *into)
{
    StrictJson s(settings, QStringLiteral("settings"));
    (void)s.optionalText(QStringLiteral("provider"));
    (void)s.optionalText(QStringLiteral("description"));
    (void)s.optionalText(QStringLiteral("from"));
    StrictJson options(s.object(QStringLiteral("options")), QStringLiteral("settings.options"));
    if (s.ok()) {
        (void)options.optionalText(QStringLiteral("host"));
        (void)options.optionalInteger(QStringLiteral("port"), 0, 65535);
        (void)options.optionalBool(QStringLiteral("secure"));
        (void)options.optionalBool(QStringLiteral("debug"));
        StrictJson tls(options.object(QStringLiteral("tls"), true), QStringLiteral("settings.options.tls"));
        (void)tls.optionalBool(QStringLiteral("rejectUnauthorized"));
        StrictJson auth(options.object(QStringLiteral("auth"), true), QStringLiteral("settings.options.auth"));
        (void)auth.optionalText(QStringLiteral("user"));
        (void)auth.optionalText(QStringLiteral("pass"));
        for (const StrictJson *part : {&tls, &auth}) {
            if (!part->ok())
                options.fail({}, part->error());
        }
    }
    for (const StrictJson *part : {&s, &options}) {
        if (!part->ok())
            return into->fail({}, part->error());
    }
}

} // namespace

WebitelOperation::WebitelOperation(Action action, QString domain, Webitel::EmailSettings settings, QString to)
    : m_action(action)
    , m_domain(std::move(domain))
    , m_settings(std::move(settings))
    , m_to(std::move(to))
{
}

QString WebitelOperation::kind() const
{
    return QLatin1String(kKindPrefix) + QLatin1String(kActions[int(m_action)]);
}

QStringList WebitelOperation::secretNames() const
{
    const bool sendsSettings = m_action == Action::Create || m_action == Action::Update;
    return sendsSettings && (!m_settings.password.isEmpty() || m_passwordElsewhere) ? QStringList{QStringLiteral("password")} : QStringList();
}

bool WebitelOperation::keepsPassword() const
{
    return m_action == Action::Update && m_settings.password.isEmpty() && !m_passwordElsewhere;
}

QList<ValidationProblem> WebitelOperation::validate() const
{
    QList<ValidationProblem> problems;
    if (m_domain.trimmed().isEmpty() || m_domain.contains(QLatin1Char(' ')) || m_domain.size() > 253)
        problems.append({QStringLiteral("domain"), tr("Choose a domain.")});
    // The seed sets no lengths: a host name has at most 253 characters, an address 254, and
    // a description of 1,000 is more than any form shows.
    const auto tooLong = [&problems](const char *field, const QString &value, int max) {
        if (value.size() > max)
            problems.append({QLatin1String(field), tr("%1 is too long: at most %2 characters.").arg(QLatin1String(field)).arg(max)});
    };
    tooLong("host", m_settings.host, 253);
    tooLong("from", m_settings.from, 254);
    tooLong("user", m_settings.user, 254);
    tooLong("description", m_settings.description, 1000);
    tooLong("to", m_to, 254);
    if (m_action == Action::Create || m_action == Action::Update) {
        const QStringList settingsProblems = m_settings.problems();
        for (const QString &p : settingsProblems)
            problems.append({QStringLiteral("settings"), p});
    }
    if (m_action == Action::Test && !isAddress(m_to))
        problems.append({QStringLiteral("to"), tr("Enter the address the test email goes to.")});
    return problems;
}

QString WebitelOperation::describe() const
{
    const QString server = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    switch (m_action) {
    case Action::Create: return tr("Create the SMTP settings of %1 (%2, from %3)").arg(m_domain, server, m_settings.from);
    case Action::Update:
        return keepsPassword() ? tr("Update the SMTP settings of %1 (%2, from %3), keeping the SMTP password").arg(m_domain, server, m_settings.from)
                               : tr("Update the SMTP settings of %1 (%2, from %3)").arg(m_domain, server, m_settings.from);
    case Action::Delete: return tr("Delete the SMTP settings of %1").arg(m_domain);
    case Action::Test: return tr("Send a test email of %1 to %2").arg(m_domain, m_to);
    }
    return {};
}

HttpRequest WebitelOperation::request(const ApiEndpoint &endpoint) const
{
    switch (m_action) {
    case Action::Create:
    case Action::Update:
        return WebitelClient::request(endpoint.baseUrl, m_action == Action::Create ? "POST" : "PUT", kSettingsPath, m_domain,
                                      QJsonDocument(WebitelClient::toJson(m_settings)).toJson(QJsonDocument::Compact));
    case Action::Delete:
        return WebitelClient::request(endpoint.baseUrl, "DELETE", kSettingsPath, m_domain, {});
    case Action::Test:
        return WebitelClient::request(endpoint.baseUrl, "POST", WebitelClient::testPath(m_to), m_domain, {});
    }
    return {};
}

QString WebitelOperation::targetKey() const
{
    return QStringLiteral("webitel:") + m_domain.toLower();
}

OperationTarget WebitelOperation::target() const
{
    return {OperationTarget::Kind::EmailSettings, m_domain.toLower()};
}

QJsonObject WebitelOperation::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kind()}, {QStringLiteral("domain"), m_domain}};
    if (m_action == Action::Create || m_action == Action::Update) {
        Webitel::EmailSettings withoutPassword = m_settings;
        withoutPassword.password.clear();
        json.insert(QStringLiteral("settings"), WebitelClient::toJson(withoutPassword));
        if (!secretNames().isEmpty())
            json.insert(QStringLiteral("password"), QStringLiteral("provided"));
    }
    if (m_action == Action::Test)
        json.insert(QStringLiteral("to"), m_to);
    return json;
}

std::unique_ptr<WebitelOperation> WebitelOperation::fromJson(const QJsonObject &json, QString *error)
{
    const QString action = json.value(QLatin1String("kind")).toString().section(QLatin1Char('.'), 2);
    const auto found = std::find_if(std::begin(kActions), std::end(kActions), [&action](const char *a) { return action == QLatin1String(a); });
    if (found == std::end(kActions) || json.value(QLatin1String("kind")).toString().section(QLatin1Char('.'), 0, 1) != QLatin1String("webitel.settings")) {
        *error = tr("Unknown Webitel change \"%1\".").arg(json.value(QLatin1String("kind")).toString());
        return nullptr;
    }
    const auto kind = Action(found - std::begin(kActions));
    StrictJson j(json);
    const QString domain = j.text(QStringLiteral("domain"));
    const QString to = kind == Action::Test ? j.text(QStringLiteral("to")) : QString();
    const bool passwordElsewhere = json.contains(QStringLiteral("password")) && !j.choice(QStringLiteral("password"), {QStringLiteral("provided")}).isEmpty();
    const bool hasSettings = kind == Action::Create || kind == Action::Update;
    const QJsonObject settingsJson = hasSettings ? j.object(QStringLiteral("settings")) : QJsonObject();
    if (hasSettings && j.ok())
        checkSettings(settingsJson, &j);
    if (!j.ok()) {
        *error = j.error();
        return nullptr;
    }
    Webitel::EmailSettings settings;
    if (hasSettings) {
        QString reason;
        if (!WebitelClient::parse(QJsonDocument(settingsJson).toJson(), &settings, &reason)) {
            *error = tr("The settings cannot be read: %1.").arg(reason);
            return nullptr;
        }
        settings.password.clear();   // a file never holds it; the keychain does
    }
    auto op = std::make_unique<WebitelOperation>(kind, domain, settings, to);
    op->m_passwordElsewhere = passwordElsewhere;
    return op;
}
