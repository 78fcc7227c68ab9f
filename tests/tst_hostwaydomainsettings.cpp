// A Hostway domain's own settings (seed 003 sections 3-14): its black/white list and its
// CleanMailPlus spam filter, changed by the same operations as a mailbox's with no mailbox
// name, against the sandbox over loopback HTTP; the domain's aliases (sections 1-2); and
// what a draft keeps of such a change.
#include "core/drafts/draft.h"
#include "core/providers/hostway/blackwhiteoperations.h"
#include "core/providers/hostway/forwardoperations.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/infostoreoperation.h"
#include "core/providers/hostway/domainwebmailoperation.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/spamfilteroperation.h"
#include "hostwaywait.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace Hostway;

namespace {
const QString kTest = QStringLiteral("test.com");
}

class TestHostwayDomainSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void domainLevelIsValidOnlyWhereDocumented();
    void domainListChangedAndReadBack();
    void domainSpamFilterChanged();
    void domainChangeRoundTripsThroughDraftJson();
    void infoStoreQuotaAndItsDocumentedRefusals();
    void domainWebmailUpgradesAndTheProductLock();

private:
    /// The domain's own list as the sandbox holds it: {address: type}.
    QHash<QString, QString> domainList();
    /// Asks the sender whether `op` is applied now.
    std::optional<bool> applied(const Operation &op);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
};

void TestHostwayDomainSettings::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
}

void TestHostwayDomainSettings::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

QHash<QString, QString> TestHostwayDomainSettings::domainList()
{
    BlackWhiteQuery query;
    query.pageSize = 400;
    const auto [error, page] = fetchAndWait<BlackWhitePage>([&](auto done) { m_client->fetchBlackWhitePage(kTest, QString(), query, this, done); });
    QHash<QString, QString> out;
    if (error.isError())
        out.insert(QStringLiteral("<error>"), error.message());
    for (const BlackWhiteEntry &e : page.items)
        out.insert(e.address.toLower(), e.type);
    return out;
}

std::optional<bool> TestHostwayDomainSettings::applied(const Operation &op)
{
    HostwaySender sender(m_client.get());
    // Shared, not on this stack: an answer after the timeout must not write to a dead frame.
    struct State
    {
        std::optional<bool> applied;
        bool answered = false;
    };
    auto state = std::make_shared<State>();
    sender.findApplied(op, ApiError(), this, [state](const ApiError &e, bool yes) {
        state->applied = e.isError() ? std::nullopt : std::optional<bool>(yes);
        state->answered = true;
    });
    (void)QTest::qWaitFor([state] { return state->answered; }, 10000);
    return state->applied;
}

void TestHostwayDomainSettings::domainLevelIsValidOnlyWhereDocumented()
{
    // GIVEN changes with no mailbox name
    AddBlackWhite block(kTest, QString(), {{QStringLiteral("@spam.example"), QStringLiteral("B")}});
    SetSpamFilter filter(kTest, QString(), {{QStringLiteral("SPAM_LEVEL"), QStringLiteral("4"), {}, {}}});
    SetForwards forward(kTest, QString(), {QStringLiteral("a@b.example")});
    // THEN the black/white list and the spam filter are the domain's, with no mailbox to find
    QVERIFY(block.validate().isEmpty());
    QVERIFY(filter.validate().isEmpty());
    QCOMPARE(block.address(), kTest);
    QCOMPARE(block.mailboxEffect().kind, Operation::MailboxEffect::Kind::None);
    QCOMPARE(block.targetKey(), QStringLiteral("domain:test.com"));
    QVERIFY(block.describe().contains(kTest));
    QVERIFY2(block.request(m_client->endpoint()).url.path().endsWith(QLatin1String("/email/test.com/blackwhitelist")),
             qPrintable(block.request(m_client->endpoint()).url.path()));
    QVERIFY(filter.request(m_client->endpoint()).url.path().endsWith(QLatin1String("/email/test.com/cleanmailplus")));
    // AND forwarding, documented for mailboxes only, still needs a mailbox
    QVERIFY(!forward.validate().isEmpty());
    // AND no domain is no change
    QVERIFY(!AddBlackWhite(QString(), QString(), {{QStringLiteral("@spam.example"), QStringLiteral("B")}}).validate().isEmpty());
}

void TestHostwayDomainSettings::domainListChangedAndReadBack()
{
    // GIVEN the domain's list of the seed's example, and a mailbox's of its own (a change is
    // read back by the list filtered to its address)
    const QHash<QString, QString> before = domainList();
    QCOMPARE(before.size(), 4);
    auto block = std::make_shared<AddBlackWhite>(kTest, QString(), QList<BlackWhiteEntry>{{QStringLiteral("@spam.example"), QStringLiteral("B")}});
    QCOMPARE(applied(*block), std::optional<bool>(false));
    // WHEN an address is blocked for the whole domain
    QCOMPARE(sendAndWait(m_client.get(), block->request(m_client->endpoint()), this).first, 204);
    // THEN the domain's list has it, read back by the address's own GET, and no mailbox's list changed
    QCOMPARE(domainList().value(QStringLiteral("@spam.example")), QStringLiteral("B"));
    QCOMPARE(applied(*block), std::optional<bool>(true));
    const auto [error, mailboxPage] = fetchAndWait<BlackWhitePage>([&](auto done) {
        m_client->fetchBlackWhitePage(kTest, QStringLiteral("test"), BlackWhiteQuery(), this, done);
    });
    QVERIFY(!error.isError());
    for (const BlackWhiteEntry &e : mailboxPage.items)
        QVERIFY(e.address != QLatin1String("@spam.example"));
    // WHEN it is taken off again THEN the domain's list is as before, and the removal reads as applied
    RemoveBlackWhite unblock(kTest, QString(), QStringLiteral("@spam.example"));
    QCOMPARE(applied(unblock), std::optional<bool>(false));
    QCOMPARE(sendAndWait(m_client.get(), unblock.request(m_client->endpoint()), this).first, 204);
    QCOMPARE(domainList(), before);
    QCOMPARE(applied(unblock), std::optional<bool>(true));
}

void TestHostwayDomainSettings::domainSpamFilterChanged()
{
    // GIVEN the domain's filter as the server describes it
    const auto [error, filter] = fetchAndWait<QList<FilterAttribute>>([&](auto done) { m_client->fetchCleanMailPlus(kTest, QString(), this, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    const auto level = std::find_if(filter.cbegin(), filter.cend(), [](const FilterAttribute &a) { return a.name == QLatin1String("SPAM_LEVEL"); });
    QVERIFY(level != filter.cend());
    QVERIFY(level->options.size() > 1);
    QString other;
    for (const auto &option : level->options) {
        if (option.second != level->selected)
            other = option.second;   // {name, value}
    }
    // WHEN another level is set for the domain
    SetSpamFilter change(kTest, QString(), {{QStringLiteral("SPAM_LEVEL"), other, {}, {}}});
    QVERIFY(!applied(change).value_or(true));
    QCOMPARE(sendAndWait(m_client.get(), change.request(m_client->endpoint()), this).first, 204);
    // THEN the domain's filter has it
    QCOMPARE(applied(change), std::optional<bool>(true));
}

void TestHostwayDomainSettings::domainChangeRoundTripsThroughDraftJson()
{
    AddBlackWhite block(kTest, QString(), {{QStringLiteral("@spam.example"), QStringLiteral("B")}});
    block.setExpected(AddBlackWhite::stateOf({}));
    QString error;
    const auto back = Operation::fromJson(block.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), block.toJson());
    QCOMPARE(back->targetKey(), QStringLiteral("domain:test.com"));
    QVERIFY(back->validate().isEmpty());
}

void TestHostwayDomainSettings::infoStoreQuotaAndItsDocumentedRefusals()
{
    // GIVEN test.com's InfoStore: 12 MB used of 20
    const auto [error, store] = fetchAndWait<InfoStore>([&](auto done) { m_client->fetchInfoStore(kTest, this, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(store.usageMb, 12);
    QCOMPARE(store.quotaMb, 20);
    // THEN section 28's refusals come back as documented: no quota, a negative one, one below the usage
    HttpRequest request = Requests::putInfoStore(m_client->endpoint(), kTest, 50);
    request.body = R"({"foo": "bar"})";
    auto [status, refusal] = sendAndWait(m_client.get(), request, this);
    QCOMPARE(status, 400);
    QCOMPARE(refusal.fieldMessage(QStringLiteral("quota")), QStringLiteral("Required"));
    SetInfoStoreQuota negative(kTest, -1);
    QCOMPARE(negative.validate().size(), 1);   // caught before sending, too
    std::tie(status, refusal) = sendAndWait(m_client.get(), negative.request(m_client->endpoint()), this);
    QCOMPARE(status, 400);
    QCOMPARE(refusal.fieldMessage(QStringLiteral("quota")), QStringLiteral("-1 is less than minimum value 0"));
    SetInfoStoreQuota below(kTest, 10);
    QVERIFY(below.validate().isEmpty());
    std::tie(status, refusal) = sendAndWait(m_client.get(), below.request(m_client->endpoint()), this);
    QCOMPARE(status, 400);
    QVERIFY2(below.explainRefusal(refusal).value(0).contains(QLatin1String("at least what it uses")), qPrintable(refusal.message()));
    // WHEN a quota above the usage is set THEN it is answered 204, and it reads back as applied
    auto raise = std::make_shared<SetInfoStoreQuota>(kTest, 50);
    raise->setExpected(SetInfoStoreQuota::stateOf(store));
    QCOMPARE(applied(*raise), std::optional<bool>(false));
    QCOMPARE(sendAndWait(m_client.get(), raise->request(m_client->endpoint()), this).first, 204);
    QCOMPARE(applied(*raise), std::optional<bool>(true));
    QCOMPARE(raise->targetKey(), QStringLiteral("domain:test.com"));
    // AND a draft keeps it whole; one drafted for a mailbox is invalid
    QString why;
    const auto back = Operation::fromJson(raise->toJson(), &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(back->toJson(), raise->toJson());
    QJsonObject forMailbox = raise->toJson();
    forMailbox.insert(QStringLiteral("name"), QStringLiteral("test"));
    const auto wrong = Operation::fromJson(forMailbox, &why);
    QVERIFY(wrong && !wrong->validate().isEmpty());
}

void TestHostwayDomainSettings::domainWebmailUpgradesAndTheProductLock()
{
    // GIVEN test.com's webmail as section 90's example: standard, upgrades allowed, a premium trial
    const auto [error, webmail] = fetchAndWait<DomainWebmail>([&](auto done) { m_client->fetchDomainWebmail(kTest, this, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(webmail.type, QStringLiteral("standard"));
    QVERIFY(webmail.allowUpgrade);
    QCOMPARE(webmail.trialType, QStringLiteral("premium"));
    QCOMPARE(webmail.trialExpiration, QStringLiteral("2027-01-31"));
    // THEN a PUT without allowUpgrade is section 92's 400 "Required"
    HttpRequest request = Requests::putDomainWebmail(m_client->endpoint(), kTest, false);
    request.body = "{}";
    auto [status, refusal] = sendAndWait(m_client.get(), request, this);
    QCOMPARE(status, 400);
    QCOMPARE(refusal.fieldMessage(QStringLiteral("allowUpgrade")), QStringLiteral("Required"));
    // WHEN upgrades are turned off THEN 204, read back as applied; the product's own setting
    // (webmailUpgrade, section 98) is another one, and stays
    SetDomainWebmailUpgrade off(kTest, false);
    off.setExpected(SetDomainWebmailUpgrade::stateOf(webmail));
    QVERIFY(off.validate().isEmpty());
    QCOMPARE(applied(off), std::optional<bool>(false));
    QCOMPARE(sendAndWait(m_client.get(), off.request(m_client->endpoint()), this).first, 204);
    QCOMPARE(applied(off), std::optional<bool>(true));
    const auto [plansError, plans] = fetchAndWait<WebmailPlans>([&](auto done) { m_client->fetchWebmailPlans(kTest, this, done); });
    QVERIFY(!plansError.isError());
    QVERIFY(plans.upgradeAllowed);
    // WHEN they are turned on where the product locks them THEN the 409, in words
    SetDomainWebmailUpgrade on(QStringLiteral("big.example"), true);
    std::tie(status, refusal) = sendAndWait(m_client.get(), on.request(m_client->endpoint()), this);
    QCOMPARE(status, 409);
    QVERIFY(on.explainRefusal(refusal).value(0).contains(QLatin1String("ask Hostway")));
    // AND a draft keeps the change whole
    QString why;
    const auto back = Operation::fromJson(off.toJson(), &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(back->toJson(), off.toJson());
}

QTEST_MAIN(TestHostwayDomainSettings)
#include "tst_hostwaydomainsettings.moc"
