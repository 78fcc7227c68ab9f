// A Hostway mailbox's Security tab through real widgets, keys and clicks, against the
// sandbox: answers set live (too few refused while typing), the password reset by them (a
// wrong answer refused in words, the dialog keeping what was typed), the same for an Exchange
// mailbox, and answers drafted without ever reaching the draft's file or preview.
#include "guiclick.h"
#include "hostwaywindow.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>

class TestSecurityGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersSetThenPasswordResetByThem();
    void exchangeMailboxResetsThroughItsOwnAction();
    void answersDraftedNeverWritten();
};

namespace {

/// The Security tab of `w`'s mailbox, shown and loaded.
QWidget *openSecurityTab(HostwayWindow &w)
{
    auto *tab = w.find<QWidget>("securityTab");
    if (!QTest::qWaitFor([&] { return w.tabs->isTabEnabled(w.tabs->indexOf(tab)); }, 10000))
        return nullptr;
    w.tabs->setCurrentWidget(tab);
    return QTest::qWaitFor([&] { return tab->findChild<QLineEdit *>(QStringLiteral("newAnswer_tk1")) != nullptr; }, 10000) ? tab
                                                                                                                          : nullptr;
}

/// The reset dialog, once open.
QDialog *resetDialog(HostwayWindow &w)
{
    QDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        dialog = w.f.window->findChild<QDialog *>(QStringLiteral("resetByAnswersDialog"));
        return dialog && dialog->isVisible();
    }, 10000);
    return dialog;
}

const QString kPassword = QStringLiteral("Zq7!vbnmKk2");

} // namespace

void TestSecurityGui::answersSetThenPasswordResetByThem()
{
    // GIVEN "test", which has no answers on file, and its Security tab
    HostwayWindow w(QStringLiteral("test"));
    QVERIFY(w.selected);
    QWidget *tab = openSecurityTab(w);
    QVERIFY(tab);
    auto *summary = w.find<QLabel>("securitySummary");
    QTRY_VERIFY2(summary->text().contains(QLatin1String("at least 3")), qPrintable(summary->text()));
    auto *save = w.find<QPushButton>("securitySave");
    auto *reset = w.find<QPushButton>("securityReset");
    auto *problem = w.find<QLabel>("securityProblem");
    QVERIFY(!save->isEnabled());
    QVERIFY2(!reset->isEnabled(), "nothing on file to answer");
    QVERIFY2(!problem->isVisible(), "no error before the first keystroke");

    // WHEN two answers are typed, THEN too few is said while typing
    auto *first = tab->findChild<QLineEdit *>(QStringLiteral("newAnswer_tk1"));
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QTest::keyClicks(first, QStringLiteral("Rex"));
    QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("newAnswer_tk2")), QStringLiteral("Paris"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("at least 3")), qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());
    // WHEN the third is typed and Ctrl+S pressed
    auto *third = tab->findChild<QLineEdit *>(QStringLiteral("newAnswer_tk3"));
    QTest::keyClicks(third, QStringLiteral("Blue"));
    QVERIFY(save->isEnabled());
    QVERIFY(QTest::qWaitForWindowActive(w.f.window.get()));
    third->setFocus();
    QTRY_VERIFY(third->hasFocus());
    QTest::keyClick(third, Qt::Key_S, Qt::ControlModifier);
    // THEN Hostway has the three, the fields are emptied and the reset is offered
    QTRY_COMPARE(w.secretKeys(QStringLiteral("test")), (QStringList{QStringLiteral("tk1"), QStringLiteral("tk2"), QStringLiteral("tk3")}));
    QTRY_VERIFY(reset->isEnabled());
    QVERIFY(tab->findChild<QLineEdit *>(QStringLiteral("newAnswer_tk1"))->text().isEmpty());

    // WHEN Reset Password by Answers is opened with a wrong answer
    QTest::mouseClick(reset, Qt::LeftButton);
    QDialog *dialog = resetDialog(w);
    QVERIFY(dialog);
    auto *resetButton = dialog->findChild<QPushButton *>(QStringLiteral("resetByAnswersButton"));
    auto *answer = dialog->findChild<QLineEdit *>(QStringLiteral("answer_tk2"));
    QVERIFY(answer);
    QTest::keyClicks(answer, QStringLiteral("London"));
    auto *passwordField = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(passwordField);
    QTest::keyClicks(passwordField, kPassword);
    QTRY_VERIFY(resetButton->isEnabled());
    QTest::mouseClick(resetButton, Qt::LeftButton);
    // THEN the 409 is said in words, and what was typed stays
    auto *dialogProblem = dialog->findChild<QLabel *>(QStringLiteral("resetByAnswersProblem"));
    QTRY_VERIFY(dialogProblem->isVisible());
    QVERIFY2(dialogProblem->text().contains(QLatin1String("does not match")), qPrintable(dialogProblem->text()));
    QCOMPARE(answer->text(), QStringLiteral("London"));
    QCOMPARE(passwordField->text(), kPassword);

    // WHEN the right answer is typed and Reset pressed again
    answer->clear();
    QTest::keyClicks(answer, QStringLiteral("Paris"));
    QTRY_VERIFY(resetButton->isEnabled());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(resetButton, Qt::LeftButton);
    // THEN the dialog closes and the tab says it was done
    QTRY_VERIFY(!guard || !guard->isVisible());
    auto *status = tab->findChild<QLabel *>(QStringLiteral("settingStatus"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("was reset")), qPrintable(status->text()));
}

void TestSecurityGui::exchangeMailboxResetsThroughItsOwnAction()
{
    // GIVEN the Exchange mailbox test-mb: its regular-mailbox tabs are off, Security is on
    HostwayWindow w(QStringLiteral("test-mb"));
    QVERIFY(w.selected);
    QWidget *tab = openSecurityTab(w);
    QVERIFY(tab);
    QVERIFY(!w.tabs->isTabEnabled(w.tabs->indexOf(w.find<QWidget>("forwardingTab"))));
    auto *reset = w.find<QPushButton>("securityReset");
    QTRY_VERIFY(reset->isEnabled());
    // WHEN its password is reset by one right answer
    QTest::mouseClick(reset, Qt::LeftButton);
    QDialog *dialog = resetDialog(w);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("answer_tk1")), QStringLiteral("answer1"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), kPassword);
    auto *resetButton = dialog->findChild<QPushButton *>(QStringLiteral("resetByAnswersButton"));
    QTRY_VERIFY(resetButton->isEnabled());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(resetButton, Qt::LeftButton);
    // THEN .../exchange/action took it (the mailbox action would answer 404)
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestSecurityGui::answersDraftedNeverWritten()
{
    // GIVEN Draft Mode and test2's Security tab
    HostwayWindow w(QStringLiteral("test2"));
    QVERIFY(w.selected);
    QWidget *tab = openSecurityTab(w);
    QVERIFY(tab);
    w.find<QAction>("actionDraftMode")->trigger();
    auto *dock = w.find<QDockWidget>("draftDock");
    QTRY_VERIFY(dock->isVisible());
    // WHEN three answers are typed and saved
    const QString secret = QStringLiteral("FirstPetWasRex");
    QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("newAnswer_tk1")), secret);
    QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("newAnswer_tk2")), QStringLiteral("Paris"));
    QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("newAnswer_tk3")), QStringLiteral("Blue"));
    QTest::mouseClick(w.find<QPushButton>("securitySave"), Qt::LeftButton);
    // THEN it is drafted, not sent; the preview masks the answers
    auto *draftTable = dock->findChild<QTableView *>(QStringLiteral("draftTable"));
    QTRY_COMPARE(draftTable->model()->rowCount(), 1);
    QCOMPARE(w.secretKeys(QStringLiteral("test2")), QStringList());
    draftTable->selectRow(0);
    const QString preview = dock->findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"))->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("/usernames/test2/secrets")), qPrintable(preview));
    QVERIFY2(!preview.contains(secret), qPrintable(preview));
    // AND applied, the answers come back from the keychain and land
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("draftApply")), Qt::LeftButton);
    QVERIFY(clickWhenShown(dock, "confirmApplyDraft", "confirmApplyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dock->findChild<QLabel *>(QStringLiteral("draftSummary"))->text().contains(QLatin1String("1 done")), 15000);
    QCOMPARE(w.secretKeys(QStringLiteral("test2")).size(), 3);
}

QTEST_MAIN(TestSecurityGui)
#include "tst_securitygui.moc"
