// Secrets never reach a log, a preview or an error message.
#include "core/net/httprequest.h"
#include "core/net/redaction.h"

#include <QTest>

class TestRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers();
    void jsonBodies();
    void urls();
    void requestText();
    void curlKeepsSecretsOut();
};

void TestRedaction::headers()
{
    QCOMPARE(Redaction::header("Authorization", "Basic YWRtaW46c2FuZGJveA=="), QByteArray("Basic ****"));
    QCOMPARE(Redaction::header("X-Access-Token", "eyJhbGciOi"), QByteArray("****"));
    QCOMPARE(Redaction::header("Cookie", "OwnerId=42"), QByteArray("****"));
    QCOMPARE(Redaction::header("Content-Type", "application/json"), QByteArray("application/json"));
}

void TestRedaction::jsonBodies()
{
    const QByteArray out = Redaction::body(R"({"password":"pWord123$","quota":5,"options":{"auth":{"user":"u","pass":"s3cret"}},"list":[{"authToken":"abc"}]})");
    QVERIFY(!out.contains("pWord123$"));
    QVERIFY(!out.contains("s3cret"));
    QVERIFY(!out.contains("\"abc\""));
    QVERIFY(out.contains("\"quota\":5"));
    QVERIFY(out.contains("\"user\":\"u\""));
    // Form bodies (Ikoula's changes) keep their shape, secrets masked.
    QCOMPARE(Redaction::body("password_bal=hunter2&x=1&email_bal=a%40b.fr"), QByteArray("password_bal=****&x=1&email_bal=a%40b.fr"));
    QCOMPARE(Redaction::body("the password is hunter2"), QByteArray("(body withheld: it may contain a secret)"));
    QCOMPARE(Redaction::body("plain"), QByteArray("plain"));
    // Hostway's secret answers are keyed by question: every value is masked, keys kept.
    QCOMPARE(Redaction::body(R"({"tk1":"Rex","tk2":"Paris"})", true), QByteArray(R"({"tk1":"****","tk2":"****"})"));
    QCOMPARE(Redaction::body("tk1=Rex", true), QByteArray("(body withheld: it holds secrets)"));
}

void TestRedaction::urls()
{
    const QString out = Redaction::url(QUrl(QStringLiteral("https://u:pw@api.example/wsexch/x?login=a&crypted_password=XYZ&signature=SIG&format=json")));
    QVERIFY(!out.contains(QLatin1String("pw@")));
    QVERIFY(!out.contains(QLatin1String("XYZ")));
    QVERIFY(!out.contains(QLatin1String("SIG")));
    QVERIFY(out.contains(QLatin1String("login=a")));
    QVERIFY(out.contains(QLatin1String("format=json")));
}

void TestRedaction::requestText()
{
    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("https://api.hostway.com/accounts/a/email/test.com/usernames/x/mailbox"));
    request.headers = {{"Content-Type", "application/json; charset=UTF-8"}, {"Authorization", "Basic Zm9vOmJhcg=="}};
    request.body = R"({"password":"Zq9!xyzw","quota":10})";
    const QString text = request.toDisplayText();
    QVERIFY(text.startsWith(QLatin1String("PUT https://api.hostway.com/accounts/a/email/test.com/usernames/x/mailbox\n")));
    QVERIFY(!text.contains(QLatin1String("Zq9!xyzw")));
    QVERIFY(!text.contains(QLatin1String("Zm9vOmJhcg==")));
    QVERIFY(text.contains(QLatin1String("\"quota\":10")));
}

void TestRedaction::curlKeepsSecretsOut()
{
    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("https://api.hostway.com/accounts/a/email/test.com/usernames/o'neil/mailbox"));
    request.headers = {{"Content-Type", "application/json; charset=UTF-8"}};
    request.body = R"({"password":"Zq9!xyzw","quota":10})";
    const QString curl = request.toCurl(QStringLiteral("admin@realm"));
    QCOMPARE(curl, QStringLiteral("curl -X PUT 'https://api.hostway.com/accounts/a/email/test.com/usernames/o'\\''neil/mailbox'"
                                  " -u \"admin@realm:$MAILROOM_PASSWORD\" -H 'Content-Type: application/json; charset=UTF-8'"
                                  " --data-raw '{\"password\":\"<secret>\",\"quota\":10}'"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
