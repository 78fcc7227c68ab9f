// IceClient against the sandbox over loopback: login, UpdateEmailServer with the example's
// field names, validation before sending, re-login, refusals; and IceSettingsStore, the
// local memory of what was sent (no secret in its file; no keychain service in this test).
#include "core/credentials/credentialstore.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/icesettingsstore.h"
#include "sandbox/icesimulator.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using Ice::ServerSettings;

namespace {
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

class TestIceClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsTheSettingsWithTheExampleNames();
    void imapInsteadOfPop3();
    void sendsTheTableNamesWhenTheAccountSaysSo();
    void problemsAreFoundBeforeSending_data();
    void problemsAreFoundBeforeSending();
    void providerRefusalIsShown();
    void wrongPasswordIsAuthentication();
    void expiredTokenLogsInAgain();
    void secretsStayOutOfLogsAndPreviews();
    void storeKeepsNoSecretInItsFile();

private:
    std::pair<ApiError, QString> update(const ServerSettings &settings)
    {
        std::pair<ApiError, QString> result;
        bool done = false;
        m_client->updateEmailServer(settings, this, [&](const ApiError &e, const QString &m) {
            result = {e, m};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.first = ApiError(ApiError::Kind::Timeout, QStringLiteral("test"));
        return result;
    }
    static ServerSettings sample()
    {
        ServerSettings s;
        s.organisationId = 59;
        s.skillId = 663;
        s.smtp = {QStringLiteral("smtp.mail.com"), QStringLiteral("HHarry"), QStringLiteral("Clark1!"),
                  QStringLiteral("hclarke@etechtexas.com"), QStringLiteral("587"), QStringLiteral("10")};
        s.pop3 = {QStringLiteral("pop3.mail.com"), QStringLiteral("Alex"), QStringLiteral("Password1@"),
                  QStringLiteral("alex@rediffmail.com"), QStringLiteral("995"), QStringLiteral("10")};
        s.emailSpoofing = true;
        s.spoofEmail = QStringLiteral("chris@etechgs.com");
        return s;
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IceClient> m_client;
};

void TestIceClient::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<IceClient>(m_nam.get(), m_sandbox->baseUrl());
    m_client->setCredentials(59, QStringLiteral("admin"), QStringLiteral("sandbox"));
}

void TestIceClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestIceClient::sendsTheSettingsWithTheExampleNames()
{
    const auto [error, message] = update(sample());
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(message, QStringLiteral("Success"));   // " Success" on the wire, trimmed
    const QJsonObject received = m_sandbox->server()->ice()->settings(59, 663);
    QCOMPARE(received.value(QLatin1String("OrgId")).toInt(), 59);
    QCOMPARE(received.value(QLatin1String("SMTPPort")).toString(), QStringLiteral("587"));   // ports as strings
    QCOMPARE(received.value(QLatin1String("Pop3UserName")).toString(), QStringLiteral("Alex"));
    QCOMPARE(received.value(QLatin1String("Pop3Pollrate")).toString(), QStringLiteral("10"));
    QCOMPARE(received.value(QLatin1String("Status")).toString(), QStringLiteral("Enabled"));
    QCOMPARE(received.value(QLatin1String("IsEmailSpoofing")).toBool(), true);
    QCOMPARE(received.value(QLatin1String("IsImap")).toBool(), false);
    QCOMPARE(m_client->loginCount(), 1);
    QVERIFY(!update(sample()).first.isError());
    QCOMPARE(m_client->loginCount(), 1);   // the token is reused
}

void TestIceClient::sendsTheTableNamesWhenTheAccountSaysSo()
{
    // GIVEN an account set to the table's spelling (NOTES.md: example and table disagree)
    m_client->setFieldNames(Ice::FieldNames::Table);
    QVERIFY(m_client->preview(sample()).body.contains("\"OrganizationId\":59"));
    // WHEN the settings are sent THEN the three fields are spelt as in the table
    QVERIFY(!update(sample()).first.isError());
    const QJsonObject received = m_sandbox->server()->ice()->settings(59, 663);
    QCOMPARE(received.value(QLatin1String("OrganizationId")).toInt(), 59);
    QCOMPARE(received.value(QLatin1String("Pop3Username")).toString(), QStringLiteral("Alex"));
    QCOMPARE(received.value(QLatin1String("Pop3pollrate")).toString(), QStringLiteral("10"));
    QVERIFY(!received.contains(QLatin1String("OrgId")));
    QVERIFY(!received.contains(QLatin1String("Pop3UserName")));
    // AND a call may still ask for the example's (a drafted change keeps its spelling)
    bool done = false;
    m_client->updateEmailServer(sample(), Ice::FieldNames::Example, this, [&](const ApiError &, const QString &) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(m_sandbox->server()->ice()->settings(59, 663).contains(QLatin1String("OrgId")));
    QCOMPARE(Ice::fieldNamesFromId(Ice::fieldNamesId(Ice::FieldNames::Table)), Ice::FieldNames::Table);
    QCOMPARE(Ice::fieldNamesFromId(QStringLiteral("nonsense")), Ice::FieldNames::Example);
}

void TestIceClient::imapInsteadOfPop3()
{
    ServerSettings s = sample();
    s.isImap = true;
    s.pop3 = {};
    s.imap = {QStringLiteral("imap.mail.com"), QStringLiteral("alex"), QStringLiteral("Imap-Pass1"),
              QStringLiteral("alex@rediffmail.com"), QStringLiteral("993"), QStringLiteral("5")};
    s.skillId = 700;
    s.tls = true;
    QVERIFY(!update(s).first.isError());
    const QJsonObject received = m_sandbox->server()->ice()->settings(59, 700);
    QCOMPARE(received.value(QLatin1String("ImapPort")).toString(), QStringLiteral("993"));
    QCOMPARE(received.value(QLatin1String("IsTLS")).toBool(), true);
}

void TestIceClient::problemsAreFoundBeforeSending_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    QTest::newRow("port zero") << QStringLiteral("smtp.port") << QStringLiteral("0") << QStringLiteral("SMTP port");
    QTest::newRow("port too big") << QStringLiteral("pop3.port") << QStringLiteral("70000") << QStringLiteral("POP3 port");
    QTest::newRow("port text") << QStringLiteral("smtp.port") << QStringLiteral("smtp") << QStringLiteral("SMTP port");
    QTest::newRow("bad host") << QStringLiteral("smtp.address") << QStringLiteral("smtp mail com") << QStringLiteral("not a host name");
    QTest::newRow("no host") << QStringLiteral("pop3.address") << QString() << QStringLiteral("POP3 server");
    QTest::newRow("bad mailbox") << QStringLiteral("smtp.mailbox") << QStringLiteral("hclarke") << QStringLiteral("not an email address");
    QTest::newRow("bad poll rate") << QStringLiteral("pop3.pollRate") << QStringLiteral("0") << QStringLiteral("poll rate");
    QTest::newRow("spoof without address") << QStringLiteral("spoofEmail") << QString() << QStringLiteral("Spoofing");
}

void TestIceClient::problemsAreFoundBeforeSending()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, says);
    ServerSettings s = sample();
    if (field == QLatin1String("smtp.port")) s.smtp.port = value;
    else if (field == QLatin1String("pop3.port")) s.pop3.port = value;
    else if (field == QLatin1String("smtp.address")) s.smtp.address = value;
    else if (field == QLatin1String("pop3.address")) s.pop3.address = value;
    else if (field == QLatin1String("smtp.mailbox")) s.smtp.mailbox = value;
    else if (field == QLatin1String("pop3.pollRate")) s.pop3.pollRate = value;
    else if (field == QLatin1String("spoofEmail")) s.spoofEmail = value;
    const int before = m_sandbox->server()->requestCount();
    const ApiError error = update(s).first;
    QCOMPARE(error.kind(), ApiError::Kind::Setup);
    QVERIFY2(error.message().contains(says), qPrintable(error.message()));
    QCOMPARE(m_sandbox->server()->requestCount(), before);
}

void TestIceClient::providerRefusalIsShown()
{
    ServerSettings s = sample();
    s.skillId = 9999;   // not a skill of organisation 59
    const ApiError error = update(s).first;
    QCOMPARE(error.kind(), ApiError::Kind::Refused);
    QCOMPARE(error.providerMessage(), QStringLiteral("The request is invalid."));
    QVERIFY(m_sandbox->server()->ice()->settings(59, 9999).isEmpty());
}

void TestIceClient::wrongPasswordIsAuthentication()
{
    m_client->setCredentials(59, QStringLiteral("admin"), QStringLiteral("wrong"));
    const ApiError error = update(sample()).first;
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);
    QVERIFY(error.isTransportOrAuth());
}

void TestIceClient::expiredTokenLogsInAgain()
{
    m_sandbox->server()->ice()->setTokenLifetimeSecs(-10);   // tokens born expired
    const ApiError error = update(sample()).first;
    // Expired at once: the client logs in, is refused 401, logs in once more, is refused again.
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);
    QCOMPARE(m_client->loginCount(), 2);
    m_sandbox->server()->ice()->setTokenLifetimeSecs(3600);
    QVERIFY(!update(sample()).first.isError());
    QCOMPARE(m_client->loginCount(), 3);
}

void TestIceClient::secretsStayOutOfLogsAndPreviews()
{
    QLoggingCategory::setFilterRules(QStringLiteral("mailroom.http=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const ApiError error = update(sample()).first;
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!error.isError());
    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("UpdateEmailServer")));
    for (const char *secret : {"Clark1!", "Password1@", "\"sandbox\"", "eyJ"})
        QVERIFY2(!all.contains(QLatin1String(secret)), secret);
    const QString preview = m_client->preview(sample()).toDisplayText();
    QVERIFY(preview.contains(QLatin1String("\"SMTPUserName\":\"HHarry\"")));
    QVERIFY(!preview.contains(QLatin1String("Clark1!")) && !preview.contains(QLatin1String("Password1@")));
}

void TestIceClient::storeKeepsNoSecretInItsFile()
{
    QTemporaryDir dir;
    CredentialStore credentials(QStringLiteral("org.mailroom.Mailroom.test"));
    IceSettingsStore store(dir.path(), &credentials);
    const QString accountKey = QStringLiteral("ice:admin@127.0.0.1:59");
    bool saved = false, kept = true;
    store.save(accountKey, sample(), this, [&](bool passwordsKept) {
        kept = passwordsKept;
        saved = true;
    });
    QTRY_VERIFY(saved);
    QVERIFY(!kept);   // no keychain service here: the passwords are not kept
    QFile file(store.pathFor(accountKey, 663));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("smtp.mail.com"));
    QVERIFY(!content.contains("Clark1!") && !content.contains("Password1@"));

    std::optional<IceSettingsStore::Saved> loaded;
    bool done = false;
    store.load(accountKey, 663, this, [&](std::optional<IceSettingsStore::Saved> s) {
        loaded = s;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(loaded);
    QCOMPARE(loaded->settings.smtp.address, QStringLiteral("smtp.mail.com"));
    QCOMPARE(loaded->settings.pop3.port, QStringLiteral("995"));
    QVERIFY(loaded->settings.emailSpoofing);
    QVERIFY(loaded->settings.smtp.password.isEmpty());
    QVERIFY(!loaded->passwordsKept);
    QVERIFY(loaded->sentAt.isValid());
    done = false;
    store.load(accountKey, 664, this, [&](std::optional<IceSettingsStore::Saved> s) {
        loaded = s;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!loaded);
}

QTEST_GUILESS_MAIN(TestIceClient)
#include "tst_iceclient.moc"
