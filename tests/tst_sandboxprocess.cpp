// mailroom-sandbox as its users start it: first line, data sets, signals, bad arguments.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

class TestSandboxProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesUntilSignalled_data();
    void servesUntilSignalled();
    void badArgumentsExitWith2();

private:
    static QByteArray get(const QUrl &url, int *status);
};

QByteArray TestSandboxProcess::get(const QUrl &url, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + QByteArray("admin:sandbox").toBase64());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

void TestSandboxProcess::servesUntilSignalled_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("mailboxes");
    QTest::newRow("demo, SIGTERM") << "demo" << SIGTERM << 8;
    QTest::newRow("empty, SIGINT") << "empty" << SIGINT << 0;
}

void TestSandboxProcess::servesUntilSignalled()
{
    QFETCH(QString, data);
    QFETCH(int, signal);
    QFETCH(int, mailboxes);
    QProcess sandbox;
    sandbox.start(QStringLiteral(SANDBOX_PATH), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(sandbox.waitForReadyRead(10000));
    const QString first = QString::fromUtf8(sandbox.readLine()).trimmed();
    const auto match = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))$")).match(first);
    QVERIFY2(match.hasMatch(), qPrintable(first));
    QVERIFY(match.captured(2).toInt() > 0);

    int status = 0;
    const QByteArray body = get(QUrl(match.captured(1) + QStringLiteral("/accounts/test-account123/email/test.com/usernames")), &status);
    QCOMPARE(status, 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1String("totalCount")).toInt(), mailboxes);

    ::kill(static_cast<pid_t>(sandbox.processId()), signal);
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
}

void TestSandboxProcess::badArgumentsExitWith2()
{
    QProcess sandbox;
    sandbox.start(QStringLiteral(SANDBOX_PATH), {QStringLiteral("--data"), QStringLiteral("lots")});
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitCode(), 2);
    QVERIFY(sandbox.readAllStandardError().contains("--data takes demo or empty"));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
