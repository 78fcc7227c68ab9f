// ApiError::fromHttp against every error body shape Hostway documents (shared/api/NOTES.md,
// "Conventions" and "Error bodies"), with the documented examples as written in seed 003.
#include "core/net/apierror.h"

#include <QTest>

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileTextIsMadePrintable();
    void shapes_data();
    void shapes();
    void successIsNoError();
    void messageNamesFieldsAndAdvice();
};

void TestApiError::shapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("providerMessage");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fieldMessage");

    const int refused = int(ApiError::Kind::Refused);
    QTest::newRow("envelope, empty details") << 404
        << QByteArray(R"({"itemNotFound":{"guid":"","message":"Resource not found","code":404,"details":""}})")
        << int(ApiError::Kind::NotFound) << "Resource not found" << "" << "";
    QTest::newRow("envelope, field map details") << 400
        << QByteArray(R"({"badRequest": {"message": "POST data error", "code": 400, "details": {"list.0.type": "Required"}}})")
        << refused << "POST data error" << "list.0.type" << "Required";
    QTest::newRow("envelope, message details") << 404
        << QByteArray(R"({"itemNotFound": {"message": "Resource not found", "code": 404, "details": {"message": "Domain not found"}}})")
        << int(ApiError::Kind::NotFound) << "Resource not found: Domain not found" << "" << "";
    QTest::newRow("envelope, conflict with guid") << 409
        << QByteArray(R"({"conflict":{"guid":"4c1f","message":"Data conflict","code":409,"details":""}})")
        << int(ApiError::Kind::Conflict) << "Data conflict" << "" << "";
    QTest::newRow("flat field map: mailbox PUT without password") << 400
        << QByteArray(R"({"password": "Required"})") << refused << "" << "password" << "Required";
    QTest::newRow("flat field map: exchange PUT abc password") << 400
        << QByteArray(R"({"password": "Password should not start with 'abc' case-insensitively"})")
        << refused << "" << "password" << "Password should not start with 'abc' case-insensitively";
    QTest::newRow("flat field map: address key") << 400
        << QByteArray(R"({"not-existing-mailbox@test.com": "Target not found"})")
        << refused << "" << "not-existing-mailbox@test.com" << "Target not found";
    QTest::newRow("flat message") << 400
        << QByteArray(R"({"message": "Upgrade is not allowed"})") << refused << "Upgrade is not allowed" << "" << "";
    QTest::newRow("flat computeFault: quota") << 400
        << QByteArray(R"({"computeFault": "Quota must be greater than 0"})") << refused
        << "Quota must be greater than 0" << "" << "";
    QTest::newRow("flat computeFault: quantity") << 400
        << QByteArray(R"({"computeFault": "Number of mailboxes exceeded"})") << refused
        << "Number of mailboxes exceeded" << "" << "";
    QTest::newRow("plain text") << 400 << QByteArray("resourceType cannot be updated") << refused
        << "resourceType cannot be updated" << "" << "";
    QTest::newRow("no body: 404") << 404 << QByteArray() << int(ApiError::Kind::NotFound) << "" << "" << "";
    QTest::newRow("no body: rename clash 400") << 400 << QByteArray() << refused << "" << "" << "";
    QTest::newRow("no body: 409 mailbox exists") << 409 << QByteArray() << int(ApiError::Kind::Conflict) << "" << "" << "";
    QTest::newRow("bare fragment") << 400 << QByteArray(R"("details": {"": "Shorter than minimum length 3"})")
        << refused << "" << "" << "Shorter than minimum length 3";
    QTest::newRow("Webitel error") << 401 << QByteArray(R"({"status":"error","info":"Token Expired","code":401})")
        << int(ApiError::Kind::Authentication) << "Token Expired" << "" << "";
    QTest::newRow("401") << 401 << QByteArray() << int(ApiError::Kind::Authentication) << "" << "" << "";
    QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << int(ApiError::Kind::Server)
        << "<html>down</html>" << "" << "";
}

void TestApiError::shapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, providerMessage);
    QFETCH(QString, field);
    QFETCH(QString, fieldMessage);

    const ApiError error = ApiError::fromHttp(status, body);
    QVERIFY(error.isError());
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.providerMessage(), providerMessage);
    QCOMPARE(error.rawBody(), body);
    if (!fieldMessage.isEmpty()) {
        QCOMPARE(error.fieldMessages().size(), 1);
        QCOMPARE(error.fieldMessages().first().field, field);
        QCOMPARE(error.fieldMessage(field), fieldMessage);
    } else {
        QVERIFY(error.fieldMessages().isEmpty());
    }
}

void TestApiError::successIsNoError()
{
    QVERIFY(!ApiError::fromHttp(200, "{}").isError());
    QVERIFY(!ApiError::fromHttp(201, QByteArray()).isError());
    QVERIFY(!ApiError::fromHttp(204, QByteArray()).isError());
}

void TestApiError::messageNamesFieldsAndAdvice()
{
    const ApiError error = ApiError::fromHttp(400, R"({"password": "Required"})");
    QVERIFY(error.message().contains(QLatin1String("HTTP 400")));
    QVERIFY(error.message().contains(QLatin1String("password: Required")));
    const ApiError auth = ApiError::fromHttp(401, QByteArray());
    QVERIFY(auth.isTransportOrAuth());
    QVERIFY(auth.message().contains(QLatin1String("user name and password")));
    QVERIFY(!error.isTransportOrAuth());
}

void TestApiError::hostileTextIsMadePrintable()
{
    // Terminal escapes and a 10 MB message (issue 12, item 13): shown stripped and capped.
    const QByteArray huge(10 * 1024 * 1024, 'x');
    const QByteArray body = "{\"message\": \"\u001b[2J\u001b]0;pwned\u0007bad \u202eevil\", \"password\": \"" + huge + "\"}";
    const ApiError error = ApiError::fromHttp(400, body);
    const QString text = error.message();
    QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)) && !text.contains(QChar(0x202e)), qPrintable(text.left(200)));
    QVERIFY(text.contains(QLatin1String("bad")));
    QVERIFY(text.size() < 5000);
    QVERIFY(text.contains(QLatin1String("more character")));
    QCOMPARE(error.rawBody(), body);   // the raw body stays whole, for --verbose
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
