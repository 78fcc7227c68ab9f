// An Ikoula organisation's distribution lists through real widgets against the sandbox:
// the tree lists the subscriptions, a list's members are added and removed with the
// keyboard and buttons, a refusal is shown, a list is created and deleted (confirmed); in
// Draft Mode the same edits go to the draft, are reviewed in the Draft pane, and applied.
#include "core/accounts/demoaccount.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "models/accounttreemodel.h"
#include "models/simpletablemodel.h"
#include "sandbox/ikoulasimulator.h"
#include "ui/mainwindow.h"
#include "guiclick.h"
#include "guifixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

class TestIkoulaListsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void membersAddAndRemove();
    void severalMembersRemovedAtOnce();
    void draftModeDraftsThenApplies();

private:
    QTranslator m_english;   // the application's own: it gives English its plural forms

    static QStringList column(QTableView *view, int column = 0)
    {
        QStringList out;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            out.append(view->model()->index(row, column).data().toString());
        return out;
    }
    static QStringList sandboxMembers(IkoulaClient *client, const QString &list)
    {
        QStringList members;
        bool done = false;
        QObject context;
        client->fetchSchema(QStringLiteral("10442"), QStringLiteral("2031"), &context, [&](const ApiError &, const Ikoula::OrganisationSchema &s) {
            for (const Ikoula::DistributionList &l : s.lists) {
                if (l.email == list)
                    members = l.members;
            }
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {QStringLiteral("<not read>")};   // never an answer a test expects
        return members;
    }
};

void TestIkoulaListsGui::membersAddAndRemove()
{
    IkoulaGuiFixture f;
    SandboxFixture &sandbox = f.sandbox;
    MainWindow &window = *f.window;
    IkoulaClient &check = f.check;   // reads the sandbox's state independently
    const QString equipe = QStringLiteral("equipe@brasserie-lumiere.fr");

    // GIVEN the account selected: its subscriptions are listed into the tree
    // WHEN the organisation's Distribution Lists node is opened
    QVERIFY(f.openOrganisation(AccountTreeModel::NodeType::DistributionLists));
    auto *lists = window.findChild<QTableView *>(QStringLiteral("listsTable"));
    auto *members = window.findChild<QTableView *>(QStringLiteral("membersTable"));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("memberEdit"));
    auto *add = window.findChild<QPushButton *>(QStringLiteral("addMemberButton"));
    auto *remove = window.findChild<QPushButton *>(QStringLiteral("removeMemberButton"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("listsStatus"));
    QTRY_COMPARE(lists->model()->rowCount(), 2);
    QVERIFY(lists->isVisible());
    // THEN choosing the "equipe" list shows its three members
    const int equipeRow = column(lists).indexOf(equipe);
    QVERIFY(equipeRow >= 0);
    lists->setCurrentIndex(lists->model()->index(equipeRow, 0));
    QCOMPARE(members->model()->rowCount(), 3);
    QVERIFY(!add->isEnabled());   // nothing typed yet

    // WHEN a member is typed and Return pressed
    QTest::keyClicks(edit, QStringLiteral("nina.roux@brasserie-lumiere.fr"));
    QVERIFY(add->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    // THEN the provider has it, the table shows it, the field is cleared
    QTRY_COMPARE(members->model()->rowCount(), 4);
    QVERIFY(column(members).contains(QStringLiteral("nina.roux@brasserie-lumiere.fr")));
    QVERIFY(edit->text().isEmpty());
    QTRY_VERIFY(status->text().contains(QLatin1String("Added")));
    QVERIFY(sandboxMembers(&check, equipe).contains(QStringLiteral("nina.roux@brasserie-lumiere.fr")));
    QCOMPARE(lists->currentIndex().siblingAtColumn(0).data().toString(), equipe);   // the list stays selected

    // WHEN a member is added twice THEN the page refuses before sending
    QTest::keyClicks(edit, QStringLiteral("NINA.ROUX@brasserie-lumiere.fr"));
    const int before = sandbox.server()->requestCount();
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(status->text().contains(QLatin1String("already a member")));
    QCOMPARE(sandbox.server()->requestCount(), before);
    edit->clear();

    // WHEN a member is selected and Remove clicked
    const int hugoRow = column(members).indexOf(QStringLiteral("hugo.bernard@brasserie-lumiere.fr"));
    members->setCurrentIndex(members->model()->index(hugoRow, 0));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(members->model()->rowCount(), 3);
    QVERIFY(!column(members).contains(QStringLiteral("hugo.bernard@brasserie-lumiere.fr")));
    QVERIFY(!sandboxMembers(&check, equipe).contains(QStringLiteral("hugo.bernard@brasserie-lumiere.fr")));
    // AND the Delete key removes the current member too
    members->setFocus();
    members->setCurrentIndex(members->model()->index(0, 0));
    QTest::keyClick(members, Qt::Key_Delete);
    QTRY_COMPARE(members->model()->rowCount(), 2);

    // WHEN a new list is created through its dialog
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("newListButton")), Qt::LeftButton);
    QPointer<QDialog> dialog = window.findChild<QDialog *>(QStringLiteral("newListDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("listEmailEdit")), QStringLiteral("bar@brasserie-lumiere.fr"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("listNameEdit")), QStringLiteral("Bar"));
    dialog->findChild<QComboBox *>(QStringLiteral("listManagerCombo"))->setCurrentIndex(0);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(lists->model()->rowCount(), 3);

    // WHEN it is deleted, THEN only after confirming
    lists->setCurrentIndex(lists->model()->index(column(lists).indexOf(QStringLiteral("bar@brasserie-lumiere.fr")), 0));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deleteListButton")), Qt::LeftButton);
    QPointer<QMessageBox> confirm = window.findChild<QMessageBox *>(QStringLiteral("confirmDeleteList"));
    QVERIFY(confirm);
    QCOMPARE(lists->model()->rowCount(), 3);
    for (QAbstractButton *b : confirm->buttons()) {
        if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    }
    QTRY_COMPARE(lists->model()->rowCount(), 2);
}

void TestIkoulaListsGui::initTestCase()
{
    QVERIFY2(m_english.load(QStringLiteral("mailroom_en"), QStringLiteral(MAILROOM_QM_DIR)), MAILROOM_QM_DIR);
    QCoreApplication::installTranslator(&m_english);
}

void TestIkoulaListsGui::severalMembersRemovedAtOnce()
{
    // GIVEN the "equipe" list's three members shown, two of them selected with Shift+Down
    IkoulaGuiFixture f;
    MainWindow &window = *f.window;
    const QString equipe = QStringLiteral("equipe@brasserie-lumiere.fr");
    QVERIFY(f.openOrganisation(AccountTreeModel::NodeType::DistributionLists));
    auto *lists = window.findChild<QTableView *>(QStringLiteral("listsTable"));
    auto *members = window.findChild<QTableView *>(QStringLiteral("membersTable"));
    QTRY_COMPARE(lists->model()->rowCount(), 2);
    lists->setCurrentIndex(lists->model()->index(column(lists).indexOf(equipe), 0));
    QCOMPARE(members->model()->rowCount(), 3);
    const QStringList before = column(members);
    members->setFocus();
    members->setCurrentIndex(members->model()->index(0, 0));
    QTest::keyClick(members, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(members->selectionModel()->selectedRows().size(), 2);
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("removeMemberButton"))->isEnabled());

    // WHEN Del THEN one question names both; Return (Cancel, the default) removes nothing
    const int requests = f.sandbox.server()->requestCount();
    QTest::keyClick(members, Qt::Key_Delete);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = window.findChild<QMessageBox *>(QStringLiteral("confirmRemoveMembers"))) && confirm->isVisible());
    QVERIFY2(confirm->text().contains(QLatin1String("Remove 2 members from ") + equipe), qPrintable(confirm->text()));
    QVERIFY(confirm->text().contains(before.at(0)) && confirm->text().contains(before.at(1)));
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("confirmRemoveMembers")));
    QCOMPARE(f.sandbox.server()->requestCount(), requests);

    // WHEN asked again and confirmed THEN one batch removes both, at Ikoula too
    window.activateWindow();   // the question has closed: the window takes the keys again
    QVERIFY(QTest::qWaitForWindowActive(&window));
    members->setFocus();
    QTest::keyClick(members, Qt::Key_Delete);
    QVERIFY(clickWhenShown(&window, "confirmRemoveMembers", "confirmRemoveMembersButton"));
    QDialog *batch = nullptr;
    QTRY_VERIFY((batch = window.findChild<QDialog *>(QStringLiteral("batchDialog"))) && batch->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(batch->findChild<QPushButton *>(QStringLiteral("batchCloseButton"))->isVisible(), 20000);
    QCOMPARE(batch->findChild<QTableView *>(QStringLiteral("batchTable"))->model()->rowCount(), 2);
    QCOMPARE(sandboxMembers(&f.check, equipe), QStringList{before.at(2)});
    batch->close();
    // AND the list stays selected, its one member left shown, the outcome said
    QTRY_COMPARE(column(members), QStringList{before.at(2)});
    QCOMPARE(lists->currentIndex().siblingAtColumn(0).data().toString(), equipe);
    QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("listsStatus"))->text(), QStringLiteral("Removed 2 members from %1.").arg(equipe));
}

void TestIkoulaListsGui::draftModeDraftsThenApplies()
{
    QDir(MainWindow::draftsFolder()).removeRecursively();
    IkoulaGuiFixture f;
    SandboxFixture &sandbox = f.sandbox;
    MainWindow &window = *f.window;
    IkoulaClient &check = f.check;
    const QString cuisine = QStringLiteral("cuisine@brasserie-lumiere.fr");
    const QString lea = QStringLiteral("lea.petit@brasserie-lumiere.fr");

    // GIVEN the lists of the organisation shown, with Draft Mode on
    QVERIFY(f.openOrganisation(AccountTreeModel::NodeType::DistributionLists));
    auto *lists = window.findChild<QTableView *>(QStringLiteral("listsTable"));
    QTRY_COMPARE(lists->model()->rowCount(), 2);
    auto *draftMode = window.findChild<QAction *>(QStringLiteral("actionDraftMode"));
    QVERIFY(draftMode->isVisible());   // Ikoula accounts can be drafted
    draftMode->trigger();
    QVERIFY(draftMode->isChecked());
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("draftDock"));
    QTRY_VERIFY(dock->isVisible());
    auto *draftTable = dock->findChild<QTableView *>(QStringLiteral("draftTable"));

    // WHEN a member is added to "cuisine"
    lists->setCurrentIndex(lists->model()->index(column(lists).indexOf(cuisine), 0));
    const int before = sandbox.server()->requestCount();
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("memberEdit")), lea);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addMemberButton")), Qt::LeftButton);

    // THEN nothing is sent: the change waits in the draft, with its request shown
    QTRY_COMPARE(draftTable->model()->rowCount(), 1);
    QCOMPARE(sandbox.server()->requestCount(), before);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("listsStatus"))->text().contains(QLatin1String("draft")));
    QVERIFY(draftTable->model()->index(0, 0).data().toString().contains(lea)
            || draftTable->model()->index(0, 1).data().toString().contains(lea));
    draftTable->selectRow(0);
    const QString preview = dock->findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"))->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("/wsexch/add-email-to-dl")), qPrintable(preview));
    QVERIFY(!preview.contains(QLatin1String("Basic")));
    QVERIFY(!sandboxMembers(&check, cuisine).contains(lea));
    // AND the list's row says what the draft will do to it
    const QModelIndex cuisineRow = lists->model()->index(column(lists).indexOf(cuisine), 0);
    QTRY_VERIFY(cuisineRow.data(SimpleTableModel::DraftMarkRole).toString().contains(lea));
    QVERIFY(cuisineRow.data(Qt::FontRole).value<QFont>().italic());

    // WHEN the draft is applied
    auto *apply = dock->findChild<QPushButton *>(QStringLiteral("draftApply"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(clickWhenShown(dock, "confirmApplyDraft", "confirmApplyButton"));

    // THEN the member is at Ikoula
    QTRY_VERIFY_WITH_TIMEOUT(dock->findChild<QLabel *>(QStringLiteral("draftSummary"))->text().contains(QLatin1String("1 done")), 15000);
    QVERIFY(sandboxMembers(&check, cuisine).contains(lea));
}

QTEST_MAIN(TestIkoulaListsGui)
#include "tst_ikoulalistsgui.moc"
