// Answers no documented provider gives, from a hostile or broken server: a list whose `next`
// never ends, an answer too large to hold, a body that trickles a byte at a time, a
// Retry-After far in the future. Each ends with a clear error, soon, instead of running on.
#include "core/net/apijob.h"
#include "core/providers/hostway/hostwayclient.h"

#include <QAbstractHttpServer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

/// Writes raw answers straight to the socket, slowly, and stops when the client goes away:
/// GET /drip sends 1000 announced bytes one every 50 ms; GET /unannounced sends 40 MB without
/// a Content-Length, 1 MB every 5 ms, until the connection closes.
class SlowServer final : public QAbstractHttpServer
{
protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        if (path == QLatin1String("/cut") || path == QLatin1String("/reset")) {
            // 1000 bytes announced, 10 sent, then the connection closes (or is reset).
            socket->write(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"list\": [1"));
            socket->flush();
            QTimer::singleShot(50, socket, [socket, reset = path == QLatin1String("/reset")] {
                if (reset)
                    socket->abort();
                else
                    socket->disconnectFromHost();
            });
            return true;
        }
        const bool drip = path == QLatin1String("/drip");
        socket->write(drip ? QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
                           : QByteArrayLiteral("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"));
        auto *timer = new QTimer(this);
        auto sent = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, timer, [timer, sent, drip, guard = QPointer<QTcpSocket>(socket)] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState || ++*sent > (drip ? 1000 : 40)) {
                if (guard)
                    guard->disconnectFromHost();   // the end of an unannounced body
                timer->deleteLater();
                return;
            }
            guard->write(drip ? QByteArray("x") : QByteArray(1024 * 1024, 'x'));
        });
        timer->start(drip ? 50 : 5);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override { socket->abort(); }
};

} // namespace

class TestHostileAnswers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listThatNeverEndsStops_data();
    void listThatNeverEndsStops();
    void oversizedAnswerIsRefused_data();
    void oversizedAnswerIsRefused();
    void tricklingBodyMeetsTheDeadline();
    void distantRetryAfterIsNotAwaited();
    void transportFailuresSayWhatHappened_data();
    void transportFailuresSayWhatHappened();

private:
    ApiError get(const QString &path, RequestPolicy policy, int *attempts = nullptr);
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    /// `path` on the slow server.
    QString slow(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_slowPort).arg(path); }

    QHttpServer m_server;
    quint16 m_port = 0;
    SlowServer m_slow;
    quint16 m_slowPort = 0;
    int m_retryCalls = 0;
    QNetworkAccessManager m_nam;
};

void TestHostileAnswers::initTestCase()
{
    // A usernames list: full pages of 400 whose `next` points back to page 1 ("same"), or
    // new names on every page with a total of 10 ("fresh").
    m_server.route(QStringLiteral("/accounts/a/email/<arg>/usernames"), [this](const QString &domain, const QHttpServerRequest &request) {
        const int page = request.query().queryItemValue(QStringLiteral("page")).toInt();
        QJsonArray list;
        for (int i = 0; i < 400; ++i)
            list.append(QJsonObject{{QStringLiteral("username"), domain == QLatin1String("same.example") ? QStringLiteral("u%1").arg(i)
                                                                                                      : QStringLiteral("p%1u%2").arg(page).arg(i)},
                                    {QStringLiteral("quota"), 10}});
        const QString next = url(QStringLiteral("/accounts/a/email/%1/usernames?page=1&pageSize=400").arg(domain)).toString();
        return QHttpServerResponse(QJsonObject{{QStringLiteral("totalCount"), domain == QLatin1String("same.example") ? 100000 : 10},
                                               {QStringLiteral("list"), list},
                                               {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                                                                                {QStringLiteral("href"), next}}}}});
    });
    m_server.route(QStringLiteral("/big/announced"), [] { return QHttpServerResponse(QByteArray(40 * 1024 * 1024, 'x')); });
    m_server.route(QStringLiteral("/loop"), [this] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
        response.setHeader(QByteArrayLiteral("Location"), url(QStringLiteral("/loop")).toString().toUtf8());
        return response;
    });
    m_server.route(QStringLiteral("/later"), [this] {
        ++m_retryCalls;
        QHttpServerResponse response(QHttpServerResponse::StatusCode::ServiceUnavailable);
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("999999"));
        return response;
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    m_slowPort = m_slow.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0 && m_slowPort != 0);
}

ApiError TestHostileAnswers::get(const QString &path, RequestPolicy policy, int *attempts)
{
    HttpRequest request;
    request.method = "GET";
    request.url = path.startsWith(QLatin1String("http")) ? QUrl(path) : url(path);
    auto *job = new ApiJob(&m_nam, request, policy);
    ApiError error(ApiError::Kind::Cancelled, QStringLiteral("never finished"));
    bool done = false;
    connect(job, &ApiJob::finished, this, [&](ApiJob *j) {
        error = j->error();
        if (attempts)
            *attempts = j->attempts();
        done = true;
    });
    job->start();
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 20000);
    return error;
}

void TestHostileAnswers::listThatNeverEndsStops_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("why");
    QTest::newRow("next back to an earlier page") << QStringLiteral("same.example") << QStringLiteral("repeats an earlier page");
    QTest::newRow("more than the total") << QStringLiteral("fresh.example") << QStringLiteral("more than the 10");
}

void TestHostileAnswers::listThatNeverEndsStops()
{
    QFETCH(QString, domain);
    QFETCH(QString, why);
    HostwayClient client(&m_nam, Hostway::Endpoint{url(QString()), QStringLiteral("a")});
    ApiError error;
    bool done = false;
    client.fetchAllUsernames(domain, {}, this, [&](const ApiError &e, const QList<Hostway::MailboxSummary> &) {
        error = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    QCOMPARE(error.kind(), ApiError::Kind::Malformed);
    QVERIFY2(error.message().contains(why), qPrintable(error.message()));
}

void TestHostileAnswers::oversizedAnswerIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("announced by Content-Length") << QStringLiteral("/big/announced");
    QTest::newRow("counted while reading") << slow(QStringLiteral("/unannounced"));
}

void TestHostileAnswers::oversizedAnswerIsRefused()
{
    QFETCH(QString, path);
    const ApiError error = get(path, RequestPolicy{});
    QCOMPARE(error.kind(), ApiError::Kind::Malformed);
    QVERIFY2(error.message().contains(QLatin1String("larger than 32 MB")), qPrintable(error.message()));
}

void TestHostileAnswers::tricklingBodyMeetsTheDeadline()
{
    // Each byte resets the transfer timeout; only the deadline of the whole call ends it.
    RequestPolicy policy;
    policy.deadlineMs = 1000;
    policy.maxRetries = 0;
    const ApiError error = get(slow(QStringLiteral("/drip")), policy);
    QCOMPARE(error.kind(), ApiError::Kind::Timeout);
}

void TestHostileAnswers::distantRetryAfterIsNotAwaited()
{
    // A retry after 999999 s (capped at 30 s) would outlast the 5 s deadline: not attempted.
    RequestPolicy policy;
    policy.deadlineMs = 5000;
    int attempts = 0;
    const ApiError error = get(QStringLiteral("/later"), policy, &attempts);
    QCOMPARE(error.kind(), ApiError::Kind::Server);
    QCOMPARE(attempts, 1);
    QCOMPARE(m_retryCalls, 1);
}

void TestHostileAnswers::transportFailuresSayWhatHappened_data()
{
    // Each is a failure of the transport (mailroomctl's exit 3), said in words, never "the
    // provider refused the request (HTTP 100)" or a 200 read as an unreadable answer.
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("redirect loop") << QStringLiteral("/loop") << int(ApiError::Kind::Redirect) << QStringLiteral("in a loop");
    QTest::newRow("body shorter than announced") << slow(QStringLiteral("/cut")) << int(ApiError::Kind::Network) << QStringLiteral("cut short");
    QTest::newRow("reset mid-body") << slow(QStringLiteral("/reset")) << int(ApiError::Kind::Network) << QString();
}

void TestHostileAnswers::transportFailuresSayWhatHappened()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QString, words);
    RequestPolicy policy;
    policy.maxRetries = 0;
    const ApiError error = get(path, policy);
    QCOMPARE(int(error.kind()), kind);
    QVERIFY(error.isTransportOrAuth());
    QVERIFY2(error.message().contains(words) && !error.message().contains(QLatin1String("refused the request")), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
