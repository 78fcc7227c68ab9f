// A Hostway mailbox owner's account in the window (issue: "a mailbox-owner account that sees
// only its mailbox"): its tree node has no domains, its page shows the one mailbox's
// Security and Webmail tabs, every request it sends is one of the /email/{domain} shortcuts,
// and a change goes through the change path to the sandbox.
#include "core/accounts/demoaccount.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/mailboxowner.h"
#include "accessiblenames.h"
#include "guifixture.h"
#include "ui/accountdialog.h"
#include "hostwaywait.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>

namespace {
Account exchangeOwner(quint16 port)
{
    Account account = DemoAccount::makeOwner(port);
    account.kind = QLatin1String(Hostway::kExchangeOwnerKind);
    account.userName = QStringLiteral("test-mb@test.com");
    return account;
}
} // namespace

class TestOwnerGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownerSeesOnlyItsMailbox();
    void ownerChangesItsWebmail();
    void exchangeOwnerHasNoWebmail();
    void ownResetBecomesTheAccountsPassword();
    void refreshReadsTheOwnersPageAgain();
    void accountDialogOffersTheOwnerKind();

private:
    /// Selects the account's own node; the owner page once shown, else null.
    static QWidget *openOwnerPage(GuiFixture &f);
    /// The owner page on its Webmail tab, its theme field once the account is read; null else.
    static QWidget *openOwnerWebmail(GuiFixture &f);
    /// A client of the sandbox signed in as the account's administrator, to check behind the window.
    static std::unique_ptr<HostwayClient> adminClient(GuiFixture &f);
};

QWidget *TestOwnerGui::openOwnerPage(GuiFixture &f)
{
    auto *tree = f.window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *model = static_cast<AccountTreeModel *>(tree->model());
    tree->setCurrentIndex(model->accountIndex(f.id));
    auto *page = f.window->findChild<QWidget *>(QStringLiteral("ownerPage"));
    return page && QTest::qWaitFor([page] { return page->isVisible(); }, 5000) ? page : nullptr;
}

QWidget *TestOwnerGui::openOwnerWebmail(GuiFixture &f)
{
    QWidget *page = openOwnerPage(f);
    if (!page)
        return nullptr;
    page->findChild<QTabWidget *>(QStringLiteral("ownerTabs"))->setCurrentIndex(1);
    auto *theme = page->findChild<QLineEdit *>(QStringLiteral("webmailTheme"));
    return QTest::qWaitFor([theme] { return theme->isEnabled(); }, 10000) ? page : nullptr;
}

std::unique_ptr<HostwayClient> TestOwnerGui::adminClient(GuiFixture &f)
{
    auto admin = std::make_unique<HostwayClient>(&f.nam, Hostway::Endpoint{f.sandbox.baseUrl(), SandboxFixture::accountId()});
    admin->setCredentials(SandboxFixture::user(), SandboxFixture::password());
    return admin;
}

void TestOwnerGui::ownerSeesOnlyItsMailbox()
{
    // GIVEN john.smith@test.com signed in as its owner; every path the window asks for is kept
    GuiFixture f([](quint16 port) { return DemoAccount::makeOwner(port); }, DemoAccount::ownerPassword());
    QStringList paths;
    f.sandbox.server()->setRequestObserver([&paths](const Sandbox::Request &request) { paths.append(request.path); });
    auto *tree = f.window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *model = static_cast<AccountTreeModel *>(tree->model());
    // THEN its node has no domain under it
    QCOMPARE(model->rowCount(model->accountIndex(f.id)), 0);
    // WHEN its node is selected
    QWidget *page = openOwnerPage(f);
    QVERIFY(page);
    // THEN the page names the mailbox, and its questions are read
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("ownerTitle"))->text(), QStringLiteral("john.smith@test.com"));
    auto *summary = page->findChild<QLabel *>(QStringLiteral("securitySummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("answered 3")), 10000);
    // AND nothing of the administrator is offered: no mailbox actions, no domains
    for (const char *name : {"actionNewMailbox", "actionAddDomain"}) {
        auto *action = f.window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->isVisible(), name);
    }
    // WHEN the Webmail tab is shown
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("ownerTabs"));
    QCOMPARE(tabs->count(), 2);
    tabs->setCurrentWidget(page->findChild<QWidget *>(QStringLiteral("webmailTab")));
    auto *plan = page->findChild<QComboBox *>(QStringLiteral("webmailPlan"));
    QTRY_VERIFY_WITH_TIMEOUT(plan->isEnabled() && plan->currentData().toString() == QLatin1String("standard"), 10000);
    // THEN whether upgrades are allowed is the administrator's to change
    QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("webmailAllowUpgrade"))->isEnabled());
    // AND every control of both tabs has a name a screen reader says
    QCOMPARE(unnamedControls(page), QStringList());
    tabs->setCurrentIndex(0);
    QCOMPARE(unnamedControls(page), QStringList());
    tabs->setCurrentIndex(1);
    QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("webmailResetPassword"))->isVisibleTo(page));
    // AND every request went to a shortcut of the owner's domain, or to the questions' own paths
    QVERIFY(!paths.isEmpty());
    for (const QString &path : std::as_const(paths))
        QVERIFY2(path.startsWith(QLatin1String("/email/test.com/")) || path.startsWith(QLatin1String("/email/secretQuestion")), qPrintable(path));
}

void TestOwnerGui::ownerChangesItsWebmail()
{
    GuiFixture f([](quint16 port) { return DemoAccount::makeOwner(port); }, DemoAccount::ownerPassword());
    QWidget *page = openOwnerWebmail(f);
    QVERIFY(page);
    auto *theme = page->findChild<QLineEdit *>(QStringLiteral("webmailTheme"));
    // WHEN the owner types a theme and saves
    theme->setFocus();
    QTest::keyClicks(theme, QStringLiteral("dark"));
    auto *save = page->findChild<QPushButton *>(QStringLiteral("webmailSave"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // THEN the tab says it was saved, once read back
    auto *status = page->findChild<QWidget *>(QStringLiteral("webmailTab"))->findChild<QLabel *>(QStringLiteral("settingStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved:")), 10000);
    // AND the sandbox holds it (read back as the administrator)
    const auto admin = adminClient(f);
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        const auto [error, webmail] = fetchAndWait<Hostway::Webmail>([&](auto done) {
            admin->fetchWebmail(QStringLiteral("test.com"), QStringLiteral("john.smith"), admin.get(), done);
        });
        return !error.isError() && webmail.theme == QLatin1String("dark");
    }()), 10000);
}

void TestOwnerGui::exchangeOwnerHasNoWebmail()
{
    GuiFixture f(exchangeOwner, DemoAccount::ownerPassword());
    QWidget *page = openOwnerPage(f);
    QVERIFY(page);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("ownerTabs"));
    QVERIFY(tabs->isTabVisible(0));
    QVERIFY(!tabs->isTabVisible(1));   // an Exchange mailbox has no OpenXchange account
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("ownerTitle"))->text(), QStringLiteral("test-mb@test.com"));
    // Its questions are read without credentials (section 106-107), so the page fills in
    // even before the Exchange mailbox has a password of its own in the sandbox.
    auto *summary = page->findChild<QLabel *>(QStringLiteral("securitySummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("answered 3")), 10000);
}

void TestOwnerGui::ownResetBecomesTheAccountsPassword()
{
    // GIVEN the owner's Security tab
    GuiFixture f([](quint16 port) { return DemoAccount::makeOwner(port); }, DemoAccount::ownerPassword());
    QWidget *page = openOwnerPage(f);
    QVERIFY(page);
    auto *reset = page->findChild<QPushButton *>(QStringLiteral("securityReset"));
    QTRY_VERIFY_WITH_TIMEOUT(reset->isEnabled(), 10000);
    // WHEN the owner resets the mailbox's password with one right answer
    QTest::mouseClick(reset, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = f.window->findChild<QDialog *>(QStringLiteral("resetByAnswersDialog"))) && dialog->isVisible(), 5000);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("answer_tk1")), QStringLiteral("answer1"));
    const QString fresh = QStringLiteral("Zq7!vbnmKk2");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), fresh);
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("resetByAnswersButton"));
    QTRY_VERIFY(send->isEnabled());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
    // THEN the account signs in with the new password from now on (no prompt, no 401)
    std::optional<QString> now;
    bool answered = false;
    f.sessions->withPassword(f.id, page, [&](std::optional<QString> password) {
        now = std::move(password);
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(now.value_or(QString()), fresh);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("ownerTabs"));
    tabs->setCurrentIndex(1);
    auto *plan = page->findChild<QComboBox *>(QStringLiteral("webmailPlan"));
    QTRY_VERIFY_WITH_TIMEOUT(plan->isEnabled() && plan->count() > 0, 10000);
}

void TestOwnerGui::refreshReadsTheOwnersPageAgain()
{
    // GIVEN the owner's Webmail tab, read
    GuiFixture f([](quint16 port) { return DemoAccount::makeOwner(port); }, DemoAccount::ownerPassword());
    QWidget *page = openOwnerWebmail(f);
    QVERIFY(page);
    auto *theme = page->findChild<QLineEdit *>(QStringLiteral("webmailTheme"));
    QCOMPARE(theme->text(), QString());
    // WHEN the administrator changes the theme elsewhere, and the owner presses Refresh
    const auto admin = adminClient(f);
    QCOMPARE(sendAndWait(admin.get(), Hostway::Requests::putWebmail(admin->endpoint(), QStringLiteral("test.com"), QStringLiteral("john.smith"),
                                                                    QJsonObject{{QStringLiteral("theme"), QStringLiteral("ocean")}}), admin.get()).first, 204);
    auto *refresh = f.window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh->isEnabled());
    refresh->trigger();
    // THEN the page reads the mailbox again
    QTRY_COMPARE_WITH_TIMEOUT(theme->text(), QStringLiteral("ocean"), 10000);
}

void TestOwnerGui::accountDialogOffersTheOwnerKind()
{
    // GIVEN a new Hostway account in the dialog
    AccountDialog dialog{Account()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("accountKindCombo"));
    auto *accountId = dialog.findChild<QLineEdit *>(QStringLiteral("accountIdEdit"));
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveAccountButton"));
    QVERIFY(kind->isVisible());
    QCOMPARE(kind->count(), 3);
    QVERIFY(accountId->isVisible());
    dialog.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral("John"));
    accountId->setText(QStringLiteral("kept-out"));
    // WHEN the mailbox owner is chosen
    kind->setCurrentIndex(kind->findData(QLatin1String(Hostway::kOwnerKind)));
    // THEN no account id is asked, and the user name must be the mailbox's address
    QVERIFY(!accountId->isVisible());
    QCOMPARE(unnamedControls(&dialog), QStringList());
    user->setText(QStringLiteral("john.smith"));
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("accountProblems"))->text().contains(QStringLiteral("address")));
    user->setText(QStringLiteral("john.smith@test.com"));
    QVERIFY(save->isEnabled());
    const Account made = dialog.account();
    QCOMPARE(made.kind, QLatin1String(Hostway::kOwnerKind));
    QVERIFY(made.accountId.isEmpty());
    // AND an owner account opens with its kind chosen
    AccountDialog editing(made);
    QCOMPARE(editing.findChild<QComboBox *>(QStringLiteral("accountKindCombo"))->currentData().toString(), QLatin1String(Hostway::kOwnerKind));
}

QTEST_MAIN(TestOwnerGui)
#include "tst_ownergui.moc"
