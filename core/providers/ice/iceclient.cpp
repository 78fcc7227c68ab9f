#include "core/providers/ice/iceclient.h"

#include "core/net/redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace {

bool isSuccess(const QJsonObject &answer)
{
    return answer.value(QLatin1String("Message")).toString().trimmed().compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0;
}

} // namespace

qint64 IceClient::tokenExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return 0;
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    const double exp = QJsonDocument::fromJson(payload).object().value(QLatin1String("exp")).toDouble();
    // Any number may come: only a plausible time (after 1970, before the year 9999) is one.
    return exp > 0 && exp < 253402300800.0 ? static_cast<qint64>(exp) : 0;
}

IceClient::IceClient(QNetworkAccessManager *nam, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(std::move(baseUrl))
{
    m_policy.errorBody = readErrorBody;
}

ApiError::ProviderWords IceClient::readErrorBody(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(QLatin1String("Message")).isString())
        return {object.value(QLatin1String("Message")).toString().trimmed(), {}};
    return ApiError::plainText(body);
}

void IceClient::setCredentials(int organisationId, const QString &user, const QString &password)
{
    m_organisationId = organisationId;
    m_user = user;
    m_password = password;
    m_token.clear();
}

QUrl IceClient::url(const QString &path) const
{
    return appendPath(m_baseUrl, QStringLiteral("/ICEAPI/api/") + path);
}

QJsonObject IceClient::toJson(const Ice::ServerSettings &s, const QString &token, Ice::FieldNames names)
{
    const bool table = names == Ice::FieldNames::Table;
    QJsonObject o{
        {table ? QStringLiteral("OrganizationId") : QStringLiteral("OrgId"), s.organisationId},
        {QStringLiteral("SkillId"), s.skillId},
        {QStringLiteral("SMTPServerAddress"), s.smtp.address.trimmed()},
        {QStringLiteral("SMTPUserName"), s.smtp.userName},
        {QStringLiteral("SMTPPassword"), s.smtp.password},
        {QStringLiteral("SMTPMailbox"), s.smtp.mailbox.trimmed()},
        {QStringLiteral("SMTPPort"), s.smtp.port.trimmed()},
        {QStringLiteral("SMTPPollrate"), s.smtp.pollRate.trimmed()},
        {QStringLiteral("Status"), s.enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled")},
        {QStringLiteral("IsEmailSpoofing"), s.emailSpoofing},
        {QStringLiteral("SpoofEmail"), s.spoofEmail.trimmed()},
        {QStringLiteral("IsSSL"), s.ssl},
        {QStringLiteral("Pop3ServerAddress"), s.pop3.address.trimmed()},
        {table ? QStringLiteral("Pop3Username") : QStringLiteral("Pop3UserName"), s.pop3.userName},
        {QStringLiteral("Pop3Password"), s.pop3.password},
        {QStringLiteral("Pop3Mailbox"), s.pop3.mailbox.trimmed()},
        {QStringLiteral("Pop3Port"), s.pop3.port.trimmed()},
        {table ? QStringLiteral("Pop3pollrate") : QStringLiteral("Pop3Pollrate"), s.pop3.pollRate.trimmed()},
        {QStringLiteral("ImapServerAddress"), s.imap.address.trimmed()},
        {QStringLiteral("ImapUserName"), s.imap.userName},
        {QStringLiteral("ImapPassword"), s.imap.password},
        {QStringLiteral("ImapMailbox"), s.imap.mailbox.trimmed()},
        {QStringLiteral("ImapPort"), s.imap.port.trimmed()},
        {QStringLiteral("ImapPollrate"), s.imap.pollRate.trimmed()},
        {QStringLiteral("IsImap"), s.isImap},
        {QStringLiteral("IsTLS"), s.tls},
        {QStringLiteral("IsActive"), s.active},
        {QStringLiteral("Token"), token},
    };
    if (s.emailServerId > 0)
        o.insert(QStringLiteral("EmailServerId"), s.emailServerId);
    return o;
}

HttpRequest IceClient::preview(const Ice::ServerSettings &settings, Ice::FieldNames names) const
{
    HttpRequest request;
    request.method = "POST";
    request.url = url(QStringLiteral("EmailAdmin/UpdateEmailServer"));
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(toJson(settings, QLatin1String(Redaction::kMask), names)).toJson(QJsonDocument::Compact);
    return request;
}

void IceClient::login(QObject *context, std::function<void(const ApiError &)> done)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url(QStringLiteral("Authenticate/Login"));
    request.safeToRepeat = true;   // a login changes nothing
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("OrganisationID"), m_organisationId},
                                             {QStringLiteral("UserName"), m_user},
                                             {QStringLiteral("Password"), m_password}})
                       .toJson(QJsonDocument::Compact);
    auto *job = new ApiJob(m_nam, request, m_policy, this);
    if (m_tracker)
        m_tracker->track(job);
    connect(job, &ApiJob::finished, context, [this, done = std::move(done)](ApiJob *finished) {
        if (!finished->succeeded())
            return done(finished->error());
        const QJsonObject answer = finished->jsonObject();
        if (!isSuccess(answer))   // {"Message":"The request is invalid."} on a 2xx
            return done(ApiError(ApiError::Kind::Authentication, QString(), finished->httpStatus()));
        m_token = answer.value(QLatin1String("Token")).toString();
        m_expiresSecs = tokenExpiry(m_token);
        ++m_logins;
        if (m_token.isEmpty())
            return done(ApiError(ApiError::Kind::Malformed, QStringLiteral("the login answer has no Token")));
        done(ApiError());
    });
    job->start();
}

void IceClient::updateEmailServer(const Ice::ServerSettings &settings, QObject *context, Callback<QString> done)
{
    updateEmailServer(settings, m_fieldNames, context, std::move(done));
}

void IceClient::updateEmailServer(const Ice::ServerSettings &settings, Ice::FieldNames names, QObject *context, Callback<QString> done)
{
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        done(ApiError(ApiError::Kind::Setup, problems.join(QLatin1Char(' '))), QString());
        return;
    }
    post(settings, names, context, std::move(done), false, false);
}

void IceClient::post(const Ice::ServerSettings &settings, Ice::FieldNames names, QObject *context, Callback<QString> done, bool retried, bool fresh)
{
    // A token just obtained is used as it is, however short its life (else: login forever).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_token.isEmpty() || (!fresh && m_expiresSecs > 0 && now > m_expiresSecs - 60)) {
        QPointer<QObject> guard(context);
        login(this, [=](const ApiError &error) {
            if (!guard)
                return;
            if (error.isError())
                return done(error, QString());
            post(settings, names, guard, done, retried, true);
        });
        return;
    }
    HttpRequest request = preview(settings, names);
    request.body = QJsonDocument(toJson(settings, m_token, names)).toJson(QJsonDocument::Compact);
    auto *job = new ApiJob(m_nam, request, m_policy, this);
    if (m_tracker)
        m_tracker->track(job);
    connect(job, &ApiJob::finished, context, [=](ApiJob *finished) {
        if (finished->httpStatus() == 401 && !retried) {
            m_token.clear();   // expired or revoked: one new login, one retry
            return post(settings, names, context, done, true, false);
        }
        if (!finished->succeeded())
            return done(finished->error(), QString());
        const QJsonObject answer = finished->jsonObject();
        const QString message = answer.value(QLatin1String("Message")).toString().trimmed();
        if (!isSuccess(answer))
            return done(ApiError::providerRefusal(message.isEmpty() ? QString::fromUtf8(finished->responseBody().left(300)) : message,
                                                  finished->httpStatus(), finished->responseBody()),
                        message);
        done(ApiError(), message);
    });
    job->start();
}
