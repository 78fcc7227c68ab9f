// Hostway Exchange orders through real widgets against the sandbox: an order placed from the
// domain's Exchange orders tab and followed to Completed; one still pending when the window
// closes, followed again by the next window; a paid one bought only after its confirmation.
#include "core/providers/hostway/hostwayclient.h"
#include "guiclick.h"
#include "guifixture.h"
#include "hostwaywait.h"
#include "core/providers/hostway/orderbook.h"
#include "models/hostway/ordertablemodel.h"
#include "ui/hostway/exchangeorderstab.h"
#include "ui/passwordeditor.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace {

/// The Exchange orders tab of `domain`, shown.
ExchangeOrdersTab *showOrders(GuiFixture &f, const QString &domain)
{
    f.window->selectDomain(f.id, domain);
    auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("domainTabs"));
    if (!QTest::qWaitFor([&] { return tabs && tabs->findChild<ExchangeOrdersTab *>(); }, 10000))
        return nullptr;
    auto *tab = tabs->findChild<ExchangeOrdersTab *>();
    tabs->setCurrentWidget(tab);
    return tab;
}

/// Orders `name` from the tab's dialog; false when the dialog did not close.
bool order(ExchangeOrdersTab *tab, const QString &name)
{
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("orderExchangeMailbox")), Qt::LeftButton);
    auto *dialog = waitForTopLevel<QDialog>("orderExchangeDialog");
    if (!dialog)
        return false;
    QPointer<QDialog> guard(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("orderName")), name);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("orderDisplayName")), QStringLiteral("Ordered Person"));
    QTest::keyClicks(dialog->findChild<PasswordEditor *>()->lineEdit(), QStringLiteral("Kestrel7!mailbox"));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("orderButton"));
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&] { return !guard; }, 10000);
}

QString statusOf(const QTableView *table, int row = 0)
{
    return table->model()->index(row, OrderTableModel::StatusColumn).data().toString();
}

} // namespace

class TestExchangeOrdersGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QFile::remove(OrderBook::defaultPath()); }   // no order of an earlier run
    void orderFollowedToCompleted();
    void lateOrderNeedsAttention();
    void pendingOrderFollowedByTheNextWindow();
    void pendingOrderFollowedFromTheStart();
    void paidOrderBoughtAfterItsConfirmation();
};

void TestExchangeOrdersGui::orderFollowedToCompleted()
{
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    f.sandbox.server()->setHostwayOrderSeconds(2);
    ExchangeOrdersTab *tab = showOrders(f, QStringLiteral("test.com"));
    QVERIFY(tab);
    auto *table = tab->findChild<QTableView *>(QStringLiteral("ordersTable"));
    new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, table);
    QVERIFY(order(tab, QStringLiteral("gui.order")));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, OrderTableModel::MailboxColumn).data().toString(), QStringLiteral("gui.order@test.com"));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(table).startsWith(QLatin1String("Completed")), 15000);
    HostwayClient check(&f.nam, Hostway::Endpoint{f.sandbox.baseUrl(), SandboxFixture::accountId()});
    check.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    QVERIFY(!fetchAndWait<Hostway::ExchangeMailbox>([&](auto done) {
                 check.fetchExchange(QStringLiteral("test.com"), QStringLiteral("gui.order"), f.window.get(), done);
             }).first.isError());
}

void TestExchangeOrdersGui::lateOrderNeedsAttention()
{
    // GIVEN an order that takes longer than the time allowed
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    f.sandbox.server()->setHostwayOrderSeconds(600);
    ExchangeOrdersTab *tab = showOrders(f, QStringLiteral("test.com"));
    QVERIFY(tab);
    tab->setAttentionAfter(1);
    QVERIFY(order(tab, QStringLiteral("slow.order")));
    auto *table = tab->findChild<QTableView *>(QStringLiteral("ordersTable"));
    // THEN it shows as needing attention, neither done nor failed
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(table).startsWith(QLatin1String("Needs attention")), 10000);
    QVERIFY(!statusOf(table).contains(QLatin1String("Completed")));
}

void TestExchangeOrdersGui::pendingOrderFollowedByTheNextWindow()
{
    // GIVEN an order placed and still Processing when the window closes
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    f.sandbox.server()->setHostwayOrderSeconds(4);
    ExchangeOrdersTab *tab = showOrders(f, QStringLiteral("test.com"));
    QVERIFY(tab);
    QVERIFY(order(tab, QStringLiteral("restart.order")));
    auto *table = tab->findChild<QTableView *>(QStringLiteral("ordersTable"));
    QTRY_COMPARE(statusOf(table), QStringLiteral("Processing"));
    f.window.reset();
    // WHEN the next window shows the domain's orders THEN it follows the order to Completed
    f.window = std::make_unique<MainWindow>(&f.accounts, f.sessions.get(), &f.tracker, nullptr);
    f.window->show();
    tab = showOrders(f, QStringLiteral("test.com"));
    QVERIFY(tab);
    table = tab->findChild<QTableView *>(QStringLiteral("ordersTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(!statusOf(table).startsWith(QLatin1String("Completed")));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(table).startsWith(QLatin1String("Completed")), 20000);
}

void TestExchangeOrdersGui::pendingOrderFollowedFromTheStart()
{
    // GIVEN an order still Processing when Mailroom exits (window and sessions gone)
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    f.sandbox.server()->setHostwayOrderSeconds(4);
    ExchangeOrdersTab *tab = showOrders(f, QStringLiteral("test.com"));
    QVERIFY(tab);
    QVERIFY(order(tab, QStringLiteral("startup.order")));
    auto *table = tab->findChild<QTableView *>(QStringLiteral("ordersTable"));
    QTRY_COMPARE(statusOf(table), QStringLiteral("Processing"));
    f.window.reset();
    f.sessions = std::make_unique<SessionManager>(&f.accounts, &f.credentials, &f.nam, &f.tracker);
    // WHEN the next start shows no domain at all
    f.window = std::make_unique<MainWindow>(&f.accounts, f.sessions.get(), &f.tracker, nullptr);
    QSignalSpy messages(f.window->statusBar(), &QStatusBar::messageChanged);
    f.window->show();
    // THEN the order is followed to Completed anyway, kept in the book, and the window says so
    const auto completedInBook = [] {
        QList<BookedOrder> booked;
        QString error;
        return OrderBook().load(&booked, &error) && booked.size() == 1 && booked.first().progress() == Hostway::OrderProgress::Completed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(completedInBook(), 20000);
    QTRY_VERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &m) {
        return m.first().toString().contains(QLatin1String("startup.order@test.com is ready"));
    }));
}

void TestExchangeOrdersGui::paidOrderBoughtAfterItsConfirmation()
{
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    f.sandbox.server()->setHostwayOrderSeconds(1);
    ExchangeOrdersTab *tab = showOrders(f, QStringLiteral("big.example"));
    QVERIFY(tab);
    QVERIFY(order(tab, QStringLiteral("paid.order")));
    auto *table = tab->findChild<QTableView *>(QStringLiteral("ordersTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY2(statusOf(table).contains(QLatin1String("9.95")), qPrintable(statusOf(table)));
    QTest::qWait(1500);   // longer than the order takes once bought: Hostway has not made it
    HostwayClient check(&f.nam, Hostway::Endpoint{f.sandbox.baseUrl(), SandboxFixture::accountId()});
    check.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    QCOMPARE(fetchAndWait<Hostway::ExchangeMailbox>([&](auto done) {
                 check.fetchExchange(QStringLiteral("big.example"), QStringLiteral("paid.order"), f.window.get(), done);
             }).first.kind(), ApiError::Kind::NotFound);
    auto *buy = tab->findChild<QPushButton *>(QStringLiteral("submitOrder"));
    QVERIFY(!buy->isEnabled());   // nothing selected
    table->selectRow(0);
    QTRY_VERIFY(buy->isEnabled());
    QTest::mouseClick(buy, Qt::LeftButton);
    auto *confirm = waitForTopLevel<QMessageBox>("confirmSubmitOrder");
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QLatin1String("9.95")), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmSubmitOrderButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(table).startsWith(QLatin1String("Completed")), 15000);
}

QTEST_MAIN(TestExchangeOrdersGui)
#include "tst_exchangeordersgui.moc"
