// CredentialStore and SessionManager against a real Secret Service: scripts/test.sh runs the
// suite inside dbus-run-session with an unlocked GNOME Keyring and sets
// MAILROOM_REQUIRE_KEYCHAIN=1, so there a missing keychain fails instead of skipping.
#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "core/providers/hostway/hostwayclient.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QTest>

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void sessionUsesTheStoredPasswordWithoutAsking();
    void refusedPasswordIsAskedAgainNotReadAgain();

private:
    CredentialStore::Result run(const std::function<void(CredentialStore &, std::function<void(const CredentialStore::Result &)>)> &call);
    CredentialStore m_store{QStringLiteral("org.mailroom.Mailroom.tests")};
};

CredentialStore::Result TestKeychain::run(const std::function<void(CredentialStore &, std::function<void(const CredentialStore::Result &)>)> &call)
{
    CredentialStore::Result result;
    bool done = false;
    call(m_store, [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.message = QStringLiteral("timed out");
    return result;
}

void TestKeychain::initTestCase()
{
    const auto probe = run([this](CredentialStore &s, auto done) { s.write(QStringLiteral("probe"), QStringLiteral("x"), this, done); });
    if (probe.status != CredentialStore::Status::Ok) {
        if (qEnvironmentVariableIntValue("MAILROOM_REQUIRE_KEYCHAIN") == 1)
            QFAIL(qPrintable(QStringLiteral("no usable keychain: ") + probe.message));
        QSKIP("No Secret Service in this session; scripts/test.sh provides one.");
    }
}

void TestKeychain::writeReadRemove()
{
    const QString key = QStringLiteral("hostway:admin@127.0.0.1:acct-rt");
    const QString secret = QStringLiteral("s3cr\u00e9t with spaces & symbols");
    QCOMPARE(run([&](CredentialStore &s, auto done) { s.write(key, secret, this, done); }).status, CredentialStore::Status::Ok);
    const auto read = run([&](CredentialStore &s, auto done) { s.read(key, this, done); });
    QCOMPARE(read.status, CredentialStore::Status::Ok);
    QCOMPARE(read.secret, secret);
    QCOMPARE(run([&](CredentialStore &s, auto done) { s.remove(key, this, done); }).status, CredentialStore::Status::Ok);
    QCOMPARE(run([&](CredentialStore &s, auto done) { s.read(key, this, done); }).status, CredentialStore::Status::NotFound);
}

void TestKeychain::sessionUsesTheStoredPasswordWithoutAsking()
{
    SandboxFixture sandbox;
    AccountStore accounts(nullptr);
    Account account;
    account.displayName = QStringLiteral("Keychain");
    account.baseUrl = sandbox.baseUrl();
    account.accountId = SandboxFixture::accountId();
    account.userName = SandboxFixture::user();
    const QString id = accounts.add(account);
    QCOMPARE(run([&](CredentialStore &s, auto done) { s.write(account.keychainKey(), SandboxFixture::password(), this, done); }).status,
             CredentialStore::Status::Ok);

    QNetworkAccessManager nam;
    JobTracker tracker;
    SessionManager sessions(&accounts, &m_store, &nam, &tracker);
    int prompts = 0;
    sessions.setPasswordPrompt([&](const Account &, const QString &, auto answer) { ++prompts; answer(std::nullopt); });
    HostwayClient *client = nullptr;
    bool done = false;
    sessions.withClient<HostwayClient>(id, this, [&](HostwayClient *c) { client = c; done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    QVERIFY(client);
    QCOMPARE(prompts, 0);
    bool fetched = false;
    ApiError error;
    client->fetchDomain(QStringLiteral("test.com"), this, [&](const ApiError &e, const Hostway::DomainInfo &) { error = e; fetched = true; });
    QVERIFY(QTest::qWaitFor([&] { return fetched; }, 10000));
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    run([&](CredentialStore &s, auto cb) { s.remove(account.keychainKey(), this, cb); });
}

void TestKeychain::refusedPasswordIsAskedAgainNotReadAgain()
{
    // GIVEN a wrong password in the keychain for an account
    SandboxFixture sandbox;
    AccountStore accounts(nullptr);
    Account account;
    account.displayName = QStringLiteral("Refused");
    account.baseUrl = sandbox.baseUrl();
    // An id of its own: the keychain key differs from the other cases', whose removal of
    // theirs may still be under way in the Secret Service.
    account.accountId = QStringLiteral("refused-account");
    account.userName = SandboxFixture::user();
    const QString id = accounts.add(account);
    QCOMPARE(run([&](CredentialStore &s, auto done) { s.write(account.keychainKey(), QStringLiteral("wrong"), this, done); }).status,
             CredentialStore::Status::Ok);
    QNetworkAccessManager nam;
    JobTracker tracker;
    SessionManager sessions(&accounts, &m_store, &nam, &tracker);
    QStringList reasons;
    sessions.setPasswordPrompt([&](const Account &, const QString &reason, auto answer) {
        reasons.append(reason);
        answer(SandboxFixture::password());
    });
    const auto connect = [&] {
        bool done = false;
        sessions.withConnection(id, this, [&](ProviderConnection *) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 20000);
    };
    QVERIFY(connect());
    QVERIFY(reasons.isEmpty());   // the keychain's, not asked
    // WHEN the provider refuses it (the change path forgets it)
    sessions.forgetPassword(id);
    // THEN the next connection asks, says why, and the answer replaces the keychain's
    QVERIFY(connect());
    QCOMPARE(reasons.size(), 1);
    QVERIFY2(reasons.first().contains(QLatin1String("refused")), qPrintable(reasons.first()));
    QTRY_COMPARE_WITH_TIMEOUT(run([&](CredentialStore &s, auto done) { s.read(account.keychainKey(), this, done); }).secret,
                              SandboxFixture::password(), 20000);
    QVERIFY(connect());
    QCOMPARE(reasons.size(), 1);   // asked once
    run([&](CredentialStore &s, auto done) { s.remove(account.keychainKey(), this, done); });
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
