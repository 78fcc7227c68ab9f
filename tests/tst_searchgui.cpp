// Search Everywhere in the window, driven with key events only: Ctrl+K, the term typed, Enter
// opens the object on its page with its details; Esc cancels, then closes; recent items
// when the box is empty. Over the demo's Hostway (administrator and mailbox owner), Ikoula
// and Webitel accounts against the sandbox.
#include "accessiblenames.h"
#include "guifixture.h"
#include "models/searchresultsmodel.h"
#include "sandbox/ikoulasimulator.h"
#include "ui/searcheverywherebox.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

/// The demo's accounts in one window.
struct SearchFixture : GuiFixture
{
    explicit SearchFixture(QSettings *settings = nullptr) : GuiFixture(&DemoAccount::make, DemoAccount::password(), settings)
    {
        ownerId = addAccount(&DemoAccount::makeOwner, DemoAccount::ownerPassword());
        ikoulaId = addAccount([](quint16 port) { return DemoAccount::makeIkoula(port, Sandbox::IkoulaSimulator::demoPublicKey()); });
        addAccount(&DemoAccount::makeWebitel);
        window->activateWindow();
        active = QTest::qWaitForWindowActive(window.get());
        box = window->findChild<SearchEverywhereBox *>(QStringLiteral("searchEverywhere"));
        tree = window->findChild<QTreeView *>(QStringLiteral("accountTree"));
        results = box ? static_cast<SearchResultsModel *>(box->resultsView()->model()) : nullptr;
    }

    /// Ctrl+K in the window, then `term` typed: two of the user's steps (the shortcut, the
    /// typing). True once the search has ended.
    bool search(const QString &term)
    {
        ctrlK();
        if (!box->hasFocus())
            return false;
        QTest::keyClicks(box, term);
        auto *status = window->findChild<QLabel *>(QStringLiteral("searchStatus"));
        return QTest::qWaitFor([&] { return QRegularExpression(QStringLiteral("^\\d+ found\\.")).match(status->text()).hasMatch(); }, 15000);
    }

    /// Ctrl+K where the focus is, as a person presses it.
    void ctrlK()
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window.get(), Qt::Key_K, Qt::ControlModifier);
    }

    bool active = false;
    QString ownerId;
    QString ikoulaId;
    SearchEverywhereBox *box = nullptr;
    QTreeView *tree = nullptr;
    SearchResultsModel *results = nullptr;
};

} // namespace

class TestSearchGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsSmithAcrossTheAccounts();
    void enterOpensAHostwayMailboxWithItsDetails();
    void enterOpensAnIkoulaMailbox();
    void enterBeforeTheResultsOpensTheFirst();
    void escapeCancelsThenCloses();
    void recentItemsWhenTheBoxIsEmpty();
    void everyControlHasAName();
};

void TestSearchGui::findsSmithAcrossTheAccounts()
{
    SearchFixture f;
    QVERIFY(f.box);
    QVERIFY(f.active);
    // One interaction (Ctrl+K) plus typing
    QVERIFY(f.search(QStringLiteral("smith")));
    QVERIFY(f.box->isPanelShown());
    QCOMPARE(f.results->openableCount(), 3);   // jack and john at test.com, and the owner's own
    QCOMPARE(f.results->rowCount(), 2);         // the administrator's account, the owner's
    QStringList groups;
    for (int g = 0; g < f.results->rowCount(); ++g)
        groups.append(f.results->index(g, 0).data(SearchResultsModel::AccountIdRole).toString());
    groups.sort();
    QStringList expected{f.id, f.ownerId};
    expected.sort();
    QCOMPARE(groups, expected);
    // The first result in the tree's order is current already, Enter would open it: the
    // administrator's, though the owner's own answered first (it needs no request).
    const QModelIndex current = f.box->resultsView()->currentIndex();
    QVERIFY(f.results->hit(current));
    QCOMPARE(current.siblingAtColumn(0), f.results->index(0, 0, f.results->index(0, 0)));
    QCOMPARE(f.results->hit(current)->accountId, f.id);
    // Down chooses the next, and keeps it chosen.
    QTest::keyClick(f.box, Qt::Key_Down);
    QCOMPARE(f.box->resultsView()->currentIndex().siblingAtColumn(0), f.results->index(1, 0, f.results->index(0, 0)));
}

void TestSearchGui::enterOpensAHostwayMailboxWithItsDetails()
{
    SearchFixture f;
    QVERIFY(f.search(QStringLiteral("jack")));
    QCOMPARE(f.results->openableCount(), 1);
    QTest::keyClick(f.box, Qt::Key_Return);   // the third step
    QVERIFY(!f.box->isPanelShown());
    // The tree shows test.com's mailboxes; the table, jack.smith alone, selected and focused.
    QCOMPARE(f.tree->currentIndex(), static_cast<AccountTreeModel *>(f.tree->model())->mailboxesIndex(f.id, QStringLiteral("test.com")));
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("mailboxTable"));
    QTRY_COMPARE(table->currentIndex().siblingAtColumn(0).data(Qt::DisplayRole).toString(), QStringLiteral("jack.smith"));
    QTRY_VERIFY(table->hasFocus());
    // The details pane names it.
    QTRY_VERIFY(f.window->findChild<QLabel *>(QStringLiteral("detailsTitle"))->text().contains(QStringLiteral("jack.smith@test.com")));
}

void TestSearchGui::enterOpensAnIkoulaMailbox()
{
    SearchFixture f;
    f.window->listProviderObjects();   // Ikoula's subscriptions into the tree, as at start-up
    auto *model = static_cast<AccountTreeModel *>(f.tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->subscriptionIndex(f.ikoulaId, QStringLiteral("10442")).isValid(), 10000);
    QVERIFY(f.search(QStringLiteral("p.morel")));
    QCOMPARE(f.results->openableCount(), 1);
    QTest::keyClick(f.box, Qt::Key_Return);
    const QModelIndex node = f.tree->currentIndex();
    QCOMPARE(node.data(AccountTreeModel::AccountIdRole).toString(), f.ikoulaId);
    QCOMPARE(node.data(AccountTreeModel::NodeTypeRole).toInt(), int(AccountTreeModel::NodeType::Mailboxes));
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("balTable"));
    QTRY_COMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("p.morel@cabinet-morel.fr"));
    QTRY_VERIFY(table->hasFocus());
}

void TestSearchGui::enterBeforeTheResultsOpensTheFirst()
{
    // Typed fast and Enter at once, before the search even started: the first result opens.
    SearchFixture f;
    QVERIFY(f.active);
    f.ctrlK();
    QTest::keyClicks(f.box, QStringLiteral("jack"));
    QTest::keyClick(f.box, Qt::Key_Return);
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("mailboxTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->hasFocus(), 10000);
    QTRY_COMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("jack.smith"));
    QVERIFY(!f.box->isPanelShown());
}

void TestSearchGui::escapeCancelsThenCloses()
{
    SearchFixture f;
    QSignalSpy cancelled(f.window->findChild<QAction *>(QStringLiteral("actionCancel")), &QAction::triggered);
    f.ctrlK();
    QTest::keyClicks(f.box, QStringLiteral("alice"));
    QTest::keyClick(f.box, Qt::Key_Escape);   // before the search even started: nothing runs
    QTest::qWait(400);
    QCOMPARE(f.results->rowCount(), 0);
    QVERIFY(f.box->isPanelShown());
    QTest::keyClick(f.box, Qt::Key_Escape);   // then the panel closes, the tree has the focus
    QVERIFY(!f.box->isPanelShown());
    QVERIFY(f.tree->hasFocus());
    QCOMPARE(cancelled.size(), 0);   // the window's Esc (Cancel Requests) was not taken
}

void TestSearchGui::recentItemsWhenTheBoxIsEmpty()
{
    QTemporaryDir home;
    QSettings settings(home.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    SearchFixture f(&settings);
    QVERIFY(f.search(QStringLiteral("jack")));
    QTest::keyClick(f.box, Qt::Key_Return);
    QTRY_VERIFY(f.window->findChild<QTableView *>(QStringLiteral("mailboxTable"))->hasFocus());
    // Ctrl+K again: the box is empty and offers what was opened, Enter opens it again.
    f.ctrlK();
    QVERIFY(f.box->text().isEmpty());
    QCOMPARE(f.results->rowCount(), 1);
    const QModelIndex recent = f.results->index(0, 0);
    QVERIFY(recent.data().toString().startsWith(QStringLiteral("Recent")));
    QCOMPARE(f.results->rowCount(recent), 1);
    QCOMPARE(f.results->hit(f.box->resultsView()->currentIndex())->name, QStringLiteral("jack.smith@test.com"));
    QCOMPARE(settings.value(QStringLiteral("search/recent")).toList().size(), 1);
    f.tree->setCurrentIndex(static_cast<AccountTreeModel *>(f.tree->model())->accountIndex(f.id));
    f.box->setFocus();
    QTest::keyClick(f.box, Qt::Key_Return);
    QCOMPARE(f.tree->currentIndex(), static_cast<AccountTreeModel *>(f.tree->model())->mailboxesIndex(f.id, QStringLiteral("test.com")));
}

void TestSearchGui::everyControlHasAName()
{
    SearchFixture f;
    QVERIFY(f.search(QStringLiteral("smith")));
    QCOMPARE(unnamedControls(f.window->findChild<QWidget *>(QStringLiteral("searchPanel"))), QStringList());
    QVERIFY(!f.box->accessibleName().isEmpty());
}

QTEST_MAIN(TestSearchGui)
#include "tst_searchgui.moc"
