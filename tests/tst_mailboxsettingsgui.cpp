// A Hostway mailbox's Forwarding and Autoresponder tabs through real widgets, keys and
// clicks, against the sandbox: several targets added at once, a loop through a domain alias
// refused in words, one target removed with Del; an autoresponder set live, then drafted,
// reviewed and applied. An independent client reads what the sandbox holds.
#include "core/providers/hostway/hostwayclient.h"
#include "guiclick.h"
#include "guifixture.h"
#include "hostwaywindow.h"
#include "models/hostway/mailboxtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QPointer>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

class TestMailboxSettingsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardingSeveralTargetsAndALoopRefused();
    void autoresponderSetLiveThenDraftedAndApplied();
    void exchangeMailboxOffersNoSettingTabs();
    void messageCountsAndTheirFailureInWords();
    void sendersBlockedSeveralAtOnceThenOneRemoved();
    void spamFilterFormBuiltFromTheServer();
    void migrationReportedFromTheGeneralTab();
    void webmailFullPlanRefusedInWords();
    void renamedFromTheGeneralTab();
    void exchangeDetailsEditedThenMailboxDeleted();
    void regularMailboxHasNoExchangeTab();
    void propertySheetOnReturn();
    void planChangedFromTheGeneralTab();
    void chosenTabStaysFromMailboxToMailbox();
    void exchangeMailboxCreatedFromNewMailbox();
};


void TestMailboxSettingsGui::forwardingSeveralTargetsAndALoopRefused()
{
    // GIVEN the "test" mailbox, which forwards to two addresses, and its Forwarding tab
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    QVERIFY(w.tabs);
    auto *tab = w.find<QWidget>("forwardingTab");
    QTRY_VERIFY(w.tabs->isTabEnabled(w.tabs->indexOf(tab)));
    // WHEN Alt+W is pressed in the mailbox table
    QVERIFY(QTest::qWaitForWindowActive(w.f.window.get()));
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_W, Qt::AltModifier);
    // THEN the Forwarding tab shows, the focus in its address field, ready to type
    QTRY_COMPARE(w.tabs->currentWidget(), tab);
    auto *list = w.find<QListWidget>("forwardTargets");
    QTRY_COMPARE(list->count(), 2);
    auto *input = w.find<QLineEdit>("forwardInput");
    QTRY_VERIFY(input->hasFocus());
    auto *problem = w.find<QLabel>("forwardProblem");
    auto *add = w.find<QPushButton>("forwardAdd");

    // WHEN the mailbox's own address is typed, THEN it is refused while typing
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("test@test.com"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("itself")), qPrintable(problem->text()));
    QVERIFY(!add->isEnabled());

    // WHEN two addresses are typed at once and Return pressed
    input->clear();
    QTest::keyClicks(input, QStringLiteral("john.smith@test.com, ann@else.example"));
    QVERIFY(!problem->isVisible());
    QVERIFY(add->isEnabled());
    QTest::keyClick(input, Qt::Key_Return);
    // THEN Hostway forwards to all four, and the tab shows them
    QTRY_COMPARE(list->count(), 4);
    QCOMPARE(w.forwards(QStringLiteral("test")).size(), 4);
    QVERIFY(input->text().isEmpty());

    // WHEN the mailbox is added again under the domain alias
    QTest::keyClicks(input, QStringLiteral("test@test-com-alias.com"));
    QTest::keyClick(input, Qt::Key_Return);
    // THEN Hostway's 409 is said in words at the field, and nothing changed
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("domain alias")), qPrintable(problem->text()));
    QCOMPARE(input->text(), QStringLiteral("test@test-com-alias.com"));
    QCOMPARE(w.forwards(QStringLiteral("test")).size(), 4);

    // WHEN one target is selected and Del pressed
    const QList<QListWidgetItem *> ann = list->findItems(QStringLiteral("ann@else.example"), Qt::MatchExactly);
    QCOMPARE(ann.size(), 1);
    list->setFocus();
    list->setCurrentItem(ann.first());
    QTest::keyClick(list, Qt::Key_Delete);
    // THEN it alone is gone
    QTRY_COMPARE(list->count(), 3);
    QVERIFY(!w.forwards(QStringLiteral("test")).contains(QStringLiteral("ann@else.example")));

    // WHEN two of the three are selected (Shift+Down) and Del pressed
    const QStringList before = w.forwards(QStringLiteral("test"));
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(list->selectedItems().size(), 2);
    const QString first = list->item(0)->text();
    const QString second = list->item(1)->text();
    QTest::keyClick(list, Qt::Key_Delete);
    // THEN one question names both; confirmed, one batch stops both (each DELETE expecting the
    // list the one before it left: no conflict), and only the third target is left at Hostway
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = w.find<QMessageBox>("confirmRemoveForwards")) && confirm->isVisible());
    QVERIFY2(confirm->text().contains(first) && confirm->text().contains(second), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmRemoveForwardsButton")), Qt::LeftButton);
    QDialog *batch = nullptr;
    QTRY_VERIFY((batch = w.find<QDialog>("batchDialog")) && batch->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(batch->findChild<QPushButton *>(QStringLiteral("batchCloseButton"))->isVisible(), 20000);
    QVERIFY2(batch->findChild<QLabel *>(QStringLiteral("batchSummary"))->text().startsWith(QLatin1String("All 2 change")),   // none in conflict
             qPrintable(batch->findChild<QLabel *>(QStringLiteral("batchSummary"))->text()));
    batch->close();
    QTRY_COMPARE(list->count(), 1);
    QStringList third = before;
    third.removeAll(first);
    third.removeAll(second);
    QCOMPARE(w.forwards(QStringLiteral("test")), third);
}

void TestMailboxSettingsGui::autoresponderSetLiveThenDraftedAndApplied()
{
    // GIVEN test2, whose autoresponder was never set, and its Autoresponder tab
    HostwayWindow w(QStringLiteral("test2"));
    QVERIFY(w.selected);
    w.tabs->setCurrentWidget(w.find<QWidget>("autoresponderTab"));
    auto *active = w.find<QCheckBox>("autoresponderActive");
    auto *subject = w.find<QLineEdit>("autoresponderSubject");
    auto *body = w.find<QPlainTextEdit>("autoresponderBody");
    auto *save = w.find<QPushButton>("autoresponderSave");
    QTRY_VERIFY(active->isEnabled());
    QVERIFY(!active->isChecked());
    QVERIFY(!save->isEnabled());

    // WHEN it is turned on with a subject and a text, and Ctrl+S pressed
    QTest::mouseClick(active, Qt::LeftButton, {}, QPoint(4, active->height() / 2));
    QVERIFY(active->isChecked());
    QTest::keyClicks(subject, QStringLiteral("Away"));
    QVERIFY2(!save->isEnabled(), "no text yet: Hostway requires one");
    QTest::keyClicks(body, QStringLiteral("Back on Monday."));
    QVERIFY(save->isEnabled());
    QVERIFY(w.find<QLabel>("autoresponderPreview")->text().contains(QLatin1String("Subject: Away")));
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    // THEN Hostway has it
    QTRY_VERIFY(w.autoresponder(QStringLiteral("test2")).active);
    QCOMPARE(w.autoresponder(QStringLiteral("test2")).body, QStringLiteral("Back on Monday."));
    QTRY_VERIFY(!save->isEnabled());

    // WHEN Draft Mode is on and the reply is turned off and saved
    w.find<QAction>("actionDraftMode")->trigger();
    auto *dock = w.find<QDockWidget>("draftDock");
    QTRY_VERIFY(dock->isVisible());
    auto *draftTable = dock->findChild<QTableView *>(QStringLiteral("draftTable"));
    QTest::mouseClick(active, Qt::LeftButton, {}, QPoint(4, active->height() / 2));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // THEN it is drafted, not sent, and the review shows the exact request
    QTRY_COMPARE(draftTable->model()->rowCount(), 1);
    QVERIFY(w.autoresponder(QStringLiteral("test2")).active);
    draftTable->selectRow(0);
    const QString preview = dock->findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"))->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("/usernames/test2/autoresponder")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("\"active\":false")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("autoresponder: on \u2192 off")), qPrintable(preview));

    // WHEN the draft is applied
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("draftApply")), Qt::LeftButton);
    QVERIFY(clickWhenShown(dock, "confirmApplyDraft", "confirmApplyButton"));
    // THEN Hostway's autoresponder is off, its text kept
    QTRY_VERIFY_WITH_TIMEOUT(dock->findChild<QLabel *>(QStringLiteral("draftSummary"))->text().contains(QLatin1String("1 done")), 15000);
    QVERIFY(!w.autoresponder(QStringLiteral("test2")).active);
    QCOMPARE(w.autoresponder(QStringLiteral("test2")).body, QStringLiteral("Back on Monday."));
}

void TestMailboxSettingsGui::exchangeMailboxOffersNoSettingTabs()
{
    HostwayWindow w(QStringLiteral("exchange-mbox"));
    QVERIFY(w.selected);
    auto *status = w.find<QLabel>("detailsStatus");
    QTRY_VERIFY(status->text().contains(QLatin1String("Exchange")));
    for (const char *tab : {"forwardingTab", "autoresponderTab", "spamFilterTab", "sendersTab"})
        QVERIFY2(!w.tabs->isTabEnabled(w.tabs->indexOf(w.find<QWidget>(tab))), tab);
}

void TestMailboxSettingsGui::messageCountsAndTheirFailureInWords()
{
    {
        HostwayWindow w(QStringLiteral("test"));
        QVERIFY(w.selected);
        QLabel *messages = nullptr;
        QTRY_VERIFY((messages = w.f.window->findChild<QLabel *>(QStringLiteral("detailsMessages"))));
        QTRY_VERIFY2(messages->text().contains(QLatin1String("Inbox: 3 (3 unread)")), qPrintable(messages->text()));
    }
    HostwayWindow w(QStringLiteral("test1"));   // its IMAP server out of reach: 502
    QVERIFY(w.selected);
    QLabel *messages = nullptr;
    QTRY_VERIFY((messages = w.f.window->findChild<QLabel *>(QStringLiteral("detailsMessages"))));
    QTRY_VERIFY2(messages->text().contains(QLatin1String("502")), qPrintable(messages->text()));
}

void TestMailboxSettingsGui::sendersBlockedSeveralAtOnceThenOneRemoved()
{
    // GIVEN "test", whose list holds the seed's four senders, and its Senders tab by Alt+N
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    auto *tab = w.find<QWidget>("sendersTab");
    QTRY_VERIFY(w.tabs->isTabEnabled(w.tabs->indexOf(tab)));
    QVERIFY(QTest::qWaitForWindowActive(w.f.window.get()));
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(w.tabs->currentWidget(), tab);
    auto *senders = w.find<QTableView>("sendersTable");
    QTRY_COMPARE(senders->model()->rowCount(), 4);
    auto *input = w.find<QLineEdit>("sendersInput");
    QTRY_VERIFY(input->hasFocus());
    auto *problem = w.find<QLabel>("sendersProblem");

    // WHEN a domain is typed without its @, THEN it is refused while typing
    QTest::keyClicks(input, QStringLiteral("spam.example"));
    QVERIFY(problem->isVisible());
    QVERIFY(!w.find<QPushButton>("sendersAdd")->isEnabled());

    // WHEN two senders are typed, a domain and an address, and Return pressed
    input->clear();
    QTest::keyClicks(input, QStringLiteral("@spam.example, bad@x.example"));
    QVERIFY(!problem->isVisible());
    QTest::keyClick(input, Qt::Key_Return);
    // THEN both are blocked (the list's default), and the table shows six
    QTRY_COMPARE(senders->model()->rowCount(), 6);
    const auto listed = [&](const QString &address) {
        for (int row = 0; row < senders->model()->rowCount(); ++row) {
            if (senders->model()->index(row, 0).data().toString() == address)
                return senders->model()->index(row, 1).data().toString();
        }
        return QString();
    };
    QCOMPARE(listed(QStringLiteral("@spam.example")), QStringLiteral("Blocked"));

    // WHEN Del is pressed in the list chooser, THEN nothing asks to delete the mailbox
    auto *show = w.find<QComboBox>("sendersFilterType");
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Delete);
    QTest::qWait(50);
    QVERIFY(!w.f.window->findChild<QWidget *>(QStringLiteral("confirmDeleteMailbox")));

    // WHEN the filter narrows to "bad*" and the only row is removed with Del
    auto *filter = w.find<QLineEdit>("sendersFilter");
    QTest::keyClicks(filter, QStringLiteral("bad*"));
    QTRY_COMPARE(senders->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Down);   // into the results
    QTRY_VERIFY(senders->hasFocus());
    QTest::keyClick(senders, Qt::Key_Delete);
    // THEN it is off the list, and no dialog asked to delete the mailbox
    QTRY_COMPARE(senders->model()->rowCount(), 0);
    QVERIFY(!w.f.window->findChild<QWidget *>(QStringLiteral("confirmDeleteMailbox")));
    filter->clear();
    QTRY_COMPARE(senders->model()->rowCount(), 5);

    // WHEN two senders are selected (Shift+Down) and Del pressed
    senders->setFocus();
    senders->setCurrentIndex(senders->model()->index(0, 0));
    QTest::keyClick(senders, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(senders->selectionModel()->selectedRows().size(), 2);
    const QString first = senders->model()->index(0, 0).data().toString();
    const QString second = senders->model()->index(1, 0).data().toString();
    QTest::keyClick(senders, Qt::Key_Delete);
    // THEN one question names both, not the mailbox's deletion
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = w.find<QMessageBox>("confirmRemoveSenders")) && confirm->isVisible());
    QVERIFY2(confirm->text().contains(first) && confirm->text().contains(second), qPrintable(confirm->text()));
    QVERIFY(confirm->text().contains(QLatin1String("test@test.com")));
    QVERIFY(!w.f.window->findChild<QWidget *>(QStringLiteral("confirmDeleteMailbox")));
    // WHEN confirmed THEN one batch takes both off, each with its outcome, and the list read
    // again from Hostway no longer holds them
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmRemoveSendersButton")), Qt::LeftButton);
    QDialog *batch = nullptr;
    QTRY_VERIFY((batch = w.find<QDialog>("batchDialog")) && batch->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(batch->findChild<QPushButton *>(QStringLiteral("batchCloseButton"))->isVisible(), 20000);
    QCOMPARE(batch->findChild<QTableView *>(QStringLiteral("batchTable"))->model()->rowCount(), 2);
    batch->close();
    QTRY_COMPARE(senders->model()->rowCount(), 3);
    QVERIFY(listed(first).isEmpty() && listed(second).isEmpty());
}

void TestMailboxSettingsGui::spamFilterFormBuiltFromTheServer()
{
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    w.tabs->setCurrentWidget(w.find<QWidget>("spamFilterTab"));
    // THEN one choice per attribute the server lists, in its words, its value selected
    QComboBox *level = nullptr;
    QTRY_VERIFY((level = w.f.window->findChild<QComboBox *>(QStringLiteral("spamFilter_SPAM_LEVEL"))));
    QCOMPARE(level->count(), 6);
    QCOMPARE(level->currentText(), QStringLiteral("Least Aggressive"));
    QVERIFY(w.f.window->findChild<QComboBox *>(QStringLiteral("spamFilter_SPAM_ACTION")));
    // AND an attribute without choices is shown, not offered
    auto *discard = w.f.window->findChild<QLabel *>(QStringLiteral("spamFilter_SPAM_DISCARD_LEVEL"));
    QVERIFY(discard);
    QCOMPARE(discard->text(), QStringLiteral("20"));
    auto *save = w.find<QPushButton>("spamFilterSave");
    QVERIFY(!save->isEnabled());
    // WHEN the level is changed and saved
    level->setCurrentIndex(level->findData(QStringLiteral("4")));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // THEN Hostway has it, and the form is read again
    bool done = false;
    QString selected;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        done = false;
        w.check.fetchCleanMailPlus(QStringLiteral("test.com"), QStringLiteral("test"), w.f.window.get(), [&](const ApiError &, const QList<Hostway::FilterAttribute> &f) {
            for (const Hostway::FilterAttribute &a : f) {
                if (a.name == QLatin1String("SPAM_LEVEL"))
                    selected = a.selected;
            }
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return selected == QLatin1String("4");
    }(), 10000);
    QTRY_VERIFY((level = w.f.window->findChild<QComboBox *>(QStringLiteral("spamFilter_SPAM_LEVEL"))) && level->currentText() == QLatin1String("Normal"));
    QTRY_VERIFY(!w.find<QPushButton>("spamFilterSave")->isEnabled());
}

void TestMailboxSettingsGui::migrationReportedFromTheGeneralTab()
{
    HostwayWindow w(QStringLiteral("john.smith"));
    QVERIFY(w.selected);
    auto *report = w.find<QPushButton>("reportMigration");
    QTRY_VERIFY(report->isVisible());
    QTest::mouseClick(report, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.f.window->findChild<QDialog *>(QStringLiteral("migrationDialog"))) && dialog->isVisible());
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("migrationSend"));
    // The subject is there, the text is not: Send waits for it
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("migrationSubject"))->text().contains(QLatin1String("john.smith@test.com")));
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("migrationBody")), QStringLiteral("The mail stopped at 2 GB of 5."));
    QVERIFY(send->isEnabled());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(send, Qt::LeftButton);
    // THEN Hostway answered 201 and the dialog closed
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestMailboxSettingsGui::webmailFullPlanRefusedInWords()
{
    HostwayWindow w(QStringLiteral("john.smith"));
    QVERIFY(w.selected);
    w.tabs->setCurrentWidget(w.find<QWidget>("webmailTab"));
    auto *plan = w.find<QComboBox>("webmailPlan");
    QTRY_VERIFY(plan->isEnabled() && plan->count() == 3);
    QCOMPARE(plan->currentData().toString(), QStringLiteral("standard"));
    QVERIFY2(plan->itemText(plan->findData(QStringLiteral("activesync"))).contains(QLatin1String("1")), qPrintable(plan->itemText(0)));
    auto *save = w.find<QPushButton>("webmailSave");
    QVERIFY(!save->isEnabled());
    // WHEN the full ActiveSync plan (at most 1, taken by test1) is chosen and saved
    plan->setCurrentIndex(plan->findData(QStringLiteral("activesync")));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // THEN Hostway's computeFault is said in words, and the plan stays
    auto *problem = w.find<QLabel>("webmailProblem");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("Every mailbox this plan allows")), qPrintable(problem->text()));
}

void TestMailboxSettingsGui::renamedFromTheGeneralTab()
{
    // GIVEN john.smith and Edit Name and Master on its General tab
    HostwayWindow w(QStringLiteral("john.smith"));
    QVERIFY(w.selected);
    auto *edit = w.find<QPushButton>("editMailbox");
    QTRY_VERIFY(edit->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.f.window->findChild<QDialog *>(QStringLiteral("editMailboxDialog"))) && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("editMailboxName"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("editMailboxSave"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("editMailboxProblem"));
    auto *consequence = dialog->findChild<QLabel *>(QStringLiteral("editMailboxConsequence"));
    QVERIFY2(!save->isEnabled(), "nothing changed yet");
    QVERIFY(!problem->isVisible() && !consequence->isVisible());
    // WHEN a name outside the pattern is typed, THEN it is refused while typing
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("john smith"));
    QVERIFY(problem->isVisible());
    QVERIFY(!save->isEnabled());
    // WHEN a name in use is sent, THEN Hostway's bare 400 is said in words and the dialog stays
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("test"));
    QVERIFY(consequence->isVisible());
    QVERIFY2(consequence->text().contains(QLatin1String("john.smith@test.com")), qPrintable(consequence->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("exists in test.com already")), qPrintable(problem->text()));
    // WHEN a free name is sent
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("jsmith"));
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(save, Qt::LeftButton);
    // THEN the dialog closes, Hostway has the mailbox under its new name, and the list selects it
    QTRY_VERIFY(!guard || !guard->isVisible());
    auto *model = static_cast<MailboxTableModel *>(w.table->model());
    QTRY_VERIFY(model->rowOf(QStringLiteral("jsmith")) >= 0);
    QCOMPARE(model->rowOf(QStringLiteral("john.smith")), -1);
    QTRY_COMPARE(w.table->currentIndex().row(), model->rowOf(QStringLiteral("jsmith")));
}

void TestMailboxSettingsGui::exchangeDetailsEditedThenMailboxDeleted()
{
    // GIVEN the Exchange mailbox test-mb, and its Exchange tab by Alt+X from the table
    HostwayWindow w(QStringLiteral("test-mb"));
    QVERIFY(w.selected);
    auto *tab = w.find<QWidget>("exchangeTab");
    QTRY_VERIFY(w.tabs->isTabVisible(w.tabs->indexOf(tab)) && w.tabs->isTabEnabled(w.tabs->indexOf(tab)));
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_X, Qt::AltModifier);
    QTRY_COMPARE(w.tabs->currentWidget(), tab);
    auto *display = w.find<QLineEdit>("exchange_displayName");
    QTRY_VERIFY(!display->text().isEmpty());
    QTRY_VERIFY(display->hasFocus());
    // THEN its sizes are shown as Hostway gives them, and its resource type is not offered
    bool sizes = false;
    for (const QLabel *label : w.find<QWidget>("exchangeReported")->findChildren<QLabel *>())
        sizes = sizes || label->text() == QLatin1String("50 MB (52,428,800 bytes)");
    QVERIFY2(sizes, "the largest message, as Hostway words it");
    QVERIFY(w.find<QLabel>("exchangeResource")->text().startsWith(QLatin1String("user")));
    auto *save = w.find<QPushButton>("exchangeSave");
    QVERIFY2(!save->isEnabled(), "nothing changed yet");
    // WHEN its details are edited: the city, and a postal code longer than documented
    auto *postal = w.find<QLineEdit>("exchange_postalCode");
    QTest::keyClicks(postal, QString(45, QLatin1Char('9')));
    QCOMPARE(postal->text().size(), 40);   // the documented length: no more can be typed
    auto *city = w.find<QLineEdit>("exchange_city");
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Toronto"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(city, Qt::Key_S, Qt::ControlModifier);
    // THEN Hostway has them, and the tab shows them as read again
    Hostway::ExchangeMailbox shown;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        bool read = false;
        w.check.fetchExchange(QStringLiteral("test.com"), QStringLiteral("test-mb"), w.f.window.get(), [&](const ApiError &, const Hostway::ExchangeMailbox &m) {
            shown = m;
            read = true;
        });
        return QTest::qWaitFor([&] { return read; }, 5000) && shown.otherFields.contains({QStringLiteral("city"), QStringLiteral("Toronto")});
    }()), 10000);
    QTRY_VERIFY(!w.find<QPushButton>("exchangeSave")->isEnabled());

    // WHEN it is deleted, confirmed by its address
    auto *remove = w.find<QPushButton>("deleteExchange");
    QTRY_VERIFY2(remove->isVisible() && remove->isEnabled(), qPrintable(QStringLiteral("%1 %2 %3 %4").arg(remove->isVisible()).arg(remove->isEnabled()).arg(w.tabs->currentIndex()).arg(w.find<QWidget>("exchangeTab")->findChild<QLabel *>(QStringLiteral("settingStatus"))->text())));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(clickWhenShown(w.f.window.get(), "confirmDeleteExchange", "confirmDeleteExchangeButton"));
    // THEN the list no longer has it
    auto *model = static_cast<MailboxTableModel *>(w.table->model());
    QTRY_COMPARE(model->rowOf(QStringLiteral("test-mb")), -1);
}

void TestMailboxSettingsGui::regularMailboxHasNoExchangeTab()
{
    // GIVEN an Exchange mailbox selected: its Exchange tab shows
    HostwayWindow w(QStringLiteral("test-mb"));
    QVERIFY(w.selected);
    auto *exchange = w.find<QWidget>("exchangeTab");
    QTRY_VERIFY(w.tabs->isTabVisible(w.tabs->indexOf(exchange)));
    // WHEN a regular mailbox is selected THEN there is no Exchange tab to convert it with
    // (Hostway documents no conversion), once its kind is known
    auto *model = static_cast<MailboxTableModel *>(w.table->model());
    w.table->selectRow(model->rowOf(QStringLiteral("john.smith")));
    QTRY_VERIFY(w.find<QLabel>("detailsMaster"));
    QVERIFY(!w.tabs->isTabVisible(w.tabs->indexOf(exchange)));
    QVERIFY(w.tabs->isTabVisible(w.tabs->indexOf(w.find<QWidget>("forwardingTab"))));
    // AND back on the Exchange mailbox, the regular mailbox's tabs leave
    w.table->selectRow(model->rowOf(QStringLiteral("test-mb")));
    QTRY_VERIFY(w.tabs->isTabVisible(w.tabs->indexOf(exchange)));
    QVERIFY(!w.tabs->isTabVisible(w.tabs->indexOf(w.find<QWidget>("forwardingTab"))));
}

void TestMailboxSettingsGui::chosenTabStaysFromMailboxToMailbox()
{
    // GIVEN john.smith's Forwarding tab, chosen by the agent
    HostwayWindow w(QStringLiteral("john.smith"));
    QVERIFY(w.selected);
    auto *forwarding = w.find<QWidget>("forwardingTab");
    QTRY_VERIFY(w.tabs->isTabEnabled(w.tabs->indexOf(forwarding)));
    w.tabs->setCurrentWidget(forwarding);
    auto *targets = w.find<QListWidget>("forwardTargets");
    auto *model = static_cast<MailboxTableModel *>(w.table->model());
    // WHEN the next mailbox is selected THEN its Forwarding tab is shown, once read for it
    w.table->selectRow(model->rowOf(QStringLiteral("test")));
    QTRY_COMPARE(targets->count(), 2);   // test's two targets: loaded, so the tab was shown
    QCOMPARE(w.tabs->currentWidget(), forwarding);
    // WHEN an Exchange mailbox comes between THEN another tab shows, and Forwarding comes back after it
    w.table->selectRow(model->rowOf(QStringLiteral("test-mb")));
    QTRY_VERIFY(!w.tabs->isTabVisible(w.tabs->indexOf(forwarding)));
    QVERIFY(w.tabs->currentWidget() != forwarding);
    w.table->selectRow(model->rowOf(QStringLiteral("test")));
    QTRY_VERIFY(w.tabs->isTabVisible(w.tabs->indexOf(forwarding)) && w.tabs->isTabEnabled(w.tabs->indexOf(forwarding)));
    QTRY_COMPARE(w.tabs->currentWidget(), forwarding);
    QTRY_COMPARE(targets->count(), 2);
}

void TestMailboxSettingsGui::planChangedFromTheGeneralTab()
{
    // GIVEN john.smith (standard plan) and Edit Mailbox by Alt+E on its General tab
    HostwayWindow w(QStringLiteral("john.smith"));
    QVERIFY(w.selected);
    auto *edit = w.find<QPushButton>("editMailbox");
    QTRY_VERIFY(edit->isVisible());
    QTest::keyClick(edit->window(), Qt::Key_E, Qt::AltModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.f.window->findChild<QDialog *>(QStringLiteral("editMailboxDialog"))) && dialog->isVisible());
    auto *plan = dialog->findChild<QComboBox *>(QStringLiteral("editMailboxPlan"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("editMailboxSave"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("editMailboxProblem"));
    // THEN the domain's plans are offered, and keeping the current one is the start
    QTRY_VERIFY(plan->isEnabled());
    QCOMPARE(plan->currentIndex(), 0);
    QVERIFY(plan->findData(QStringLiteral("premium")) > 0);
    // WHEN the full activesync plan (one mailbox, taken) is chosen and saved
    plan->setCurrentIndex(plan->findData(QStringLiteral("activesync")));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // THEN the 400 is said in words and the dialog stays
    QTRY_VERIFY(problem->isVisible() && !problem->text().isEmpty());
    QVERIFY2(problem->text().contains(QLatin1String("is taken")), qPrintable(problem->text()));
    // WHEN premium is chosen THEN the dialog closes and the list shows john.smith on premium
    plan->setCurrentIndex(plan->findData(QStringLiteral("premium")));
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    auto *model = static_cast<MailboxTableModel *>(w.table->model());
    QTRY_VERIFY(model->rowOf(QStringLiteral("john.smith")) >= 0
                && model->index(model->rowOf(QStringLiteral("john.smith")), MailboxTableModel::WebmailColumn).data().toString().contains(QLatin1String("premium"), Qt::CaseInsensitive));
}

void TestMailboxSettingsGui::propertySheetOnReturn()
{
    // GIVEN "test" selected in the mailbox table, the window on its Forwarding tab, the focus in the table
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    QTRY_VERIFY(w.tabs->isTabEnabled(w.tabs->indexOf(w.find<QWidget>("forwardingTab"))));
    w.tabs->setCurrentWidget(w.find<QWidget>("forwardingTab"));
    QVERIFY(QTest::qWaitForWindowActive(w.f.window.get()));
    w.table->setFocus();
    // WHEN Return is pressed
    QTest::keyClick(w.table, Qt::Key_Return);
    // THEN its property sheet opens with the same tabs, on the tab the agent was on
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.f.window->findChild<QDialog *>(QStringLiteral("mailboxPropertiesDialog"))) && dialog->isVisible());
    QVERIFY2(dialog->windowTitle().contains(QLatin1String("test@test.com")), qPrintable(dialog->windowTitle()));
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("mailboxTabs"));
    QVERIFY(tabs);
    auto *tab = dialog->findChild<QWidget *>(QStringLiteral("forwardingTab"));
    QTRY_VERIFY(tabs->isTabEnabled(tabs->indexOf(tab)));
    QCOMPARE(tabs->currentWidget(), tab);
    auto *input = dialog->findChild<QLineEdit *>(QStringLiteral("forwardInput"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("forwardTargets"));
    QTRY_COMPARE(list->count(), 2);
    // WHEN a target is selected, the Remove button is the dialog's default (a dialog makes
    // its first button, or one that had the focus, its default), and an address is typed and
    // Return pressed in the field
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    list->setCurrentRow(0);
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("forwardRemove"));
    QVERIFY(remove->isEnabled());
    remove->setDefault(true);
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("ann@else.example"));
    QTest::keyClick(input, Qt::Key_Return);
    // THEN Hostway forwards there too: Return added the target, pressed no button (nothing
    // removed, no other dialog opened), and kept the sheet open
    QTRY_COMPARE(list->count(), 3);
    QCOMPARE(w.forwards(QStringLiteral("test")).size(), 3);
    QTest::qWait(100);
    QCOMPARE(QApplication::activeModalWidget(), dialog);
    QVERIFY(dialog->isVisible());
    // WHEN Esc is pressed THEN the sheet closes
    QPointer<QDialog> guard(dialog);
    QTest::keyClick(input, Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestMailboxSettingsGui::exchangeMailboxCreatedFromNewMailbox()
{
    // GIVEN New Mailbox, its kind set to Exchange: quota and master give way to Exchange's fields
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    w.find<QAction>("actionNewMailbox")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.f.window->findChild<QDialog *>(QStringLiteral("newMailboxDialog"))) && dialog->isVisible());
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(1);
    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("quotaSpin"))->isVisible());
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("displayNameEdit"))->isVisible());
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    // WHEN a room is named with a dash (Exchange allows it), without a display name yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("board-room"));
    auto *resource = dialog->findChild<QComboBox *>(QStringLiteral("resourceCombo"));
    resource->setCurrentIndex(resource->findData(QStringLiteral("room")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("Xy9$abcdEF"));
    // THEN Create waits for the display name, and says so
    QVERIFY(!create->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("generalError"))->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit")), QStringLiteral("Board Room"));
    QVERIFY(create->isEnabled());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(create, Qt::LeftButton);
    // THEN Hostway has an Exchange room of that name, and the list shows it
    QTRY_VERIFY(!guard || !guard->isVisible());
    Hostway::ExchangeMailbox shown;
    bool read = false;
    w.check.fetchExchange(QStringLiteral("test.com"), QStringLiteral("board-room"), w.f.window.get(), [&](const ApiError &, const Hostway::ExchangeMailbox &m) {
        shown = m;
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(shown.resourceType, QStringLiteral("room"));
    QCOMPARE(shown.displayName, QStringLiteral("Board Room"));
    auto *model = static_cast<MailboxTableModel *>(w.table->model());
    QTRY_VERIFY(model->rowOf(QStringLiteral("board-room")) >= 0);
}

QTEST_MAIN(TestMailboxSettingsGui)
#include "tst_mailboxsettingsgui.moc"
