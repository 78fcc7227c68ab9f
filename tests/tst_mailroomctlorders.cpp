// mailroomctl's Hostway Exchange orders against the sandbox: a free order placed and waited
// for until Completed; a paid one's quote, refused without --yes, then submitted; the orders
// listed from the book on disk (so a later run polls them); a drafted order placed when the
// draft is applied; exit codes.
#include "ctlprocess.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestMailroomctlOrders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void freeOrderWaitedForUntilCompleted();
    void paidOrderNeedsItsConfirmation();
    void draftedOrderPlacedAtApply();

private:
    CtlResult run(const QStringList &arguments, const QByteArray &input = {});
    QJsonArray listed();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestMailroomctlOrders::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_sandbox->server()->setHostwayOrderSeconds(1);
    m_home = std::make_unique<QTemporaryDir>();
}

void TestMailroomctlOrders::cleanup()
{
    m_sandbox.reset();
    m_home.reset();
}

CtlResult TestMailroomctlOrders::run(const QStringList &arguments, const QByteArray &input)
{
    const QStringList account{QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--account"),
                              SandboxFixture::accountId(), QStringLiteral("--user"), SandboxFixture::user()};
    const bool draftCommand = arguments.value(0) == QLatin1String("draft");
    return runMailroomctl(draftCommand ? arguments : account + arguments, input, SandboxFixture::password(),
                          m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
}

QJsonArray TestMailroomctlOrders::listed()
{
    const CtlResult r = run({QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

void TestMailroomctlOrders::freeOrderWaitedForUntilCompleted()
{
    CtlResult r = run({QStringLiteral("order"), QStringLiteral("exchange-mailbox"), QStringLiteral("--domain"), QStringLiteral("test.com"),
                       QStringLiteral("--name"), QStringLiteral("ordered"), QStringLiteral("--display-name"), QStringLiteral("Ordered Box"),
                       QStringLiteral("--password-stdin"), QStringLiteral("name.company=Acme"), QStringLiteral("--wait")},
                      "Kestrel7!mailbox\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("ordered ordered@test.com: order ") && r.out.contains("Completed"), r.out.constData());
    const QJsonArray orders = listed();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("Completed"));
    // The mailbox exists now; an order for its name is refused
    QCOMPARE(run({QStringLiteral("exchange"), QStringLiteral("show"), QStringLiteral("--domain"), QStringLiteral("test.com"),
                  QStringLiteral("--name"), QStringLiteral("ordered")}).code, 0);
    r = run({QStringLiteral("order"), QStringLiteral("exchange-mailbox"), QStringLiteral("--domain"), QStringLiteral("test.com"),
             QStringLiteral("--name"), QStringLiteral("ordered"), QStringLiteral("--display-name"), QStringLiteral("Again"), QStringLiteral("--generate-password")});
    QCOMPARE(r.code, 1);
    // Usage: no display name, an unknown field, an unknown order
    QCOMPARE(run({QStringLiteral("order"), QStringLiteral("exchange-mailbox"), QStringLiteral("--domain"), QStringLiteral("test.com"),
                  QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--generate-password")}).code, 2);
    QCOMPARE(run({QStringLiteral("order"), QStringLiteral("exchange-mailbox"), QStringLiteral("--domain"), QStringLiteral("test.com"),
                  QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--display-name"), QStringLiteral("X"),
                  QStringLiteral("--generate-password"), QStringLiteral("phone=1")}).code, 2);
    QCOMPARE(run({QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("--order"), QStringLiteral("nope")}).code, 2);
}

void TestMailroomctlOrders::paidOrderNeedsItsConfirmation()
{
    CtlResult r = run({QStringLiteral("order"), QStringLiteral("exchange-mailbox"), QStringLiteral("--domain"), QStringLiteral("big.example"),
                       QStringLiteral("--name"), QStringLiteral("paid"), QStringLiteral("--display-name"), QStringLiteral("Paid"),
                       QStringLiteral("--generate-password"), QStringLiteral("--wait")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("total 9.95") && r.out.contains("order submit --order"), r.out.constData());
    const QString id = listed().first().toObject().value(QLatin1String("order")).toString();
    QVERIFY(!listed().first().toObject().value(QLatin1String("submitted")).toBool());
    const QStringList submit{QStringLiteral("order"), QStringLiteral("submit"), QStringLiteral("--order"), id};
    r = run(submit);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--yes") && r.err.contains("9.95"), r.err.constData());
    r = run(submit + QStringList{QStringLiteral("--yes"), QStringLiteral("--wait")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Completed"), r.out.constData());
    QCOMPARE(run(submit + QStringList{QStringLiteral("--yes")}).code, 2);   // submitted already
}

void TestMailroomctlOrders::draftedOrderPlacedAtApply()
{
    const QString draft = m_home->filePath(QStringLiteral("order-draft.json"));
    CtlResult r = run({QStringLiteral("order"), QStringLiteral("exchange-mailbox"), QStringLiteral("--domain"), QStringLiteral("test.com"),
                       QStringLiteral("--name"), QStringLiteral("drafted.order"), QStringLiteral("--display-name"), QStringLiteral("Drafted"),
                       QStringLiteral("--generate-password"), QStringLiteral("--draft"), draft});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(listed().isEmpty());   // nothing placed yet
    r = run({QStringLiteral("draft"), QStringLiteral("apply"), draft});
    QVERIFY2(r.code == 0, r.out.constData());
    const QJsonArray orders = listed();
    QCOMPARE(orders.size(), 1);
    const QString id = orders.first().toObject().value(QLatin1String("order")).toString();
    r = run({QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("--order"), id, QStringLiteral("--wait")});
    QVERIFY2(r.code == 0 && r.out.contains("Completed"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestMailroomctlOrders)
#include "tst_mailroomctlorders.moc"
