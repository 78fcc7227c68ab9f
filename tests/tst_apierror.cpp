// ApiError::fromHttp with each provider's reader of error bodies: every shape Hostway
// documents (shared/api/NOTES.md, "Conventions" and "Error bodies"), with the documented
// examples as written in seed 003, then Webitel's, Ikoula's and ICE's; a provider's shape is
// plain text to the others.
#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayerrors.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ikoula/ikoulaparser.h"
#include "core/providers/webitel/webitelclient.h"

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
    void ikoulaWordsPerText();
};

namespace {

ApiError::BodyReader readerOf(const QString &provider)
{
    if (provider == QLatin1String("hostway"))
        return Hostway::readErrorBody;
    if (provider == QLatin1String("ikoula"))
        return IkoulaParser::errorBody;
    if (provider == QLatin1String("ice"))
        return IceClient::readErrorBody;
    if (provider == QLatin1String("webitel"))
        return WebitelClient::readErrorBody;
    return nullptr;
}

} // namespace

void TestApiError::shapes_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("providerMessage");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fieldMessage");

    const int refused = int(ApiError::Kind::Refused);
    QTest::newRow("envelope, empty details") << QStringLiteral("hostway") << 404
        << QByteArray(R"({"itemNotFound":{"guid":"","message":"Resource not found","code":404,"details":""}})")
        << int(ApiError::Kind::NotFound) << "Resource not found" << "" << "";
    QTest::newRow("envelope, field map details") << QStringLiteral("hostway") << 400
        << QByteArray(R"({"badRequest": {"message": "POST data error", "code": 400, "details": {"list.0.type": "Required"}}})")
        << refused << "POST data error" << "list.0.type" << "Required";
    QTest::newRow("envelope, message details") << QStringLiteral("hostway") << 404
        << QByteArray(R"({"itemNotFound": {"message": "Resource not found", "code": 404, "details": {"message": "Domain not found"}}})")
        << int(ApiError::Kind::NotFound) << "Resource not found: Domain not found" << "" << "";
    QTest::newRow("envelope, conflict with guid") << QStringLiteral("hostway") << 409
        << QByteArray(R"({"conflict":{"guid":"4c1f","message":"Data conflict","code":409,"details":""}})")
        << int(ApiError::Kind::Conflict) << "Data conflict" << "" << "";
    QTest::newRow("flat field map: mailbox PUT without password") << QStringLiteral("hostway") << 400
        << QByteArray(R"({"password": "Required"})") << refused << "" << "password" << "Required";
    QTest::newRow("flat field map: exchange PUT abc password") << QStringLiteral("hostway") << 400
        << QByteArray(R"({"password": "Password should not start with 'abc' case-insensitively"})")
        << refused << "" << "password" << "Password should not start with 'abc' case-insensitively";
    QTest::newRow("flat field map: address key") << QStringLiteral("hostway") << 400
        << QByteArray(R"({"not-existing-mailbox@test.com": "Target not found"})")
        << refused << "" << "not-existing-mailbox@test.com" << "Target not found";
    QTest::newRow("flat message") << QStringLiteral("hostway") << 400
        << QByteArray(R"({"message": "Upgrade is not allowed"})") << refused << "Upgrade is not allowed" << "" << "";
    QTest::newRow("flat computeFault: quota") << QStringLiteral("hostway") << 400
        << QByteArray(R"({"computeFault": "Quota must be greater than 0"})") << refused
        << "Quota must be greater than 0" << "" << "";
    QTest::newRow("flat computeFault: quantity") << QStringLiteral("hostway") << 400
        << QByteArray(R"({"computeFault": "Number of mailboxes exceeded"})") << refused
        << "Number of mailboxes exceeded" << "" << "";
    QTest::newRow("plain text") << QStringLiteral("hostway") << 400 << QByteArray("resourceType cannot be updated") << refused
        << "resourceType cannot be updated" << "" << "";
    QTest::newRow("no body: 404") << QStringLiteral("hostway") << 404 << QByteArray() << int(ApiError::Kind::NotFound) << "" << "" << "";
    QTest::newRow("no body: rename clash 400") << QStringLiteral("hostway") << 400 << QByteArray() << refused << "" << "" << "";
    QTest::newRow("no body: 409 mailbox exists") << QStringLiteral("hostway") << 409 << QByteArray() << int(ApiError::Kind::Conflict) << "" << "" << "";
    QTest::newRow("bare fragment") << QStringLiteral("hostway") << 400 << QByteArray(R"("details": {"": "Shorter than minimum length 3"})")
        << refused << "" << "" << "Shorter than minimum length 3";
    QTest::newRow("Webitel error") << QStringLiteral("webitel") << 401 << QByteArray(R"({"status":"error","info":"Token Expired","code":401})")
        << int(ApiError::Kind::Authentication) << "Token Expired" << "" << "";
    // Ikoula's parameter names become the window's words, and the field it names carries them
    QTest::newRow("Ikoula error, a list") << QStringLiteral("ikoula") << 400
        << QByteArray(R"({"error": ["password_bal must be at least 8 characters", " "]})") << refused
        << "Password must be at least 8 characters" << "password_bal" << "Password must be at least 8 characters";
    QTest::newRow("ICE error") << QStringLiteral("ice") << 400 << QByteArray(R"({"Message": " The request is invalid. "})") << refused
        << "The request is invalid." << "" << "";
    QTest::newRow("Hostway's field map, to Webitel") << QStringLiteral("webitel") << 400 << QByteArray(R"({"password": "Required"})")
        << refused << R"({"password": "Required"})" << "" << "";
    QTest::newRow("no reader: plain text") << QString() << 400 << QByteArray(R"({"message": "m"})") << refused
        << R"({"message": "m"})" << "" << "";
    QTest::newRow("401") << QStringLiteral("hostway") << 401 << QByteArray() << int(ApiError::Kind::Authentication) << "" << "" << "";
    QTest::newRow("503 html") << QStringLiteral("hostway") << 503 << QByteArray("<html>down</html>") << int(ApiError::Kind::Server)
        << "<html>down</html>" << "" << "";
}

void TestApiError::shapes()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, providerMessage);
    QFETCH(QString, field);
    QFETCH(QString, fieldMessage);

    const ApiError error = ApiError::fromHttp(status, body, readerOf(provider));
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
    const ApiError error = ApiError::fromHttp(400, R"({"password": "Required"})", Hostway::readErrorBody);
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
    const ApiError error = ApiError::fromHttp(400, body, Hostway::readErrorBody);
    const QString text = error.message();
    QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)) && !text.contains(QChar(0x202e)), qPrintable(text.left(200)));
    QVERIFY(text.contains(QLatin1String("bad")));
    QVERIFY(text.size() < 5000);
    QVERIFY(text.contains(QLatin1String("more character")));
    QCOMPARE(error.rawBody(), body);   // the raw body stays whole, for --verbose
}

void TestApiError::ikoulaWordsPerText()
{
    // GIVEN Ikoula refusing two things at once, in its wire's names
    const ApiError error = ApiError::fromHttp(400, R"({"error": ["password_bal must be at least 8 characters", "email_bal is taken; choose another"]})",
                                              readerOf(QStringLiteral("ikoula")));
    // THEN each text is in the window's words, capitalised, and joined
    QCOMPARE(error.providerMessage(), QStringLiteral("Password must be at least 8 characters; Address is taken; choose another"));
    // AND each field gets its own text only: the password field does not show the address's problem
    QCOMPARE(error.fieldMessage(QStringLiteral("password_bal")), QStringLiteral("Password must be at least 8 characters"));
    QCOMPARE(error.fieldMessage(QStringLiteral("email_bal")), QStringLiteral("Address is taken; choose another"));
    // AND the one-line words of a log or a result column say it once, with no wire name
    QCOMPARE(error.providerWords(), error.providerMessage());
    QVERIFY2(!error.message().contains(QLatin1String("password_bal")), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
