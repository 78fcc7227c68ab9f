// A large domain's list with the keyboard (issue 13: reaching the 2,000th mailbox of
// big.example took 19 Ctrl+End presses, one page each): Ctrl+End loads every page that
// remains and selects the last mailbox; another key stops following. The scroll bar covers
// the domain's every mailbox, not the pages loaded, and dragging it loads up to where it points.
// The tree's selection shows whether the keys go to it or to the table.
#include "guifixture.h"
#include "models/hostway/mailboxtablemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

class TestMailboxListGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlEndGoesToTheLastMailbox();
    void anotherKeyStopsFollowing();
    void scrollBarCoversEveryMailbox();
    void draggingTheBarPastTheLoadedRowsLoadsThem();
    void selectionShowsWhereTheFocusIs();
};

namespace {

/// big.example's mailbox table, focused, its first page in.
QTableView *bigTable(GuiFixture &f)
{
    f.window->selectMailboxes(f.id, QStringLiteral("big.example"));
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("mailboxTable"));
    if (!table || !QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }, 10000))
        return nullptr;
    table->setFocus();
    return table;
}

} // namespace

void TestMailboxListGui::ctrlEndGoesToTheLastMailbox()
{
    // GIVEN big.example's first page of mailboxes, of 2,000
    GuiFixture f(&DemoAccount::make);
    QTableView *table = bigTable(f);
    QVERIFY(table);
    auto *model = qobject_cast<MailboxTableModel *>(table->model());
    QVERIFY(model);
    const int total = model->totalCount();
    QVERIFY2(total > model->rowCount(), "more than one page");
    // WHEN Ctrl+End is pressed once
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    // THEN every page comes in and the last mailbox is current
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), total, 30000);
    QTRY_COMPARE(table->currentIndex().row(), total - 1);
}

void TestMailboxListGui::anotherKeyStopsFollowing()
{
    // GIVEN big.example's first page, and the sandbox slowed so pages take a while
    GuiFixture f(&DemoAccount::make);
    QTableView *table = bigTable(f);
    QVERIFY(table);
    auto *list = qobject_cast<MailboxTableModel *>(table->model());
    QVERIFY(list);
    const int total = list->totalCount();
    f.sandbox.server()->setDelayMs(200);
    // WHEN Ctrl+End is pressed, then Home while the next page is on its way
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(list->isLoading());
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    // THEN the page on its way arrives, and no other is asked for (the last row is out of sight)
    QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading(), 10000);
    const int loaded = list->rowCount();
    QTest::qWait(600);
    QCOMPARE(list->rowCount(), loaded);
    QVERIFY(loaded < total);
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestMailboxListGui::scrollBarCoversEveryMailbox()
{
    GuiFixture f(&DemoAccount::make);
    QTableView *table = bigTable(f);
    QVERIFY(table);
    auto *model = qobject_cast<MailboxTableModel *>(table->model());
    const int total = model->totalCount();
    QVERIFY(total > model->rowCount());
    // One step per row: the thumb's range and page are the whole domain's rows, not the first page's.
    QScrollBar *bar = table->verticalScrollBar();
    QTRY_VERIFY2(qAbs(bar->maximum() + bar->pageStep() - total) <= 1,
                 qPrintable(QStringLiteral("max %1 + page %2, total %3").arg(bar->maximum()).arg(bar->pageStep()).arg(total)));
    QVERIFY(bar->maximum() > model->rowCount());
}

void TestMailboxListGui::draggingTheBarPastTheLoadedRowsLoadsThem()
{
    // GIVEN big.example's first page (100 of 2,000)
    GuiFixture f(&DemoAccount::make);
    QTableView *table = bigTable(f);
    QVERIFY(table);
    auto *model = qobject_cast<MailboxTableModel *>(table->model());
    const int total = model->totalCount();
    QScrollBar *bar = table->verticalScrollBar();
    // WHEN the thumb is dragged to the middle THEN the pages up to there come, and that row is at the top
    bar->setValue(total / 2);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > total / 2, 30000);
    QTRY_COMPARE(table->rowAt(0), total / 2);
    QCOMPARE(bar->value(), total / 2);
    QVERIFY2(model->rowCount() < total, "only the pages up to the row pointed at");
    // WHEN dragged toward the end, then back to the top before the pages come THEN loading stops
    const int before = model->rowCount();
    f.sandbox.server()->setDelayMs(200);
    bar->setValue(bar->maximum());
    QTRY_VERIFY(model->isLoading());
    bar->setValue(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    const int stopped = model->rowCount();
    QTest::qWait(600);
    QCOMPARE(model->rowCount(), stopped);
    QVERIFY(stopped <= before + 200);
    f.sandbox.server()->setDelayMs(0);
    // WHEN it is dragged to the end THEN every page comes and the last mailbox shows
    bar->setValue(bar->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), total, 30000);
    QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(model->index(total - 1, 0)).center()));
}

void TestMailboxListGui::selectionShowsWhereTheFocusIs()
{
    // GIVEN big.example's mailboxes shown, its node selected in the tree, the tree focused
    GuiFixture f(&DemoAccount::make);
    QTableView *table = bigTable(f);
    QVERIFY(table);
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    auto *tree = f.window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    const QRect row = tree->visualRect(tree->currentIndex());
    QVERIFY(row.isValid());
    // The colour behind the selected node's text, right of it (its text and icon are left).
    const QPoint behind(tree->viewport()->width() - 4, row.center().y());
    const QColor focused = tree->viewport()->grab().toImage().pixelColor(behind);
    // WHEN the keys move to the table
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    const QColor unfocused = tree->viewport()->grab().toImage().pixelColor(behind);
    // THEN the tree's selection is drawn lighter: still there, no longer where the keys go
    const QColor highlight = tree->palette().color(QPalette::Active, QPalette::Highlight);
    const auto near = [](const QColor &a, const QColor &b) {   // the style may shade its highlight a little
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 16;
    };
    QVERIFY2(near(focused, highlight), qPrintable(focused.name() + QLatin1Char(' ') + highlight.name()));
    QVERIFY2(unfocused != focused && unfocused.lightness() > focused.lightness(),
             qPrintable(unfocused.name() + QLatin1Char(' ') + focused.name()));
    QVERIFY(unfocused != tree->palette().color(QPalette::Active, QPalette::Base));   // still shown as selected

    // WHEN the desktop turns dark THEN the lighter shade is worked out again, between the new
    // highlight and the new base, and the text on it readable
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(40, 90, 160));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    QTRY_COMPARE(tree->palette().color(QPalette::Active, QPalette::Base), QColor(30, 30, 30));
    const QColor shade = tree->palette().color(QPalette::Inactive, QPalette::Highlight);
    QVERIFY2(shade.red() > 30 && shade.red() < 40 && shade.blue() > 30 && shade.blue() < 160, qPrintable(shade.name()));
    QCOMPARE(tree->palette().color(QPalette::Inactive, QPalette::HighlightedText), QColor(230, 230, 230));
    QApplication::setPalette(before);
}

QTEST_MAIN(TestMailboxListGui)
#include "tst_mailboxlistgui.moc"
