#include "sandbox/webitelsimulator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace Sandbox {

namespace {

Response error(int status, const QString &info)
{
    return Response::json(status, QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                                            {QStringLiteral("info"), info},
                                                            {QStringLiteral("code"), status}}));
}

Response ok(const QJsonObject &body)
{
    return Response::json(200, QJsonDocument(body));
}

/// Checks a settings body; returns the reason it is refused, or empty.
QString invalid(const QJsonObject &body)
{
    if (body.value(QLatin1String("provider")).toString() != QLatin1String("smtp"))
        return QStringLiteral("provider must be smtp");
    const QJsonObject options = body.value(QLatin1String("options")).toObject();
    if (options.value(QLatin1String("host")).toString().trimmed().isEmpty())
        return QStringLiteral("options.host is required");
    const int port = options.value(QLatin1String("port")).toInt(0);
    if (port < 1 || port > 65535)
        return QStringLiteral("options.port must be from 1 to 65535");
    return {};
}

} // namespace

WebitelSimulator::WebitelSimulator(bool demoData)
{
    m_users.insert(QStringLiteral("admin@demo.webitel"), QStringLiteral("sandbox"));
    if (demoData) {
        m_settings.insert(QStringLiteral("demo.webitel"), QJsonObject{
            {QStringLiteral("_id"), QStringLiteral("566999b271e0c652ea5da98e")},
            {QStringLiteral("provider"), QStringLiteral("smtp")},
            {QStringLiteral("description"), QStringLiteral("My PBX Email Settings")},
            {QStringLiteral("from"), QStringLiteral("pbx@demo.webitel")},
            {QStringLiteral("options"), QJsonObject{{QStringLiteral("host"), QStringLiteral("smtp.demo.webitel")},
                                                    {QStringLiteral("port"), 465},
                                                    {QStringLiteral("secure"), true},
                                                    {QStringLiteral("debug"), false},
                                                    {QStringLiteral("tls"), QJsonObject{{QStringLiteral("rejectUnauthorized"), false}}},
                                                    {QStringLiteral("auth"), QJsonObject{{QStringLiteral("user"), QStringLiteral("pbx@demo.webitel")},
                                                                                         {QStringLiteral("pass"), QStringLiteral("b271e0c652eaa98e")}}}}},
            {QStringLiteral("domain"), QStringLiteral("demo.webitel")}});
    }
}

bool WebitelSimulator::owns(const QString &path)
{
    return path == QLatin1String("/login") || path.startsWith(QLatin1String("/api/v2/"));
}

void WebitelSimulator::expireTokens()
{
    for (Session &s : m_sessions)
        s.expiresMs = 0;
}

Response WebitelSimulator::handle(const Request &request)
{
    if (request.path == QLatin1String("/login"))
        return request.method == "POST" ? login(request) : Response::empty(405);

    const Session session = m_sessions.value(request.header("X-Key"));
    if (session.token.isEmpty() || session.token != request.header("X-Access-Token"))
        return error(401, QStringLiteral("Invalid credentials"));
    if (session.expiresMs <= QDateTime::currentMSecsSinceEpoch())
        return error(401, QStringLiteral("Token Expired"));

    const QString domain = request.query.queryItemValue(QStringLiteral("domain"));
    if (domain.isEmpty())
        return error(400, QStringLiteral("domain is required"));
    static const QRegularExpression testPath(QStringLiteral("^/api/v2/email/settings/test/([^/]+)$"));
    if (const auto match = testPath.match(request.path); match.hasMatch())
        return request.method == "POST" ? sendTest(request, domain, match.captured(1)) : Response::empty(405);
    if (request.path == QLatin1String("/api/v2/email/settings"))
        return settings(request, domain);
    return Response::empty(404);
}

Response WebitelSimulator::login(const Request &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString username = body.value(QLatin1String("username")).toString();
    if (username.isEmpty())
        return error(400, QStringLiteral("username is required"));
    if (!m_users.contains(username))
        return error(404, QStringLiteral("User not found"));
    if (m_users.value(username) != body.value(QLatin1String("password")).toString())
        return error(401, QStringLiteral("Invalid credentials"));
    Session session;
    session.username = username;
    session.token = QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toBase64();
    session.expiresMs = QDateTime::currentMSecsSinceEpoch() + m_tokenLifetimeMs;
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_sessions.insert(key, session);
    return ok({{QStringLiteral("key"), QString::fromLatin1(key)},
               {QStringLiteral("token"), QString::fromLatin1(session.token)},
               {QStringLiteral("expires"), static_cast<double>(session.expiresMs)},
               {QStringLiteral("username"), username},
               {QStringLiteral("role"), QStringLiteral("admin")}});
}

Response WebitelSimulator::settings(const Request &request, const QString &domain)
{
    const bool exists = m_settings.contains(domain);
    if (request.method == "GET")
        return exists ? ok(m_settings.value(domain)) : error(404, QStringLiteral("Not found"));
    if (request.method == "DELETE") {
        if (!exists)
            return error(400, QStringLiteral("No settings for %1").arg(domain));
        m_settings.remove(domain);
        return ok({{QStringLiteral("status"), QStringLiteral("OK")}, {QStringLiteral("Info"), QStringLiteral("Removed 1 record.")}});
    }
    if (request.method != "POST" && request.method != "PUT")
        return Response::empty(405);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("Bad request: the body must be a JSON object"));
    QJsonObject body = doc.object();
    if (const QString reason = invalid(body); !reason.isEmpty())
        return error(400, reason);
    if (request.method == "POST" && exists)
        return error(400, QStringLiteral("Settings for %1 already exist").arg(domain));
    if (request.method == "PUT" && !exists)
        return error(400, QStringLiteral("No settings for %1").arg(domain));
    body.insert(QStringLiteral("_id"), exists ? m_settings.value(domain).value(QLatin1String("_id")).toString()
                                              : QStringLiteral("574d241a821e7655f78a%1").arg(++m_idCounter, 4, 10, QLatin1Char('0')));
    body.insert(QStringLiteral("domain"), domain);
    m_settings.insert(domain, body);
    return ok(body);
}

Response WebitelSimulator::sendTest(const Request &, const QString &domain, const QString &to)
{
    if (!m_settings.contains(domain))
        return error(400, QStringLiteral("No settings for %1").arg(domain));
    if (!to.contains(QLatin1Char('@')))
        return error(400, QStringLiteral("%1 is not an email address").arg(to));
    return ok({{QStringLiteral("status"), QStringLiteral("OK")}, {QStringLiteral("info"), QStringLiteral("Test email sent to %1").arg(to)}});
}

} // namespace Sandbox
