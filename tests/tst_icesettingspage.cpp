// The ICE email server editor through real widgets against the sandbox: what is shown
// before anything was sent, checks as the user types, sending, and the settings remembered
// by Mailroom (ICE cannot read them back) shown again later without their passwords.
#include "core/accounts/demoaccount.h"
#include "core/providers/ice/icesettingsstore.h"
#include "models/accounttreemodel.h"
#include "models/draftsession.h"
#include "sandbox/icesimulator.h"
#include "ui/draftdock.h"
#include "ui/mainwindow.h"
#include "guiclick.h"
#include "accessiblenames.h"
#include "guifixture.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

class TestIceSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editValidateSendRemember();
    void draftModeKeepsThePasswordsOutOfTheFile();
};

void TestIceSettingsPage::editValidateSendRemember()
{
    // Mailroom's memory of what was sent starts empty (an earlier run leaves its file).
    QDir(IceSettingsStore::defaultFolder()).removeRecursively();
    GuiFixture f([](quint16 port) { return DemoAccount::makeIce(port); });
    SandboxFixture &sandbox = f.sandbox;
    MainWindow &window = *f.window;
    const QString id = f.id;
    const auto field = [&window](const char *name) { return window.findChild<QLineEdit *>(QLatin1String(name)); };

    // GIVEN skill 663's Email Server node, nothing sent from here yet
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *model = static_cast<AccountTreeModel *>(tree->model());
    const QModelIndex node = model->mailboxesIndex(id, QStringLiteral("663"));
    QCOMPARE(node.data().toString(), QStringLiteral("Email Server"));
    QCOMPARE(node.parent().data().toString(), QStringLiteral("Skill 663"));
    tree->setCurrentIndex(node);
    auto *memory = window.findChild<QLabel *>(QStringLiteral("iceMemoryNote"));
    auto *problems = window.findChild<QLabel *>(QStringLiteral("iceProblems"));
    auto *send = window.findChild<QPushButton *>(QStringLiteral("iceSendButton"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("iceStatus"));
    QTRY_VERIFY(memory->text().contains(QLatin1String("none were sent")));
    QVERIFY(!send->isEnabled());
    QVERIFY(problems->text().contains(QLatin1String("SMTP server")));
    QVERIFY2(problems->styleSheet().isEmpty(), "what a form just opened lacks is a checklist, not an error");
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // WHEN the user types the settings with a bad port and a bad mailbox
    QTest::keyClicks(field("smtpHostEdit"), QStringLiteral("smtp.mail.com"));
    QTest::keyClicks(field("smtpUserEdit"), QStringLiteral("HHarry"));
    QTest::keyClicks(field("smtpPasswordEdit"), QStringLiteral("Clark1!"));
    QTest::keyClicks(field("smtpMailboxEdit"), QStringLiteral("hclarke"));
    QTest::keyClicks(field("inHostEdit"), QStringLiteral("pop3.mail.com"));
    field("inPortEdit")->clear();
    QTest::keyClicks(field("inPortEdit"), QStringLiteral("70000"));
    // THEN each problem is named, as an error now, and nothing can be sent
    QVERIFY(problems->text().contains(QLatin1String("POP3 port")));
    QVERIFY(!problems->styleSheet().isEmpty());
    QVERIFY(problems->text().contains(QLatin1String("SMTP mailbox")));
    QVERIFY(!send->isEnabled());
    // WHEN they are fixed
    QTest::keyClicks(field("smtpMailboxEdit"), QStringLiteral("@etechtexas.com"));
    field("inPortEdit")->clear();
    QTest::keyClicks(field("inPortEdit"), QStringLiteral("995"));
    QTest::keyClicks(field("inPasswordEdit"), QStringLiteral("Password1@"));
    window.findChild<QCheckBox *>(QStringLiteral("spoofingCheck"))->setChecked(true);
    QVERIFY(problems->text().contains(QLatin1String("Spoofing")));
    QTest::keyClicks(field("spoofEmailEdit"), QStringLiteral("chris@etechgs.com"));
    QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    // THEN ICE receives them with its example's names, and the page says what it remembers
    QTRY_VERIFY(status->text().contains(QLatin1String("ICE accepted the settings")));
    const QJsonObject received = sandbox.server()->ice()->settings(59, 663);
    QCOMPARE(received.value(QLatin1String("SMTPServerAddress")).toString(), QStringLiteral("smtp.mail.com"));
    QCOMPARE(received.value(QLatin1String("SMTPPassword")).toString(), QStringLiteral("Clark1!"));
    QCOMPARE(received.value(QLatin1String("Pop3Port")).toString(), QStringLiteral("995"));
    QCOMPARE(received.value(QLatin1String("SpoofEmail")).toString(), QStringLiteral("chris@etechgs.com"));
    QVERIFY(field("smtpPasswordEdit")->text().isEmpty());   // never shown again
    QTRY_VERIFY(memory->text().contains(QLatin1String("just sent")) || memory->text().contains(QLatin1String("keychain")));

    // WHEN another skill is opened and then this one again
    tree->setCurrentIndex(model->mailboxesIndex(id, QStringLiteral("700")));
    QTRY_VERIFY(field("smtpHostEdit")->text().isEmpty());
    tree->setCurrentIndex(node);
    // THEN what was sent is shown, dated, from Mailroom's memory
    QTRY_COMPARE(field("smtpHostEdit")->text(), QStringLiteral("smtp.mail.com"));
    QVERIFY(memory->text().contains(QLatin1String("this is what Mailroom sent on")));
    QCOMPARE(field("inHostEdit")->text(), QStringLiteral("pop3.mail.com"));
    QVERIFY(field("smtpPasswordEdit")->text().isEmpty());

    // WHEN IMAP is chosen, THEN the IMAP fields (empty) replace POP3's, and POP3's come back
    window.findChild<QRadioButton *>(QStringLiteral("imapRadio"))->setChecked(true);
    QCOMPARE(field("inHostEdit")->text(), QString());
    QCOMPARE(field("inPortEdit")->text(), QStringLiteral("993"));
    QVERIFY(problems->text().contains(QLatin1String("IMAP server")));
    window.findChild<QRadioButton *>(QStringLiteral("pop3Radio"))->setChecked(true);
    QCOMPARE(field("inHostEdit")->text(), QStringLiteral("pop3.mail.com"));
    QVERIFY(problems->text().isEmpty());
}

void TestIceSettingsPage::draftModeKeepsThePasswordsOutOfTheFile()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    GuiFixture f([](quint16 port) { return DemoAccount::makeIce(port); });
    SandboxFixture &sandbox = f.sandbox;
    MainWindow &window = *f.window;
    const QString id = f.id;
    const auto field = [&window](const char *name) { return window.findChild<QLineEdit *>(QLatin1String(name)); };
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *model = static_cast<AccountTreeModel *>(tree->model());
    tree->setCurrentIndex(model->mailboxesIndex(id, QStringLiteral("700")));
    auto *send = window.findChild<QPushButton *>(QStringLiteral("iceSendButton"));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("iceMemoryNote"))->text().contains(QLatin1String("none were sent")));

    // GIVEN Draft Mode on and settings typed with an SMTP password
    window.findChild<QAction *>(QStringLiteral("actionDraftMode"))->trigger();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("draftDock"));
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(send->text(), QStringLiteral("&Add to Draft"));   // the button says where it sends
    QTest::keyClicks(field("smtpHostEdit"), QStringLiteral("smtp.mail.com"));
    QTest::keyClicks(field("smtpPasswordEdit"), QStringLiteral("Dr4fted-Smtp"));
    QTest::keyClicks(field("smtpMailboxEdit"), QStringLiteral("desk@mail.com"));
    QTest::keyClicks(field("inHostEdit"), QStringLiteral("pop3.mail.com"));
    QTRY_VERIFY(send->isEnabled());

    // WHEN Send is pressed
    QTest::mouseClick(send, Qt::LeftButton);

    // THEN the change is drafted, not sent, and its file holds no password
    auto *draftTable = dock->findChild<QTableView *>(QStringLiteral("draftTable"));
    QTRY_COMPARE(draftTable->model()->rowCount(), 1);
    QVERIFY(sandbox.server()->ice()->settings(59, 700).isEmpty());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("iceStatus"))->text().contains(QLatin1String("draft")));
    const QString path = static_cast<DraftDock *>(dock)->session()->path();
    QFile file(path);
    QTRY_VERIFY(file.exists());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("smtp.mail.com"));
    QVERIFY(!saved.contains("Dr4fted-Smtp"));

    // WHEN the draft is applied THEN ICE gets the password from the keychain
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("draftApply")), Qt::LeftButton);
    QVERIFY(clickWhenShown(dock, "confirmApplyDraft", "confirmApplyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dock->findChild<QLabel *>(QStringLiteral("draftSummary"))->text().contains(QLatin1String("1 done")), 15000);
    QCOMPARE(sandbox.server()->ice()->settings(59, 700).value(QLatin1String("SMTPPassword")).toString(), QStringLiteral("Dr4fted-Smtp"));
    window.findChild<QAction *>(QStringLiteral("actionDraftMode"))->trigger();
    QCOMPARE(send->text(), QStringLiteral("Send to &ICE"));
}

QTEST_MAIN(TestIceSettingsPage)
#include "tst_icesettingspage.moc"
