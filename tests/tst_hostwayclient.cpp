// HostwayClient against the sandbox over loopback HTTP: every endpoint of the walking
// skeleton, the documented error examples of those endpoints, and paging with links and 303.
#include "core/net/apijob.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "hostwaywait.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Hostway;

namespace {
const QString kTest = QStringLiteral("test.com");
const QString kBig = QStringLiteral("big.example");
}

class TestHostwayClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void domainQuotaIsTheSumOfMailboxes();
    void domainAliases();
    void unknownDomainIsNotFoundWithEnvelope();
    void wrongPasswordIsAuthentication();
    void statistics();
    void pagesFollowLinks();
    void filterWithWildcard();
    void sortByQuotaDescending();
    void redirectWithoutPagingIsFollowed();
    void pageSizeOver400IsRedirected();
    void fetchAllUsernamesGetsEveryPage();
    void usernameKinds();
    void mailboxAndExchangeDetails();
    void documentedPutErrors_data();
    void documentedPutErrors();
    void createUpdateRenameDelete();
    void existingNameOutsideThePatternCanChange();
    void passwordReuseIsRefused();
    void renameTypeAndMasterThroughTheOperation();

private:
    /// Sends a request and returns the finished job's status and error.
    std::pair<int, ApiError> sendRequest(const HttpRequest &request);
    std::pair<int, ApiError> apply(const Operation &op);
    std::pair<int, ApiError> sendPut(const QString &domain, const QString &name, const QByteArray &body);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
};

void TestHostwayClient::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
}

void TestHostwayClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

std::pair<int, ApiError> TestHostwayClient::sendRequest(const HttpRequest &request)
{
    return sendAndWait(m_client.get(), request, this);
}

std::pair<int, ApiError> TestHostwayClient::apply(const Operation &op)
{
    return sendRequest(op.request(m_client->endpoint()));
}

std::pair<int, ApiError> TestHostwayClient::sendPut(const QString &domain, const QString &name, const QByteArray &body)
{
    HttpRequest request = Requests::putMailbox(m_client->endpoint(), domain, name, {});
    request.body = body;
    return sendRequest(request);
}

template<typename T>
struct Outcome
{
    bool done = false;
    ApiError error;
    T value{};
    auto callback()
    {
        return [this](const ApiError &e, const T &v) {
            error = e;
            value = v;
            done = true;
        };
    }
    bool wait() { return QTest::qWaitFor([this] { return done; }, 15000); }
};

void TestHostwayClient::domainQuotaIsTheSumOfMailboxes()
{
    Outcome<DomainInfo> domain;
    m_client->fetchDomain(kTest, this, domain.callback());
    QVERIFY(domain.wait());
    QVERIFY2(!domain.error.isError(), qPrintable(domain.error.message()));
    // test 10 + test1 10 + test2 10 + john.smith 10 + jack.smith 250 + mfg-mbox 500 + 2 Exchange x 1000
    QCOMPARE(domain.value.quotaMb, 2790);
}

void TestHostwayClient::unknownDomainIsNotFoundWithEnvelope()
{
    Outcome<DomainInfo> domain;
    m_client->fetchDomain(QStringLiteral("nope.example"), this, domain.callback());
    QVERIFY(domain.wait());
    QCOMPARE(domain.error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(domain.error.providerMessage(), QStringLiteral("Resource not found: Domain not found"));
}

void TestHostwayClient::wrongPasswordIsAuthentication()
{
    m_client->setCredentials(SandboxFixture::user(), QStringLiteral("wrong"));
    Outcome<DomainInfo> domain;
    m_client->fetchDomain(kTest, this, domain.callback());
    QVERIFY(domain.wait());
    QCOMPARE(domain.error.kind(), ApiError::Kind::Authentication);
    QCOMPARE(domain.error.httpStatus(), 401);
    QVERIFY(domain.error.isTransportOrAuth());

    // Good credentials, someone else's account.
    HostwayClient other(m_nam.get(), Endpoint{m_sandbox->baseUrl(), QStringLiteral("other-account")});
    other.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    Outcome<DomainInfo> foreign;
    other.fetchDomain(kTest, this, foreign.callback());
    QVERIFY(foreign.wait());
    QCOMPARE(foreign.error.httpStatus(), 401);
}

void TestHostwayClient::statistics()
{
    Outcome<MailboxTypeCount> stats;
    m_client->fetchMailboxTypeCount(kTest, this, stats.callback());
    QVERIFY(stats.wait());
    QVERIFY(!stats.error.isError());
    QCOMPARE(stats.value.standard, 4);
    QCOMPARE(stats.value.activeSync, 1);
    QCOMPARE(stats.value.premium, 1);
    QCOMPARE(stats.value.exchangeStandard, 2);
    QCOMPARE(stats.value.exchangePremium, 0);
}

void TestHostwayClient::domainAliases()
{
    Outcome<QStringList> aliases;
    m_client->fetchAliases(kTest, this, aliases.callback());
    QVERIFY(aliases.wait());
    QVERIFY2(!aliases.error.isError(), qPrintable(aliases.error.message()));
    QCOMPARE(aliases.value, QStringList{QStringLiteral("test-com-alias.com")});
    Outcome<QStringList> none;
    m_client->fetchAliases(QStringLiteral("big.example"), this, none.callback());
    QVERIFY(none.wait());
    QVERIFY(!none.error.isError());
    QVERIFY(none.value.isEmpty());
    Outcome<QStringList> unknown;
    m_client->fetchAliases(QStringLiteral("nowhere.example"), this, unknown.callback());
    QVERIFY(unknown.wait());
    QCOMPARE(unknown.error.kind(), ApiError::Kind::NotFound);
}

void TestHostwayClient::pagesFollowLinks()
{
    UsernamesQuery query;
    query.pageSize = 3;
    query.page = 1;
    Outcome<UsernamesPage> first;
    m_client->fetchUsernames(kTest, query, this, first.callback());
    QVERIFY(first.wait());
    QVERIFY(!first.error.isError());
    QCOMPARE(first.value.totalCount, 8);
    QCOMPARE(first.value.items.size(), 3);
    QVERIFY(first.value.hasNext());
    QStringList rels;
    for (const Link &l : std::as_const(first.value.links))
        rels.append(l.rel);
    QCOMPARE(rels, (QStringList{QStringLiteral("next"), QStringLiteral("last"), QStringLiteral("self")}));

    query.page = 3;
    Outcome<UsernamesPage> last;
    m_client->fetchUsernames(kTest, query, this, last.callback());
    QVERIFY(last.wait());
    QCOMPARE(last.value.items.size(), 2);
    QVERIFY(!last.value.hasNext());
    QCOMPARE(last.value.items.last().username, QStringLiteral("test2"));
    QVERIFY(!last.value.items.first().webmailAccess.isEmpty());   // details=1
}

void TestHostwayClient::filterWithWildcard()
{
    UsernamesQuery query;
    query.filter = QStringLiteral("test*");
    Outcome<UsernamesPage> page;
    m_client->fetchUsernames(kTest, query, this, page.callback());
    QVERIFY(page.wait());
    QStringList names;
    for (const MailboxSummary &m : std::as_const(page.value.items))
        names.append(m.username);
    QCOMPARE(names, (QStringList{QStringLiteral("test"), QStringLiteral("test-mb"), QStringLiteral("test1"), QStringLiteral("test2")}));
    query.filter = QStringLiteral("*smith");
    Outcome<UsernamesPage> smiths;
    m_client->fetchUsernames(kTest, query, this, smiths.callback());
    QVERIFY(smiths.wait());
    QCOMPARE(smiths.value.totalCount, 2);
}

void TestHostwayClient::sortByQuotaDescending()
{
    UsernamesQuery query;
    query.sortField = SortField::Quota;
    query.sortOrder = Qt::DescendingOrder;
    query.pageSize = 50;
    Outcome<UsernamesPage> page;
    m_client->fetchUsernames(kBig, query, this, page.callback());
    QVERIFY(page.wait());
    QCOMPARE(page.value.items.size(), 50);
    for (int i = 1; i < page.value.items.size(); ++i)
        QVERIFY(page.value.items.at(i - 1).quotaMb >= page.value.items.at(i).quotaMb);
}

void TestHostwayClient::redirectWithoutPagingIsFollowed()
{
    // More than 100 items without paging parameters: 303 to page=1&pageSize=100, followed
    // with the credentials kept.
    HttpRequest request = Requests::domain(m_client->endpoint(), kBig);
    request.url.setPath(request.url.path() + QStringLiteral("/usernames"));
    bool done = false;
    int status = 0;
    QByteArray body;
    m_client->send(request, this, [&](ApiJob *job) {
        status = job->httpStatus();
        body = job->responseBody();
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(status, 200);
    UsernamesPage page;
    QString error;
    QVERIFY(Parser::usernamesPage(body, &page, &error));
    QCOMPARE(page.items.size(), 100);
    QCOMPARE(page.totalCount, 2000);
}

void TestHostwayClient::pageSizeOver400IsRedirected()
{
    HttpRequest request = Requests::usernames(m_client->endpoint(), kBig, UsernamesQuery{});
    QUrl url = request.url;
    url.setQuery(QStringLiteral("page=1&pageSize=1000"));
    request.url = url;
    bool done = false;
    QByteArray body;
    m_client->send(request, this, [&](ApiJob *job) {
        body = job->responseBody();
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    UsernamesPage page;
    QString error;
    QVERIFY(Parser::usernamesPage(body, &page, &error));
    QCOMPARE(page.items.size(), 400);
}

void TestHostwayClient::fetchAllUsernamesGetsEveryPage()
{
    Outcome<QList<MailboxSummary>> all;
    QList<int> progress;
    m_client->fetchAllUsernames(kBig, UsernamesQuery{}, this, all.callback(), [&](int fetched, int total) {
        QCOMPARE(total, 2000);
        progress.append(fetched);
    });
    QVERIFY(all.wait());
    QVERIFY(!all.error.isError());
    QCOMPARE(all.value.size(), 2000);
    QCOMPARE(progress, (QList<int>{400, 800, 1200, 1600, 2000}));
    QSet<QString> names;
    for (const MailboxSummary &m : std::as_const(all.value))
        names.insert(m.username);
    QCOMPARE(names.size(), 2000);
}

void TestHostwayClient::usernameKinds()
{
    Outcome<UsernameKind> exchange;
    m_client->fetchUsernameKind(kTest, QStringLiteral("exchange-mbox"), this, exchange.callback());
    Outcome<UsernameKind> mailbox;
    m_client->fetchUsernameKind(kTest, QStringLiteral("mfg-mbox"), this, mailbox.callback());
    Outcome<UsernameKind> missing;
    m_client->fetchUsernameKind(kTest, QStringLiteral("nobody"), this, missing.callback());
    QVERIFY(exchange.wait() && mailbox.wait() && missing.wait());
    QCOMPARE(exchange.value, UsernameKind::Exchange);
    QCOMPARE(mailbox.value, UsernameKind::Mailbox);
    QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
    QVERIFY(missing.error.rawBody().isEmpty());
}

void TestHostwayClient::mailboxAndExchangeDetails()
{
    Outcome<Mailbox> mailbox;
    m_client->fetchMailbox(kTest, QStringLiteral("john.smith"), this, mailbox.callback());
    Outcome<ExchangeMailbox> exchange;
    m_client->fetchExchange(kTest, QStringLiteral("test-mb"), this, exchange.callback());
    QVERIFY(mailbox.wait() && exchange.wait());
    QCOMPARE(mailbox.value.username, QStringLiteral("john.smith"));
    QVERIFY(mailbox.value.master);
    QCOMPARE(mailbox.value.quotaMb, 10);
    QCOMPARE(mailbox.value.usageMb, 10);
    QCOMPARE(exchange.value.displayName, QStringLiteral("My DisplayName"));
    QCOMPARE(exchange.value.primarySmtpAddress, QStringLiteral("test-mb@test.com"));
    QVERIFY(exchange.value.mapiEnabled);   // served as the example's "mapEnabled"
    QCOMPARE(exchange.value.quota, QStringLiteral("1000 MB (1,048,576,000 bytes)"));
}

void TestHostwayClient::documentedPutErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("provider");

    // The error examples of seed 003's mailbox PUT page, on a fresh name.
    QTest::newRow("create without a password") << "new.user" << QByteArray(R"({"master": false})") << 400 << "password" << "";
    QTest::newRow("create with a not valid password") << "new.user" << QByteArray(R"({"password": "abc1234", "master": true})")
                                                      << 400 << "password" << "";
    QTest::newRow("quota less or equal to 0") << "new.user" << QByteArray(R"({"password": "Xy9$abcd", "quota": 0})")
                                              << 400 << "" << "Quota must be greater than 0";
    QTest::newRow("OX type quantity exceeded") << "new.user" << QByteArray(R"({"password": "Xy9$abcd", "type": "activesync"})")
                                               << 400 << "" << "Number of mailboxes exceeded";
    QTest::newRow("rename onto an existing name") << "john.smith" << QByteArray(R"({"username": "jack.smith"})") << 400 << "" << "";
    QTest::newRow("name held by an Exchange mailbox") << "test-mb" << QByteArray(R"({"password": "Xy9$abcd"})") << 409 << "" << "";
    QTest::newRow("name outside the pattern") << "bad name" << QByteArray(R"({"password": "Xy9$abcd"})") << 400 << "username" << "";
    QTest::newRow("body not JSON") << "new.user" << QByteArray("password=x") << 400 << "" << "POST data error: Request body must be a JSON object";
    QTest::newRow("unknown OX type") << "new.user" << QByteArray(R"({"password": "Xy9$abcd", "type": "gold"})") << 400 << "type" << "";
}

void TestHostwayClient::documentedPutErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, provider);

    const auto [actualStatus, error] = sendPut(kTest, name, body);
    QCOMPARE(actualStatus, status);
    QVERIFY(error.isError());
    if (!field.isEmpty())
        QVERIFY2(!error.fieldMessage(field).isEmpty(), qPrintable(error.message()));
    QCOMPARE(error.providerMessage(), provider);
}

void TestHostwayClient::createUpdateRenameDelete()
{
    const QString name = QStringLiteral("carol.new");
    CreateMailbox create(kTest, name, 70, true, PasswordSource::Generate);
    create.prepare();
    QVERIFY(create.validate().isEmpty());
    auto [status, error] = apply(create);
    QCOMPARE(status, 201);
    QVERIFY(!error.isError());

    // Created again: the same PUT now updates (204).
    UpdateMailbox quota(kTest, name);
    quota.setQuotaMb(85);
    std::tie(status, error) = apply(quota);
    QCOMPARE(status, 204);
    Outcome<Mailbox> after;
    m_client->fetchMailbox(kTest, name, this, after.callback());
    QVERIFY(after.wait());
    QCOMPARE(after.value.quotaMb, 85);
    QVERIFY(after.value.master);

    std::tie(status, error) = sendPut(kTest, name, R"({"username": "carol.renamed"})");
    QCOMPARE(status, 204);
    Outcome<UsernameKind> renamed;
    m_client->fetchUsernameKind(kTest, QStringLiteral("carol.renamed"), this, renamed.callback());
    QVERIFY(renamed.wait());
    QCOMPARE(renamed.value, UsernameKind::Mailbox);

    DeleteMailbox remove(kTest, QStringLiteral("carol.renamed"));
    std::tie(status, error) = apply(remove);
    QCOMPARE(status, 204);
    std::tie(status, error) = apply(remove);
    QCOMPARE(status, 404);
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
}

void TestHostwayClient::existingNameOutsideThePatternCanChange()
{
    // Seed 003's "mfg-mbox" is a regular mailbox whose name the creation pattern refuses.
    UpdateMailbox quota(kTest, QStringLiteral("mfg-mbox"));
    quota.setQuotaMb(600);
    QVERIFY(quota.validate().isEmpty());
    auto [status, error] = apply(quota);
    QCOMPARE(status, 204);
    DeleteMailbox remove(kTest, QStringLiteral("mfg-mbox"));
    QVERIFY(remove.validate().isEmpty());
    std::tie(status, error) = apply(remove);
    QCOMPARE(status, 204);
    CreateMailbox again(kTest, QStringLiteral("mfg-mbox"), 0, false, PasswordSource::Generate);
    QCOMPARE(again.validate().size(), 1);
}

void TestHostwayClient::passwordReuseIsRefused()
{
    // Seed 003: "Trying to update mailbox password with already used one" answers 400.
    UpdateMailbox reuse(kTest, QStringLiteral("john.smith"));
    reuse.setPassword(QStringLiteral("pWord123$"));
    auto [status, error] = apply(reuse);
    QCOMPARE(status, 400);
    QVERIFY(!error.fieldMessage(QStringLiteral("password")).isEmpty());
    UpdateMailbox fresh(kTest, QStringLiteral("john.smith"));
    fresh.setPassword(QStringLiteral("!q2w3e4R"));
    std::tie(status, error) = apply(fresh);
    QCOMPARE(status, 204);
}

void TestHostwayClient::renameTypeAndMasterThroughTheOperation()
{
    // GIVEN test2 (master, standard), WHEN it is renamed, made premium and not master at once
    UpdateMailbox change(kTest, QStringLiteral("test2"));
    change.setRename(QStringLiteral("sales.team"));
    change.setType(QStringLiteral("premium"));
    change.setMaster(false);
    QVERIFY(change.validate().isEmpty());
    QVERIFY2(change.describe().contains(QLatin1String("sales.team@test.com")), qPrintable(change.describe()));
    // (the draft pane says what becomes of mail to the old name)
    QVERIFY(change.changes(nullptr).join(QLatin1Char('\n')).contains(QLatin1String("test2@test.com")));
    const HttpRequest request = change.request(m_client->endpoint());
    QCOMPARE(request.url.path(), QStringLiteral("/accounts/test-account123/email/test.com/usernames/test2/mailbox"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             (QJsonObject{{QStringLiteral("username"), QStringLiteral("sales.team")}, {QStringLiteral("type"), QStringLiteral("premium")},
                          {QStringLiteral("master"), false}}));
    HostwaySender sender(m_client.get());
    std::optional<bool> applied;
    sender.findApplied(change, ApiError(), this, [&](const ApiError &, bool yes) { applied = yes; });
    QTRY_VERIFY(applied.has_value());
    QVERIFY2(!*applied, "not sent yet");
    auto [status, error] = apply(change);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(status, 204);
    // THEN the mailbox answers under its new name only, with its new flags
    Outcome<Mailbox> after;
    m_client->fetchMailbox(kTest, QStringLiteral("sales.team"), this, after.callback());
    QVERIFY(after.wait());
    QVERIFY(!after.value.master);
    Outcome<Mailbox> old;
    m_client->fetchMailbox(kTest, QStringLiteral("test2"), this, old.callback());
    (void)old.wait();
    QCOMPARE(old.error.kind(), ApiError::Kind::NotFound);
    // AND the type cannot be read back (the mailbox GET has none): such a change is sent
    // again on resume, which is harmless, and never taken as verified
    QVERIFY(!sender.canReadBack(change));
    applied.reset();
    sender.findApplied(change, ApiError(), this, [&](const ApiError &, bool yes) { applied = yes; });
    QTRY_VERIFY(applied.has_value());
    QVERIFY(!*applied);
    // AND a rename alone that landed is found under its new name, the old one gone
    UpdateMailbox back(kTest, QStringLiteral("sales.team"));
    back.setRename(QStringLiteral("test2"));
    QVERIFY(sender.canReadBack(back));
    QCOMPARE(apply(back).first, 204);
    applied.reset();
    sender.findApplied(back, ApiError(), this, [&](const ApiError &, bool yes) { applied = yes; });
    QTRY_VERIFY(applied.has_value());
    QVERIFY(*applied);
    UpdateMailbox again(kTest, QStringLiteral("test2"));
    again.setRename(QStringLiteral("sales.team"));
    QCOMPARE(apply(again).first, 204);

    // A rename onto a name in use: the documented 400 without a body
    UpdateMailbox onto(kTest, QStringLiteral("sales.team"));
    onto.setRename(QStringLiteral("john.smith"));
    QCOMPARE(apply(onto).first, 400);
    // Offline: a new name outside the pattern, the same name, a type that is no word
    UpdateMailbox bad(kTest, QStringLiteral("sales.team"));
    bad.setRename(QStringLiteral("no spaces"));
    QVERIFY(!bad.validate().isEmpty());
    bad.setRename(QStringLiteral("sales.team"));
    QVERIFY(!bad.validate().isEmpty());
    UpdateMailbox badType(kTest, QStringLiteral("sales.team"));
    badType.setType(QStringLiteral("not a plan"));
    QVERIFY(!badType.validate().isEmpty());
    // And a draft's copy keeps the rename and the type
    QString why;
    const auto copy = Operation::fromJson(change.toJson(), &why);
    QVERIFY2(copy, qPrintable(why));
    QCOMPARE(copy->request(m_client->endpoint()).body, request.body);
}

QTEST_GUILESS_MAIN(TestHostwayClient)
#include "tst_hostwayclient.moc"
