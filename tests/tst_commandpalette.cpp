// The command palette (Ctrl+Shift+P) in the window, with key events only: every menu action
// listed with its keys, words filtered in any order, Enter takes the action on the current
// selection; what cannot be taken now is greyed and Enter passes it by. Help > Keyboard
// Shortcuts lists the palette and Search Everywhere.
#include "guifixture.h"
#include "ui/commandpalette.h"
#include "ui/manualdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTest>
#include <QTreeView>

class TestCommandPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterTakesTheActionOnTheSelection();
    void actionsThatCannotBeTakenAreSkipped();
    void everyMenuActionIsListed();
    void shortcutsListTheNewKeys();
    void manualIsTheReadmesUserPart();
    void mailboxMenuOnlyWhereItServes();
    void toolBarFitsANarrowWindow();

private:
    /// Ctrl+Shift+P where the focus is; the palette once shown, else null.
    static CommandPalette *openPalette(GuiFixture &f)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : f.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        CommandPalette *palette = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            palette = f.window->findChild<CommandPalette *>(QStringLiteral("commandPalette"));
            return palette && palette->isVisible();
        }, 5000);
        return shown ? palette : nullptr;
    }
    /// Shows test.com's mailboxes with jack.smith selected, the table focused.
    static bool selectJack(GuiFixture &f)
    {
        f.window->activateWindow();
        if (!QTest::qWaitForWindowActive(f.window.get()))
            return false;
        f.window->selectMailboxes(f.id, QStringLiteral("test.com"));
        auto *table = f.window->findChild<QTableView *>(QStringLiteral("mailboxTable"));
        if (!QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 10000))
            return false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString() == QLatin1String("jack.smith"))
                table->selectRow(row);
        }
        table->setFocus();
        return table->currentIndex().isValid();
    }
};

void TestCommandPalette::enterTakesTheActionOnTheSelection()
{
    GuiFixture f(&DemoAccount::make);
    QVERIFY(selectJack(f));
    CommandPalette *palette = openPalette(f);
    QVERIFY(palette);
    auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("quota chan"));   // the words in any order
    QCOMPARE(palette->shownCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    // The palette goes; the quota dialog opens for jack.smith.
    QTRY_VERIFY(!f.window->findChild<CommandPalette *>(QStringLiteral("commandPalette")));
    QDialog *quota = nullptr;
    QTRY_VERIFY((quota = f.window->findChild<QDialog *>(QStringLiteral("quotaDialog"))) && quota->isVisible());
    QVERIFY2(quota->windowTitle().contains(QStringLiteral("jack.smith")), qPrintable(quota->windowTitle()));
    quota->reject();
}

void TestCommandPalette::actionsThatCannotBeTakenAreSkipped()
{
    GuiFixture f(&DemoAccount::make);
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    // The account node: no mailbox, so Delete Mailbox cannot be taken.
    auto *tree = f.window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    tree->setCurrentIndex(static_cast<AccountTreeModel *>(tree->model())->accountIndex(f.id));
    tree->setFocus();
    CommandPalette *palette = openPalette(f);
    QVERIFY(palette);
    auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QTest::keyClicks(filter, QStringLiteral("delete mailbox"));
    QCOMPARE(palette->shownCount(), 1);   // listed, greyed
    // and the palette says why nothing can be taken, and what to do
    auto *note = palette->findChild<QLabel *>(QStringLiteral("paletteNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("\u201cDelete Mailbox\u201d cannot be taken now")), qPrintable(note->text()));
    QTest::keyClicks(filter, QStringLiteral("zz"));
    QVERIFY2(note->text().startsWith(QStringLiteral("No command matches")), qPrintable(note->text()));
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTest::keyClick(filter, Qt::Key_Return);
    QTest::qWait(200);
    QVERIFY(palette->isVisible());        // nothing taken: the palette stays
    QCOMPARE(QApplication::activeModalWidget(), palette);   // no confirmation asked
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(!f.window->findChild<CommandPalette *>(QStringLiteral("commandPalette")));
}

void TestCommandPalette::everyMenuActionIsListed()
{
    GuiFixture f(&DemoAccount::make);
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    CommandPalette *palette = openPalette(f);
    QVERIFY(palette);
    auto *list = palette->findChild<QTreeView *>(QStringLiteral("paletteList"));
    QStringList commands;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        commands.append(list->model()->index(row, 0).data().toString() + QLatin1Char('|') + list->model()->index(row, 2).data().toString());
    for (const char *expected : {"Add Account|Ctrl+Shift+N", "Search Everywhere|Ctrl+K", "Command Palette|Ctrl+Shift+P",
                                 "Reset Password|Ctrl+Shift+R", "Keyboard Shortcuts|Ctrl+/", "About Mailroom|"})
        QVERIFY2(commands.count(QLatin1String(expected)) == 1, expected);   // Add Account is in two menus, listed once
}

void TestCommandPalette::shortcutsListTheNewKeys()
{
    GuiFixture f(&DemoAccount::make);
    f.window->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    QTableWidget *table = nullptr;
    QTRY_VERIFY((table = f.window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))));
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text());
    QVERIFY2(rows.contains(QStringLiteral("Command Palette|Ctrl+Shift+P")), qPrintable(rows.join(QLatin1Char(','))));
    QVERIFY(rows.contains(QStringLiteral("Search Everywhere|Ctrl+K")));
    QVERIFY(rows.contains(QStringLiteral("Reset Password|Ctrl+Shift+R")));
}

void TestCommandPalette::manualIsTheReadmesUserPart()
{
    const QString part = ManualDialog::userPart(QStringLiteral("# Title\nintro\n## Using it\n\nSearch here.\n![shot](docs/x.png)\n"
                                                               "### Keys\nCtrl+K\n## Architecture\nlayers\n"));
    QCOMPARE(part, QStringLiteral("## Using it\n\nSearch here.\n### Keys\nCtrl+K"));
    QVERIFY(ManualDialog::userPart(QStringLiteral("# Title\nno user part")).isEmpty());
    // Help > Manual (F1) shows the README compiled in, the part users read.
    GuiFixture f(&DemoAccount::make);
    f.window->findChild<QAction *>(QStringLiteral("actionManual"))->trigger();
    QTextBrowser *text = nullptr;
    QTRY_VERIFY((text = f.window->findChild<QTextBrowser *>(QStringLiteral("manualText"))) && text->isVisible());
    QVERIFY(text->toPlainText().contains(QStringLiteral("Search everywhere")));
    QVERIFY(!text->toPlainText().contains(QStringLiteral("Architecture")));
}

void TestCommandPalette::mailboxMenuOnlyWhereItServes()
{
    // The Mailbox menu opened empty on the pages of providers whose pages carry their own
    // actions (issue 13, item 8): it is hidden there, and back on Hostway's mailboxes.
    GuiFixture f(&DemoAccount::make);
    const QString webitel = f.addAccount(&DemoAccount::makeWebitel);
    auto *tree = f.window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *model = static_cast<AccountTreeModel *>(tree->model());
    auto *menu = f.window->findChild<QAction *>(QStringLiteral("menuMailbox"));
    QVERIFY(menu);
    tree->setCurrentIndex(model->domainIndex(webitel, QStringLiteral("demo.webitel")));
    QVERIFY(!menu->isVisible());
    f.window->selectMailboxes(f.id, QStringLiteral("test.com"));
    QVERIFY(menu->isVisible());
}

void TestCommandPalette::toolBarFitsANarrowWindow()
{
    // At 1024 px the toolbar's last actions (Refresh, Draft Mode) went behind the overflow
    // arrow: the names go instead, the icons stay, each named in its tooltip.
    GuiFixture f(&DemoAccount::make);
    f.window->selectMailboxes(f.id, QStringLiteral("test.com"));
    auto *bar = f.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *overflow = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    f.window->resize(1024, 700);
    QTRY_VERIFY(!overflow || !overflow->isVisible());
    QVERIFY(bar->sizeHint().width() <= bar->width() + 1);
    // the main actions keep their names as long as they can
    auto *refresh = f.window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QCOMPARE(refresh->priority(), QAction::LowPriority);
    QVERIFY(refresh->toolTip().contains(QStringLiteral("F5")));
    f.window->resize(1900, 900);
    QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QCOMPARE(refresh->priority(), QAction::NormalPriority);
}

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
