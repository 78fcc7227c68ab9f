// ApiJob's request policy against a real local HTTP server: retries of safe requests only,
// Retry-After, the transfer timeout, cancel, unreachable hosts, and redirects: followed on the
// same origin, refused to another one, so no credential reaches another server.
#include "core/net/apijob.h"
#include "core/net/jobtracker.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QHttpServerRequest>
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
    void redirectToAnotherOriginIsRefused_data();
    void redirectToAnotherOriginIsRefused();
    void sameOriginRedirectIsFollowed();
    void trackerErrorNeverOutlivesItsCause();

private:
    ApiJob *startJob(const QByteArray &method, const QString &path, RequestPolicy policy = {});
    static bool waitFor(ApiJob *job, bool *done, int ms = 10000);

    QHttpServer m_server;
    quint16 m_port = 0;
    QHttpServer m_other;                 ///< another origin: must never see a request
    quint16 m_otherPort = 0;
    int m_otherHits = 0;
    QList<QByteArray> m_landedBodies;    ///< bodies that reached /landed on the first server
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
    m_otherPort = m_other.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_otherPort != 0);
    m_other.route(QStringLiteral("/<arg>"), [this](const QString &) {
        ++m_otherHits;
        return QHttpServerResponse(QJsonObject{{QStringLiteral("stolen"), true}});
    });
    // /away/<code>/<host> answers `code` with a Location on the other server.
    m_server.route(QStringLiteral("/away/<arg>/<arg>"), [this](int code, const QString &host) {
        QHttpServerResponse response(static_cast<QHttpServerResponse::StatusCode>(code));
        response.setHeader(QByteArrayLiteral("Location"), QStringLiteral("http://%1:%2/landed").arg(host).arg(m_otherPort).toUtf8());
        return response;
    });
    // /here/<code> redirects to /landed on this same server.
    m_server.route(QStringLiteral("/here/<arg>"), [this](int code) {
        QHttpServerResponse response(static_cast<QHttpServerResponse::StatusCode>(code));
        response.setHeader(QByteArrayLiteral("Location"), QStringLiteral("http://127.0.0.1:%1/landed").arg(m_port).toUtf8());
        return response;
    });
    m_server.route(QStringLiteral("/landed"), [this](const QHttpServerRequest &request) {
        m_landedBodies.append(request.body());
        return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
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

void TestApiJob::redirectToAnotherOriginIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("host");
    QTest::newRow("303 to localhost") << QByteArray("GET") << 303 << QStringLiteral("localhost");
    QTest::newRow("307 to localhost") << QByteArray("GET") << 307 << QStringLiteral("localhost");
    QTest::newRow("307 PUT to another port") << QByteArray("PUT") << 307 << QStringLiteral("127.0.0.1");
    QTest::newRow("303 POST to another port") << QByteArray("POST") << 303 << QStringLiteral("127.0.0.1");
}

void TestApiJob::redirectToAnotherOriginIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(int, code);
    QFETCH(QString, host);
    // GIVEN a request carrying Basic credentials, a token header and a token in its body
    HttpRequest request;
    request.method = method;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/away/%2/%3").arg(m_port).arg(code).arg(host));
    request.headers = {{QByteArrayLiteral("X-Access-Token"), QByteArrayLiteral("webitel-token")}};
    if (method != "GET")
        request.body = R"({"Token": "ice-token"})";
    RequestPolicy policy;
    policy.authorization = QByteArrayLiteral("Basic YWRtaW46c2FuZGJveA==");
    policy.maxRetries = 0;
    auto *job = new ApiJob(&m_nam, request, policy);
    ApiError error;
    connect(job, &ApiJob::finished, this, [&](ApiJob *j) { error = j->error(); });
    const int before = m_otherHits;
    // WHEN the server redirects it to another origin
    bool done = false;
    QVERIFY(waitFor(job, &done));
    // THEN it is refused, clearly, and the other server never saw it
    QCOMPARE(error.kind(), ApiError::Kind::Redirect);
    // (a change redirected by a 307 is not sent on at all, wherever to)
    QVERIFY2(error.message().contains(QLatin1String("another server")) || (method == "PUT" && error.message().contains(QLatin1String("nothing was changed"))),
             qPrintable(error.message()));
    QTest::qWait(50);
    QCOMPARE(m_otherHits, before);
}

void TestApiJob::sameOriginRedirectIsFollowed()
{
    // A GET is followed on the same origin; a change is not sent on by a 307 (Qt would have to
    // rewind its body, which OneShotBody refuses), and says so: nothing landed.
    m_landedBodies.clear();
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT")}) {
        HttpRequest request;
        request.method = method;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/here/307").arg(m_port));
        if (method == "PUT")
            request.body = R"({"quota": 5})";
        auto *job = new ApiJob(&m_nam, request, RequestPolicy{});
        ApiError error;
        int status = 0;
        connect(job, &ApiJob::finished, this, [&](ApiJob *j) { error = j->error(); status = j->httpStatus(); });
        bool done = false;
        QVERIFY(waitFor(job, &done));
        if (method == "GET") {
            QVERIFY2(!error.isError(), qPrintable(error.message()));
            QCOMPARE(status, 200);
        } else {
            QCOMPARE(error.kind(), ApiError::Kind::Redirect);
            QVERIFY2(error.message().contains(QLatin1String("nothing was changed")), qPrintable(error.message()));
        }
    }
    QCOMPARE(m_landedBodies, QList<QByteArray>{QByteArray()});   // the GET's
}

void TestApiJob::trackerErrorNeverOutlivesItsCause()
{
    JobTracker tracker;
    QStringList said;
    connect(&tracker, &JobTracker::errorOccurred, this, [&said](const QString &message) { said.append(message); });
    const auto run = [&](const char *path, bool shownByCaller) {
        ApiJob *job = startJob("GET", QLatin1String(path), RequestPolicy{});
        job->setFailureShownByCaller(shownByCaller);
        tracker.track(job);
        bool done = false;
        return waitFor(job, &done, 20000);
    };
    // GIVEN a failure, THEN the status bar hears it
    QVERIFY(run("/down", false));
    QCOMPARE(said.size(), 1);
    QVERIFY(!said.last().isEmpty());
    // WHEN a later request succeeds, THEN the error is cleared, once
    QVERIFY(run("/landed", false));
    QCOMPARE(said.size(), 2);
    QVERIFY(said.last().isEmpty());
    QVERIFY(tracker.lastError().isEmpty());
    QVERIFY(run("/landed", false));
    QCOMPARE(said.size(), 2);
    // AND a failure its caller shows itself is not repeated
    QVERIFY(run("/down", true));
    QCOMPARE(said.size(), 2);
    QVERIFY(tracker.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
