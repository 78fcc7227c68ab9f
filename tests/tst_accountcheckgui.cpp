// The account dialog's Save signs in first (issue 13: accounts were saved unchecked): a
// refused password keeps the dialog open with the message and the focus at the password,
// an address where nothing answers at the base URL; Save Anyway saves all the same; the
// right password saves and the status bar says the account works.
#include "guiclick.h"
#include "guifixture.h"
#include "models/accounttreemodel.h"
#include "ui/accountdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

class TestAccountCheckGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedPasswordStaysAtThePassword();
    void nothingAnsweringOffersSaveAnyway();
    void testConnectionFromTheAccountPage();
    void aCutErrorCanBeReadInFull();

private:
    /// Add Account with Webitel's demo account typed in, `password` and `baseUrl` as given;
    /// the dialog, or null.
    static QDialog *typeWebitelAccount(GuiFixture &f, const QString &baseUrl, const QString &password)
    {
        f.window->findChild<QAction *>(QStringLiteral("actionAddAccount"))->trigger();
        QDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = f.window->findChild<QDialog *>(QStringLiteral("accountDialog"))) && dialog->isVisible(); }, 5000))
            return nullptr;
        auto *provider = dialog->findChild<QComboBox *>(QStringLiteral("providerCombo"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("webitel")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit")), QStringLiteral("Checked Webitel"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        url->clear();
        QTest::keyClicks(url, baseUrl);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")), QStringLiteral("admin@demo.webitel"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountPasswordEdit")), password);
        return dialog;
    }
};

void TestAccountCheckGui::refusedPasswordStaysAtThePassword()
{
    GuiFixture f(&DemoAccount::make);
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    const int before = int(f.accounts.accounts().size());
    QPointer<QDialog> dialog = typeWebitelAccount(f, f.sandbox.baseUrl().toString(), QStringLiteral("wrong-password"));
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveAccountButton"));
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("accountProblems"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("accountPasswordEdit"));
    QVERIFY(save->isEnabled());
    // WHEN saved with a wrong password
    save->click();
    // THEN the dialog stays, says so, and waits at the password, offering Save Anyway
    QTRY_VERIFY2(problems->text().contains(QStringLiteral("refused")), qPrintable(problems->text()));
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(password->hasFocus());
    QVERIFY(save->text().contains(QStringLiteral("Anyway")));
    QCOMPARE(int(f.accounts.accounts().size()), before);
    // WHEN the right one is typed over it THEN Save checks again, and saves
    QTest::keyClicks(password, DemoAccount::password());   // selected: typed over
    QVERIFY(!save->text().contains(QStringLiteral("Anyway")));
    QString outcome;   // what the window's status bar is given (no keychain here: it says so after)
    auto *accountDialog = qobject_cast<AccountDialog *>(dialog.data());
    QVERIFY(accountDialog);
    connect(accountDialog, &QDialog::accepted, this, [&outcome, accountDialog] { outcome = accountDialog->checkOutcome(); });
    save->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(int(f.accounts.accounts().size()), before + 1);
    QVERIFY2(outcome.contains(QStringLiteral("Signed in to Checked Webitel")), qPrintable(outcome));
}

void TestAccountCheckGui::nothingAnsweringOffersSaveAnyway()
{
    GuiFixture f(&DemoAccount::make);
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    const int before = int(f.accounts.accounts().size());
    QPointer<QDialog> dialog = typeWebitelAccount(f, QStringLiteral("http://127.0.0.1:9"), DemoAccount::password());
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveAccountButton"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(save->text().contains(QStringLiteral("Anyway")), 15000);
    QTRY_VERIFY(url->hasFocus());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("accountProblems"))->text().contains(QStringLiteral("base URL")));
    // Save Anyway: kept as typed, for drafts prepared offline
    save->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(int(f.accounts.accounts().size()), before + 1);
}

void TestAccountCheckGui::testConnectionFromTheAccountPage()
{
    // GIVEN the demo account, a Webitel account whose stored password is wrong, and one at an
    // address where nothing answers
    GuiFixture f(&DemoAccount::make);
    const QString wrong = f.addAccount(&DemoAccount::makeWebitel, QStringLiteral("wrong-password"));
    const QString nowhere = f.addAccount([](quint16) {
        Account a = DemoAccount::makeWebitel(9);
        a.displayName = QStringLiteral("Nowhere");
        a.userName = QStringLiteral("nobody@demo.webitel");   // its own keychain key: the port is not part of it
        return a;
    });
    auto *tree = f.window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *model = static_cast<AccountTreeModel *>(tree->model());
    const auto test = [&](const QString &id) {
        tree->setCurrentIndex(model->accountIndex(id));
        auto *button = f.window->findChild<QPushButton *>(QStringLiteral("actionTestConnectionButton"));
        QVERIFY(button && button->isVisible() && button->isEnabled());   // on the account's page
        button->click();
    };

    // WHEN the demo account's connection is tested from its page THEN the status bar says it works
    test(f.id);
    QTRY_VERIFY2(f.window->statusBar()->currentMessage().contains(QStringLiteral("the account works")),
                 qPrintable(f.window->statusBar()->currentMessage()));

    // WHEN the one with the wrong password is THEN a message says what failed and offers to edit it
    test(wrong);
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = f.window->findChild<QMessageBox *>(QStringLiteral("testConnectionFailed"))) && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("refused the stored user name and password")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("testConnectionEditButton"));
    // AND Edit Account opens that account's dialog, even with another account selected by now
    tree->setCurrentIndex(model->accountIndex(f.id));
    box->defaultButton()->click();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog *>(QStringLiteral("accountDialog"))) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->text(), f.accounts.find(wrong)->userName);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // WHEN the one where nothing answers is THEN the message names the address
    test(nowhere);
    QTRY_VERIFY_WITH_TIMEOUT((box = f.window->findChild<QMessageBox *>(QStringLiteral("testConnectionFailed"))) && box->isVisible(), 15000);
    QVERIFY2(box->text().contains(QStringLiteral("Nothing usable answered at http://127.0.0.1:9")), qPrintable(box->text()));
    box->reject();
}

void TestAccountCheckGui::aCutErrorCanBeReadInFull()
{
    GuiFixture f(&DemoAccount::make);
    auto *label = f.window->findChild<QLabel *>(QStringLiteral("lastErrorLabel"));
    auto *show = f.window->findChild<QAction *>(QStringLiteral("actionShowLastError"));
    QVERIFY(label && show);
    QVERIFY(!show->isEnabled());
    // GIVEN an error longer than the status bar shows
    const QString message = QStringLiteral("GET https://api.example/accounts/a/email/a-long-domain-name.example/usernames?page=7 failed: ")
                            + QString(QStringLiteral("the provider said so at length. ")).repeated(6) + QStringLiteral("\n<html><b>Second</b> line.");
    Q_EMIT f.tracker.errorOccurred(message);
    // THEN the status bar shows it cut, as a link, and View > Last Error shows it whole
    QVERIFY2(label->text().startsWith(QStringLiteral("<a href")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("\u2026")));
    QVERIFY(show->isEnabled());
    show->trigger();
    auto *box = waitForTopLevel<QMessageBox>("lastErrorBox");
    QVERIFY(box);
    QCOMPARE(box->text(), message);
    QCOMPARE(box->textFormat(), Qt::PlainText);   // a proxy's HTML page is shown as written, not rendered
    QVERIFY(!label->toolTip().contains(QStringLiteral("<b>")));
    box->close();
    // AND a success clears it
    Q_EMIT f.tracker.errorOccurred(QString());
    QVERIFY(label->text().isEmpty());
    QVERIFY(!show->isEnabled());
}

QTEST_MAIN(TestAccountCheckGui)
#include "tst_accountcheckgui.moc"
