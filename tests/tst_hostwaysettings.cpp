// A Hostway mailbox's forwarding (seed 003 sections 57-62) and autoresponder (31-34): the
// client and the operations against the sandbox over loopback HTTP, each documented refusal,
// the operations as a draft writes them, and what the sender reads back for conflicts and
// resume.
#include "core/drafts/draft.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/autoresponderoperation.h"
#include "core/providers/hostway/blackwhiteoperations.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/forwardoperations.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayerrors.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/migrationreport.h"
#include "core/providers/hostway/spamfilteroperation.h"
#include "core/providers/hostway/webmailoperations.h"
#include "hostwaywait.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Hostway;

namespace {
const QString kTest = QStringLiteral("test.com");
}

class TestHostwaySettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void forwardsOfTheSeedExample();
    void severalTargetsAddedThenOneRemoved();
    void removeByLocalPart();
    void documentedForwardRefusals_data();
    void documentedForwardRefusals();
    void refusalsAreExplained();
    void targetsAreCheckedOffline_data();
    void targetsAreCheckedOffline();
    void autoresponderInBothDocumentedForms();
    void autoresponderSetThenOff();
    void autoresponderWithoutBodyIsRefused();
    void exchangeMailboxHasNoSuchSettings();
    void messageStatsAndTheirDocumentedFailures();
    void blackWhiteListFiltersSortsAndPages();
    void blackWhiteDocumentedRefusals();
    void blackWhiteAddChangeRemove();
    void blackWhiteConflictsAndReadBack();
    void spamFilterAsTheServerDescribesIt();
    void spamFilterDocumentedRefusals();
    void spamFilterSetReadBackAndConflict();
    void migrationReportOpensATicket();
    void webmailPlansAccountAndRefusals();
    void operationsRoundTripThroughDraftJson();
    void senderReadsBackAndFindsConflicts();

private:
    std::pair<int, ApiError> sendRequest(const HttpRequest &request);
    QStringList forwardsOf(const QString &name);
    Autoresponder autoresponderOf(const QString &name);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
};

void TestHostwaySettings::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
}

void TestHostwaySettings::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

std::pair<int, ApiError> TestHostwaySettings::sendRequest(const HttpRequest &request)
{
    return sendAndWait(m_client.get(), request, this);
}

QStringList TestHostwaySettings::forwardsOf(const QString &name)
{
    QStringList targets{QStringLiteral("<not read>")};
    bool done = false;
    m_client->fetchForwards(kTest, name, this, [&](const ApiError &error, const QStringList &value) {
        if (!error.isError())
            targets = value;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return targets;
}

Autoresponder TestHostwaySettings::autoresponderOf(const QString &name)
{
    Autoresponder settings;
    settings.body = QStringLiteral("<not read>");
    bool done = false;
    m_client->fetchAutoresponder(kTest, name, this, [&](const ApiError &error, const Autoresponder &value) {
        if (!error.isError())
            settings = value;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return settings;
}

void TestHostwaySettings::forwardsOfTheSeedExample()
{
    // GIVEN the demo's "test" mailbox, forwarding as in section 60's example (links by "location")
    // THEN both targets are read, in order
    QCOMPARE(forwardsOf(QStringLiteral("test")), (QStringList{QStringLiteral("test2@test.com"), QStringLiteral("test@test-forward.com")}));
    QCOMPARE(forwardsOf(QStringLiteral("test1")), QStringList());
}

void TestHostwaySettings::severalTargetsAddedThenOneRemoved()
{
    // WHEN two targets are added at once, one local and existing, one external
    const QStringList before = forwardsOf(QStringLiteral("test"));
    SetForwards add(kTest, QStringLiteral("test"), before + QStringList{QStringLiteral("john.smith@test.com"), QStringLiteral("ann@else.example")});
    QVERIFY(add.validate().isEmpty());
    auto [status, error] = sendRequest(add.request(m_client->endpoint()));
    // THEN 204 and the list holds all four
    QCOMPARE(status, 204);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(forwardsOf(QStringLiteral("test")).size(), 4);
    QVERIFY(add.isAppliedIn(SetForwards::stateOf(forwardsOf(QStringLiteral("test")))));

    // WHEN one is removed
    RemoveForward remove(kTest, QStringLiteral("test"), QStringLiteral("ann@else.example"));
    std::tie(status, error) = sendRequest(remove.request(m_client->endpoint()));
    QCOMPARE(status, 204);
    // THEN the other three stay
    const QStringList after = forwardsOf(QStringLiteral("test"));
    QCOMPARE(after.size(), 3);
    QVERIFY(!after.contains(QStringLiteral("ann@else.example")));
    QVERIFY(remove.isAppliedIn(SetForwards::stateOf(after)));
    // AND removing it again is a 404 (no body)
    std::tie(status, error) = sendRequest(remove.request(m_client->endpoint()));
    QCOMPARE(status, 404);
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
}

void TestHostwaySettings::removeByLocalPart()
{
    // Section 58's example names the target "test-fwd-mailbox": a local part naming one target.
    const HttpRequest request = RemoveForward(kTest, QStringLiteral("test"), QStringLiteral("test2")).request(m_client->endpoint());
    QVERIFY(request.url.path().endsWith(QLatin1String("/forwards/test2")));
    QCOMPARE(sendRequest(request).first, 204);
    QCOMPARE(forwardsOf(QStringLiteral("test")), QStringList{QStringLiteral("test@test-forward.com")});
}

void TestHostwaySettings::documentedForwardRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    // Section 62.4's failure examples, in order.
    QTest::newRow("missing targets") << QByteArray() << 400 << QStringLiteral("targets") << QStringLiteral("Required");
    QTest::newRow("empty list") << QByteArray(R"({"targets": []})") << 400 << QStringLiteral("targets")
                                << QStringLiteral("Shorter than minimum length 1");
    QTest::newRow("same mailbox") << QByteArray(R"({"targets": [{"target": "test@test.com"}]})") << 400
                                  << QStringLiteral("test@test.com") << QStringLiteral("Is the same as current mailbox");
    QTest::newRow("same mailbox on a domain alias") << QByteArray(R"({"targets": [{"target": "test@test-com-alias.com"}]})")
                                                    << 409 << QString() << QStringLiteral("Circular target test@test-com-alias.com");
    QTest::newRow("local target missing") << QByteArray(R"({"targets": [{"target": "not-existing-mailbox@test.com"}]})")
                                          << 400 << QStringLiteral("not-existing-mailbox@test.com") << QStringLiteral("Target not found");
    QTest::newRow("distribution list with a missing local target")
        << QByteArray(R"({"targets": [{"target": "test1@test.com"}, {"target": "not-existing-mailbox@test.com"}]})")
        << 400 << QStringLiteral("not-existing-mailbox@test.com") << QStringLiteral("Target not found");
}

void TestHostwaySettings::documentedForwardRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QStringList before = forwardsOf(QStringLiteral("test"));
    HttpRequest request = SetForwards(kTest, QStringLiteral("test"), {QStringLiteral("x@y.example")}).request(m_client->endpoint());
    request.body = body;
    const auto [answered, error] = sendRequest(request);
    QCOMPARE(answered, status);
    if (field.isEmpty())
        QCOMPARE(error.providerMessage(), message);
    else
        QCOMPARE(error.fieldMessage(field), message);
    // AND nothing changed: all or nothing
    QCOMPARE(forwardsOf(QStringLiteral("test")), before);
}

void TestHostwaySettings::refusalsAreExplained()
{
    SetForwards loop(kTest, QStringLiteral("test"), {QStringLiteral("test@test-com-alias.com")});
    auto [status, error] = sendRequest(loop.request(m_client->endpoint()));
    QCOMPARE(status, 409);
    QStringList words = SetForwards::explainRefusal(error, kTest);
    QCOMPARE(words.size(), 1);
    QVERIFY2(words.first().contains(QLatin1String("test@test-com-alias.com")) && words.first().contains(QLatin1String("domain alias")),
             qPrintable(words.first()));

    SetForwards missing(kTest, QStringLiteral("test"), {QStringLiteral("nobody@test.com")});
    std::tie(status, error) = sendRequest(missing.request(m_client->endpoint()));
    QCOMPARE(status, 400);
    words = SetForwards::explainRefusal(error, kTest);
    QCOMPARE(words.size(), 1);
    QVERIFY2(words.first().contains(QLatin1String("nobody@test.com does not exist in test.com")), qPrintable(words.first()));
}

void TestHostwaySettings::targetsAreCheckedOffline_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("field");
    QTest::newRow("none") << QStringList() << QStringLiteral("targets");
    QTest::newRow("not an address") << QStringList{QStringLiteral("bob")} << QStringLiteral("bob");
    QTest::newRow("the mailbox itself") << QStringList{QStringLiteral("TEST@test.com")} << QStringLiteral("TEST@test.com");
    QTest::newRow("twice") << QStringList{QStringLiteral("a@b.example"), QStringLiteral("A@b.example")} << QStringLiteral("A@b.example");
}

void TestHostwaySettings::targetsAreCheckedOffline()
{
    QFETCH(QStringList, targets);
    QFETCH(QString, field);
    const auto problems = SetForwards(kTest, QStringLiteral("test"), targets).validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    // The seed's own successful targets pass (an underscore in a domain: section 62.4.11)
    QVERIFY(SetForwards(kTest, QStringLiteral("test"), {QStringLiteral("test-fwd@different-domain_1.com")}).validate().isEmpty());
}

void TestHostwaySettings::autoresponderInBothDocumentedForms()
{
    // "test" answers in the example's flat form, john.smith in the schema's nested form
    const Autoresponder flat = autoresponderOf(QStringLiteral("test"));
    QVERIFY(flat.active);
    QCOMPARE(flat.subject, QStringLiteral("Subject"));
    QCOMPARE(flat.body, QStringLiteral("AutoRespond"));
    const Autoresponder nested = autoresponderOf(QStringLiteral("john.smith"));
    QVERIFY(!nested.active);
    QCOMPARE(nested.subject, QStringLiteral("Out of office"));
    QVERIFY(nested.body.startsWith(QLatin1String("I am out of the office")));
}

void TestHostwaySettings::autoresponderSetThenOff()
{
    SetAutoresponder on(kTest, QStringLiteral("test1"), {true, QStringLiteral("Away"), QStringLiteral("Back on Monday.\nAnn")});
    QVERIFY(on.validate().isEmpty());
    QCOMPARE(sendRequest(on.request(m_client->endpoint())).first, 204);
    const Autoresponder now = autoresponderOf(QStringLiteral("test1"));
    QVERIFY(now.active);
    QCOMPARE(now.subject, QStringLiteral("Away"));
    QCOMPARE(now.body, QStringLiteral("Back on Monday.\nAnn"));
    QVERIFY(on.isAppliedIn(SetAutoresponder::stateOf(now)));

    // Off keeps the text, which Hostway requires (section 34's deactivation example)
    SetAutoresponder off(kTest, QStringLiteral("test1"), {false, now.subject, now.body});
    QCOMPARE(sendRequest(off.request(m_client->endpoint())).first, 204);
    const Autoresponder after = autoresponderOf(QStringLiteral("test1"));
    QVERIFY(!after.active);
    QCOMPARE(after.body, now.body);
    QVERIFY(!on.isAppliedIn(SetAutoresponder::stateOf(after)));
}

void TestHostwaySettings::autoresponderWithoutBodyIsRefused()
{
    // Offline first: the operation says so at the field
    const auto problems = SetAutoresponder(kTest, QStringLiteral("test"), {false, QStringLiteral("S"), QString()}).validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("body"));
    // And Hostway's documented answer (section 34): 400 {"body": "Required"}
    HttpRequest request = SetAutoresponder(kTest, QStringLiteral("test"), {true, QStringLiteral("S"), QStringLiteral("b")}).request(m_client->endpoint());
    request.body = R"({"subject": "Subject", "active": true})";
    const auto [status, error] = sendRequest(request);
    QCOMPARE(status, 400);
    QCOMPARE(error.fieldMessage(QStringLiteral("body")), QStringLiteral("Required"));
    QCOMPARE(autoresponderOf(QStringLiteral("test")).body, QStringLiteral("AutoRespond"));
}

void TestHostwaySettings::exchangeMailboxHasNoSuchSettings()
{
    ApiError error;
    bool done = false;
    m_client->fetchForwards(kTest, QStringLiteral("exchange-mbox"), this, [&](const ApiError &e, const QStringList &) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
}

void TestHostwaySettings::messageStatsAndTheirDocumentedFailures()
{
    const auto stats = [&](const QString &name, bool exchange) {
        std::pair<ApiError, MessageStats> result{ApiError(ApiError::Kind::Timeout, QStringLiteral("no answer")), {}};
        bool done = false;
        m_client->fetchMessageStats(kTest, name, exchange, this, [&](const ApiError &e, const MessageStats &s) {
            result = {e, s};
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return result;
    };
    // The seed's example (sections 71-72) for "test"
    auto [error, s] = stats(QStringLiteral("test"), false);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(s.inbox.all, 3);
    QCOMPARE(s.inbox.unread, 3);
    QCOMPARE(s.sent.all, 0);
    QCOMPARE(s.spam.unread, 0);
    // An Exchange mailbox by its own path (sections 49-50), not the regular one
    std::tie(error, s) = stats(QStringLiteral("exchange-mbox"), true);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(stats(QStringLiteral("exchange-mbox"), false).first.httpStatus(), 404);
    // The documented failures, in words that say what to do
    std::tie(error, s) = stats(QStringLiteral("test1"), false);
    QCOMPARE(error.httpStatus(), 502);
    QVERIFY2(messageStatsProblem(error).contains(QLatin1String("Try again")), qPrintable(messageStatsProblem(error)));
    std::tie(error, s) = stats(QStringLiteral("test-mb"), true);
    QCOMPARE(error.httpStatus(), 404);
    QVERIFY2(messageStatsProblem(error).contains(QLatin1String("virtual")), qPrintable(messageStatsProblem(error)));
    QVERIFY(messageStatsProblem(ApiError::fromHttp(500, {})).contains(QLatin1String("support")));
}

namespace {

QStringList addresses(const BlackWhitePage &page)
{
    QStringList out;
    for (const BlackWhiteEntry &e : page.items)
        out.append(e.type + QLatin1Char(' ') + e.address);
    return out;
}

} // namespace

void TestHostwaySettings::blackWhiteListFiltersSortsAndPages()
{
    const auto page = [&](const QString &name, const BlackWhiteQuery &query) {
        BlackWhitePage out;
        out.totalCount = -1;
        bool done = false;
        m_client->fetchBlackWhitePage(kTest, name, query, this, [&](const ApiError &e, const BlackWhitePage &p) {
            if (!e.isError())
                out = p;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    };
    // The seed's example list (section 40), sorted by address
    BlackWhiteQuery query;
    BlackWhitePage p = page(QStringLiteral("test"), query);
    QCOMPARE(p.totalCount, 4);
    QCOMPARE(addresses(p), (QStringList{QStringLiteral("B @sometestdomain.com"), QStringLiteral("W mb1-white@somedomain.com"),
                                        QStringLiteral("B mb2-black@domain.com"), QStringLiteral("B mb3-black@somedomain.com")}));
    // Its filter examples: by address with wildcards, by type
    query.filterAddress = QStringLiteral("*somedomain.com*");
    QCOMPARE(page(QStringLiteral("test"), query).totalCount, 2);
    query.filterAddress.clear();
    query.filterType = QStringLiteral("W");
    QCOMPARE(addresses(page(QStringLiteral("test"), query)), QStringList{QStringLiteral("W mb1-white@somedomain.com")});
    // Sorted descending, and in pages of 2 with a "next" link
    query.filterType.clear();
    query.sortOrder = Qt::DescendingOrder;
    query.pageSize = 2;
    p = page(QStringLiteral("test"), query);
    QCOMPARE(addresses(p).first(), QStringLiteral("B mb3-black@somedomain.com"));
    QCOMPARE(p.items.size(), 2);
    QVERIFY(p.hasNext());
    query.page = 2;
    QVERIFY(!page(QStringLiteral("test"), query).hasNext());
    // The domain's own list (sections 7-8): the same resource one level up
    QCOMPARE(page(QString(), BlackWhiteQuery()).totalCount, 4);
    // A mailbox without a list
    QCOMPARE(page(QStringLiteral("test1"), BlackWhiteQuery()).totalCount, 0);
}

void TestHostwaySettings::blackWhiteDocumentedRefusals()
{
    // Section 42's failure examples: a missing type; a type and an address both wrong
    HttpRequest request = AddBlackWhite(kTest, QStringLiteral("test"), {{QStringLiteral("a@b.example"), QStringLiteral("W")}}).request(m_client->endpoint());
    request.body = R"({"list": [{"address": "mb1-white@somedomain.com"}]})";
    auto [status, error] = sendRequest(request);
    QCOMPARE(status, 400);
    QCOMPARE(error.fieldMessage(QStringLiteral("list.0.type")), QStringLiteral("Required"));
    request.body = R"({"list": [{"address": "somedomain.com", "type": "A"}]})";
    std::tie(status, error) = sendRequest(request);
    QCOMPARE(status, 400);
    QCOMPARE(error.fieldMessage(QStringLiteral("list.0.type")), QStringLiteral("\"A\" is not one of B, W"));
    QCOMPARE(error.fieldMessage(QStringLiteral("list.0.address")), QStringLiteral("Invalid address format: somedomain.com"));
    // Both are caught before sending
    const auto problems = AddBlackWhite(kTest, QStringLiteral("test"), {{QStringLiteral("somedomain.com"), QStringLiteral("A")}}).validate();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, QStringLiteral("somedomain.com"));
    QCOMPARE(problems.at(1).field, QStringLiteral("type"));
}

void TestHostwaySettings::blackWhiteAddChangeRemove()
{
    // Two at once, one a whole domain, and one already listed changing list
    AddBlackWhite add(kTest, QStringLiteral("test"), {{QStringLiteral("@spam.example"), QStringLiteral("B")},
                                                     {QStringLiteral("mb2-black@domain.com"), QStringLiteral("W")}});
    QVERIFY(add.validate().isEmpty());
    QCOMPARE(sendRequest(add.request(m_client->endpoint())).first, 204);
    // The entry's own GET (section 38) says the new list
    bool done = false;
    int status = 0;
    ApiError error;
    QByteArray body;
    m_client->send(Requests::blackWhiteEntry(m_client->endpoint(), kTest, QStringLiteral("test"), QStringLiteral("mb2-black@domain.com")), this, [&](ApiJob *job) {
        status = job->httpStatus();
        body = job->responseBody();
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(status, 200);
    BlackWhiteEntry entry;
    QString reason;
    QVERIFY2(Parser::blackWhiteEntry(body, &entry, &reason), qPrintable(reason));
    QCOMPARE(entry.type, QStringLiteral("W"));

    RemoveBlackWhite remove(kTest, QStringLiteral("test"), QStringLiteral("@spam.example"));
    QCOMPARE(sendRequest(remove.request(m_client->endpoint())).first, 204);
    std::tie(status, error) = sendRequest(remove.request(m_client->endpoint()));
    QCOMPARE(status, 404);
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
    // The client's entry GET: the address kept, and the one taken off answers 404
    const auto fetchEntry = [&](const QString &address) {
        return fetchAndWait<BlackWhiteEntry>([&](auto callback) { m_client->fetchBlackWhiteEntry(kTest, QStringLiteral("test"), address, this, callback); });
    };
    const auto kept = fetchEntry(QStringLiteral("mb2-black@domain.com"));
    QVERIFY2(!kept.first.isError(), qPrintable(kept.first.message()));
    QCOMPARE(kept.second.type, QStringLiteral("W"));
    QCOMPARE(fetchEntry(QStringLiteral("@spam.example")).first.kind(), ApiError::Kind::NotFound);
}

void TestHostwaySettings::blackWhiteConflictsAndReadBack()
{
    HostwaySender sender(m_client.get());
    // Drafted against the example list, where mb1-white is allowed
    BlackWhitePage before;
    before.items = {{QStringLiteral("mb1-white@somedomain.com"), QStringLiteral("W")}};
    auto block = std::make_shared<AddBlackWhite>(kTest, QStringLiteral("test"), QList<BlackWhiteEntry>{{QStringLiteral("mb1-white@somedomain.com"), QStringLiteral("B")}});
    block->setExpected(AddBlackWhite::stateOf(before.items));
    QVERIFY(sender.canReadBack(*block));
    const auto ask = [&](const std::shared_ptr<Operation> &op) {
        Draft draft;
        draft.entries.append(DraftEntry{QStringLiteral("1"), op});
        QString what = QStringLiteral("<no answer>");
        std::optional<bool> applied;
        sender.findConflict(draft, 0, this, [&](const ApiError &e, const QString &text) { what = e.isError() ? e.message() : text; });
        sender.findApplied(*op, ApiError(), this, [&](const ApiError &e, bool yes) { applied = e.isError() ? std::nullopt : std::optional<bool>(yes); });
        (void)QTest::qWaitFor([&] { return what != QLatin1String("<no answer>") && applied.has_value(); }, 10000);
        return std::make_pair(what, applied);
    };
    auto [conflict, applied] = ask(block);
    QCOMPARE(conflict, QString());
    QCOMPARE(applied, std::optional<bool>(false));
    // Someone else removes it meanwhile: a conflict on that address
    QCOMPARE(sendRequest(RemoveBlackWhite(kTest, QStringLiteral("test"), QStringLiteral("mb1-white@somedomain.com")).request(m_client->endpoint())).first, 204);
    std::tie(conflict, applied) = ask(block);
    QVERIFY2(conflict.contains(QLatin1String("mb1-white@somedomain.com")), qPrintable(conflict));
    // Sent: found applied
    QCOMPARE(sendRequest(block->request(m_client->endpoint())).first, 204);
    std::tie(conflict, applied) = ask(block);
    QCOMPARE(applied, std::optional<bool>(true));
    // A removal reads the address's own GET back: still listed, not applied; its 404, applied
    auto unblock = std::make_shared<RemoveBlackWhite>(kTest, QStringLiteral("test"), QStringLiteral("mb1-white@somedomain.com"));
    unblock->setExpected(AddBlackWhite::stateOf({{QStringLiteral("mb1-white@somedomain.com"), QStringLiteral("B")}}));
    std::tie(conflict, applied) = ask(unblock);
    QCOMPARE(conflict, QString());
    QCOMPARE(applied, std::optional<bool>(false));
    QCOMPARE(sendRequest(unblock->request(m_client->endpoint())).first, 204);
    std::tie(conflict, applied) = ask(unblock);
    QCOMPARE(applied, std::optional<bool>(true));
}

namespace {

/// The attribute `name` of `filter`, or an empty one.
FilterAttribute attribute(const QList<FilterAttribute> &filter, const QString &name)
{
    for (const FilterAttribute &a : filter) {
        if (a.name == name)
            return a;
    }
    return {};
}

} // namespace

void TestHostwaySettings::spamFilterAsTheServerDescribesIt()
{
    const auto read = [&](const QString &name) {
        QList<FilterAttribute> out;
        bool done = false;
        m_client->fetchCleanMailPlus(kTest, name, this, [&](const ApiError &e, const QList<FilterAttribute> &f) {
            QVERIFY2(!e.isError(), qPrintable(e.message()));
            out = f;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    };
    // The seed's example (section 44): nine attributes, four wrapped in "field", five bare
    const QList<FilterAttribute> filter = read(QStringLiteral("test"));
    QCOMPARE(filter.size(), 9);
    const FilterAttribute level = attribute(filter, QStringLiteral("SPAM_LEVEL"));
    QCOMPARE(level.description, QStringLiteral("SPAM Tag Level"));
    QCOMPARE(level.selected, QStringLiteral("6"));
    QCOMPARE(level.options.size(), 6);
    QCOMPARE(attribute(filter, QStringLiteral("VIRUS_ACTION")).options.size(), 2);
    QVERIFY(attribute(filter, QStringLiteral("SPAM_DISCARD_LEVEL")).options.isEmpty());
    QCOMPARE(attribute(filter, QStringLiteral("SPAM_DISCARD_LEVEL")).selected, QStringLiteral("20"));
    // The domain's own filter (sections 11-12): the same resource one level up
    QCOMPARE(read(QString()).size(), 9);
}

void TestHostwaySettings::spamFilterDocumentedRefusals()
{
    // Section 46's failure examples
    HttpRequest request = SetSpamFilter(kTest, QStringLiteral("test"), {{QStringLiteral("SPAM_LEVEL"), QStringLiteral("1"), {}, {}}}).request(m_client->endpoint());
    request.body = R"({"badBody": "badBodyValue"})";
    auto [status, error] = sendRequest(request);
    QCOMPARE(status, 400);
    QCOMPARE(error.fieldMessage(QStringLiteral("attributes")), QStringLiteral("Required"));
    request.body = R"({"attributes": [{"attributeName": "NON_EXISTENT_ATTRIBUTE_NAME", "attributeValue": "1"}]})";
    std::tie(status, error) = sendRequest(request);
    QCOMPARE(error.fieldMessage(QStringLiteral("attributes.0")), QStringLiteral("NON_EXISTENT_ATTRIBUTE_NAME is not valid filter attribute name"));
    request.body = R"({"attributes": [{"attributeName": "SPAM_LEVEL", "attributeValue": "val01"}]})";
    std::tie(status, error) = sendRequest(request);
    QCOMPARE(error.fieldMessage(QStringLiteral("attributes.0")), QStringLiteral("val01 is not valid attribute option for SPAM_LEVEL filter attribute"));
    // An unknown domain: the itemNotFound envelope
    request = SetSpamFilter(QStringLiteral("non-existent-domain.com"), QStringLiteral("test"), {{QStringLiteral("SPAM_LEVEL"), QStringLiteral("1"), {}, {}}}).request(m_client->endpoint());
    std::tie(status, error) = sendRequest(request);
    QCOMPARE(status, 404);
    QVERIFY2(error.providerMessage().startsWith(QLatin1String("Resource not found")), qPrintable(error.providerMessage()));
    // Offline: nothing changed is refused before sending
    QCOMPARE(SetSpamFilter(kTest, QStringLiteral("test"), {}).validate().size(), 1);
}

void TestHostwaySettings::spamFilterSetReadBackAndConflict()
{
    HostwaySender sender(m_client.get());
    QList<FilterAttribute> before;
    before.append({QStringLiteral("SPAM_LEVEL"), {}, QStringLiteral("6"), {}});
    before.append({QStringLiteral("SPAM_ACTION"), {}, QStringLiteral("2"), {}});
    auto op = std::make_shared<SetSpamFilter>(kTest, QStringLiteral("test"), QList<SetSpamFilter::Change>{
        {QStringLiteral("SPAM_LEVEL"), QStringLiteral("4"), QStringLiteral("SPAM Tag Level"), QStringLiteral("Normal")},
        {QStringLiteral("SPAM_ACTION"), QStringLiteral("1"), QStringLiteral("SPAM Detected Action"), QStringLiteral("Move to SPAM Folder")}});
    op->setExpected(SetSpamFilter::stateOf(before));
    QVERIFY(op->describe().contains(QLatin1String("SPAM Tag Level: Normal")));
    QCOMPARE(op->changes(nullptr).first(), QStringLiteral("SPAM Tag Level: 6 \u2192 Normal"));
    // Both attributes in one PUT, as section 46's success example
    QCOMPARE(QJsonDocument::fromJson(op->request(m_client->endpoint()).body).object().value(QStringLiteral("attributes")).toArray().size(), 2);
    std::optional<bool> applied;
    sender.findApplied(*op, ApiError(), this, [&](const ApiError &, bool yes) { applied = yes; });
    QTRY_VERIFY(applied.has_value());
    QCOMPARE(*applied, false);
    QCOMPARE(sendRequest(op->request(m_client->endpoint())).first, 204);
    applied.reset();
    sender.findApplied(*op, ApiError(), this, [&](const ApiError &, bool yes) { applied = yes; });
    QTRY_VERIFY(applied.has_value());
    QCOMPARE(*applied, true);
    // Drafted against the old filter, it now finds a conflict
    Draft draft;
    draft.entries.append(DraftEntry{QStringLiteral("1"), op});
    QString what = QStringLiteral("<no answer>");
    sender.findConflict(draft, 0, this, [&](const ApiError &, const QString &text) { what = text; });
    QTRY_VERIFY(what != QLatin1String("<no answer>"));
    QVERIFY2(what.contains(QLatin1String("SPAM Tag Level")), qPrintable(what));
}

void TestHostwaySettings::migrationReportOpensATicket()
{
    // Section 74's example, as the catalogue repairs it: 201, no body
    ReportMigration report(kTest, QStringLiteral("john.smith"), QStringLiteral("subject"), QStringLiteral("body"));
    QVERIFY(report.validate().isEmpty());
    QCOMPARE(sendRequest(report.request(m_client->endpoint())).first, 201);
    // A report says what happened: checked before sending, and by the sandbox
    QCOMPARE(ReportMigration(kTest, QStringLiteral("john.smith"), QStringLiteral("s"), QString()).validate().size(), 1);
    HttpRequest request = report.request(m_client->endpoint());
    request.body = R"({"subject": "s"})";
    const auto [status, error] = sendRequest(request);
    QCOMPARE(status, 400);
    QCOMPARE(error.fieldMessage(QStringLiteral("body")), QStringLiteral("Required"));
    // Nothing reads a ticket back: an interrupted report stays unknown, never resent blindly
    HostwaySender sender(m_client.get());
    QVERIFY(!sender.canReadBack(report));
    std::optional<ApiError> checked;
    sender.findApplied(report, ApiError(), this, [&](const ApiError &e, bool) { checked = e; });
    QTRY_VERIFY(checked.has_value());
    QVERIFY(checked->isError());
}

void TestHostwaySettings::webmailPlansAccountAndRefusals()
{
    // The plans (sections 93-98): names, limits (<= 0 unlimited, "starter" harmless), upgrades
    std::optional<WebmailPlans> plans;
    m_client->fetchWebmailPlans(kTest, this, [&](const ApiError &e, const WebmailPlans &p) {
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        plans = p;
    });
    QTRY_VERIFY(plans.has_value());
    QCOMPARE(plans->names.size(), 3);
    QCOMPARE(plans->limits.value(QStringLiteral("activesync")), 1);
    QCOMPARE(plans->limits.value(QStringLiteral("standard")), 0);
    QVERIFY(plans->upgradeAllowed);
    const auto account = [&](const QString &name) {
        std::pair<ApiError, Webmail> out{ApiError(ApiError::Kind::Timeout, QStringLiteral("no answer")), {}};
        bool done = false;
        m_client->fetchWebmail(kTest, name, this, [&](const ApiError &e, const Webmail &w) { out = {e, w}; done = true; });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    };
    QCOMPARE(account(QStringLiteral("john.smith")).second.type, QStringLiteral("standard"));
    // mfg-mbox has none: 404; created (201); again: 409, said in words
    QCOMPARE(account(QStringLiteral("mfg-mbox")).first.kind(), ApiError::Kind::NotFound);
    CreateWebmail create(kTest, QStringLiteral("mfg-mbox"), {{QStringLiteral("type"), QStringLiteral("premium")}, {QStringLiteral("language"), QStringLiteral("fr_FR")}});
    QVERIFY(create.validate().isEmpty());
    QJsonValue missing;
    QVERIFY(create.stateWhenMissing(&missing));
    QVERIFY(!create.isAppliedIn(missing));
    QCOMPARE(sendRequest(create.request(m_client->endpoint())).first, 201);
    QCOMPARE(account(QStringLiteral("mfg-mbox")).second.language, QStringLiteral("fr_FR"));
    auto [status, error] = sendRequest(create.request(m_client->endpoint()));
    QCOMPARE(status, 409);
    QVERIFY(!create.explainRefusal(error).isEmpty());
    // Section 84's refusals: a full plan, the mail larger than the plan, allowUpgrade inconsistent
    const auto refused = [&](const QString &name, const WebmailFields &fields) {
        SetWebmail op(kTest, name, fields);
        const auto [s, e] = sendRequest(op.request(m_client->endpoint()));
        return std::make_pair(s, op.explainRefusal(e).join(QLatin1Char(' ')));
    };
    auto [s1, full] = refused(QStringLiteral("john.smith"), {{QStringLiteral("type"), QStringLiteral("activesync")}});
    QCOMPARE(s1, 400);
    QVERIFY2(full.contains(QLatin1String("Every mailbox this plan allows")), qPrintable(full));
    auto [s2, larger] = refused(QStringLiteral("jack.smith"), {{QStringLiteral("type"), QStringLiteral("standard")}});
    QCOMPARE(s2, 400);
    QVERIFY2(larger.contains(QLatin1String("more mail")), qPrintable(larger));
    auto [s3, inconsistent] = refused(QStringLiteral("john.smith"), {{QStringLiteral("type"), QStringLiteral("premium")}, {QStringLiteral("allowUpgrade"), false}});
    QCOMPARE(s3, 400);
    QVERIFY2(inconsistent.contains(QLatin1String("upgrades allowed")), qPrintable(inconsistent));
    // An upgrade that fits, and the reset-password flag alone (section 84.4.9): applied
    SetWebmail upgrade(kTest, QStringLiteral("john.smith"), {{QStringLiteral("type"), QStringLiteral("premium")}, {QStringLiteral("resetPassword"), true}});
    QCOMPARE(sendRequest(upgrade.request(m_client->endpoint())).first, 204);
    const Webmail now = account(QStringLiteral("john.smith")).second;
    QCOMPARE(now.type, QStringLiteral("premium"));
    QVERIFY(now.resetPassword);
    QVERIFY(upgrade.isAppliedIn(CreateWebmail::stateOf(now)));
    // Offline: a locale in the wrong form
    QCOMPARE(SetWebmail(kTest, QStringLiteral("test"), {{QStringLiteral("language"), QStringLiteral("english")}}).validate().size(), 1);
}

void TestHostwaySettings::operationsRoundTripThroughDraftJson()
{
    SetForwards set(kTest, QStringLiteral("test"), {QStringLiteral("a@b.example"), QStringLiteral("c@d.example")});
    set.setExpected(SetForwards::stateOf({QStringLiteral("a@b.example")}));
    RemoveForward remove(kTest, QStringLiteral("test"), QStringLiteral("a@b.example"));
    SetAutoresponder reply(kTest, QStringLiteral("test"), {true, QStringLiteral("Away"), QStringLiteral("Text")});
    AddBlackWhite block(kTest, QStringLiteral("test"), {{QStringLiteral("@spam.example"), QStringLiteral("B")}});
    block.setExpected(AddBlackWhite::stateOf({}));
    RemoveBlackWhite unblock(kTest, QStringLiteral("test"), QStringLiteral("@spam.example"));
    SetSpamFilter spam(kTest, QStringLiteral("test"), {{QStringLiteral("SPAM_LEVEL"), QStringLiteral("4"), QStringLiteral("SPAM Tag Level"), QStringLiteral("Normal")}});
    ReportMigration ticket(kTest, QStringLiteral("test"), QStringLiteral("Failed"), QStringLiteral("It stopped at 2 GB."));
    SetWebmail plan(kTest, QStringLiteral("test"), {{QStringLiteral("type"), QStringLiteral("premium")}});
    CreateWebmail account(kTest, QStringLiteral("test"), {{QStringLiteral("type"), QStringLiteral("standard")}});
    for (const Operation *op : std::initializer_list<const Operation *>{&set, &remove, &reply, &block, &unblock, &spam, &ticket, &plan, &account}) {
        QString error;
        const auto back = Operation::fromJson(op->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->kind(), op->kind());
        QCOMPARE(back->toJson(), op->toJson());
        QCOMPARE(back->describe(), op->describe());
        QCOMPARE(back->request(m_client->endpoint()).body, op->request(m_client->endpoint()).body);
        QCOMPARE(back->request(m_client->endpoint()).url, op->request(m_client->endpoint()).url);
    }
    // A draft's field of the wrong type is refused, naming it
    QJsonObject bad = set.toJson();
    bad.insert(QStringLiteral("targets"), QJsonArray{1});
    QString error;
    QVERIFY(!Operation::fromJson(bad, &error));
    QVERIFY2(error.contains(QLatin1String("targets")), qPrintable(error));
    QJsonObject noActive = reply.toJson();
    noActive.remove(QStringLiteral("active"));
    QVERIFY(!Operation::fromJson(noActive, &error));
    QVERIFY2(error.contains(QLatin1String("active")), qPrintable(error));
    // The forward's DELETE names the whole address
    QVERIFY(remove.request(m_client->endpoint()).url.toString(QUrl::FullyEncoded).endsWith(QLatin1String("/forwards/a%40b.example")));
    QCOMPARE(remove.request(m_client->endpoint()).method, QByteArray("DELETE"));
}

void TestHostwaySettings::senderReadsBackAndFindsConflicts()
{
    HostwaySender sender(m_client.get());
    const QStringList before = forwardsOf(QStringLiteral("test"));
    auto add = std::make_shared<SetForwards>(kTest, QStringLiteral("test"), before + QStringList{QStringLiteral("new@else.example")});
    add->setExpected(SetForwards::stateOf(before));
    QVERIFY(sender.canReadBack(*add));

    const auto applied = [&](const Operation &op) {
        std::optional<bool> answer;
        sender.findApplied(op, ApiError(), this, [&](const ApiError &error, bool yes) {
            answer = error.isError() ? std::nullopt : std::optional<bool>(yes);
        });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 10000);
        return answer;
    };
    const auto conflict = [&](const std::shared_ptr<Operation> &op) {
        Draft draft;
        draft.entries.append(DraftEntry{QStringLiteral("1"), op});
        QString what = QStringLiteral("<no answer>");
        sender.findConflict(draft, 0, this, [&](const ApiError &error, const QString &text) {
            what = error.isError() ? error.message() : text;
        });
        (void)QTest::qWaitFor([&] { return what != QLatin1String("<no answer>"); }, 10000);
        return what;
    };

    // BEFORE it is sent: not applied, no conflict
    QCOMPARE(applied(*add), std::optional<bool>(false));
    QCOMPARE(conflict(add), QString());
    // AFTER: applied
    bool done = false;
    sender.send(*add, this, [&](const ApiError &, int) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(applied(*add), std::optional<bool>(true));
    // AND a change drafted against the old list now finds a conflict
    auto stale = std::make_shared<RemoveForward>(kTest, QStringLiteral("test"), before.first());
    stale->setExpected(SetForwards::stateOf(before));
    QVERIFY2(!conflict(stale).isEmpty(), "the list changed since the draft");

    auto reply = std::make_shared<SetAutoresponder>(kTest, QStringLiteral("test"), Autoresponder{false, QStringLiteral("Subject"), QStringLiteral("AutoRespond")});
    reply->setExpected(SetAutoresponder::stateOf(autoresponderOf(QStringLiteral("test"))));
    QCOMPARE(conflict(reply), QString());
    QCOMPARE(applied(*reply), std::optional<bool>(false));

    // A draft's later change is compared unless an earlier one changed the same setting:
    // after the autoresponder, the stale forwards change still finds its conflict; after a
    // forwards change of the same mailbox, it is not compared (that change made the difference)
    const auto conflictAfter = [&](const std::shared_ptr<Operation> &first, const std::shared_ptr<Operation> &second) {
        Draft draft;
        draft.entries.append(DraftEntry{QStringLiteral("1"), first});
        draft.entries.append(DraftEntry{QStringLiteral("2"), second});
        auto what = std::make_shared<QString>(QStringLiteral("<no answer>"));
        sender.findConflict(draft, 1, this, [what](const ApiError &error, const QString &text) {
            *what = error.isError() ? error.message() : text;
        });
        (void)QTest::qWaitFor([what] { return *what != QLatin1String("<no answer>"); }, 10000);
        return *what;
    };
    QVERIFY2(!conflictAfter(reply, stale).isEmpty(), "another setting changed first: still compared");
    QCOMPARE(conflictAfter(add, stale), QString());
}

QTEST_MAIN(TestHostwaySettings)
#include "tst_hostwaysettings.moc"
