// WebitelClient against the sandbox over loopback: login, the four settings calls, the test
// email, errors, re-login on "Token Expired", and the echoed SMTP password kept out of logs.
#include "core/providers/webitel/webitelclient.h"
#include "sandbox/webitelsimulator.h"
#include "sandboxfixture.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

using Webitel::EmailSettings;

class TestWebitelClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsTheDemoSettings();
    void createUpdateDeleteAndTest();
    void refusals_data();
    void refusals();
    void wrongPasswordIsAuthentication();
    void expiredTokenLogsInAgain();
    void passwordNeverReachesTheLog();

private:
    template<typename T>
    std::pair<ApiError, T> wait(const std::function<void(WebitelClient::Callback<T>)> &start)
    {
        std::pair<ApiError, T> result;
        bool done = false;
        start([&](const ApiError &e, const T &v) {
            result = {e, v};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.first = ApiError(ApiError::Kind::Timeout, QStringLiteral("test"));
        return result;
    }
    static EmailSettings sample()
    {
        EmailSettings s;
        s.description = QStringLiteral("Office relay");
        s.from = QStringLiteral("noreply@new.webitel");
        s.host = QStringLiteral("smtp.new.webitel");
        s.port = 587;
        s.secure = false;
        s.user = QStringLiteral("relay");
        s.password = QStringLiteral("Smtp-S3cret");
        return s;
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<WebitelClient> m_client;
};

void TestWebitelClient::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<WebitelClient>(m_nam.get(), m_sandbox->baseUrl());
    m_client->setCredentials(QStringLiteral("admin@demo.webitel"), QStringLiteral("sandbox"));
}

void TestWebitelClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestWebitelClient::readsTheDemoSettings()
{
    const auto [error, settings] = wait<EmailSettings>([this](auto cb) { m_client->fetchSettings(QStringLiteral("demo.webitel"), this, cb); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(settings.host, QStringLiteral("smtp.demo.webitel"));
    QCOMPARE(settings.port, 465);
    QVERIFY(settings.secure);
    QVERIFY(!settings.rejectUnauthorized);
    QCOMPARE(settings.password, QStringLiteral("b271e0c652eaa98e"));   // echoed, held, never shown
    QCOMPARE(m_client->loginCount(), 1);
    const auto [missing, none] = wait<EmailSettings>([this](auto cb) { m_client->fetchSettings(QStringLiteral("nothing.webitel"), this, cb); });
    QCOMPARE(missing.kind(), ApiError::Kind::NotFound);
    QCOMPARE(missing.providerMessage(), QStringLiteral("Not found"));
    QCOMPARE(m_client->loginCount(), 1);   // one login serves every call
}

void TestWebitelClient::createUpdateDeleteAndTest()
{
    const QString domain = QStringLiteral("new.webitel");
    auto [error, created] = wait<EmailSettings>([&](auto cb) { m_client->saveSettings(domain, sample(), true, this, cb); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.port, 587);
    EmailSettings changed = sample();
    changed.port = 2525;
    auto [updateError, updated] = wait<EmailSettings>([&](auto cb) { m_client->saveSettings(domain, changed, false, this, cb); });
    QVERIFY(!updateError.isError());
    QCOMPARE(updated.id, created.id);
    QCOMPARE(updated.port, 2525);
    auto [testError, testInfo] = wait<QString>([&](auto cb) { m_client->sendTest(domain, QStringLiteral("boss@example.com"), this, cb); });
    QVERIFY(!testError.isError());
    QCOMPARE(testInfo, QStringLiteral("Test email sent to boss@example.com"));
    auto [deleteError, info] = wait<QString>([&](auto cb) { m_client->deleteSettings(domain, this, cb); });
    QVERIFY(!deleteError.isError());
    QCOMPARE(info, QStringLiteral("Removed 1 record."));
    auto [again, none] = wait<QString>([&](auto cb) { m_client->deleteSettings(domain, this, cb); });
    QCOMPARE(again.httpStatus(), 400);
}

void TestWebitelClient::refusals_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("message");
    QTest::newRow("port out of range") << 70000 << "smtp.x" << false << "options.port must be from 1 to 65535";
    QTest::newRow("no host") << 25 << "" << false << "options.host is required";
    QTest::newRow("create where settings exist") << 25 << "smtp.x" << true << "Settings for demo.webitel already exist";
}

void TestWebitelClient::refusals()
{
    QFETCH(int, port);
    QFETCH(QString, host);
    QFETCH(bool, create);
    QFETCH(QString, message);
    EmailSettings s = sample();
    s.port = port;
    s.host = host;
    QCOMPARE(s.problems().isEmpty(), port <= 65535 && !host.isEmpty());
    auto [error, none] = wait<EmailSettings>([&](auto cb) { m_client->saveSettings(QStringLiteral("demo.webitel"), s, create, this, cb); });
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.providerMessage(), message);
}

void TestWebitelClient::wrongPasswordIsAuthentication()
{
    m_client->setCredentials(QStringLiteral("admin@demo.webitel"), QStringLiteral("wrong"));
    auto [error, none] = wait<EmailSettings>([this](auto cb) { m_client->fetchSettings(QStringLiteral("demo.webitel"), this, cb); });
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);
    QCOMPARE(error.providerMessage(), QStringLiteral("Invalid credentials"));
    m_client->setCredentials(QStringLiteral("nobody@demo.webitel"), QStringLiteral("x"));
    auto [unknown, none2] = wait<EmailSettings>([this](auto cb) { m_client->fetchSettings(QStringLiteral("demo.webitel"), this, cb); });
    QCOMPARE(unknown.kind(), ApiError::Kind::NotFound);
}

void TestWebitelClient::expiredTokenLogsInAgain()
{
    auto [first, a] = wait<EmailSettings>([this](auto cb) { m_client->fetchSettings(QStringLiteral("demo.webitel"), this, cb); });
    QVERIFY(!first.isError());
    m_sandbox->server()->webitel()->expireTokens();   // the server now answers 401 "Token Expired"
    auto [second, b] = wait<EmailSettings>([this](auto cb) { m_client->fetchSettings(QStringLiteral("demo.webitel"), this, cb); });
    QVERIFY2(!second.isError(), qPrintable(second.message()));
    QCOMPARE(m_client->loginCount(), 2);
    // A token that expires within the minute is renewed before it is used.
    m_sandbox->server()->webitel()->setTokenLifetimeMs(30'000);
    m_sandbox->server()->webitel()->expireTokens();
    auto [third, c] = wait<EmailSettings>([this](auto cb) { m_client->fetchSettings(QStringLiteral("demo.webitel"), this, cb); });
    auto [fourth, d] = wait<EmailSettings>([this](auto cb) { m_client->fetchSettings(QStringLiteral("demo.webitel"), this, cb); });
    QVERIFY(!third.isError() && !fourth.isError());
    QCOMPARE(m_client->loginCount(), 4);
}

namespace {
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

void TestWebitelClient::passwordNeverReachesTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("mailroom.http=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    auto [error, created] = wait<EmailSettings>([&](auto cb) { m_client->saveSettings(QStringLiteral("log.webitel"), sample(), true, this, cb); });
    auto [error2, read] = wait<EmailSettings>([&](auto cb) { m_client->fetchSettings(QStringLiteral("demo.webitel"), this, cb); });
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!error.isError() && !error2.isError());
    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("/api/v2/email/settings")));   // the traffic was logged
    QVERIFY(!all.contains(QLatin1String("Smtp-S3cret")));
    QVERIFY(!all.contains(QLatin1String("b271e0c652eaa98e")));
    QVERIFY(!all.contains(QLatin1String("\"sandbox\"")));                 // the login password
}

QTEST_GUILESS_MAIN(TestWebitelClient)
#include "tst_webitelclient.moc"
