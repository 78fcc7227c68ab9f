#include "testprovider/testmailmodule.h"

#include "core/accounts/account.h"
#include "core/drafts/operationsender.h"
#include "core/net/apierror.h"
#include "core/registry/providerconnection.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace {

/// testmail's client: the base URL and the Basic credentials, sent with each request.
class TestMailClient final : public QObject
{
public:
    TestMailClient(QNetworkAccessManager *nam, QUrl base) : m_nam(nam), m_base(std::move(base)) {}

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QByteArray m_authorization;
    int m_timeoutSeconds = 30;
};

class TestMailSender final : public OperationSender
{
public:
    explicit TestMailSender(TestMailClient *client) : m_client(client) {}

    void send(Operation &operation, QObject *context, Sent done) override
    {
        const HttpRequest r = operation.request(ApiEndpoint(m_client->m_base));
        QNetworkRequest request(r.url);
        for (const auto &h : r.headers)
            request.setRawHeader(h.first, h.second);
        request.setRawHeader("Authorization", m_client->m_authorization);
        request.setTransferTimeout(m_client->m_timeoutSeconds * 1000);
        QNetworkReply *reply = m_client->m_nam->sendCustomRequest(request, r.method, r.body);
        QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0)
                return done(ApiError(ApiError::Kind::Network, reply->errorString()), 0);
            if (status == 401)
                return done(ApiError(ApiError::Kind::Authentication, QStringLiteral("wrong password"), status), status);
            if (status >= 400)
                return done(ApiError(ApiError::Kind::Refused, QString::fromUtf8(reply->readAll()), status), status);
            done(ApiError(), status);
        });
    }
    void findConflict(const Draft &, int, QObject *, Compared done) override { done(ApiError(), QString()); }
    void findApplied(const Operation &, const ApiError &, QObject *, Checked done) override { done(ApiError(), false); }

private:
    TestMailClient *m_client;
};

class TestMailConnection final : public ProviderConnection
{
public:
    TestMailConnection(const Account &account, const ConnectionContext &context)
        : m_client(std::make_unique<TestMailClient>(context.nam, account.baseUrl))
    {
    }

    void setCredentials(const Account &account, const QString &password) override
    {
        m_client->m_authorization = "Basic " + (account.userName + QLatin1Char(':') + password).toUtf8().toBase64();
    }
    void setTimeoutSeconds(int seconds) override { m_client->m_timeoutSeconds = seconds; }
    std::unique_ptr<OperationSender> makeSender() override { return std::make_unique<TestMailSender>(m_client.get()); }
    QObject *client() const override { return m_client.get(); }

private:
    std::unique_ptr<TestMailClient> m_client;
};

} // namespace

TestMailModule::TestMailModule()
{
    m_descriptor.id = QStringLiteral("testmail");
    m_descriptor.name = QStringLiteral("Test mail");
    m_descriptor.icon = QStringLiteral(":/icons/provider-hostway.svg");
    m_descriptor.defaultBaseUrl = QStringLiteral("https://testmail.invalid");
    m_descriptor.capabilities = Provider::Mailboxes | Provider::Drafts | Provider::BasicAuthentication;
    m_descriptor.needsAccountId = true;
    m_descriptor.userAddsDomains = true;
    m_descriptor.terms.domain = QStringLiteral("Test domain %1");
}

std::unique_ptr<ProviderConnection> TestMailModule::connect(const Account &account, const ConnectionContext &context) const
{
    return std::make_unique<TestMailConnection>(account, context);
}

QStringList TestMailModule::accountProblems(const Account &account) const
{
    if (!account.accountId.startsWith(QLatin1String("tm-")))
        return {accountIdProblem()};
    return {};
}

QString TestMailModule::accountIdProblem()
{
    return QStringLiteral("A testmail account id starts with tm-.");
}

QList<ValidationProblem> TestMailQuota::validate() const
{
    if (m_quotaMb < 1 || m_quotaMb > 1000)
        return {{QStringLiteral("quotaMb"), QStringLiteral("The quota is 1 to 1000 MB.")}};
    return {};
}

QString TestMailQuota::describe() const
{
    return QStringLiteral("Set the quota of %1 to %2 MB").arg(m_name).arg(m_quotaMb);
}

HttpRequest TestMailQuota::request(const ApiEndpoint &endpoint) const
{
    HttpRequest r;
    r.method = "PUT";
    r.url = appendPath(endpoint.baseUrl, QStringLiteral("/mailboxes/") + m_name);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("quotaMb"), m_quotaMb}}).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject TestMailQuota::toJson() const
{
    return {{QStringLiteral("kind"), kind()}, {QStringLiteral("name"), m_name}, {QStringLiteral("quotaMb"), m_quotaMb}};
}

std::unique_ptr<Operation> TestMailModule::readOperation(const QJsonObject &json, QString *error) const
{
    if (json.value(QLatin1String("kind")).toString() != QLatin1String("testmail.quota.set"))
        return nullptr;
    const QJsonValue name = json.value(QLatin1String("name"));
    const QJsonValue quota = json.value(QLatin1String("quotaMb"));
    if (!name.isString() || !quota.isDouble() || quota.toDouble() != quota.toInt()) {
        *error = QStringLiteral("testmail.quota.set needs a text \"name\" and a whole \"quotaMb\".");
        return nullptr;
    }
    return std::make_unique<TestMailQuota>(name.toString(), quota.toInt());
}
