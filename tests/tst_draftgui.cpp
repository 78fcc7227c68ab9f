// Drafting in the GUI, through real widgets: with the provider unreachable, draft a
// creation, a quota change and a deletion; review the change and the exact request, copy as
// curl, undo and redo; then with the provider back, apply, and find the intended state.
#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/drafts/draft.h"
#include "core/net/jobtracker.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "guiclick.h"
#include "models/draftmodel.h"
#include "models/draftsession.h"
#include "models/hostway/mailboxtablemodel.h"
#include "sandboxfixture.h"
#include "ui/draftdock.h"
#include "ui/hostway/mailboxlistpage.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// What a main window needs, with one Hostway account (test.com) whose password is known
/// for the session.
struct Services
{
    explicit Services(const QUrl &baseUrl)
        : credentials(QStringLiteral("org.mailroom.Mailroom.tests"))
        , accounts(nullptr)
    {
        account.displayName = QStringLiteral("Sandbox");
        account.baseUrl = baseUrl;
        account.accountId = SandboxFixture::accountId();
        account.userName = SandboxFixture::user();
        account.domains = {QStringLiteral("test.com")};
        id = accounts.add(account);
        credentials.remember(account.keychainKey(), SandboxFixture::password());
        sessions = std::make_unique<SessionManager>(&accounts, &credentials, &nam, &tracker);
    }
    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(&accounts, sessions.get(), &tracker, nullptr);
        w->show();
        return w;
    }

    QNetworkAccessManager nam;
    JobTracker tracker;
    CredentialStore credentials;
    AccountStore accounts;
    Account account;
    QString id;
    std::unique_ptr<SessionManager> sessions;
};

} // namespace

class TestDraftGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftOfflineReviewThenApply();
    void coldStartOfflineFromTheSnapshot();
    void autosavedDraftIsOfferedAtTheNextStart();
    void csvImportExportAndDraftMarks();

private:
    template<typename T = QDialog>
    QPointer<T> openDialog(QWidget *window, const char *objectName)
    {
        T *dialog = nullptr;
        const bool found = QTest::qWaitFor([&] {
            dialog = window->findChild<T *>(QLatin1String(objectName));
            return dialog && dialog->isVisible();
        }, 10000);
        return found ? QPointer<T>(dialog) : QPointer<T>();
    }
};

void TestDraftGui::draftOfflineReviewThenApply()
{
    auto sandbox = std::make_unique<SandboxFixture>();
    const quint16 port = sandbox->port();
    Services services(sandbox->baseUrl());
    const QString id = services.id;
    QNetworkAccessManager &nam = services.nam;
    auto windowOwner = services.window();
    MainWindow &window = *windowOwner;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto action = [&window](const char *name) { return window.findChild<QAction *>(QLatin1String(name)); };
    auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTable"));
    auto *list = static_cast<MailboxTableModel *>(table->model());

    // GIVEN test.com loaded, then the provider gone
    window.selectMailboxes(id, QStringLiteral("test.com"));
    QTRY_COMPARE(list->rowCount(), 8);
    sandbox.reset();

    // WHEN draft mode is on and three changes are made through the usual dialogs
    action("actionDraftMode")->trigger();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("draftDock"));
    QTRY_VERIFY(dock->isVisible());
    auto *draftTable = dock->findChild<QTableView *>(QStringLiteral("draftTable"));

    action("actionNewMailbox")->trigger();
    QPointer<QDialog> create = openDialog(&window, "newMailboxDialog");
    QVERIFY(create);
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("drafted.one"));
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("Dr4ft!Secret"));
    QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY(!create || !create->isVisible());
    QCOMPARE(draftTable->model()->rowCount(), 1);

    table->selectRow(list->rowOf(QStringLiteral("john.smith")));
    action("actionChangeQuota")->trigger();
    QPointer<QDialog> quota = openDialog<QDialog>(&window, "quotaDialog");
    QVERIFY(quota);
    auto *quotaSpin = quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin"));
    QVERIFY(quotaSpin);
    quotaSpin->setValue(85);
    QTest::mouseClick(quota->findChild<QPushButton *>(QStringLiteral("setQuotaButton")), Qt::LeftButton);
    QTRY_COMPARE(draftTable->model()->rowCount(), 2);

    table->selectRow(list->rowOf(QStringLiteral("test2")));
    action("actionDeleteMailbox")->trigger();
    QPointer<QMessageBox> confirm = openDialog<QMessageBox>(&window, "confirmDeleteMailbox");
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
    QTRY_COMPARE(draftTable->model()->rowCount(), 3);
    QCOMPARE(static_cast<DraftModel *>(draftTable->model())->problemCount(), 0);

    // THEN the review shows the change and the exact request, secrets masked
    draftTable->selectRow(1);
    const QString preview = dock->findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"))->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("quota: 10 \u2192 85 MB")), qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("PUT http://127.0.0.1:%1/accounts/test-account123/email/test.com/usernames/john.smith/mailbox").arg(port)));
    QVERIFY(preview.contains(QLatin1String("Authorization: Basic ****")));
    QVERIFY(preview.contains(QLatin1String("{\"quota\":85}")));
    draftTable->selectRow(0);
    dock->findChild<QAction *>(QStringLiteral("draftCopyCurl"))->trigger();
    const QString curl = QApplication::clipboard()->text();
    QVERIFY(curl.startsWith(QLatin1String("curl -X PUT")));
    QVERIFY(curl.contains(QLatin1String("<secret>")));
    QVERIFY(!curl.contains(QLatin1String("Dr4ft!Secret")));

    // AND undo and redo work on the draft
    dock->findChild<QAction *>(QStringLiteral("draftUndo"))->trigger();
    QCOMPARE(draftTable->model()->rowCount(), 2);
    dock->findChild<QAction *>(QStringLiteral("draftRedo"))->trigger();
    QCOMPARE(draftTable->model()->rowCount(), 3);

    // AND the autosaved draft holds no secret
    auto *draftDock = static_cast<DraftDock *>(dock);
    QString error;
    QVERIFY(draftDock->session()->save(&error));
    QFile file(draftDock->session()->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("drafted.one"));
    QVERIFY(!saved.contains("Dr4ft!Secret"));

    // WHEN the provider is back (same address), losing the answer to every change it applies,
    // and the draft is applied
    sandbox = std::make_unique<SandboxFixture>(Sandbox::Server::Data::Demo, port);
    QVERIFY(sandbox->isListening());
    QString faultError;
    sandbox->server()->setFaults(*Sandbox::Faults::parse(QStringLiteral("drop-after-apply=1,only=changes"), &faultError));
    auto *apply = dock->findChild<QPushButton *>(QStringLiteral("draftApply"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    // THEN it asks first, summing up what changes and on what (no translator here: the source
    // forms), with Cancel the default since one deletes
    auto *confirmApply = dock->findChild<QMessageBox *>(QStringLiteral("confirmApplyDraft"));
    QTRY_VERIFY(confirmApply && confirmApply->isVisible());
    QVERIFY2(confirmApply->text().startsWith(QLatin1String("3 change(s), 1 deletion(s), on 3 mailbox(es).\nSend to Hostway")), qPrintable(confirmApply->text()));
    QCOMPARE(confirmApply->defaultButton(), confirmApply->button(QMessageBox::Cancel));
    QVERIFY(!static_cast<DraftDock *>(dock)->isApplying());
    QVERIFY(clickWhenShown(dock, "confirmApplyDraft", "confirmApplyButton"));
    QVERIFY(static_cast<DraftDock *>(dock)->isApplying());
    QVERIFY(!dock->findChild<QAction *>(QStringLiteral("draftUndo"))->isEnabled());   // the list is frozen meanwhile
    auto *summary = dock->findChild<QLabel *>(QStringLiteral("draftSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("3 done")), 15000);
    // AND each row says its answer was lost and that the provider was asked (nothing resent)
    for (int row = 0; row < 3; ++row) {
        const QString status = draftTable->model()->index(row, DraftModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(QLatin1String("found applied after the connection dropped")), qPrintable(status));
    }
    QCOMPARE(sandbox->server()->droppedAfterApply(), 3);
    sandbox->server()->setFaults({});

    // THEN the provider holds exactly the drafted state
    HostwayClient check(&nam, Hostway::Endpoint{sandbox->baseUrl(), SandboxFixture::accountId()});
    check.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    QHash<QString, int> quotas;
    int answered = 0;
    for (const char *name : {"drafted.one", "john.smith", "test2"}) {
        check.fetchMailbox(QStringLiteral("test.com"), QLatin1String(name), this, [&, name](const ApiError &e, const Hostway::Mailbox &m) {
            quotas.insert(QLatin1String(name), e.isError() ? -1 : m.quotaMb);
            ++answered;
        });
    }
    QTRY_COMPARE(answered, 3);
    QCOMPARE(quotas.value(QStringLiteral("drafted.one")), 1024);
    QCOMPARE(quotas.value(QStringLiteral("john.smith")), 85);
    QCOMPARE(quotas.value(QStringLiteral("test2")), -1);
    // AND the table shows it without a refresh: the deleted mailbox gone, the new one as the provider has it
    QTRY_COMPARE(list->rowOf(QStringLiteral("test2")), -1);
    QTRY_VERIFY(list->rowOf(QStringLiteral("drafted.one")) >= 0);
    QTRY_VERIFY(!list->index(list->rowOf(QStringLiteral("drafted.one")), 0).data(MailboxTableModel::IsDraftCreationRole).toBool());
    QCOMPARE(list->index(list->rowOf(QStringLiteral("john.smith")), 0).data(MailboxTableModel::DraftMarkRole).toString(), QString());
}

void TestDraftGui::coldStartOfflineFromTheSnapshot()
{
    auto sandbox = std::make_unique<SandboxFixture>();
    const quint16 port = sandbox->port();
    Services services(sandbox->baseUrl());
    const QString id = services.id;

    // GIVEN a session that loaded test.com in full (its snapshot is cached on disk)
    {
        auto first = services.window();
        first->selectMailboxes(id, QStringLiteral("test.com"));
        auto *list = static_cast<MailboxTableModel *>(first->findChild<QTableView *>(QStringLiteral("mailboxTable"))->model());
        QTRY_COMPARE(list->rowCount(), 8);
    }

    // WHEN the next session starts with the provider unreachable
    sandbox.reset();
    auto windowOwner = services.window();
    MainWindow &window = *windowOwner;
    window.selectMailboxes(id, QStringLiteral("test.com"));
    auto *offline = window.findChild<QPushButton *>(QStringLiteral("offlineButton"));
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 15000);
    QTest::mouseClick(offline, Qt::LeftButton);

    // THEN the snapshot is shown, marked offline, and can be drafted against
    auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTable"));
    auto *list = static_cast<MailboxTableModel *>(table->model());
    QTRY_COMPARE(list->rowCount(), 8);
    QVERIFY(list->snapshotTime().isValid());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("mailboxStatus"))->text().startsWith(QLatin1String("Offline")));
    table->selectRow(list->rowOf(QStringLiteral("john.smith")));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("detailsStatus"))->text().startsWith(QLatin1String("Offline: as in the snapshot")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detailsQuota"))->text(), QStringLiteral("10 MB"));
    window.findChild<QAction *>(QStringLiteral("actionDraftMode"))->trigger();
    table->selectRow(list->rowOf(QStringLiteral("test1")));
    window.findChild<QAction *>(QStringLiteral("actionDeleteMailbox"))->trigger();
    QPointer<QMessageBox> confirm = openDialog<QMessageBox>(&window, "confirmDeleteMailbox");
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
    auto *dock = static_cast<DraftDock *>(window.findChild<QDockWidget *>(QStringLiteral("draftDock")));
    QTRY_COMPARE(dock->session()->draft().entries.size(), 1);
    QCOMPARE(dock->session()->draft().snapshots.value(QStringLiteral("test.com")).fetchedAt, list->snapshotTime());
    QVERIFY(dock->session()->draft().validate().isEmpty());

    // AND with the provider back, the draft applies
    sandbox = std::make_unique<SandboxFixture>(Sandbox::Server::Data::Demo, port);
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("draftApply")), Qt::LeftButton);
    QVERIFY(clickWhenShown(dock, "confirmApplyDraft", "confirmApplyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dock->findChild<QLabel *>(QStringLiteral("draftSummary"))->text().contains(QLatin1String("1 done")), 15000);
}

void TestDraftGui::autosavedDraftIsOfferedAtTheNextStart()
{
    QNetworkAccessManager nam;
    JobTracker tracker;
    CredentialStore credentials(QStringLiteral("org.mailroom.Mailroom.tests"));
    AccountStore accounts(nullptr);
    Account account;
    account.displayName = QStringLiteral("Recovered");
    account.baseUrl = QUrl(QStringLiteral("https://api.example.invalid"));
    account.accountId = QStringLiteral("acct-r");
    account.userName = QStringLiteral("admin");
    accounts.add(account);
    SessionManager sessions(&accounts, &credentials, &nam, &tracker);

    // GIVEN a draft autosaved by a session that ended without applying it
    {
        DraftSession session(DraftAccount{QStringLiteral("hostway"), account.baseUrl, account.accountId, account.userName},
                             MainWindow::draftsFolder());
        session.append(std::make_shared<DeleteMailbox>(QStringLiteral("example.com"), QStringLiteral("old.user")));
        session.append(std::make_shared<DeleteMailbox>(QStringLiteral("example.com"), QStringLiteral("older.user")));
        QString error;
        QVERIFY(session.save(&error));
    }

    // WHEN Mailroom starts again, THEN it offers the draft, and opens it
    MainWindow window(&accounts, &sessions, &tracker, nullptr);
    window.show();
    window.offerDraftRecovery();
    QPointer<QMessageBox> box = openDialog<QMessageBox>(&window, "recoverDraftBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("Recovered with 2 operation")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("recoverOpen")), Qt::LeftButton);
    auto *dock = static_cast<DraftDock *>(window.findChild<QDockWidget *>(QStringLiteral("draftDock")));
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->session()->draft().entries.size(), 2);
    QCOMPARE(dock->findChild<QTableView *>(QStringLiteral("draftTable"))->model()->rowCount(), 2);
}

void TestDraftGui::csvImportExportAndDraftMarks()
{
    SandboxFixture sandbox;
    Services services(sandbox.baseUrl());
    const QString id = services.id;
    auto windowOwner = services.window();
    MainWindow &window = *windowOwner;
    window.selectMailboxes(id, QStringLiteral("test.com"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTable"));
    auto *list = static_cast<MailboxTableModel *>(table->model());
    QTRY_COMPARE(list->rowCount(), 8);
    QTemporaryDir dir;

    // Export: the loaded rows, with a header
    auto *page = table->parentWidget();
    while (page && !qobject_cast<MailboxListPage *>(page))
        page = page->parentWidget();
    QVERIFY(page);
    QString error;
    QVERIFY(static_cast<MailboxListPage *>(page)->exportCsv(dir.filePath(QStringLiteral("out.csv")), &error));
    QFile exported(dir.filePath(QStringLiteral("out.csv")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray csv = exported.readAll();
    QVERIFY(csv.startsWith("\"username\",\"quota_mb\",\"type\",\"master\",\"webmail\"\r\n"));
    QCOMPARE(csv.count('\n'), 9);

    // Import of a bad file: every bad row said, nothing imported
    const auto write = [&dir](const char *name, const QByteArray &content) {
        QFile f(dir.filePath(QLatin1String(name)));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    };
    QVERIFY(!window.importMailboxCsv(write("bad.csv", "name,quota,master,password\nok.name,10,false,\ntest,10,false,\nbad-name,1,true,\n")));
    QPointer<QMessageBox> problems = openDialog<QMessageBox>(&window, "csvProblemsBox");
    QVERIFY(problems);
    QVERIFY(problems->detailedText().contains(QLatin1String("Line 3: A mailbox test@test.com already exists.")));
    QVERIFY(problems->detailedText().contains(QLatin1String("Line 4:")));
    problems->close();
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("draftDock"))->isVisible());

    // Import of a good file: into the draft, one undo step
    QVERIFY(window.importMailboxCsv(write("good.csv", "name,quota,master,password\nnew.a,10,false,\nnew.b,20,true,Nb9!secret\n")));
    auto *dock = static_cast<DraftDock *>(window.findChild<QDockWidget *>(QStringLiteral("draftDock")));
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->session()->draft().entries.size(), 2);
    QVERIFY(dock->session()->draft().validate().isEmpty());
    // the drafted creations show as marked rows after the provider's
    QTRY_COMPARE(list->rowCount(), 10);
    QVERIFY(list->index(9, 0).data(MailboxTableModel::IsDraftCreationRole).toBool());
    QCOMPARE(list->index(9, 0).data().toString(), QStringLiteral("new.b"));
    QCOMPARE(list->index(9, MailboxTableModel::QuotaColumn).data().toString(), QStringLiteral("20 MB"));

    // Marks: a drafted change shows on its row
    table->selectRow(list->rowOf(QStringLiteral("john.smith")));
    window.findChild<QAction *>(QStringLiteral("actionChangeQuota"))->trigger();
    QPointer<QDialog> quota = openDialog<QDialog>(&window, "quotaDialog");
    QVERIFY(quota);
    auto *quotaSpin = quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin"));
    QVERIFY(quotaSpin);
    quotaSpin->setValue(33);
    QTest::mouseClick(quota->findChild<QPushButton *>(QStringLiteral("setQuotaButton")), Qt::LeftButton);
    QTRY_COMPARE(dock->session()->draft().entries.size(), 3);
    const QModelIndex john = list->index(list->rowOf(QStringLiteral("john.smith")), 0);
    QVERIFY(john.data(MailboxTableModel::DraftMarkRole).toString().contains(QLatin1String("quota to 33 MB")));
    QCOMPARE(john.siblingAtColumn(MailboxTableModel::QuotaColumn).data().toString(), QStringLiteral("33 MB"));   // the drafted state
    QCOMPARE(john.siblingAtColumn(MailboxTableModel::QuotaColumn).data(MailboxTableModel::QuotaRole).toInt(), 10);   // the provider's
    QVERIFY(list->index(list->rowOf(QStringLiteral("test")), 0).data(MailboxTableModel::DraftMarkRole).toString().isEmpty());
    dock->session()->undoStack()->undo();
    QVERIFY(john.data(MailboxTableModel::DraftMarkRole).toString().isEmpty());
    QCOMPARE(john.siblingAtColumn(MailboxTableModel::QuotaColumn).data().toString(), QStringLiteral("10 MB"));
    dock->session()->undoStack()->undo();   // the whole import at once
    QCOMPARE(dock->session()->draft().entries.size(), 0);
    QCOMPARE(list->rowCount(), 8);
}

QTEST_MAIN(TestDraftGui)
#include "tst_draftgui.moc"
