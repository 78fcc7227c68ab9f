#include "core/providers/webitel/webitelclient.h"

#include "core/net/jobtracker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace Webitel;

QStringList EmailSettings::problems() const
{
    QStringList out;
    if (host.trimmed().isEmpty())
        out.append(QCoreApplication::translate("Webitel", "Enter the SMTP server's host name."));
    if (port < 1 || port > 65535)
        out.append(QCoreApplication::translate("Webitel", "The port must be from 1 to 65535."));
    if (!from.isEmpty() && !from.contains(QLatin1Char('@')))
        out.append(QCoreApplication::translate("Webitel", "The sender must be an email address."));
    return out;
}

WebitelClient::WebitelClient(QNetworkAccessManager *nam, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(std::move(baseUrl))
{
    m_policy.errorBody = readErrorBody;
}

ApiError::ProviderWords WebitelClient::readErrorBody(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(QLatin1String("status")).toString() == QLatin1String("error") && object.value(QLatin1String("info")).isString())
        return {object.value(QLatin1String("info")).toString(), {}};
    return ApiError::plainText(body);
}

void WebitelClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_token.clear();
    m_key.clear();
}

QUrl WebitelClient::url(const QString &path) const
{
    return appendPath(m_baseUrl, path);
}

void WebitelClient::login(QObject *context, std::function<void(const ApiError &)> done)
{
    HttpRequest request;
    request.method = "POST";
    request.safeToRepeat = true;   // a login changes nothing
    request.url = url(QStringLiteral("/login"));
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), m_user}, {QStringLiteral("password"), m_password}})
                       .toJson(QJsonDocument::Compact);
    auto *job = new ApiJob(m_nam, request, m_policy, this);
    if (m_tracker)
        m_tracker->track(job);
    connect(job, &ApiJob::finished, context, [this, done = std::move(done)](ApiJob *finished) {
        if (!finished->succeeded())
            return done(finished->error());
        const QJsonObject o = finished->jsonObject();
        m_key = o.value(QLatin1String("key")).toString().toUtf8();
        m_token = o.value(QLatin1String("token")).toString().toUtf8();
        m_expiresMs = static_cast<qint64>(o.value(QLatin1String("expires")).toDouble());
        ++m_logins;
        if (m_key.isEmpty() || m_token.isEmpty())
            return done(ApiError(ApiError::Kind::Malformed, QStringLiteral("the login answer has no key or token")));
        done(ApiError());
    });
    job->start();
}

void WebitelClient::call(const QByteArray &method, const QString &path, const QString &domain, const QByteArray &body,
                         QObject *context, std::function<void(const ApiError &, ApiJob *)> done, bool retried, bool freshToken)
{
    // A minute of margin before "expires": log in again rather than be refused. A token just
    // obtained is used as it is, however short its life.
    const bool valid = !m_token.isEmpty()
                       && (freshToken || m_expiresMs == 0 || QDateTime::currentMSecsSinceEpoch() < m_expiresMs - 60'000);
    if (!valid) {
        QPointer<QObject> guard(context);
        login(this, [=](const ApiError &error) {
            if (!guard)
                return;
            if (error.isError())
                return done(error, nullptr);
            call(method, path, domain, body, guard, done, retried, true);
        });
        return;
    }
    HttpRequest request = WebitelClient::request(m_baseUrl, method, path, domain, body);
    request.headers.prepend({QByteArrayLiteral("X-Access-Token"), m_token});
    request.headers.prepend({QByteArrayLiteral("X-Key"), m_key});
    auto *job = new ApiJob(m_nam, request, m_policy, this);
    if (m_tracker)
        m_tracker->track(job);
    connect(job, &ApiJob::finished, context, [=](ApiJob *finished) {
        if (finished->httpStatus() == 401 && !retried) {
            // "Token Expired" (or a token the server forgot): one new login, one retry.
            m_token.clear();
            return call(method, path, domain, body, context, done, true);
        }
        done(finished->error(), finished);
    });
    job->start();
}

HttpRequest WebitelClient::request(const QUrl &baseUrl, const QByteArray &method, const QString &path, const QString &domain,
                                   const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.url = appendPath(baseUrl, path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("domain"), domain);
    request.url.setQuery(query);
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    return request;
}

QString WebitelClient::testPath(const QString &to)
{
    return QStringLiteral("/api/v2/email/settings/test/") + QString::fromLatin1(QUrl::toPercentEncoding(to, "@"));
}

QJsonObject WebitelClient::toJson(const EmailSettings &s)
{
    return {{QStringLiteral("provider"), QStringLiteral("smtp")},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("from"), s.from},
            {QStringLiteral("options"), QJsonObject{{QStringLiteral("host"), s.host},
                                                    {QStringLiteral("port"), s.port},
                                                    {QStringLiteral("secure"), s.secure},
                                                    {QStringLiteral("debug"), s.debug},
                                                    {QStringLiteral("tls"), QJsonObject{{QStringLiteral("rejectUnauthorized"), s.rejectUnauthorized}}},
                                                    {QStringLiteral("auth"), QJsonObject{{QStringLiteral("user"), s.user},
                                                                                         {QStringLiteral("pass"), s.password}}}}}};
}

bool WebitelClient::parse(const QByteArray &body, EmailSettings *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    const QJsonObject options = o.value(QLatin1String("options")).toObject();
    if (options.isEmpty()) {
        *error = QStringLiteral("no options");
        return false;
    }
    out->id = o.value(QLatin1String("_id")).toString();
    out->description = o.value(QLatin1String("description")).toString();
    out->from = o.value(QLatin1String("from")).toString();
    out->host = options.value(QLatin1String("host")).toString();
    out->port = options.value(QLatin1String("port")).isString() ? options.value(QLatin1String("port")).toString().toInt()
                                                                : options.value(QLatin1String("port")).toInt();
    out->secure = options.value(QLatin1String("secure")).toBool();
    out->debug = options.value(QLatin1String("debug")).toBool();
    out->rejectUnauthorized = options.value(QLatin1String("tls")).toObject().value(QLatin1String("rejectUnauthorized")).toBool(true);
    const QJsonObject auth = options.value(QLatin1String("auth")).toObject();
    out->user = auth.value(QLatin1String("user")).toString();
    out->password = auth.value(QLatin1String("pass")).toString();
    return true;
}

void WebitelClient::fetchSettings(const QString &domain, QObject *context, Callback<EmailSettings> done)
{
    call("GET", QStringLiteral("/api/v2/email/settings"), domain, {}, context, [done](const ApiError &error, ApiJob *job) {
        EmailSettings settings;
        QString reason;
        if (error.isError())
            return done(error, settings);
        if (!parse(job->responseBody(), &settings, &reason))
            return done(ApiError(ApiError::Kind::Malformed, reason), settings);
        done(ApiError(), settings);
    });
}

void WebitelClient::saveSettings(const QString &domain, const EmailSettings &settings, bool create, QObject *context,
                                 Callback<EmailSettings> done)
{
    const QByteArray body = QJsonDocument(toJson(settings)).toJson(QJsonDocument::Compact);
    call(create ? "POST" : "PUT", QStringLiteral("/api/v2/email/settings"), domain, body, context, [done](const ApiError &error, ApiJob *job) {
        EmailSettings stored;
        QString reason;
        if (error.isError())
            return done(error, stored);
        if (!parse(job->responseBody(), &stored, &reason))
            return done(ApiError(ApiError::Kind::Malformed, reason), stored);
        done(ApiError(), stored);
    });
}

void WebitelClient::deleteSettings(const QString &domain, QObject *context, Callback<QString> done)
{
    call("DELETE", QStringLiteral("/api/v2/email/settings"), domain, {}, context, [done](const ApiError &error, ApiJob *job) {
        if (error.isError())
            return done(error, QString());
        const QJsonObject o = job->jsonObject();
        // "Info" with a capital I, as documented; accept both spellings.
        done(ApiError(), o.contains(QLatin1String("Info")) ? o.value(QLatin1String("Info")).toString() : o.value(QLatin1String("info")).toString());
    });
}

void WebitelClient::sendTest(const QString &domain, const QString &to, QObject *context, Callback<QString> done)
{
    call("POST", testPath(to), domain, {},
         context, [done](const ApiError &error, ApiJob *job) {
             if (error.isError())
                 return done(error, QString());
             done(ApiError(), job->jsonObject().value(QLatin1String("info")).toString());
         });
}
