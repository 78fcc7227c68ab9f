// A Hostway domain's page through real widgets against the sandbox: its aliases on the
// Overview, its own black/white list (the Senders tab a mailbox has, at domain level) changed
// by keys, and its spam filter built from the fields the server returns.
#include "core/providers/hostway/hostwayclient.h"
#include "guifixture.h"
#include "hostwaywait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

/// Takes the links QDesktopServices would give the browser.
class LinkCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestDomainPageGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aliasesAndDomainSendersAndSpamFilter();
    void antiSpamPanelOpensInTheBrowser();
};

void TestDomainPageGui::aliasesAndDomainSendersAndSpamFilter()
{
    // GIVEN the demo Hostway account's test.com selected in the tree
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    HostwayClient check(&f.nam, Hostway::Endpoint{f.sandbox.baseUrl(), SandboxFixture::accountId()});
    check.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    f.window->selectDomain(f.id, QStringLiteral("test.com"));
    auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("domainTabs"));
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->isVisible());
    // THEN its Overview says its alias
    auto *aliases = f.window->findChild<QLabel *>(QStringLiteral("domainAliases"));
    QTRY_COMPARE(aliases->text(), QStringLiteral("test-com-alias.com"));

    // WHEN Change InfoStore Quota is asked for a quota below what the InfoStore uses (12 MB)
    auto *usage = f.window->findChild<QProgressBar *>(QStringLiteral("infoStoreUsage"));
    QTRY_VERIFY2(usage->text().contains(QLatin1String("12 MB")), qPrintable(usage->text()));
    auto *change = f.window->findChild<QPushButton *>(QStringLiteral("changeInfoStoreQuota"));
    QTRY_VERIFY(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog *>(QStringLiteral("quotaDialog"))) && dialog->isVisible());
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("quotaSpin"));
    QCOMPARE(spin->value(), 20);
    spin->setValue(10);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("setQuotaButton")), Qt::LeftButton);
    // THEN Hostway's refusal is said in words and the dialog stays
    auto *refusal = dialog->findChild<QLabel *>(QStringLiteral("quotaError"));
    QTRY_VERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(QLatin1String("at least what it uses")), qPrintable(refusal->text()));
    // WHEN a larger quota is typed and Return pressed THEN the dialog sends it (Return is not
    // Cancel's after the refusal), closes, and the bar shows it
    spin->setValue(50);
    QPointer<QDialog> guard(dialog);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_VERIFY2(usage->text().contains(QLatin1String("50 MB")), qPrintable(usage->text()));

    // WHEN its Senders tab is chosen
    QWidget *senders = nullptr;
    QTRY_VERIFY((senders = tabs->findChild<QWidget *>(QStringLiteral("domainSendersTab"))));
    tabs->setCurrentWidget(senders);
    // THEN it lists the domain's own four senders
    auto *table = senders->findChild<QTableView *>(QStringLiteral("sendersTable"));
    QTRY_COMPARE(table->model()->rowCount(), 4);
    auto *status = senders->findChild<QLabel *>(QStringLiteral("settingStatus"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("test.com")) && !status->text().contains(QLatin1Char('@')), qPrintable(status->text()));
    // WHEN an address the domain allows is typed to be blocked
    auto *input = senders->findChild<QLineEdit *>(QStringLiteral("sendersInput"));
    auto *type = senders->findChild<QComboBox *>(QStringLiteral("sendersInputType"));
    auto *listed = senders->findChild<QLabel *>(QStringLiteral("sendersListed"));
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("mb1-white@somedomain.com"));
    // THEN its own GET says, a moment later, that Add would move it
    QTRY_VERIFY(listed->isVisible());
    QVERIFY2(listed->text().contains(QLatin1String("allowed now")), qPrintable(listed->text()));
    // AND with Allow chosen instead, that it is allowed already and Return takes it off
    type->setCurrentIndex(type->findData(QStringLiteral("W")));
    QVERIFY2(listed->text().contains(QLatin1String("Return takes it off")), qPrintable(listed->text()));
    // WHEN a sender domain on neither list is typed and Return pressed
    input->clear();
    QVERIFY(!listed->isVisible());
    QTest::keyClicks(input, QStringLiteral("@partner.example"));
    QTest::qWait(800);   // the lookup asked and answered (404): nothing to say
    QVERIFY(!listed->isVisible());
    QTest::keyClick(input, Qt::Key_Return);
    // THEN the domain allows it at Hostway, and the table shows five
    QTRY_COMPARE(table->model()->rowCount(), 5);
    const auto [error, entry] = fetchAndWait<Hostway::BlackWhiteEntry>([&](auto done) {
        check.fetchBlackWhiteEntry(QStringLiteral("test.com"), QString(), QStringLiteral("@partner.example"), f.window.get(), done);
    });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(entry.type, QStringLiteral("W"));

    // WHEN its Spam filter tab is chosen THEN the form is the server's fields
    auto *spam = tabs->findChild<QWidget *>(QStringLiteral("domainSpamFilterTab"));
    tabs->setCurrentWidget(spam);
    QTRY_VERIFY(spam->findChild<QComboBox *>(QStringLiteral("spamFilter_SPAM_LEVEL")));

    // WHEN its Webmail tab is chosen THEN the trial and the plans show, upgrades allowed
    auto *webmail = tabs->findChild<QWidget *>(QStringLiteral("domainWebmailTab"));
    tabs->setCurrentWidget(webmail);
    auto *trial = webmail->findChild<QLabel *>(QStringLiteral("domainWebmailTrial"));
    QTRY_VERIFY2(trial->text().contains(QLatin1String("premium")), qPrintable(trial->text()));
    auto *allow = webmail->findChild<QCheckBox *>(QStringLiteral("domainWebmailAllowUpgrade"));
    QTRY_VERIFY(allow->isEnabled());
    QVERIFY(allow->isChecked());
    // WHEN upgrades are turned off and Ctrl+S pressed THEN Hostway has them off
    f.window->activateWindow();   // the quota dialog had it
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    allow->setFocus();
    QTest::keyClick(allow, Qt::Key_Space);
    QVERIFY(!allow->isChecked());
    QVERIFY(webmail->findChild<QPushButton *>(QStringLiteral("domainWebmailSave"))->isEnabled());
    QTest::keyClick(allow, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(fetchAndWait<Hostway::DomainWebmail>([&](auto done) {
        check.fetchDomainWebmail(QStringLiteral("test.com"), f.window.get(), done);
    }).second.allowUpgrade == false);

    // WHEN big.example, whose product disables upgrades, is shown THEN they cannot be turned on
    f.window->selectDomain(f.id, QStringLiteral("big.example"));
    tabs->setCurrentWidget(webmail);
    QTRY_VERIFY2(trial->text() == QLatin1String("none"), qPrintable(trial->text()));
    QVERIFY(!allow->isChecked());
    QVERIFY(!allow->isEnabled());
    QVERIFY2(allow->toolTip().contains(QLatin1String("disables upgrades")), qPrintable(allow->toolTip()));
}

void TestDomainPageGui::antiSpamPanelOpensInTheBrowser()
{
    // GIVEN test.com shown, and the browser replaced by a catcher
    GuiFixture f([](quint16 port) { return DemoAccount::make(port); });
    LinkCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    f.window->selectDomain(f.id, QStringLiteral("test.com"));
    auto *open = f.window->findChild<QPushButton *>(QStringLiteral("openAntiSpamPanel"));
    QTRY_VERIFY(open->isVisible() && open->isEnabled());
    // WHEN Open Anti-spam Panel is pressed
    QTest::mouseClick(open, Qt::LeftButton);
    // THEN Hostway's sign-in link goes to the browser, and the page says so
    QTRY_COMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.first().path(), QStringLiteral("/avas-panel/test.com"));
    auto *status = f.window->findChild<QLabel *>(QStringLiteral("antiSpamStatus"));
    QVERIFY2(status->text().contains(QLatin1String("opened in your web browser")), qPrintable(status->text()));
    QTRY_VERIFY(open->isEnabled());   // another link may be asked for: each is a fresh sign-in
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

QTEST_MAIN(TestDomainPageGui)
#include "tst_domainpagegui.moc"
