// A Hostway mailbox owner (seed 003: the /email/{domain}/... shortcuts, sections 93-98 and
// 102-115): the account kind, the shortcut paths an owner's endpoint takes, and the client
// signed in as the mailbox's owner against the sandbox over loopback HTTP: what the owner
// may do, what needs no credentials, and the administrator's credentials refused where the
// shortcut pages ask for the owner's.
#include "core/accounts/account.h"
#include "core/accounts/provider.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaymodule.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/mailboxowner.h"
#include "core/providers/hostway/secretoperations.h"
#include "core/providers/hostway/webmailoperations.h"
#include "hostwaywait.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>

#include <optional>
#include <QTest>

using namespace Hostway;

namespace {
const QString kTest = QStringLiteral("test.com");
const QString kJohn = QStringLiteral("john.smith");
const QString kJohnAddress = QStringLiteral("john.smith@test.com");
const QString kJohnPassword = QStringLiteral("pWord123$");   // the sandbox demo's
const SecretAnswers kOnFile{{QStringLiteral("tk1"), QStringLiteral("answer1")},
                            {QStringLiteral("tk2"), QStringLiteral("answer2")},
                            {QStringLiteral("tk3"), QStringLiteral("answer3")}};

Account ownerAccount(const QString &user, const QString &kind = QLatin1String(kOwnerKind))
{
    Account a;
    a.provider = QStringLiteral("hostway");
    a.displayName = QStringLiteral("Owner");
    a.baseUrl = QUrl(QStringLiteral("https://api.hostway.com"));
    a.userName = user;
    a.kind = kind;
    return a;
}
} // namespace

class TestHostwayOwner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void ownerAccountIsOneMailbox();
    void ownerEndpointTakesTheShortcutPaths();
    void ownerReadsItsOwnMailbox();
    void otherCredentialsRefused();
    void secretsPutByTheOwnerOnly();
    void resetByAnswersNeedsNoCredentials();
    void ownerUpgradeFollowsAllowUpgrade();

private:
    /// A client of the shortcuts (no account id) signed in as `user`.
    std::unique_ptr<HostwayClient> shortcutClient(const QString &user, const QString &password) const;
    std::pair<int, ApiError> send(HostwayClient *client, const Operation &op)
    {
        return sendAndWait(client, op.request(client->endpoint()), this);
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_owner;
};

void TestHostwayOwner::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_owner = shortcutClient(kJohnAddress, kJohnPassword);
}

void TestHostwayOwner::cleanup()
{
    m_owner.reset();
    m_nam.reset();
    m_sandbox.reset();
}

std::unique_ptr<HostwayClient> TestHostwayOwner::shortcutClient(const QString &user, const QString &password) const
{
    auto client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), QString()});
    client->setCredentials(user, password);
    return client;
}

void TestHostwayOwner::ownerAccountIsOneMailbox()
{
    // GIVEN an owner account named by the mailbox's address
    const Account owner = ownerAccount(QStringLiteral("John.Smith@Test.com"));
    const auto mailbox = MailboxOwner::of(owner);
    QVERIFY(mailbox);
    QCOMPARE(mailbox->name, QStringLiteral("John.Smith"));
    QCOMPARE(mailbox->domain, kTest);
    QVERIFY(!mailbox->exchange);
    QVERIFY(MailboxOwner::of(ownerAccount(kJohnAddress, QLatin1String(kExchangeOwnerKind)))->exchange);
    // THEN it needs no account id, refuses one, and needs an address as its user name
    QVERIFY2(owner.problems().isEmpty(), qPrintable(owner.problems().join(QLatin1Char(' '))));
    Account withId = owner;
    withId.accountId = QStringLiteral("test");
    QCOMPARE(withId.problems().size(), 1);
    QCOMPARE(ownerAccount(QStringLiteral("john.smith")).problems().size(), 1);
    QVERIFY(!MailboxOwner::of(ownerAccount(QStringLiteral("john.smith"))));
    // AND it lists no mailboxes and adds no domains, while its changes may be drafted
    const Provider asOwner = Provider::forAccount(owner);
    QVERIFY(!asOwner.can(Provider::Mailboxes));
    QVERIFY(asOwner.can(Provider::Drafts));
    QVERIFY(!asOwner.userAddsDomains);
    QVERIFY(!asOwner.needsAccountId);
    // AND an administrator's account (no kind: the default) is as before
    Account admin = ownerAccount(QStringLiteral("admin"), QString());
    QVERIFY(!MailboxOwner::of(admin));
    QVERIFY(Provider::forAccount(admin).can(Provider::Mailboxes));
    QVERIFY(Provider::forAccount(admin).userAddsDomains);
    QCOMPARE(admin.problems().size(), 1);   // the account id
}

void TestHostwayOwner::ownerEndpointTakesTheShortcutPaths()
{
    const Endpoint owner{QUrl(QStringLiteral("https://api.hostway.com/")), QString()};
    const Endpoint admin{QUrl(QStringLiteral("https://api.hostway.com/")), QStringLiteral("acct")};
    QVERIFY(Requests::isOwnerEndpoint(owner));
    QVERIFY(!Requests::isOwnerEndpoint(admin));
    const QString mailbox = QStringLiteral("/email/test.com/usernames/john.smith/");
    // The ten shortcuts of the catalogue, as seed 003 prints their paths.
    QCOMPARE(Requests::resetPassword(owner, kTest, kJohn, false, kOnFile, QStringLiteral("x")).url.path(), mailbox + QStringLiteral("mailbox/action"));
    QCOMPARE(Requests::resetPassword(owner, kTest, kJohn, true, kOnFile, QStringLiteral("x")).url.path(), mailbox + QStringLiteral("exchange/action"));
    QCOMPARE(Requests::secrets(owner, kTest, kJohn).url.path(), mailbox + QStringLiteral("secrets"));
    QCOMPARE(Requests::putSecrets(owner, kTest, kJohn, kOnFile).method, QByteArray("PUT"));
    QCOMPARE(Requests::putSecrets(owner, kTest, kJohn, kOnFile).url.path(), mailbox + QStringLiteral("secrets"));
    QCOMPARE(Requests::webmail(owner, kTest, kJohn).url.path(), mailbox + QStringLiteral("webmail"));
    QCOMPARE(Requests::postWebmail(owner, kTest, kJohn, {}).url.path(), mailbox + QStringLiteral("webmail"));
    QCOMPARE(Requests::putWebmail(owner, kTest, kJohn, {}).url.path(), mailbox + QStringLiteral("webmail"));
    QCOMPARE(Requests::webmailPlans(owner, kTest, "webmailLimits").url.path(), QStringLiteral("/email/test.com/webmailLimits"));
    QCOMPARE(Requests::webmailPlans(owner, kTest, "webmailNames").url.path(), QStringLiteral("/email/test.com/webmailNames"));
    QCOMPARE(Requests::webmailPlans(owner, kTest, "webmailUpgrade").url.path(), QStringLiteral("/email/test.com/webmailUpgrade"));
    // AND an administrator's endpoint keeps the /accounts form for the same calls
    QCOMPARE(Requests::webmail(admin, kTest, kJohn).url.path(), QStringLiteral("/accounts/acct/email/test.com/usernames/john.smith/webmail"));
    QCOMPARE(Requests::webmailPlans(admin, kTest, "webmailNames").url.path(), QStringLiteral("/accounts/acct/email/test.com/webmailNames"));
}

void TestHostwayOwner::ownerReadsItsOwnMailbox()
{
    // WHEN the owner reads its webmail account, the domain's plans and its answered questions
    const auto [webmailError, webmail] = fetchAndWait<Webmail>([&](auto done) { m_owner->fetchWebmail(kTest, kJohn, this, done); });
    QVERIFY2(!webmailError.isError(), qPrintable(webmailError.message()));
    QCOMPARE(webmail.type, QStringLiteral("standard"));
    const auto [plansError, plans] = fetchAndWait<WebmailPlans>([&](auto done) { m_owner->fetchWebmailPlans(kTest, this, done); });
    QVERIFY2(!plansError.isError(), qPrintable(plansError.message()));
    QVERIFY(!plans.names.isEmpty());
    const auto [keysError, keys] = fetchAndWait<QStringList>([&](auto done) { m_owner->fetchSecretKeys(kTest, kJohn, this, done); });
    QVERIFY2(!keysError.isError(), qPrintable(keysError.message()));
    QCOMPARE(keys, kOnFile.keys());
    // AND the shortcut's webmail answer carries no sign-in token (section 111 documents none)
    auto sawToken = std::make_shared<std::optional<bool>>();   // outlives a timeout, unlike this frame
    m_owner->send(Requests::webmail(m_owner->endpoint(), kTest, kJohn), this, [sawToken](ApiJob *job) {
        *sawToken = job->httpStatus() != 200 || job->responseBody().contains("authToken");
    });
    QTRY_VERIFY(sawToken->has_value());
    QVERIFY(!**sawToken);
}

void TestHostwayOwner::otherCredentialsRefused()
{
    // GIVEN the administrator's credentials and a wrong password
    const auto admin = shortcutClient(SandboxFixture::user(), SandboxFixture::password());
    const auto wrong = shortcutClient(kJohnAddress, QStringLiteral("not-the-password"));
    // WHEN they read the owner's webmail THEN 401: sections 111 and 113 ask for the mailbox owner's
    for (HostwayClient *client : {admin.get(), wrong.get()}) {
        const auto [webmailError, webmail] = fetchAndWait<Webmail>([&](auto done) { client->fetchWebmail(kTest, kJohn, this, done); });
        QCOMPARE(webmailError.kind(), ApiError::Kind::Authentication);
        QCOMPARE(webmailError.httpStatus(), 401);
    }
    // AND the plans take "the client application's" credentials (94, 96, 98): the
    // administrator's are good, a wrong password is not
    const auto [adminPlansError, adminPlans] = fetchAndWait<WebmailPlans>([&](auto done) { admin->fetchWebmailPlans(kTest, this, done); });
    QVERIFY2(!adminPlansError.isError(), qPrintable(adminPlansError.message()));
    const auto [wrongPlansError, wrongPlans] = fetchAndWait<WebmailPlans>([&](auto done) { wrong->fetchWebmailPlans(kTest, this, done); });
    QCOMPARE(wrongPlansError.httpStatus(), 401);
    // AND the owner of one mailbox cannot read another's webmail; without credentials nobody
    // learns whether a mailbox exists (401 before 404)
    const auto [otherError, other] = fetchAndWait<Webmail>([&](auto done) { m_owner->fetchWebmail(kTest, QStringLiteral("test1"), this, done); });
    QCOMPARE(otherError.httpStatus(), 401);
    const auto [noneError, none] = fetchAndWait<Webmail>([&](auto done) { wrong->fetchWebmail(kTest, QStringLiteral("nobody"), this, done); });
    QCOMPARE(noneError.httpStatus(), 401);
    // AND a domain no account has is 404
    const auto [goneError, gone] = fetchAndWait<Webmail>([&](auto done) { m_owner->fetchWebmail(QStringLiteral("nowhere.example"), kJohn, this, done); });
    QCOMPARE(goneError.kind(), ApiError::Kind::NotFound);
    // AND the owner's client never sends its credentials to an administrator's path: refused
    // before sending (Setup), the sandbox never asked
    int asked = 0;
    m_sandbox->server()->setRequestObserver([&asked](const Sandbox::Request &) { ++asked; });
    const auto [listError, list] = fetchAndWait<UsernamesPage>([&](auto done) { m_owner->fetchUsernames(kTest, UsernamesQuery(), this, done); });
    QCOMPARE(listError.kind(), ApiError::Kind::Setup);
    QCOMPARE(asked, 0);
    m_sandbox->server()->setRequestObserver({});
}

void TestHostwayOwner::secretsPutByTheOwnerOnly()
{
    const SecretAnswers fresh{{QStringLiteral("tk1"), QStringLiteral("blue")},
                              {QStringLiteral("tk2"), QStringLiteral("paris")},
                              {QStringLiteral("tk3"), QStringLiteral("rex")}};
    const SetSecretAnswers set(kTest, kJohn, fresh);
    // GIVEN another mailbox's owner (test-mb, its password reset by its answers first)
    const auto nobody = shortcutClient(QString(), QString());
    const QString otherPassword = QStringLiteral("Qv8#mailboxTwo");
    QCOMPARE(send(nobody.get(), ResetPasswordByAnswers(kTest, QStringLiteral("test-mb"), true, kOnFile, PasswordSource::Provided, otherPassword)).first, 204);
    const auto other = shortcutClient(QStringLiteral("test-mb@test.com"), otherPassword);
    // WHEN it sets john.smith's answers: 403 (section 109); without any credentials: 401
    QCOMPARE(send(other.get(), set).first, 403);
    QCOMPARE(send(nobody.get(), set).first, 401);
    // WHEN the owner sets them: 204, and the reset takes the new answers, not the old ones
    QCOMPARE(send(m_owner.get(), set).first, 204);
    const ResetPasswordByAnswers old(kTest, kJohn, false, kOnFile, PasswordSource::Provided, QStringLiteral("Zq7!vbnmKk2"));
    QCOMPARE(send(nobody.get(), old).second.kind(), ApiError::Kind::Conflict);
    const ResetPasswordByAnswers now(kTest, kJohn, false, fresh, PasswordSource::Provided, QStringLiteral("Zq7!vbnmKk2"));
    QCOMPARE(send(nobody.get(), now).first, 204);
    // AND the account's administrator ("the client application") may set them too
    const auto admin = shortcutClient(SandboxFixture::user(), SandboxFixture::password());
    QCOMPARE(send(admin.get(), SetSecretAnswers(kTest, kJohn, kOnFile)).first, 204);
}

void TestHostwayOwner::resetByAnswersNeedsNoCredentials()
{
    // GIVEN no credentials at all (a forgotten password: sections 102-107 document none)
    const auto nobody = shortcutClient(QString(), QString());
    const auto [keysError, keys] = fetchAndWait<QStringList>([&](auto done) { nobody->fetchSecretKeys(kTest, kJohn, this, done); });
    QVERIFY2(!keysError.isError(), qPrintable(keysError.message()));
    QCOMPARE(keys, kOnFile.keys());
    // WHEN the regular mailbox's password is reset by its answers
    const QString fresh = QStringLiteral("Zq7!vbnmKk2");
    QCOMPARE(send(nobody.get(), ResetPasswordByAnswers(kTest, kJohn, false, kOnFile, PasswordSource::Provided, fresh)).first, 204);
    // THEN the old password no longer signs the owner in, the new one does
    const auto [oldError, oldWebmail] = fetchAndWait<Webmail>([&](auto done) { m_owner->fetchWebmail(kTest, kJohn, this, done); });
    QCOMPARE(oldError.httpStatus(), 401);
    const auto renewed = shortcutClient(kJohnAddress, fresh);
    const auto [newError, newWebmail] = fetchAndWait<Webmail>([&](auto done) { renewed->fetchWebmail(kTest, kJohn, this, done); });
    QVERIFY2(!newError.isError(), qPrintable(newError.message()));
    // AND an Exchange mailbox resets through .../exchange/action, the regular path being 404
    const ResetPasswordByAnswers wrongKind(kTest, QStringLiteral("test-mb"), false, kOnFile, PasswordSource::Provided, fresh);
    QCOMPARE(send(nobody.get(), wrongKind).second.kind(), ApiError::Kind::NotFound);
    const ResetPasswordByAnswers exchange(kTest, QStringLiteral("test-mb"), true, kOnFile, PasswordSource::Provided, fresh);
    QCOMPARE(send(nobody.get(), exchange).first, 204);
}

void TestHostwayOwner::ownerUpgradeFollowsAllowUpgrade()
{
    // GIVEN the administrator turned the owner's upgrades off
    HostwayClient admin(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    admin.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    QCOMPARE(send(&admin, SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("allowUpgrade"), false}})).first, 204);
    // WHEN the owner asks for a type other than standard: refused (section 115)
    const auto [status, error] = send(m_owner.get(), SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("type"), QStringLiteral("premium")}}));
    QCOMPARE(status, 400);
    QVERIFY2(error.message().contains(QStringLiteral("not allowed to be upgraded")), qPrintable(error.message()));
    // AND the owner cannot allow itself upgrades
    QCOMPARE(send(m_owner.get(), SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("allowUpgrade"), true}})).first, 400);
    // AND the owner still changes what is not the plan, and may name standard
    QCOMPARE(send(m_owner.get(), SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("theme"), QStringLiteral("dark")}})).first, 204);
    QCOMPARE(send(m_owner.get(), SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("type"), QStringLiteral("standard")}})).first, 204);
    const auto [readError, webmail] = fetchAndWait<Webmail>([&](auto done) { m_owner->fetchWebmail(kTest, kJohn, this, done); });
    QCOMPARE(webmail.theme, QStringLiteral("dark"));
    QCOMPARE(webmail.type, QStringLiteral("standard"));
    // WHEN the administrator changes the type through the shortcut: regardless of allowUpgrade (115)
    const auto adminShortcut = shortcutClient(SandboxFixture::user(), SandboxFixture::password());
    QCOMPARE(send(adminShortcut.get(), SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("type"), QStringLiteral("premium")}})).first, 204);
    // THEN the owner, still not allowed, cannot name premium even as it is now (115: "a type
    // different than standard")
    QCOMPARE(send(m_owner.get(), SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("type"), QStringLiteral("premium")}})).first, 400);
    // WHEN the administrator allows upgrades again (with the type: alone, an upgraded
    // account's allowUpgrade does not change, section 84): the owner's plan change goes through
    QCOMPARE(send(&admin, SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("type"), QStringLiteral("premium")},
                                                                 {QStringLiteral("allowUpgrade"), true}})).first, 204);
    QCOMPARE(send(m_owner.get(), SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("type"), QStringLiteral("standard")}})).first, 204);
    QCOMPARE(send(m_owner.get(), SetWebmail(kTest, kJohn, WebmailFields{{QStringLiteral("type"), QStringLiteral("premium")}})).first, 204);
}

QTEST_MAIN(TestHostwayOwner)
#include "tst_hostwayowner.moc"
