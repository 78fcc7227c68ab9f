// The main window driven through real widgets on the offscreen platform, against the sandbox
// over loopback: the helpdesk's everyday path from a new account to a deleted mailbox.
#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/audit/auditlog.h"
#include "core/credentials/credentialstore.h"
#include "core/net/apijob.h"
#include "core/net/jobtracker.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "models/accounttreemodel.h"
#include "models/auditlogmodel.h"
#include "models/hostway/mailboxtablemodel.h"
#include "accessiblenames.h"
#include "sandboxfixture.h"
#include "ui/activitydock.h"
#include "core/accounts/demoaccount.h"
#include "ui/accountdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void helpdeskPath();
    void refusalIsShownInTheDialog();
    void removingTheCurrentAccountShowsTheWelcomePage();
    void layoutIsRemembered();
    void fitsASmallScreenWithTheActivityPaneOpen();
    void everyControlHasAName();
    void keyboardShortcutsAreListed();
    void accountDialogOffersTheProvidersSpellings();
    void draftPaneLeavesRoomForTheTable();

private:
    /// The dialog, once visible. Dialogs delete themselves when closed: hold them in a QPointer.
    template<typename T = QDialog>
    QPointer<T> openDialog(const char *objectName)
    {
        T *dialog = nullptr;
        const bool found = QTest::qWaitFor([&] {
            dialog = m_window->findChild<T *>(QLatin1String(objectName));
            return dialog && dialog->isVisible();
        }, 10000);
        return found ? QPointer<T>(dialog) : QPointer<T>();
    }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    void addDemoAccountThroughTheDialog();
    void addDomainThroughTheDialog(const QString &domain);
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("mailboxTable")); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<JobTracker> m_tracker;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    QFile::remove(AuditLog::defaultFile());
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tracker = std::make_unique<JobTracker>();
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("org.mailroom.Mailroom.tests"));
    m_accounts = std::make_unique<AccountStore>(nullptr);
    m_sessions = std::make_unique<SessionManager>(m_accounts.get(), m_credentials.get(), m_nam.get(), m_tracker.get());
    m_window = std::make_unique<MainWindow>(m_accounts.get(), m_sessions.get(), m_tracker.get(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    if (!m_accounts->accounts().isEmpty())
        m_sessions->removeAccount(m_accounts->accounts().first().id);   // keychain entry of the test
    m_window.reset();
    m_sessions.reset();
    m_accounts.reset();
    m_credentials.reset();
    m_tracker.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestMainWindow::addDemoAccountThroughTheDialog()
{
    action("actionAddAccount")->trigger();
    QPointer<QDialog> dialog = openDialog("accountDialog");
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveAccountButton"));
    QVERIFY(!save->isEnabled());   // nothing entered yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit")), QStringLiteral("Sandbox"));
    auto *baseUrl = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    baseUrl->selectAll();
    QTest::keyClicks(baseUrl, QStringLiteral("http://example.com"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountIdEdit")), SandboxFixture::accountId());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")), SandboxFixture::user());
    QVERIFY2(!save->isEnabled(), "plain http to a remote host must be refused");
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("accountProblems"))->text().contains(QLatin1String("https://")));
    baseUrl->selectAll();
    QTest::keyClicks(baseUrl, m_sandbox->baseUrl().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountPasswordEdit")), SandboxFixture::password());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_accounts->accounts().size(), 1);
    QCOMPARE(m_accounts->accounts().first().userName, SandboxFixture::user());
}

void TestMainWindow::addDomainThroughTheDialog(const QString &domain)
{
    QVERIFY(action("actionAddDomain")->isEnabled());
    action("actionAddDomain")->trigger();
    QPointer<QDialog> dialog = openDialog("addDomainDialog");
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("domainEdit"));
    QTest::keyClicks(edit, QStringLiteral("nope.example"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("domainStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("no domain nope.example")));
    QVERIFY(dialog->isVisible());
    edit->clear();
    QTest::keyClicks(edit, domain);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_accounts->accounts().first().domains, QStringList{domain});
}

void TestMainWindow::helpdeskPath()
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    QAbstractItemModelTester treeTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // GIVEN an account added through its dialog, and a domain checked with the provider
    addDemoAccountThroughTheDialog();
    addDomainThroughTheDialog(QStringLiteral("big.example"));

    // THEN the Mailboxes node is current and the table shows the first page
    QCOMPARE(tree->currentIndex().data(AccountTreeModel::NodeTypeRole).toInt(), int(AccountTreeModel::NodeType::Mailboxes));
    QTableView *view = table();
    QTRY_COMPARE(view->model()->rowCount(), 100);
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("mailboxStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("100 of 2,000")));

    // WHEN the user scrolls to the bottom, THEN the next page is fetched
    view->scrollToBottom();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_VERIFY(view->model()->rowCount() >= 200);

    // WHEN creating a mailbox with a bad password, THEN Create stays disabled with the rules shown
    QVERIFY(action("actionNewMailbox")->isEnabled());
    action("actionNewMailbox")->trigger();
    QPointer<QDialog> dialog = openDialog("newMailboxDialog");
    QVERIFY(dialog);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    const QStringList unnamedInDialog = unnamedControls(dialog);
    QVERIFY2(unnamedInDialog.isEmpty(), qPrintable(unnamedInDialog.join(QStringLiteral(", "))));
    // THEN before anything is typed the rules read as words, never as raw markup
    const QList<QLabel *> firstRules = dialog->findChildren<QLabel *>(QStringLiteral("ruleUnmet"))
                                       + dialog->findChildren<QLabel *>(QStringLiteral("ruleMet"));
    QVERIFY(!firstRules.isEmpty());
    for (const QLabel *rule : firstRules) {
        QCOMPARE(rule->textFormat(), Qt::RichText);
        QVERIFY2(!rule->accessibleName().isEmpty() && !rule->accessibleName().contains(QLatin1Char('&')), qPrintable(rule->accessibleName()));
    }
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("gui.user"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("abc1234"));
    QVERIFY(!create->isEnabled());
    QCOMPARE(dialog->findChildren<QLabel *>(QStringLiteral("ruleUnmet")).size(), 4);

    // WHEN the password is made good, THEN it is created and the dialog closes
    password->clear();
    QTest::keyClicks(password, QStringLiteral("Xy9$abcdEF"));
    QCOMPARE(dialog->findChildren<QLabel *>(QStringLiteral("ruleUnmet")).size(), 0);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);

    // THEN the new mailbox is found with the filter box
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("mailboxFilter"));
    QTest::keyClicks(filter, QStringLiteral("gui."));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("gui.user"));
    // AND from the keyboard: Down in the filter reaches the result, Tab leaves the table
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);   // selected, so the mailbox's actions apply to it
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != view);

    // WHEN its quota is changed, THEN the table shows the provider's new value
    view->selectRow(0);
    QTRY_VERIFY(action("actionChangeQuota")->isEnabled());
    action("actionChangeQuota")->trigger();
    QPointer<QDialog> quota = openDialog<QDialog>("quotaDialog");
    QVERIFY(quota);
    auto *quotaSpin = quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin"));
    QVERIFY(quotaSpin);
    QCOMPARE(quotaSpin->value(), 1024);
    quotaSpin->setValue(777);
    QTest::mouseClick(quota->findChild<QPushButton *>(QStringLiteral("setQuotaButton")), Qt::LeftButton);
    QTRY_COMPARE(view->model()->index(0, MailboxTableModel::QuotaColumn).data(MailboxTableModel::QuotaRole).toInt(), 777);
    QTRY_VERIFY(!quota);

    // WHEN the mailbox went at the provider meanwhile and its quota is changed again
    {
        QNetworkAccessManager nam;
        HostwayClient other(&nam, {m_sandbox->baseUrl(), SandboxFixture::accountId()});
        other.setCredentials(SandboxFixture::user(), SandboxFixture::password());
        bool deleted = false;
        other.send(DeleteMailbox(QStringLiteral("big.example"), QStringLiteral("gui.user")).request(other.endpoint()), this,
                   [&deleted](ApiJob *job) { deleted = !job->error().isError(); });
        QTRY_VERIFY(deleted);
    }
    QTRY_VERIFY(action("actionChangeQuota")->isEnabled());
    action("actionChangeQuota")->trigger();
    quota = openDialog<QDialog>("quotaDialog");
    QVERIFY(quota);
    quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin"))->setValue(888);
    QTest::mouseClick(quota->findChild<QPushButton *>(QStringLiteral("setQuotaButton")), Qt::LeftButton);
    // THEN the dialog stays open with the provider's words under the quota, to correct or cancel
    auto *quotaError = quota->findChild<QLabel *>(QStringLiteral("quotaError"));
    QTRY_VERIFY(quotaError->isVisible());
    QVERIFY(quota && quota->isVisible());
    QVERIFY(!quotaError->text().isEmpty());
    quota->reject();
    {
        // (the mailbox made again at the provider, for the steps below)
        QNetworkAccessManager nam;
        HostwayClient other(&nam, {m_sandbox->baseUrl(), SandboxFixture::accountId()});
        other.setCredentials(SandboxFixture::user(), SandboxFixture::password());
        UpdateMailbox again(QStringLiteral("big.example"), QStringLiteral("gui.user"));
        again.setPassword(QStringLiteral("Zq8#mnopQR"));
        again.setQuotaMb(777);
        bool made = false;
        other.send(again.request(other.endpoint()), this, [&made](ApiJob *job) { made = !job->error().isError(); });
        QTRY_VERIFY(made);
    }

    // WHEN it is selected and deleted, after a confirmation that names it
    QTRY_VERIFY(!view->selectionModel()->selectedRows().isEmpty());
    QTRY_VERIFY(action("actionDeleteMailbox")->isEnabled());
    action("actionDeleteMailbox")->trigger();
    QPointer<QMessageBox> box = openDialog<QMessageBox>("confirmDeleteMailbox");
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("gui.user@big.example")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);

    // THEN it is gone at the provider and from the table
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 0 && !static_cast<MailboxTableModel *>(view->model())->isLoading(), 10000);
    QTRY_VERIFY(status->text().contains(QLatin1String("No mailbox matches")));
}

void TestMainWindow::refusalIsShownInTheDialog()
{
    addDemoAccountThroughTheDialog();
    addDomainThroughTheDialog(QStringLiteral("test.com"));
    QTRY_COMPARE(table()->model()->rowCount(), 8);

    // GIVEN a mailbox created with a password that meets every rule
    action("actionNewMailbox")->trigger();
    QPointer<QDialog> dialog = openDialog("newMailboxDialog");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("test_mb"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("Xy9$abcdEF"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // WHEN its password is reset to the same one, which only the provider knows was used,
    // THEN the provider's refusal is shown under the password field and the dialog stays open
    QTRY_VERIFY(!static_cast<MailboxTableModel *>(table()->model())->isLoading());
    const int row = static_cast<MailboxTableModel *>(table()->model())->rowOf(QStringLiteral("test_mb"));
    QVERIFY(row >= 0);
    table()->selectRow(row);
    QTRY_VERIFY(action("actionResetPassword")->isEnabled());
    action("actionResetPassword")->trigger();
    QPointer<QDialog> reset = openDialog("changePasswordDialog");
    QVERIFY(reset);
    QTest::keyClicks(reset->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("Xy9$abcdEF"));
    QTest::mouseClick(reset->findChild<QPushButton *>(QStringLiteral("setPasswordButton")), Qt::LeftButton);
    auto *serverError = reset->findChild<QLabel *>(QStringLiteral("passwordServerError"));
    QTRY_VERIFY(serverError->isVisible());
    QVERIFY(serverError->text().contains(QLatin1String("more than once")));
    QVERIFY(reset->isVisible());
    reset->reject();

    // WHEN the Activity pane is opened from the keyboard, THEN it lists both changes, newest
    // first: the refused reset, then the creation; the filters narrow it
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    auto *activity = m_window->findChild<ActivityDock *>(QStringLiteral("activityDock"));
    QTRY_VERIFY(activity->isVisible());
    QList<QStringList> rows = activity->shownRows(false);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).at(AuditLogModel::ChangeColumn).contains(QLatin1String("test_mb")), qPrintable(rows.at(0).join(QLatin1Char('|'))));
    QCOMPARE(rows.at(0).at(AuditLogModel::OutcomeColumn), QStringLiteral("Refused"));
    QVERIFY(rows.at(0).at(AuditLogModel::MessageColumn).contains(QLatin1String("more than once")));
    QCOMPARE(rows.at(1).at(AuditLogModel::OutcomeColumn), QStringLiteral("Done"));
    QCOMPARE(rows.at(1).at(AuditLogModel::AccountColumn), QStringLiteral("Sandbox"));
    auto *outcome = activity->findChild<QComboBox *>(QStringLiteral("activityOutcome"));
    outcome->setCurrentIndex(outcome->findData(int(AuditEntry::Outcome::Done)));
    QCOMPARE(activity->shownRows(false).size(), 1);
    outcome->setCurrentIndex(0);
    QTest::keyClicks(activity->findChild<QLineEdit *>(QStringLiteral("activityFilter")), QStringLiteral("more than"));
    QCOMPARE(activity->shownRows(false).size(), 1);

    // THEN Export writes what is shown, and neither the export nor the log holds the password
    QTemporaryDir dir;
    QString error;
    QVERIFY2(activity->exportCsv(dir.filePath(QStringLiteral("activity.csv")), &error), qPrintable(error));
    QFile exported(dir.filePath(QStringLiteral("activity.csv")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray csv = exported.readAll();
    QVERIFY(csv.startsWith("\"Time\""));
    QCOMPARE(csv.count('\n'), 2);
    QFile log(AuditLog::defaultFile());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(logged.contains("hostway.mailbox.create"));
    for (const QByteArray &secret : {QByteArray("Xy9$abcdEF"), SandboxFixture::password().toUtf8()})
        QVERIFY2(!logged.contains(secret) && !csv.contains(secret), secret.constData());
}

void TestMainWindow::removingTheCurrentAccountShowsTheWelcomePage()
{
    addDemoAccountThroughTheDialog();
    addDomainThroughTheDialog(QStringLiteral("test.com"));
    QTRY_COMPARE(table()->model()->rowCount(), 8);

    action("actionRemoveAccount")->trigger();
    QPointer<QMessageBox> box = openDialog<QMessageBox>("confirmRemoveAccount");
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("Sandbox")));
    const auto buttons = box->buttons();
    const auto remove = std::find_if(buttons.cbegin(), buttons.cend(), [&](QAbstractButton *b) {
        return box->buttonRole(b) == QMessageBox::DestructiveRole;
    });
    QVERIFY(remove != buttons.cend());
    QTest::mouseClick(*remove, Qt::LeftButton);
    QTRY_VERIFY(m_accounts->accounts().isEmpty());
    auto *centre = m_window->findChild<QStackedWidget *>(QStringLiteral("centrePages"));
    QTRY_COMPARE(centre->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(!action("actionNewMailbox")->isEnabled());
    QVERIFY(!action("actionAddDomain")->isEnabled());
}

void TestMainWindow::layoutIsRemembered()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("ui.conf")), QSettings::IniFormat);
    QList<int> sizes;
    {
        MainWindow first(m_accounts.get(), m_sessions.get(), m_tracker.get(), &settings);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        auto *splitter = first.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 500, 250});
        sizes = splitter->sizes();
        first.close();
    }
    MainWindow second(m_accounts.get(), m_sessions.get(), m_tracker.get(), &settings);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QVERIFY(!settings.value(QStringLiteral("ui/geometry")).toByteArray().isEmpty());
}

void TestMainWindow::fitsASmallScreenWithTheActivityPaneOpen()
{
    // GIVEN the window with the pages of every provider (the tallest sets its minimum) WHEN
    // the Activity pane is open THEN its minimum still fits a 1024x700 screen, title bar and
    // a panel included (the ICE form once made it 772 px tall)
    auto *activity = m_window->findChild<ActivityDock *>(QStringLiteral("activityDock"));
    activity->show();
    QTRY_VERIFY(activity->isVisible());
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    // AND only the page shown asks for room: the Ikoula mailboxes' row of buttons, wider in
    // French and German, does not widen the welcome page (it pushed 1024 px windows off screen)
    const auto *centre = m_window->findChild<QStackedWidget *>(QStringLiteral("centrePages"));
    const auto *ikoula = m_window->findChild<QWidget *>(QStringLiteral("ikoulaMailboxesPage"));
    QVERIFY(centre->currentWidget() != ikoula);
    QVERIFY2(centre->minimumSizeHint().width() < ikoula->minimumSizeHint().width(),
             qPrintable(QStringLiteral("%1 %2").arg(centre->minimumSizeHint().width()).arg(ikoula->minimumSizeHint().width())));
}

void TestMainWindow::everyControlHasAName()
{
    // GIVEN the mailbox table of a domain with a mailbox selected, the draft pane and the Activity pane open
    addDemoAccountThroughTheDialog();
    addDomainThroughTheDialog(QStringLiteral("test.com"));
    QTableView *view = table();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->selectRow(1);
    action("actionDraftMode")->trigger();
    action("actionActivity")->trigger();
    QTRY_VERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("draftDock"))->isVisible());
    QTRY_VERIFY(m_window->findChild<ActivityDock *>()->isVisible());
    // THEN a screen reader can name every control of the window
    const QStringList unnamed = unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    action("actionDraftMode")->trigger();
}

void TestMainWindow::keyboardShortcutsAreListed()
{
    // WHEN Help > Keyboard Shortcuts is opened with its own keys
    QCOMPARE(action("actionShortcuts")->shortcut(), QKeySequence(QStringLiteral("Ctrl+/")));
    action("actionShortcuts")->trigger();
    QPointer<QDialog> dialog = openDialog("shortcutsDialog");
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    // THEN each action's keys are there, as the actions have them
    QHash<QString, QString> keys;
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY2(!table->item(row, 0)->text().isEmpty(), qPrintable(table->item(row, 1)->text()));   // every row names its action
        keys.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    }
    QCOMPARE(keys.value(QStringLiteral("Find Mailbox")), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    QCOMPARE(keys.value(QStringLiteral("Draft Mode")), QStringLiteral("Ctrl+Shift+M"));
    QCOMPARE(keys.value(QStringLiteral("Change Quota")), QStringLiteral("Ctrl+Shift+Q"));
    QCOMPARE(keys.value(QStringLiteral("Activity")), QStringLiteral("Ctrl+Shift+L"));
    QVERIFY(keys.size() >= 12);
    dialog->reject();
}

void TestMainWindow::accountDialogOffersTheProvidersSpellings()
{
    // GIVEN an ICE account that spells its fields as ICE's table does
    Account ice = DemoAccount::makeIce(8082);
    ice.fieldSpelling = QStringLiteral("table");
    AccountDialog dialog(ice);
    dialog.show();
    auto *spelling = dialog.findChild<QComboBox *>(QStringLiteral("fieldSpellingCombo"));
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerCombo"));
    // THEN the dialog offers ICE's two spellings, that one chosen
    QVERIFY(spelling->isVisible());
    QCOMPARE(spelling->count(), 2);
    QCOMPARE(spelling->currentData().toString(), QStringLiteral("table"));
    QVERIFY(spelling->currentText().contains(QLatin1String("OrganizationId")));
    // WHEN the provider becomes one without spellings THEN there is no choice, and none saved
    provider->setCurrentIndex(provider->findData(QStringLiteral("hostway")));
    QVERIFY(!spelling->isVisible());
    QCOMPARE(dialog.account().fieldSpelling, QString());
    // AND back on ICE the account's spelling is still the one chosen
    provider->setCurrentIndex(provider->findData(QStringLiteral("ice")));
    QCOMPARE(spelling->currentData().toString(), QStringLiteral("table"));
    spelling->setCurrentIndex(spelling->findData(QStringLiteral("example")));
    QCOMPARE(dialog.account().fieldSpelling, QStringLiteral("example"));
}

void TestMainWindow::draftPaneLeavesRoomForTheTable()
{
    // GIVEN a 1024x700 window showing test.com
    addDemoAccountThroughTheDialog();
    addDomainThroughTheDialog(QStringLiteral("test.com"));
    QTRY_COMPARE(table()->model()->rowCount(), 8);
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->height(), 700);
    // WHEN Draft Mode opens the Draft pane
    action("actionDraftMode")->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("draftDock"));
    QTRY_VERIFY(dock->isVisible());
    // THEN it takes about a third of the height, the table still shows most of test.com,
    // and Apply Draft is on the screen
    QTRY_VERIFY2(dock->height() <= m_window->height() * 2 / 5, qPrintable(QString::number(dock->height())));
    QVERIFY2(table()->viewport()->height() >= 5 * table()->verticalHeader()->defaultSectionSize(),
             qPrintable(QString::number(table()->viewport()->height())));
    auto *apply = dock->findChild<QPushButton *>(QStringLiteral("draftApply"));
    const QPoint bottom = apply->mapTo(m_window.get(), QPoint(apply->width(), apply->height()));
    QVERIFY2(bottom.y() <= m_window->height() && bottom.x() <= m_window->width(), qPrintable(QStringLiteral("%1,%2").arg(bottom.x()).arg(bottom.y())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
