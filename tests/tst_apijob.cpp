// ApiJob's request policy against a real local HTTP server: retries of safe requests only,
// Retry-After, the transfer timeout, cancel, and unreachable hosts.
#include "core/net/apijob.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QHttpServerResponder>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

class TestApiJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void safeRequestIsRetriedOn503();
    void putIsNeverRetried();
    void retriesAreBounded();
    void timeoutEndsTheRequest();
    void cancelEndsTheRequest();
    void refusedConnectionIsNetworkError();

private:
    ApiJob *startJob(const QByteArray &method, const QString &path, RequestPolicy policy = {});
    static bool waitFor(ApiJob *job, bool *done, int ms = 10000);

    QHttpServer m_server;
    quint16 m_port = 0;
    int m_flakyCalls = 0;
    int m_alwaysDownCalls = 0;
    int m_putCalls = 0;
    std::vector<QHttpServerResponder> m_parked;
    QNetworkAccessManager m_nam;
};

void TestApiJob::initTestCase()
{
    m_server.route(QStringLiteral("/flaky"), [this] {
        ++m_flakyCalls;
        if (m_flakyCalls == 1) {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::ServiceUnavailable);
            response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0"));
            return response;
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
    });
    m_server.route(QStringLiteral("/down"), [this] {
        ++m_alwaysDownCalls;
        return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
    m_server.route(QStringLiteral("/put"), [this] {
        ++m_putCalls;
        return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
    m_server.route(QStringLiteral("/never"), [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        m_parked.push_back(std::move(responder));   // never answered
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

ApiJob *TestApiJob::startJob(const QByteArray &method, const QString &path, RequestPolicy policy)
{
    HttpRequest request;
    request.method = method;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    if (method == "PUT")
        request.body = "{}";
    policy.retryBaseDelayMs = 10;
    auto *job = new ApiJob(&m_nam, request, policy);
    return job;
}

bool TestApiJob::waitFor(ApiJob *job, bool *done, int ms)
{
    QObject::connect(job, &ApiJob::finished, job, [done] { *done = true; });
    job->start();
    return QTest::qWaitFor([done] { return *done; }, ms);
}

void TestApiJob::safeRequestIsRetriedOn503()
{
    ApiJob *job = startJob("GET", QStringLiteral("/flaky"));
    int attempts = 0;
    ApiError error;
    connect(job, &ApiJob::finished, this, [&](ApiJob *j) { attempts = j->attempts(); error = j->error(); });
    bool done = false;
    QVERIFY(waitFor(job, &done));
    QCOMPARE(m_flakyCalls, 2);
    QCOMPARE(attempts, 2);
    QVERIFY(!error.isError());
}

void TestApiJob::putIsNeverRetried()
{
    ApiJob *job = startJob("PUT", QStringLiteral("/put"));
    ApiError error;
    connect(job, &ApiJob::finished, this, [&](ApiJob *j) { error = j->error(); });
    bool done = false;
    QVERIFY(waitFor(job, &done));
    QCOMPARE(m_putCalls, 1);
    QCOMPARE(error.kind(), ApiError::Kind::Server);
}

void TestApiJob::retriesAreBounded()
{
    RequestPolicy policy;
    policy.maxRetries = 2;
    ApiJob *job = startJob("GET", QStringLiteral("/down"), policy);
    bool done = false;
    QVERIFY(waitFor(job, &done));
    QCOMPARE(m_alwaysDownCalls, 3);
}

void TestApiJob::timeoutEndsTheRequest()
{
    RequestPolicy policy;
    policy.transferTimeoutMs = 300;
    policy.maxRetries = 0;
    ApiJob *job = startJob("GET", QStringLiteral("/never"), policy);
    ApiError error;
    connect(job, &ApiJob::finished, this, [&](ApiJob *j) { error = j->error(); });
    bool done = false;
    QVERIFY(waitFor(job, &done));
    QCOMPARE(error.kind(), ApiError::Kind::Timeout);
}

void TestApiJob::cancelEndsTheRequest()
{
    ApiJob *job = startJob("GET", QStringLiteral("/never"));
    ApiError error;
    connect(job, &ApiJob::finished, this, [&](ApiJob *j) { error = j->error(); });
    bool done = false;
    connect(job, &ApiJob::finished, this, [&] { done = true; });
    job->start();
    QTest::qWait(100);
    job->cancel();
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
    QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
}

void TestApiJob::refusedConnectionIsNetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort));
    RequestPolicy policy;
    policy.maxRetries = 1;
    policy.retryBaseDelayMs = 10;
    auto *job = new ApiJob(&m_nam, request, policy);
    ApiError error;
    int attempts = 0;
    connect(job, &ApiJob::finished, this, [&](ApiJob *j) { error = j->error(); attempts = j->attempts(); });
    bool done = false;
    QVERIFY(waitFor(job, &done));
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QCOMPARE(attempts, 2);
    QVERIFY(error.isTransportOrAuth());
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
