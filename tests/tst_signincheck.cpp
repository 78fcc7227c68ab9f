// The sign-in check behind the account dialog's Save (ProviderConnection::checkSignIn,
// through SessionManager::checkSignIn): each provider's demo account against the sandbox
// over loopback HTTP, with its password, a wrong one, and an address where nothing answers.
#include "core/accounts/demoaccount.h"
#include "core/net/apierror.h"
#include "sandbox/ikoulasimulator.h"
#include "sessionfixture.h"

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
    void init();
    void cleanup();
    void everyProvider_data();
    void everyProvider();
    void hostwayWithoutDomainsIsNotChecked();
    void nothingAnswering();
    void anotherServersNotFound();
    void goneWithItsContext();

private:
    Checked check(const Account &account, const QString &password);

    std::unique_ptr<SessionFixture> m_f;
};

void TestSignInCheck::init()
{
    m_f = std::make_unique<SessionFixture>();
    QVERIFY(m_f->sandbox.isListening());
}

void TestSignInCheck::cleanup()
{
    m_f.reset();
}

Checked TestSignInCheck::check(const Account &account, const QString &password)
{
    Checked result;
    m_f->sessions.checkSignIn(account, password, this, [&result](const ApiError &error, bool checked) {
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
    const quint16 port = m_f->sandbox.port();
    const std::map<QString, std::pair<Account, QString>> accounts{
        {QStringLiteral("hostway"), {DemoAccount::make(port), DemoAccount::password()}},
        {QStringLiteral("owner"), {DemoAccount::makeOwner(port), DemoAccount::ownerPassword()}},
        {QStringLiteral("ikoula"), {DemoAccount::makeIkoula(port, Sandbox::IkoulaSimulator::demoPublicKey()), DemoAccount::password()}},
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
    // AND nothing is kept: no session was opened for it, so no password either
    QCOMPARE(m_f->prompts, 0);
    QVERIFY(m_f->accounts.accounts().isEmpty());
}

void TestSignInCheck::hostwayWithoutDomainsIsNotChecked()
{
    Account account = DemoAccount::make(m_f->sandbox.port());
    account.domains.clear();   // a new account: Hostway has no account-level read to try
    const Checked result = check(account, QStringLiteral("anything"));
    QVERIFY(result.answered);
    QVERIFY(!result.error.isError());
    QVERIFY(!result.checked);
}

void TestSignInCheck::nothingAnswering()
{
    Account account = DemoAccount::makeWebitel(m_f->sandbox.port());
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));   // discard: nothing listens
    const Checked result = check(account, DemoAccount::password());
    QVERIFY(result.answered);
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
}

void TestSignInCheck::anotherServersNotFound()
{
    // A base URL with a wrong path: the sandbox answers 404 without Hostway's JSON, which
    // proves nothing about the credentials.
    Account account = DemoAccount::make(m_f->sandbox.port());
    account.baseUrl = QUrl(m_f->sandbox.baseUrl().toString() + QStringLiteral("/not-the-api"));
    const Checked result = check(account, DemoAccount::password());
    QVERIFY(result.answered);
    QVERIFY2(result.error.isError(), "a 404 without Hostway's words passed as a sign-in");
}

void TestSignInCheck::goneWithItsContext()
{
    // The dialog closed while signing in: no answer reaches it, nothing is left behind.
    auto *context = new QObject;
    bool answered = false;
    m_f->sessions.checkSignIn(DemoAccount::makeWebitel(m_f->sandbox.port()), DemoAccount::password(), context,
                            [&answered](const ApiError &, bool) { answered = true; });
    delete context;
    QTest::qWait(500);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestSignInCheck)
#include "tst_signincheck.moc"
