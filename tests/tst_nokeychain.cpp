// With no keychain service (ctest points D-Bus at nothing), Mailroom asks for the password
// once per session, keeps it in memory only, and writes no secret anywhere.
#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "core/providers/hostway/hostwayclient.h"
#include "sandboxfixture.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksOncePerSessionAndStoresNothing();

private:
    /// Every file under `dir` that contains `secret`.
    static QStringList filesContaining(const QString &dir, const QByteArray &secret);
};

QStringList TestNoKeychain::filesContaining(const QString &dir, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(file.fileName());
    }
    return found;
}

void TestNoKeychain::asksOncePerSessionAndStoresNothing()
{
    SandboxFixture sandbox;
    QTemporaryDir home;
    const QString settingsPath = home.filePath(QStringLiteral("Mailroom.conf"));
    QString id;
    Account account;
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        AccountStore accounts(&settings);
        account.displayName = QStringLiteral("No keychain");
        account.baseUrl = sandbox.baseUrl();
        account.accountId = SandboxFixture::accountId();
        account.userName = SandboxFixture::user();
        id = accounts.add(account);
    }

    const auto session = [&](int *prompts, QString *reason) {
        QSettings settings(settingsPath, QSettings::IniFormat);
        AccountStore accounts(&settings);
        CredentialStore credentials(QStringLiteral("org.mailroom.Mailroom.tests"));
        QNetworkAccessManager nam;
        JobTracker tracker;
        SessionManager sessions(&accounts, &credentials, &nam, &tracker);
        QSignalSpy problems(&sessions, &SessionManager::keychainProblem);
        sessions.setPasswordPrompt([&](const Account &, const QString &why, auto answer) {
            ++*prompts;
            *reason = why;
            answer(SandboxFixture::password());
        });
        for (int i = 0; i < 2; ++i) {   // twice in one session: asked once
            HostwayClient *client = nullptr;
            bool done = false;
            sessions.withClient<HostwayClient>(id, this, [&](HostwayClient *c) { client = c; done = true; });
            if (!QTest::qWaitFor([&] { return done; }, 30000) || !client)
                return false;
            bool fetched = false;
            ApiError error;
            client->fetchDomain(QStringLiteral("test.com"), this, [&](const ApiError &e, const Hostway::DomainInfo &) { error = e; fetched = true; });
            if (!QTest::qWaitFor([&] { return fetched; }, 10000) || error.isError())
                return false;
        }
        QTest::qWait(200);   // let the failed keychain write report back
        return sessions.keychainUnavailable() && !problems.isEmpty();
    };

    int prompts = 0;
    QString reason;
    QVERIFY(session(&prompts, &reason));
    QCOMPARE(prompts, 1);
    QVERIFY2(reason.contains(QLatin1String("No keychain service")), qPrintable(reason));
    QVERIFY(session(&prompts, &reason));
    QCOMPARE(prompts, 2);   // a new session asks again

    const QByteArray secret = SandboxFixture::password().toUtf8();
    QStringList leaks = filesContaining(home.path(), secret);
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation, QStandardPaths::GenericCacheLocation})
        leaks += filesContaining(QStandardPaths::writableLocation(location), secret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
