// Hostway Exchange mailbox orders (seed 002; BEYOND-SEEDS.md for paid products) against the
// sandbox over loopback HTTP: the 202 with Location and OwnerId, polling with the cookie
// until Completed, a paid order's quote and its confirmed submit, the refusals; the order
// operation's checks and draft JSON; HostwaySender keeping the 202 in the order book, and
// never sending an interrupted order again blindly; the order book on disk.
#include "core/net/apijob.h"
#include "core/providers/hostway/exchangeorderoperation.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/orderbook.h"
#include "core/providers/hostway/orderfollower.h"
#include "hostwaywait.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hostway;

namespace {
const QString kTest = QStringLiteral("test.com");
const QString kPaid = QStringLiteral("big.example");   // the sandbox's paid product
const QString kPassword = QStringLiteral("Order7!mailbox");
} // namespace

class TestHostwayOrders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void freeOrderPlacedThenPolledToCompleted();
    void pollingNeedsTheOwnerCookie();
    void paidOrderWaitsForItsConfirmedSubmit();
    void purchaseIsAnOperationReadBackByTheOrder();
    void refusalsAndChecks();
    void draftJsonKeepsNoPassword();
    void senderBooksTheOrderAndNeverResendsBlindly();
    void damagedBookIsNeverOverwritten();
    void followerReadsPendingOrdersUntilCompleted();
    void followerSaysWhenAnOrderIsLate();
    void placedOrderForms();
    void progressOfEveryStatus_data();
    void progressOfEveryStatus();

private:
    /// Places `op` through HostwaySender (the change path's sender); the HTTP status.
    int place(OrderExchangeMailbox &op);
    /// GET /orders/{id} with `ownerId`: {status, state}.
    std::pair<int, OrderState> poll(const QString &id, const QString &ownerId);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
};

void TestHostwayOrders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // the order book in a test folder
}

void TestHostwayOrders::init()
{
    QFile::remove(OrderBook::defaultPath());
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_sandbox->server()->setHostwayOrderSeconds(3);   // long enough to read Processing on a busy machine
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
}

void TestHostwayOrders::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
    QFile::remove(OrderBook::defaultPath());
}

int TestHostwayOrders::place(OrderExchangeMailbox &op)
{
    HostwaySender sender(m_client.get());
    auto status = std::make_shared<int>(-1);
    op.prepare();
    sender.send(op, this, [status](const ApiError &, int http) { *status = http; });
    (void)QTest::qWaitFor([status] { return *status != -1; }, 10000);
    return *status;
}

std::pair<int, OrderState> TestHostwayOrders::poll(const QString &id, const QString &ownerId)
{
    auto result = std::make_shared<std::pair<int, OrderState>>(-1, OrderState());
    m_client->send(Requests::order(m_client->endpoint(), id, ownerId), this, [result](ApiJob *job) {
        OrderState state;
        QString error;
        if (job->succeeded() && !Parser::orderState(job->responseBody(), &state, &error))
            state.status = QStringLiteral("<unreadable: %1>").arg(error);
        *result = {job->httpStatus(), state};
    });
    (void)QTest::qWaitFor([result] { return result->first != -1; }, 10000);
    return *result;
}

void TestHostwayOrders::freeOrderPlacedThenPolledToCompleted()
{
    // GIVEN an order of the seed's shape
    OrderExchangeMailbox order(kTest, QStringLiteral("a.a"), {{QStringLiteral("name.name"), QStringLiteral("John Smith")},
                                                             {QStringLiteral("name.company"), QStringLiteral("My Company")},
                                                             {QStringLiteral("phones.mobile"), QStringLiteral("555-555-5504")},
                                                             {QStringLiteral("recipientLimit"), 10}},
                               PasswordSource::Provided, kPassword);
    QVERIFY(order.validate().isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(order.request(m_client->endpoint()).body).object();
    QCOMPARE(body.value(QLatin1String("owner")).toObject().value(QLatin1String("username")).toString(), QStringLiteral("a.a"));
    QCOMPARE(body.value(QLatin1String("name")).toObject().value(QLatin1String("company")).toString(), QStringLiteral("My Company"));
    QCOMPARE(body.value(QLatin1String("recipientLimit")).toInt(), 10);
    // WHEN it is placed THEN 202, and the order's id and cookie are kept
    QCOMPARE(place(order), 202);
    QVERIFY(order.placed());
    QVERIFY(!order.placed()->id.isEmpty());
    QVERIFY(!order.placed()->quote);
    // AND polled with its cookie it is Processing, then Completed, and the mailbox exists
    auto [status, state] = poll(order.placed()->id, order.placed()->ownerId);
    QCOMPARE(status, 200);
    QCOMPARE(state.progress(), OrderProgress::Processing);
    QCOMPARE(state.account.path(), QStringLiteral("/accounts/test-account123"));
    QTRY_COMPARE_WITH_TIMEOUT(poll(order.placed()->id, order.placed()->ownerId).second.progress(), OrderProgress::Completed, 10000);
    const auto [error, exchange] = fetchAndWait<ExchangeMailbox>([&](auto done) { m_client->fetchExchange(kTest, QStringLiteral("a.a"), this, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(exchange.displayName, QStringLiteral("John Smith"));
}

void TestHostwayOrders::pollingNeedsTheOwnerCookie()
{
    OrderExchangeMailbox order(kTest, QStringLiteral("cookie.test"), {{QStringLiteral("name.name"), QStringLiteral("C")}}, PasswordSource::Generate);
    QCOMPARE(place(order), 202);
    QCOMPARE(poll(order.placed()->id, QStringLiteral("not-the-owner")).first, 401);
    QCOMPARE(poll(QStringLiteral("no-such-order"), order.placed()->ownerId).first, 404);
    QCOMPARE(poll(order.placed()->id, order.placed()->ownerId).first, 200);
}

void TestHostwayOrders::paidOrderWaitsForItsConfirmedSubmit()
{
    // GIVEN a paid product: the 202 carries a quote, and nothing is ordered yet
    OrderExchangeMailbox order(kPaid, QStringLiteral("paid.box"), {{QStringLiteral("name.name"), QStringLiteral("Paid Box")}}, PasswordSource::Generate);
    QCOMPARE(place(order), 202);
    QVERIFY(order.placed() && order.placed()->quote);
    QCOMPARE(order.placed()->quote->total, QStringLiteral("9.95"));
    QCOMPARE(poll(order.placed()->id, order.placed()->ownerId).second.progress(), OrderProgress::New);
    QTest::qWait(3100);
    QCOMPARE(poll(order.placed()->id, order.placed()->ownerId).second.progress(), OrderProgress::New);   // waits for the submit
    // WHEN it is submitted THEN it goes on to Completed; a second submit is refused
    QCOMPARE(sendAndWait(m_client.get(), Requests::submitOrder(m_client->endpoint(), order.placed()->id, order.placed()->ownerId), this).first, 204);
    QCOMPARE(sendAndWait(m_client.get(), Requests::submitOrder(m_client->endpoint(), order.placed()->id, order.placed()->ownerId), this).first, 409);
    QTRY_COMPARE_WITH_TIMEOUT(poll(order.placed()->id, order.placed()->ownerId).second.progress(), OrderProgress::Completed, 10000);
}

void TestHostwayOrders::purchaseIsAnOperationReadBackByTheOrder()
{
    // GIVEN a paid order placed through the sender (so the book has it, not bought)
    OrderExchangeMailbox order(kPaid, QStringLiteral("bought.box"), {{QStringLiteral("name.name"), QStringLiteral("B")}}, PasswordSource::Generate);
    QCOMPARE(place(order), 202);
    QVERIFY(order.placed() && order.placed()->quote);
    SubmitOrder buy(order.placed()->id, order.placed()->ownerId, kPaid, QStringLiteral("bought.box"), order.placed()->quote->total);
    QVERIFY(buy.validate().isEmpty());
    QVERIFY(buy.isDestructive());
    QVERIFY(buy.describe().contains(QLatin1String("9.95")));
    QString error;
    const auto back = Operation::fromJson(buy.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), buy.toJson());
    QVERIFY(!SubmitOrder(QString(), QString(), kPaid, QStringLiteral("x"), QString()).validate().isEmpty());
    // THEN before it is sent the order reads as not bought; after, as bought, and the book says so
    HostwaySender sender(m_client.get());
    QVERIFY(sender.canReadBack(buy));
    const auto applied = [&] {
        auto answer = std::make_shared<std::optional<bool>>();
        sender.findApplied(buy, ApiError(), this, [answer](const ApiError &e, bool yes) { *answer = e.isError() ? std::nullopt : std::optional<bool>(yes); });
        (void)QTest::qWaitFor([answer] { return answer->has_value(); }, 10000);
        return *answer;
    };
    QCOMPARE(applied(), std::optional<bool>(false));
    auto status = std::make_shared<int>(-1);
    sender.send(buy, this, [status](const ApiError &, int http) { *status = http; });
    QTRY_COMPARE(*status, 204);
    QCOMPARE(applied(), std::optional<bool>(true));
    QList<BookedOrder> booked;
    QVERIFY(OrderBook().load(&booked, &error));
    const auto it = std::find_if(booked.cbegin(), booked.cend(), [&](const BookedOrder &o) { return o.id == buy.orderId(); });
    QVERIFY(it != booked.cend());
    QVERIFY(it->submitted);
    QVERIFY(it->submittedAt.isValid());
}

void TestHostwayOrders::refusalsAndChecks()
{
    // Checked before sending: the Exchange name rule, a display name, the password rules
    const auto fieldsOf = [](const OrderExchangeMailbox &op) {
        QStringList fields;
        for (const auto &p : op.validate())
            fields.append(p.field);
        return fields;
    };
    const QStringList bad = fieldsOf(OrderExchangeMailbox(kTest, QStringLiteral("bad name"), {}, PasswordSource::Provided, QStringLiteral("1short")));
    QVERIFY(bad.contains(QStringLiteral("name")) && bad.contains(QStringLiteral("name.name")) && bad.contains(QStringLiteral("password")));
    QVERIFY(fieldsOf(OrderExchangeMailbox(kTest, QStringLiteral("x"), {{QStringLiteral("name.name"), QStringLiteral("X")}, {QStringLiteral("phone"), QStringLiteral("1")}},
                                          PasswordSource::Generate)).contains(QStringLiteral("phone")));
    QVERIFY(fieldsOf(OrderExchangeMailbox(kTest, QStringLiteral("x"), {{QStringLiteral("name.name"), QStringLiteral("X")}, {QStringLiteral("recipientLimit"), QStringLiteral("ten")}},
                                          PasswordSource::Generate)).contains(QStringLiteral("recipientLimit")));
    // Refused by Hostway: a name in use (409), an unknown domain (404)
    OrderExchangeMailbox taken(kTest, QStringLiteral("test-mb"), {{QStringLiteral("name.name"), QStringLiteral("T")}}, PasswordSource::Generate);
    QCOMPARE(place(taken), 409);
    QVERIFY(!taken.placed());
    OrderExchangeMailbox nowhere(QStringLiteral("nowhere.example"), QStringLiteral("n"), {{QStringLiteral("name.name"), QStringLiteral("N")}}, PasswordSource::Generate);
    QCOMPARE(place(nowhere), 404);
}

void TestHostwayOrders::draftJsonKeepsNoPassword()
{
    OrderExchangeMailbox order(kTest, QStringLiteral("drafted"), {{QStringLiteral("name.name"), QStringLiteral("D")}}, PasswordSource::Provided, kPassword);
    const QJsonObject json = order.toJson();
    QVERIFY(!QJsonDocument(json).toJson().contains(kPassword.toUtf8()));
    QString error;
    const auto back = Operation::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), json);
    QVERIFY(back->validate().isEmpty());   // the typed password waits in the keychain
    QCOMPARE(back->mailboxEffect().kind, Operation::MailboxEffect::Kind::Creates);
}

void TestHostwayOrders::senderBooksTheOrderAndNeverResendsBlindly()
{
    OrderExchangeMailbox order(kTest, QStringLiteral("booked"), {{QStringLiteral("name.name"), QStringLiteral("B")}}, PasswordSource::Generate);
    QCOMPARE(place(order), 202);
    QList<BookedOrder> booked;
    QString error;
    QVERIFY2(OrderBook().load(&booked, &error), qPrintable(error));
    QCOMPARE(booked.size(), 1);
    QCOMPARE(booked.first().id, order.placed()->id);
    QCOMPARE(booked.first().ownerId, order.placed()->ownerId);
    QCOMPARE(booked.first().name, QStringLiteral("booked"));
    QVERIFY(booked.first().isPending());
    // An interrupted order is not read back: the user decides
    HostwaySender sender(m_client.get());
    QVERIFY(!sender.canReadBack(order));
    auto answered = std::make_shared<std::optional<ApiError>>();
    sender.findApplied(order, ApiError(ApiError::Kind::Timeout, QString()), this, [answered](const ApiError &e, bool) { *answered = e; });
    QTRY_VERIFY(answered->has_value());
    QCOMPARE((*answered)->kind(), ApiError::Kind::Setup);
}

void TestHostwayOrders::followerReadsPendingOrdersUntilCompleted()
{
    // GIVEN an order booked (as after a restart: nobody follows it yet) and one of another account
    OrderExchangeMailbox order(kTest, QStringLiteral("followed"), {{QStringLiteral("name.name"), QStringLiteral("F")}}, PasswordSource::Generate);
    QCOMPARE(place(order), 202);
    BookedOrder foreign;
    foreign.id = QStringLiteral("not-ours");
    foreign.accountId = QStringLiteral("another-account");
    foreign.baseUrl = m_sandbox->baseUrl().toString();
    foreign.domain = kTest;
    foreign.name = QStringLiteral("x");
    foreign.placedAt = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY(OrderBook().put(foreign, &error));
    // WHEN the account's follower follows what is pending
    OrderFollower *follower = OrderFollower::of(m_client.get());
    QCOMPARE(OrderFollower::of(m_client.get()), follower);   // one per client
    QSignalSpy read(follower, &OrderFollower::orderRead);
    QSignalSpy completed(follower, &OrderFollower::completed);
    QCOMPARE(follower->followPending(&error), 1);
    QVERIFY(follower->isFollowing(order.placed()->id));
    // THEN it reads it until Completed and keeps what it read in the book
    QVERIFY(completed.wait(15000));
    QCOMPARE(completed.first().first().value<BookedOrder>().name, QStringLiteral("followed"));
    QVERIFY(read.count() >= 2);   // Processing at least once, then Completed
    QVERIFY(!follower->isFollowing(order.placed()->id));
    QList<BookedOrder> booked;
    QVERIFY(OrderBook().load(&booked, &error));
    const auto it = std::find_if(booked.cbegin(), booked.cend(), [&](const BookedOrder &o) { return o.id == order.placed()->id; });
    QVERIFY(it != booked.cend());
    QCOMPARE(it->progress(), OrderProgress::Completed);
    QVERIFY(it->checkedAt.isValid());
    // AND nothing more is pending for this account
    QCOMPARE(follower->followPending(&error), 0);
}

void TestHostwayOrders::followerSaysWhenAnOrderIsLate()
{
    // GIVEN an order Hostway takes long over, booked an hour ago (as left by an earlier run)
    m_sandbox->server()->setHostwayOrderSeconds(600);
    OrderExchangeMailbox order(kTest, QStringLiteral("slow"), {{QStringLiteral("name.name"), QStringLiteral("S")}}, PasswordSource::Generate);
    QCOMPARE(place(order), 202);
    QList<BookedOrder> booked;
    QString error;
    QVERIFY(OrderBook().load(&booked, &error));
    QCOMPARE(booked.size(), 1);
    BookedOrder old = booked.first();
    old.placedAt = old.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(OrderBook().put(old, &error));
    int reads = 0;
    m_sandbox->server()->setRequestObserver([&reads](const Sandbox::Request &request) {
        if (request.path.startsWith(QLatin1String("/orders/")))
            ++reads;
    });
    // WHEN the follower follows what is pending
    OrderFollower *follower = OrderFollower::of(m_client.get());
    QSignalSpy attention(follower, &OrderFollower::needsAttention);
    QCOMPARE(follower->followPending(&error), 1);
    // THEN it reads the order once more (it may have completed meanwhile), finds it still
    // Processing after the 15 minutes allowed, says it needs attention and reads no more
    QVERIFY(attention.wait(10000));
    QCOMPARE(attention.first().first().value<BookedOrder>().progress(), OrderProgress::Processing);
    QVERIFY(!follower->isFollowing(old.id));
    QCOMPARE(reads, 1);
    QTest::qWait(2500);   // longer than the first pause between reads: none came
    QCOMPARE(reads, 1);
    m_sandbox->server()->setRequestObserver({});
}

void TestHostwayOrders::damagedBookIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.json"));
    OrderBook book(path);
    BookedOrder order;
    order.id = QStringLiteral("o1");
    order.placedAt = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY(book.put(order, &error));
    order.status = QStringLiteral("Completed");
    QVERIFY(book.put(order, &error));   // replaced, not added
    QList<BookedOrder> orders;
    QVERIFY(book.load(&orders, &error));
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().status, QStringLiteral("Completed"));
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    // A damaged file is reported and left as it is
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"orders\": [");
    damaged.close();
    order.id = QStringLiteral("o2");
    QVERIFY(!book.put(order, &error));
    QVERIFY(error.contains(QLatin1String("damaged")));
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    QCOMPARE(damaged.readAll(), QByteArray("{\"orders\": ["));
    damaged.close();
    // So is a file that is JSON but no order book of this version
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{\"orders\": []}");
    damaged.close();
    QVERIFY(!book.put(order, &error));
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    QCOMPARE(damaged.readAll(), QByteArray("{\"orders\": []}"));
}

void TestHostwayOrders::placedOrderForms()
{
    // Seed 002's 202: an absolute Location on an internal host, OwnerId with its Path
    PlacedOrder placed;
    QString error;
    QVERIFY2(Parser::placedOrder("http://coreapi01.ote.chicago.hostway:8092/orders/00000145ff9ba7e58e7c2c51007f000000010001",
                                 "OwnerId=f9cafb10-2e85-4b1a-bd69-1b1a91437d50; Path=/", QByteArray(), &placed, &error), qPrintable(error));
    QCOMPARE(placed.id, QStringLiteral("00000145ff9ba7e58e7c2c51007f000000010001"));
    QCOMPARE(placed.ownerId, QStringLiteral("f9cafb10-2e85-4b1a-bd69-1b1a91437d50"));
    QVERIFY(!placed.quote);
    // Several cookies (Qt joins them with a newline), a relative Location with a slash, a quote
    const QByteArray quote = R"({"total": 9.95, "subtotal": "9.95", "deferredTotal": "0.00", "quotehash": "h"})";
    QVERIFY2(Parser::placedOrder("/orders/abc/", "JSESSIONID=1; Path=/; HttpOnly\nOwnerId=o-1; Path=/", quote, &placed, &error), qPrintable(error));
    QCOMPARE(placed.id, QStringLiteral("abc"));
    QCOMPARE(placed.ownerId, QStringLiteral("o-1"));
    QVERIFY(placed.quote);
    QCOMPARE(placed.quote->total, QStringLiteral("9.95"));
    // No order to follow: no Location of an order, or no OwnerId
    QVERIFY(!Parser::placedOrder("/accounts/a", "OwnerId=o", QByteArray(), &placed, &error));
    QVERIFY(!Parser::placedOrder("/orders/abc", "JSESSIONID=1", QByteArray(), &placed, &error));
}

void TestHostwayOrders::progressOfEveryStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("progress");
    QTest::newRow("Processing") << QStringLiteral("Processing") << int(OrderProgress::Processing);
    QTest::newRow("Completed") << QStringLiteral("Completed") << int(OrderProgress::Completed);
    QTest::newRow("new") << QStringLiteral("new") << int(OrderProgress::New);
    QTest::newRow("undocumented Failed") << QStringLiteral("Failed") << int(OrderProgress::Unknown);
}

void TestHostwayOrders::progressOfEveryStatus()
{
    QFETCH(QString, status);
    QFETCH(int, progress);
    QCOMPARE(int(OrderState{status, {}}.progress()), progress);
    OrderState read;
    QString error;
    const char *answer = R"({"order": {"Status": "%1", "Account": "https://x/accounts/a"}, "links": []})";
    QVERIFY(Parser::orderState(QString::fromUtf8(answer).arg(status).toUtf8(), &read, &error));
    QCOMPARE(read.status, status);
    const QByteArray noStatus = R"({"order": {}})";
    QVERIFY(!Parser::orderState(noStatus, &read, &error));
}

QTEST_GUILESS_MAIN(TestHostwayOrders)
#include "tst_hostwayorders.moc"
