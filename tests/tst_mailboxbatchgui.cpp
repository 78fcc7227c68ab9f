// Several mailboxes at once, in the real window over the Hostway sandbox, by the keyboard:
// Shift+Down selects more rows; Change Quota, Reset Password and Delete then act on every
// regular mailbox selected (an Exchange one among them is left out) as one batch in its own
// window, with each row's outcome; in Draft Mode each row becomes one drafted operation, all
// in one undo step.
#include "core/providers/hostway/hostwayrules.h"
#include "guiclick.h"
#include "hostwaywindow.h"
#include "models/batchmodel.h"
#include "models/draftsession.h"
#include "ui/draftdock.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include <optional>

class TestMailboxBatchGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quotaOfSeveralMailboxesIsOneBatch();
    void deleteOfSeveralAsksOnceNamingHowMany();
    void resetOfSeveralGivesEachItsOwnPassword();
    void draftModeDraftsOneOperationPerRow();
    void oneMailboxBesideAnExchangeOneIsChangedAlone();
    void masterFlagOfSeveral();

private:
    /// Selects `count` more rows below the one selected, with Shift+Down.
    static void extendSelection(HostwayWindow &w, int count);
    /// The mailbox as the sandbox holds it now; none when it is not there.
    static std::optional<Hostway::Mailbox> mailboxOf(HostwayWindow &w, const QString &name);
    static int quotaOf(HostwayWindow &w, const QString &name);
    /// Waits for the batch window to end; its summary.
    static QString waitForBatchEnd(QDialog *batch);

    QTranslator m_english;   // the application's own: it gives English its plural forms
};

void TestMailboxBatchGui::initTestCase()
{
    QVERIFY2(m_english.load(QStringLiteral("mailroom_en"), QStringLiteral(MAILROOM_QM_DIR)), MAILROOM_QM_DIR);
    QCoreApplication::installTranslator(&m_english);
}

void TestMailboxBatchGui::extendSelection(HostwayWindow &w, int count)
{
    w.table->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < count; ++i)
        QTest::keyClick(w.table, Qt::Key_Down, Qt::ShiftModifier);
}

std::optional<Hostway::Mailbox> TestMailboxBatchGui::mailboxOf(HostwayWindow &w, const QString &name)
{
    std::optional<Hostway::Mailbox> found;
    bool done = false;
    w.check.fetchMailbox(QStringLiteral("test.com"), name, w.f.window.get(), [&](const ApiError &e, const Hostway::Mailbox &m) {
        if (!e.isError())
            found = m;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return found;
}

int TestMailboxBatchGui::quotaOf(HostwayWindow &w, const QString &name)
{
    const auto m = mailboxOf(w, name);
    return m ? m->quotaMb : -1;
}

QString TestMailboxBatchGui::waitForBatchEnd(QDialog *batch)
{
    auto *close = batch->findChild<QPushButton *>(QStringLiteral("batchCloseButton"));
    if (!QTest::qWaitFor([close] { return close->isVisible(); }, 20000))
        return QStringLiteral("<still running>");
    return batch->findChild<QLabel *>(QStringLiteral("batchSummary"))->text();
}

void TestMailboxBatchGui::quotaOfSeveralMailboxesIsOneBatch()
{
    // GIVEN test.com's list with "test" selected, and the three rows below it (test-mb is Exchange)
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    extendSelection(w, 3);
    QCOMPARE(w.table->selectionModel()->selectedRows().size(), 4);
    // The details pane says how many are selected, and keeps the buttons that act on them
    auto *title = w.f.window->findChild<QLabel *>(QStringLiteral("detailsTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("4 mailboxes selected"));
    auto *remove = w.f.window->findChild<QToolButton *>(QStringLiteral("actionDeleteMailboxButton"));
    QVERIFY(remove && remove->isVisible() && remove->isEnabled());
    QCOMPARE(remove->text(), QStringLiteral("Delete Mailbox\u2026"));
    QVERIFY(remove->sizeHint().width() > remove->fontMetrics().horizontalAdvance(remove->text()));   // drawn, not the toolbar's icon alone
    // WHEN Ctrl+Shift+Q, a quota typed and Return
    QTest::keyClick(w.table, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *quota = nullptr;
    QTRY_VERIFY((quota = w.f.window->findChild<QDialog *>(QStringLiteral("quotaDialog"))) && quota->isVisible());
    QCOMPARE(quota->windowTitle(), QStringLiteral("Change Quota of 3 Mailboxes"));
    auto *spin = quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin"));
    QTest::keyClicks(spin, QStringLiteral("777"));
    QTest::keyClick(spin, Qt::Key_Return);
    // THEN one batch window shows each of the three regular mailboxes done
    QDialog *batch = waitForTopLevel<QDialog>("batchDialog");
    QVERIFY(batch);
    QCOMPARE(batch->windowTitle(), QStringLiteral("Change Quota of 3 Mailboxes"));
    QCOMPARE(waitForBatchEnd(batch), QStringLiteral("All 3 changes done."));
    auto *rows = batch->findChild<QTableView *>(QStringLiteral("batchTable"))->model();
    QCOMPARE(rows->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(rows->index(row, BatchModel::OutcomeColumn).data().toString(), QStringLiteral("done"));
    QCOMPARE(quotaOf(w, QStringLiteral("test")), 777);
    QCOMPARE(quotaOf(w, QStringLiteral("test1")), 777);
    QCOMPARE(quotaOf(w, QStringLiteral("test2")), 777);
    // AND Return closes it, and the list shows the new quotas
    QTest::keyClick(batch, Qt::Key_Return);
    QTRY_VERIFY(!batch->isVisible());
    auto *model = static_cast<MailboxTableModel *>(w.table->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("test2")) >= 0 && model->mailboxAt(model->rowOf(QStringLiteral("test2"))).quotaMb == 777, 10000);
    // AND the three changed are still selected, for the next change
    QTRY_COMPARE(w.table->selectionModel()->selectedRows().size(), 3);
    QVERIFY(w.f.window->findChild<QAction *>(QStringLiteral("actionChangeQuota"))->isEnabled());
}

void TestMailboxBatchGui::deleteOfSeveralAsksOnceNamingHowMany()
{
    HostwayWindow w(QStringLiteral("jack.smith"));
    QVERIFY(w.selected);
    extendSelection(w, 1);   // john.smith
    QTest::keyClick(w.table, Qt::Key_Delete);
    auto *confirm = waitForTopLevel<QMessageBox>("confirmDeleteMailboxes");
    QVERIFY(confirm);
    QCOMPARE(confirm->text(), QStringLiteral("Delete 2 mailboxes in test.com?"));
    QCOMPARE(confirm->detailedText(), QStringLiteral("jack.smith\njohn.smith"));
    // Return takes the default, Cancel: nothing is deleted.
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!confirm->isVisible());
    QCOMPARE(quotaOf(w, QStringLiteral("jack.smith")), 250);
    QVERIFY(!waitForTopLevel<QDialog>("batchDialog"));

    // The window manager gives the window back its activation (the offscreen platform does not).
    w.f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.f.window.get()));
    QCOMPARE(QApplication::focusWidget(), w.table);
    QCOMPARE(w.table->selectionModel()->selectedRows().size(), 2);
    QTest::keyClick(w.table, Qt::Key_Delete);
    QVERIFY(clickWhenShown(w.f.window.get(), "confirmDeleteMailboxes", "confirmDeleteButton"));
    QDialog *batch = waitForTopLevel<QDialog>("batchDialog");
    QVERIFY(batch);
    QCOMPARE(waitForBatchEnd(batch), QStringLiteral("All 2 changes done."));
    QCOMPARE(quotaOf(w, QStringLiteral("jack.smith")), -1);
    QCOMPARE(quotaOf(w, QStringLiteral("john.smith")), -1);
    QCOMPARE(quotaOf(w, QStringLiteral("test")), 10);
}

void TestMailboxBatchGui::resetOfSeveralGivesEachItsOwnPassword()
{
    HostwayWindow w(QStringLiteral("test1"));
    QVERIFY(w.selected);
    extendSelection(w, 1);   // test2
    QHash<QString, QString> received;   // mailbox -> the password the provider was sent
    w.f.sandbox.server()->setRequestObserver([&received](const Sandbox::Request &request) {
        if (request.method == "PUT")
            received.insert(request.path.section(QLatin1Char('/'), -2, -2),
                            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("password")).toString());
    });
    QTest::keyClick(w.table, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(clickWhenShown(w.f.window.get(), "confirmResetPasswords", "confirmResetButton"));
    QDialog *batch = waitForTopLevel<QDialog>("batchDialog");
    QVERIFY(batch);
    QCOMPARE(waitForBatchEnd(batch), QStringLiteral("All 2 changes done."));
    // The passwords, shown once: one per mailbox, each by Hostway's rules
    QMessageBox *shown = nullptr;
    QTRY_VERIFY((shown = batch->findChild<QMessageBox *>(QStringLiteral("generatedPasswordsBox"))) && shown->isVisible());
    const QStringList lines = shown->detailedText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QStringList passwords;
    for (const QString &line : lines) {
        const QString address = line.section(QStringLiteral("  "), 0, 0);
        const QString password = line.section(QStringLiteral("  "), 1);
        QVERIFY2(address == QStringLiteral("test1@test.com") || address == QStringLiteral("test2@test.com"), qPrintable(address));
        const QString name = address.section(QLatin1Char('@'), 0, 0);
        QVERIFY(Hostway::Rules::passwordProblems(password, name, QStringLiteral("test.com")).isEmpty());
        QCOMPARE(received.value(name), password);   // what was shown is what the provider has
        passwords.append(password);
    }
    w.f.sandbox.server()->setRequestObserver({});
    QVERIFY(passwords.at(0) != passwords.at(1));
    shown->close();
    batch->close();
}

void TestMailboxBatchGui::draftModeDraftsOneOperationPerRow()
{
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    w.f.window->findChild<QAction *>(QStringLiteral("actionDraftMode"))->trigger();
    extendSelection(w, 2);   // test-mb (Exchange, left out), test1
    QTest::keyClick(w.table, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *quota = nullptr;
    QTRY_VERIFY((quota = w.f.window->findChild<QDialog *>(QStringLiteral("quotaDialog"))) && quota->isVisible());
    auto *spin = quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin"));
    QTest::keyClicks(spin, QStringLiteral("555"));
    QTest::keyClick(spin, Qt::Key_Return);
    auto *dock = static_cast<DraftDock *>(w.f.window->findChild<QDockWidget *>(QStringLiteral("draftDock")));
    QTRY_COMPARE(dock->session()->draft().entries.size(), 2);
    QCOMPARE(dock->session()->draft().entries.at(0).operation->describe(), QStringLiteral("Change mailbox test@test.com: quota to 555 MB"));
    QCOMPARE(dock->session()->draft().entries.at(1).operation->describe(), QStringLiteral("Change mailbox test1@test.com: quota to 555 MB"));
    QVERIFY(!waitForTopLevel<QDialog>("batchDialog"));
    QCOMPARE(quotaOf(w, QStringLiteral("test")), 10);   // nothing sent
    QCOMPARE(dock->session()->undoStack()->count(), 1);
    dock->session()->undoStack()->undo();
    QCOMPARE(dock->session()->draft().entries.size(), 0);
}

void TestMailboxBatchGui::oneMailboxBesideAnExchangeOneIsChangedAlone()
{
    // GIVEN "test" and the Exchange mailbox test-mb below it selected
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    extendSelection(w, 1);
    QCOMPARE(w.table->selectionModel()->selectedRows().size(), 2);
    auto *status = w.f.window->findChild<QLabel *>(QStringLiteral("detailsStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("leave out 1 of them")), qPrintable(status->text()));
    // WHEN Change Quota THEN its dialog is the one mailbox's, and sets that one's quota
    QTest::keyClick(w.table, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *quota = nullptr;
    QTRY_VERIFY((quota = w.f.window->findChild<QDialog *>(QStringLiteral("quotaDialog"))) && quota->isVisible());
    QCOMPARE(quota->windowTitle(), QStringLiteral("Change Quota of test@test.com"));
    auto *spin = quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin"));
    QTest::keyClicks(spin, QStringLiteral("321"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(quotaOf(w, QStringLiteral("test")), 321, 10000);
}

void TestMailboxBatchGui::masterFlagOfSeveral()
{
    // GIVEN test1 (not master) and test2 (master) selected
    HostwayWindow w(QStringLiteral("test1"));
    QVERIFY(w.selected);
    extendSelection(w, 1);
    auto masterOf = [&w](const QString &name) {
        const auto m = mailboxOf(w, name);
        return m ? int(m->master) : -1;
    };
    QCOMPARE(masterOf(QStringLiteral("test1")), 0);
    QCOMPARE(masterOf(QStringLiteral("test2")), 1);
    // WHEN Mailbox > Make Master THEN one batch makes both master, no question asked (nothing is lost)
    auto *make = w.f.window->findChild<QAction *>(QStringLiteral("actionMakeMaster"));
    QVERIFY(make->isEnabled() && make->isVisible());
    QVERIFY(w.table->actions().contains(make));   // in the context menu too
    make->trigger();
    QDialog *batch = waitForTopLevel<QDialog>("batchDialog");
    QVERIFY(batch);
    QCOMPARE(waitForBatchEnd(batch), QStringLiteral("All 2 changes done."));
    QCOMPARE(masterOf(QStringLiteral("test1")), 1);
    QCOMPARE(masterOf(QStringLiteral("test2")), 1);
    batch->close();
    // AND Make Not Master takes it off both
    QTRY_COMPARE(w.table->selectionModel()->selectedRows().size(), 2);
    w.f.window->findChild<QAction *>(QStringLiteral("actionMakeNotMaster"))->trigger();
    QTRY_VERIFY((batch = waitForTopLevel<QDialog>("batchDialog")));
    QCOMPARE(waitForBatchEnd(batch), QStringLiteral("All 2 changes done."));
    QCOMPARE(masterOf(QStringLiteral("test1")), 0);
    QCOMPARE(masterOf(QStringLiteral("test2")), 0);
}

QTEST_MAIN(TestMailboxBatchGui)
#include "tst_mailboxbatchgui.moc"
