// Drafting in the window with no keychain (run with no session bus): a change whose password
// the keychain cannot keep is taken back out of the draft, with the reason, as mailroomctl
// refuses it; a change without a secret is drafted as usual.
#include "guifixture.h"
#include "models/draftsession.h"
#include "ui/draftdock.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

class TestDraftNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordChangeIsNotDraftedWithoutAKeychain();
};

void TestDraftNoKeychain::passwordChangeIsNotDraftedWithoutAKeychain()
{
    QDir(MainWindow::draftsFolder()).removeRecursively();
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    MainWindow &window = *f.window;
    window.selectMailboxes(f.id, QStringLiteral("test.com"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTable"));
    QTRY_COMPARE(table->model()->rowCount(), 8);
    table->selectRow(table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("john.smith")).first().row());
    window.findChild<QAction *>(QStringLiteral("actionDraftMode"))->trigger();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("draftDock"));
    auto *draftTable = dock->findChild<QTableView *>(QStringLiteral("draftTable"));

    // GIVEN a quota change drafted (no secret)
    window.findChild<QAction *>(QStringLiteral("actionChangeQuota"))->trigger();
    QPointer<QDialog> quota;
    QTRY_VERIFY((quota = window.findChild<QDialog *>(QStringLiteral("quotaDialog"))) && quota->isVisible());
    quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin"))->setValue(85);
    QTest::mouseClick(quota->findChild<QPushButton *>(QStringLiteral("setQuotaButton")), Qt::LeftButton);
    QTRY_COMPARE(draftTable->model()->rowCount(), 1);

    // WHEN a new password is drafted while no keychain can keep it
    window.findChild<QAction *>(QStringLiteral("actionResetPassword"))->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("changePasswordDialog"))) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("Dr4fted!Pass"));
    auto *set = dialog->findChild<QPushButton *>(QStringLiteral("setPasswordButton"));
    QTRY_VERIFY(set->isEnabled());
    QTest::mouseClick(set, Qt::LeftButton);

    // THEN it is taken back out, the window says why and what to do, and the quota stays
    QPointer<QMessageBox> box;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("draftSecretRefused"))) && box->isVisible(), 20000);
    QVERIFY2(box->text().contains(QLatin1String("john.smith@test.com")) && box->text().contains(QLatin1String("keychain")),
             qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QLatin1String("Draft Mode off")));
    QCOMPARE(draftTable->model()->rowCount(), 1);
    QVERIFY(draftTable->model()->index(0, 0).data().toString().contains(QLatin1String("85")) ||
            draftTable->model()->index(0, 1).data().toString().contains(QLatin1String("85")));
    // AND nothing of the password is left in the draft file
    QFile file(static_cast<DraftDock *>(dock)->session()->path());
    QTRY_VERIFY(file.exists());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Dr4fted!Pass"));
}

QTEST_MAIN(TestDraftNoKeychain)
#include "tst_draftnokeychain.moc"
