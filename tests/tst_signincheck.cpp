// The sign-in check behind the account dialog's Save (ProviderConnection::checkSignIn,
// through SessionManager::checkSignIn): each provider's demo account against the sandbox
// over loopback HTTP, with its password, a wrong one, and an address where nothing answers.
#include "core/accounts/accountstore.h"
#include "core/accounts/demoaccount.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/apierror.h"
#include "core/net/jobtracker.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

#include <functional>

namespace {

struct Checked
{
    bool answered = false;
    ApiError error;
    bool checked = false;
};

} // namespace

class TestSignInCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyProvider_data();
    void everyProvider();
    void hostwayWithoutDomainsIsNotChecked();
    void nothingAnswering();
    void goneWithItsContext();

private:
    Checked check(const Account &account, const QString &password);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<JobTracker> m_tracker;
    std::unique_ptr<SessionManager> m_sessions;
    QByteArray m_ikoulaKey;
};

void TestSignInCheck::initTestCase()
{
    QFile pem(QFINDTESTDATA("../sandbox/demo/ikoula-public.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    m_ikoulaKey = pem.readAll();
}

void TestSignInCheck::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_accounts = std::make_unique<AccountStore>(nullptr);
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("org.mailroom.Mailroom.tests"));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tracker = std::make_unique<JobTracker>();
    m_sessions = std::make_unique<SessionManager>(m_accounts.get(), m_credentials.get(), m_nam.get(), m_tracker.get());
}

void TestSignInCheck::cleanup()
{
    m_sessions.reset();
    m_tracker.reset();
    m_nam.reset();
    m_credentials.reset();
    m_accounts.reset();
    m_sandbox.reset();
}

Checked TestSignInCheck::check(const Account &account, const QString &password)
{
    Checked result;
    m_sessions->checkSignIn(account, password, this, [&result](const ApiError &error, bool checked) {
        result = {true, error, checked};
    });
    if (!QTest::qWaitFor([&] { return result.answered; }, 30000))
        qWarning("no answer");
    return result;
}

void TestSignInCheck::everyProvider_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("Hostway administrator") << "hostway";
    QTest::newRow("Hostway mailbox owner") << "owner";
    QTest::newRow("Ikoula") << "ikoula";
    QTest::newRow("Webitel") << "webitel";
    QTest::newRow("ICE") << "ice";
}

void TestSignInCheck::everyProvider()
{
    QFETCH(QString, which);
    const quint16 port = m_sandbox->port();
    const std::map<QString, std::pair<Account, QString>> accounts{
        {QStringLiteral("hostway"), {DemoAccount::make(port), DemoAccount::password()}},
        {QStringLiteral("owner"), {DemoAccount::makeOwner(port), DemoAccount::ownerPassword()}},
        {QStringLiteral("ikoula"), {DemoAccount::makeIkoula(port, m_ikoulaKey), DemoAccount::password()}},
        {QStringLiteral("webitel"), {DemoAccount::makeWebitel(port), DemoAccount::password()}},
        {QStringLiteral("ice"), {DemoAccount::makeIce(port), DemoAccount::password()}},
    };
    const auto &[account, password] = accounts.at(which);
    // WHEN its own password is given THEN it signs in, and that was checked
    const Checked right = check(account, password);
    QVERIFY(right.answered);
    QVERIFY2(!right.error.isError(), qPrintable(right.error.message()));
    QVERIFY(right.checked);
    // WHEN a wrong one THEN the provider's refusal comes back
    const Checked wrong = check(account, QStringLiteral("not-the-password-1A!"));
    QVERIFY(wrong.answered);
    QVERIFY(wrong.error.isError());
    QVERIFY(wrong.checked);
    QVERIFY2(wrong.error.kind() == ApiError::Kind::Authentication || wrong.error.kind() == ApiError::Kind::Refused,
             qPrintable(wrong.error.message()));
    // AND nothing is kept: the account is not in the store, and no request stays in flight
    QVERIFY(m_accounts->accounts().isEmpty());
    QCOMPARE(m_tracker->inFlight(), 0);
}

void TestSignInCheck::hostwayWithoutDomainsIsNotChecked()
{
    Account account = DemoAccount::make(m_sandbox->port());
    account.domains.clear();   // a new account: Hostway has no account-level read to try
    const Checked result = check(account, QStringLiteral("anything"));
    QVERIFY(result.answered);
    QVERIFY(!result.error.isError());
    QVERIFY(!result.checked);
}

void TestSignInCheck::nothingAnswering()
{
    Account account = DemoAccount::makeWebitel(m_sandbox->port());
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));   // discard: nothing listens
    const Checked result = check(account, DemoAccount::password());
    QVERIFY(result.answered);
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
}

void TestSignInCheck::goneWithItsContext()
{
    // The dialog closed while signing in: no answer reaches it, nothing is left behind.
    auto *context = new QObject;
    bool answered = false;
    m_sessions->checkSignIn(DemoAccount::makeWebitel(m_sandbox->port()), DemoAccount::password(), context,
                            [&answered](const ApiError &, bool) { answered = true; });
    delete context;
    QTest::qWait(500);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestSignInCheck)
#include "tst_signincheck.moc"
