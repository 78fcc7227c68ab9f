#include "sandbox/icesimulator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace Sandbox {

namespace {

Response message(int status, const QString &text)
{
    return Response::json(status, QJsonDocument(QJsonObject{{QStringLiteral("Message"), text}}));
}

Response invalid()
{
    return message(400, QStringLiteral("The request is invalid."));
}

Response denied()
{
    return message(401, QStringLiteral("Authorization has been denied for this request."));
}

/// The value under the example's name, else the table's.
QJsonValue field(const QJsonObject &o, const char *example, const char *table = nullptr)
{
    if (o.contains(QLatin1String(example)))
        return o.value(QLatin1String(example));
    return table ? o.value(QLatin1String(table)) : QJsonValue();
}

bool isPort(const QJsonValue &v)
{
    bool ok = false;
    const int port = v.isDouble() ? v.toInt() : v.toString().toInt(&ok);
    return (v.isDouble() || ok) && port >= 1 && port <= 65535;
}

bool isRate(const QJsonValue &v)
{
    if (v.isUndefined() || v.toString().isEmpty())
        return true;
    bool ok = false;
    return v.toString().toInt(&ok) >= 1 && ok;
}

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

IceSimulator::IceSimulator() = default;

bool IceSimulator::owns(const QString &path)
{
    return path.startsWith(QLatin1String("/ICEAPI/api/"));
}

QJsonObject IceSimulator::settings(int organisationId, int skillId) const
{
    return m_settings.value(QStringLiteral("%1/%2").arg(organisationId).arg(skillId));
}

Response IceSimulator::handle(const Request &request)
{
    if (request.method != "POST")
        return message(405, QStringLiteral("The requested resource does not support http method '%1'.").arg(QString::fromLatin1(request.method)));
    if (request.path == QLatin1String("/ICEAPI/api/Authenticate/Login"))
        return login(request);
    if (request.path == QLatin1String("/ICEAPI/api/EmailAdmin/UpdateEmailServer"))
        return updateEmailServer(request);
    return message(404, QStringLiteral("No HTTP resource was found that matches the request URI."));
}

Response IceSimulator::login(const Request &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (!body.contains(QLatin1String("OrganisationID")) || !body.contains(QLatin1String("UserName")))
        return invalid();
    const int org = body.value(QLatin1String("OrganisationID")).toInt();
    if (org != 59 || body.value(QLatin1String("UserName")).toString() != QLatin1String("admin")
        || body.value(QLatin1String("Password")).toString() != QLatin1String("sandbox"))
        return denied();
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + m_tokenLifetimeSecs;
    const QString token = base64Url(R"({"typ":"JWT","alg":"HS256"})") + QLatin1Char('.')
                          + base64Url(QJsonDocument(QJsonObject{{QStringLiteral("orgid"), org},
                                                                {QStringLiteral("username"), QStringLiteral("admin")},
                                                                {QStringLiteral("exp"), static_cast<double>(exp)}})
                                          .toJson(QJsonDocument::Compact))
                          + QLatin1Char('.') + base64Url(QUuid::createUuid().toRfc4122());
    m_tokens.insert(token, org);
    return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("Message"), QStringLiteral("Success")},
                                                         {QStringLiteral("Token"), token},
                                                         {QStringLiteral("OrganisationID"), org},
                                                         {QStringLiteral("UserID"), 1207}}));
}

Response IceSimulator::updateEmailServer(const Request &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid();
    const QJsonObject body = doc.object();
    const QString token = body.value(QLatin1String("Token")).toString();
    const int org = field(body, "OrgId", "OrganizationId").toInt();
    if (!m_tokens.contains(token) || m_tokens.value(token) != org)
        return denied();
    const QByteArray payload = QByteArray::fromBase64(token.section(QLatin1Char('.'), 1, 1).toLatin1(), QByteArray::Base64UrlEncoding);
    if (QJsonDocument::fromJson(payload).object().value(QLatin1String("exp")).toDouble() < QDateTime::currentSecsSinceEpoch()) {
        m_tokens.remove(token);
        return denied();
    }
    const int skill = body.value(QLatin1String("SkillId")).toInt();
    static const QList<int> skills = {663, 664, 700};   // organisation 59's skills
    if (!skills.contains(skill))
        return invalid();
    if (body.value(QLatin1String("SMTPServerAddress")).toString().trimmed().isEmpty() || !isPort(body.value(QLatin1String("SMTPPort")))
        || !isRate(body.value(QLatin1String("SMTPPollrate"))))
        return invalid();
    const bool imap = body.value(QLatin1String("IsImap")).toBool();
    if (imap) {
        if (body.value(QLatin1String("ImapServerAddress")).toString().trimmed().isEmpty() || !isPort(body.value(QLatin1String("ImapPort")))
            || !isRate(body.value(QLatin1String("ImapPollrate"))))
            return invalid();
    } else if (field(body, "Pop3ServerAddress").toString().trimmed().isEmpty() || !isPort(field(body, "Pop3Port"))
               || !isRate(field(body, "Pop3Pollrate", "Pop3pollrate"))) {
        return invalid();
    }
    QJsonObject stored = body;
    stored.remove(QStringLiteral("Token"));
    m_settings.insert(QStringLiteral("%1/%2").arg(org).arg(skill), stored);
    return message(200, QStringLiteral(" Success"));
}

} // namespace Sandbox
