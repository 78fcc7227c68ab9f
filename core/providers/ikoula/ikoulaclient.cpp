#include "core/providers/ikoula/ikoulaclient.h"

#include "core/net/redaction.h"
#include "core/providers/ikoula/ikoulaactions.h"
#include "core/providers/ikoula/ikoulaparser.h"
#include "core/providers/ikoula/ikoulasigner.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace {

using Parameters = QList<QPair<QString, QString>>;

QByteArray encode(const Parameters &parameters)
{
    QByteArray out;
    for (const auto &p : parameters) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}

} // namespace

IkoulaClient::IkoulaClient(QNetworkAccessManager *nam, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(std::move(baseUrl))
{
    m_policy.errorBody = IkoulaParser::errorBody;
}

void IkoulaClient::setCredentials(const QString &login, const QString &password)
{
    m_login = login;
    m_password = password;
    m_cryptedPassword.clear();
}

void IkoulaClient::setPublicKey(const QByteArray &pem)
{
    m_publicKey = pem;
    m_cryptedPassword.clear();
}

QUrl IkoulaClient::actionUrl(const QString &action) const
{
    return appendPath(m_baseUrl, QStringLiteral("/wsexch/") + action);
}

HttpRequest IkoulaClient::build(const IkoulaCall &call, const QByteArray &cryptedPassword, bool sign) const
{
    const IkoulaActions::Action *action = IkoulaActions::find(call.action);
    const bool readOnly = action && action->readOnly;
    Parameters auth = {{QStringLiteral("login"), m_login},
                       {QStringLiteral("crypted_password"), QString::fromLatin1(cryptedPassword)},
                       {QStringLiteral("format"), QStringLiteral("json")}};
    if (sign) {
        const QByteArray signature = IkoulaSigner::signature(auth + call.parameters, IkoulaSigner::hmacKey(m_publicKey));
        auth.append({QStringLiteral("signature"), QString::fromLatin1(signature)});
    } else {
        auth.append({QStringLiteral("signature"), QLatin1String(Redaction::kMask)});
    }
    HttpRequest request;
    request.url = actionUrl(call.action);
    if (readOnly) {
        request.method = "GET";
        request.url.setQuery(QString::fromLatin1(encode(auth + call.parameters)), QUrl::StrictMode);
    } else {
        request.method = "POST";
        request.url.setQuery(QString::fromLatin1(encode(auth)), QUrl::StrictMode);
        request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
        request.body = encode(call.parameters);
    }
    return request;
}

HttpRequest IkoulaClient::preview(const IkoulaCall &call) const
{
    return build(call, QByteArray(Redaction::kMask), false);
}

void IkoulaClient::send(const IkoulaCall &call, QObject *context, Callback<QJsonObject> done)
{
    const IkoulaActions::Action *action = IkoulaActions::find(call.action);
    if (!action) {
        done(ApiError(ApiError::Kind::Setup, QStringLiteral("wsexch has no action \"%1\"").arg(call.action)), {});
        return;
    }
    QStringList missing;
    for (const QString &name : action->parameters) {
        const auto it = std::find_if(call.parameters.begin(), call.parameters.end(),
                                     [&name](const QPair<QString, QString> &p) { return p.first == name; });
        if (it == call.parameters.end())
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        done(ApiError(ApiError::Kind::Setup,
                      QCoreApplication::translate("IkoulaClient", "%1 needs %2.").arg(call.action, missing.join(QStringLiteral(", ")))),
             {});
        return;
    }
    if (m_cryptedPassword.isEmpty()) {
        QString reason;
        m_cryptedPassword = IkoulaSigner::encryptPassword(m_publicKey, m_password, &reason);
        if (m_cryptedPassword.isEmpty()) {
            done(ApiError(ApiError::Kind::Setup, reason), {});
            return;
        }
    }
    auto *job = new ApiJob(m_nam, build(call, m_cryptedPassword, true), m_policy, this);
    if (m_tracker)
        m_tracker->track(job);
    connect(job, &ApiJob::finished, context, [done = std::move(done)](ApiJob *finished) {
        const QByteArray body = finished->responseBody();
        QJsonObject answer;
        QString reason;
        const bool json = body.trimmed().isEmpty() || IkoulaParser::object(body, &answer, &reason);
        if (finished->error().isError())
            return done(finished->error(), answer);
        if (!json)
            return done(ApiError(ApiError::Kind::Malformed, reason, finished->httpStatus()), {});
        // No error body is published: a JSON "error" is one whatever the status.
        // In the window's words, each field it names carrying it: "Password must be ...", not "password_bal must be ...".
        if (const ApiError::ProviderWords words = IkoulaParser::refusal(answer.value(QLatin1String("error"))); !words.message.isEmpty())
            return done(ApiError::providerRefusal(words.message, finished->httpStatus(), body, words.fields), answer);
        done(ApiError(), answer);
    });
    job->start();
}

void IkoulaClient::listSubscriptions(QObject *context, Callback<QList<Ikoula::Subscription>> done)
{
    send(IkoulaCalls::list(), context, [done = std::move(done)](const ApiError &error, const QJsonObject &answer) {
        done(error, error.isError() ? QList<Ikoula::Subscription>() : IkoulaParser::subscriptions(answer));
    });
}

void IkoulaClient::fetchSchema(const QString &subscriptionId, const QString &organisationId, QObject *context,
                               Callback<Ikoula::OrganisationSchema> done)
{
    send(IkoulaCalls::schema(subscriptionId, organisationId), context,
         [done = std::move(done), subscriptionId, organisationId](const ApiError &error, const QJsonObject &answer) {
             Ikoula::OrganisationSchema schema;
             if (!error.isError())
                 schema = IkoulaParser::schema(answer);
             if (schema.subscriptionId.isEmpty())
                 schema.subscriptionId = subscriptionId;
             if (schema.organisationId.isEmpty())
                 schema.organisationId = organisationId;
             done(error, schema);
         });
}

void IkoulaClient::fetchBilling(const QString &subscriptionId, QObject *context, Callback<QList<Ikoula::BillingLine>> done)
{
    send(IkoulaCalls::billing(subscriptionId), context, [done = std::move(done)](const ApiError &error, const QJsonObject &answer) {
        done(error, error.isError() ? QList<Ikoula::BillingLine>() : IkoulaParser::billing(answer));
    });
}

void IkoulaClient::updateBalMerged(const QString &subscriptionId, const QString &organisationId, const QString &email,
                                   std::function<void(Ikoula::BalDetails &)> change, QObject *context, Callback<QJsonObject> done)
{
    QPointer<QObject> guard(context);
    fetchSchema(subscriptionId, organisationId, context,
                [this, guard, email, change = std::move(change), done = std::move(done)](const ApiError &error,
                                                                                         const Ikoula::OrganisationSchema &schema) {
                    if (error.isError())
                        return done(error, {});
                    for (const Ikoula::Bal &bal : schema.bals) {
                        if (bal.email.compare(email, Qt::CaseInsensitive) != 0)
                            continue;
                        Ikoula::BalDetails details = bal.details;
                        change(details);
                        send(IkoulaCalls::updateBal(bal.email, details), guard, done);
                        return;
                    }
                    done(ApiError(ApiError::Kind::NotFound, QString(), 404), {});
                });
}

QString IkoulaClient::resetPasswordOf(const QJsonObject &answer)
{
    for (const char *key : {"password_bal", "password", "new_password"}) {
        const QString value = answer.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}
