// Issue 13's eight common tasks, each driven with key events only, where the focus is, as a
// person at the keyboard does them, and counted: a chord is one step, a typed text is one.
// Finding the object is itself a task (Search Everywhere: Ctrl+K, the name, Enter); each
// other task starts from the object found that way and takes at most three steps more.
#include "core/providers/hostway/hostwayclient.h"
#include "guifixture.h"
#include "hostwaywait.h"
#include "models/searchresultsmodel.h"
#include "sandbox/ikoulasimulator.h"
#include "ui/searcheverywherebox.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QRegularExpression>
#include <QListWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace {

/// Key events to the widget with the focus, counted as a person's steps.
class Steps
{
public:
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_count;
        QTest::keyClick(target(), key, modifiers);
    }
    void type(const QString &text)
    {
        ++m_count;
        QTest::keyClicks(target(), text);
    }
    [[nodiscard]] int count() const { return m_count; }

private:
    static QWidget *target()
    {
        QWidget *focus = QApplication::focusWidget();
        return focus ? focus : QApplication::activeWindow();
    }
    int m_count = 0;
};

constexpr int kMostSteps = 3;

/// True once the mailbox tab `objectName` has read its setting (its status says no longer
/// "Loading…"): what a person waits to see before typing there.
bool tabLoaded(QWidget *window, const char *objectName)
{
    auto *tab = window->findChild<QWidget *>(QLatin1String(objectName));
    auto *status = tab ? tab->findChild<QLabel *>(QStringLiteral("settingStatus")) : nullptr;
    return status && QTest::qWaitFor([&] { return !status->text().isEmpty() && !status->text().startsWith(QStringLiteral("Loading")); }, 10000);
}

/// True once the focus is in the window named `objectName` (a dialog just opened): a
/// person sees it and types there.
bool focusIn(const char *objectName)
{
    return QTest::qWaitFor([&] {
        QWidget *focus = QApplication::focusWidget();
        return focus && focus->window()->objectName() == QLatin1String(objectName);
    }, 10000);
}

} // namespace

class TestThreeSteps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAMailboxAcrossAccounts();
    void resetAPassword();
    void raiseAQuota();
    void addAForward();
    void setAnAutoresponder();
    void unblockASender();
    void readMessageCounts();
    void addAListMember();

private:
    /// Finds `term` with Search Everywhere and opens the result named `name` (Down to it when
    /// it is not the first): the find task, not counted in the next task's steps.
    static bool open(GuiFixture &f, const QString &term, const QString &name);
    static HostwayClient *checker(GuiFixture &f)
    {
        auto *check = new HostwayClient(&f.nam, Hostway::Endpoint{f.sandbox.baseUrl(), SandboxFixture::accountId()}, f.window.get());
        check->setCredentials(SandboxFixture::user(), SandboxFixture::password());
        return check;
    }
};

bool TestThreeSteps::open(GuiFixture &f, const QString &term, const QString &name)
{
    f.window->activateWindow();
    if (!QTest::qWaitForWindowActive(f.window.get()))
        return false;
    Steps steps;
    steps.press(Qt::Key_K, Qt::ControlModifier);
    steps.type(term);
    auto *box = f.window->findChild<SearchEverywhereBox *>(QStringLiteral("searchEverywhere"));
    auto *results = static_cast<SearchResultsModel *>(box->resultsView()->model());
    auto *status = f.window->findChild<QLabel *>(QStringLiteral("searchStatus"));
    if (!QTest::qWaitFor([&] { return QRegularExpression(QStringLiteral("^\\d+ found\\.")).match(status->text()).hasMatch(); }, 15000))
        return false;
    for (int i = 0; i < results->openableCount(); ++i) {
        const SearchHit *hit = results->hit(box->resultsView()->currentIndex());
        if (hit && hit->name == name)
            break;
        QTest::keyClick(box, Qt::Key_Down);
    }
    const SearchHit *hit = results->hit(box->resultsView()->currentIndex());
    if (!hit || hit->name != name)
        return false;
    steps.press(Qt::Key_Return);
    // The object's table has the focus, the object selected; a Hostway mailbox's tabs are
    // enabled once its details are read (a person sees them appear).
    const bool selected = QTest::qWaitFor([&] {
        auto *table = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
        if (!table || table->selectionModel()->selectedRows().size() != 1)
            return false;
        const QString shown = table->selectionModel()->selectedRows().first().data().toString();
        return !shown.isEmpty() && (shown == name || name.startsWith(shown + QLatin1Char('@')));
    }, 10000);
    auto *forwarding = f.window->findChild<QWidget *>(QStringLiteral("forwardingTab"));
    auto *tabs = forwarding ? qobject_cast<QTabWidget *>(forwarding->parentWidget()->parentWidget()) : nullptr;
    if (!selected || !tabs || !tabs->isVisible())
        return selected;
    return QTest::qWaitFor([&] { return tabs->isTabEnabled(tabs->indexOf(forwarding)); }, 10000);
}

void TestThreeSteps::findAMailboxAcrossAccounts()
{
    GuiFixture f(&DemoAccount::make);
    f.addAccount([](quint16 port) { return DemoAccount::makeIkoula(port, Sandbox::IkoulaSimulator::demoPublicKey()); });
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    Steps steps;
    steps.press(Qt::Key_K, Qt::ControlModifier);
    steps.type(QStringLiteral("jack"));
    QTRY_VERIFY_WITH_TIMEOUT(QRegularExpression(QStringLiteral("^\\d+ found\\.")).match(f.window->findChild<QLabel *>(QStringLiteral("searchStatus"))->text()).hasMatch(), 15000);
    steps.press(Qt::Key_Return);
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("mailboxTable"));
    QTRY_VERIFY(table->hasFocus());
    QTRY_COMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("jack.smith"));
    QVERIFY(steps.count() <= kMostSteps);
}

void TestThreeSteps::resetAPassword()
{
    GuiFixture f(&DemoAccount::make);
    QVERIFY(open(f, QStringLiteral("jack"), QStringLiteral("jack.smith@test.com")));
    Steps steps;
    steps.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(focusIn("changePasswordDialog"));
    steps.type(QStringLiteral("Tr4vel-Light-2026"));
    steps.press(Qt::Key_Return);
    QTRY_VERIFY2(f.window->statusBar()->currentMessage().contains(QStringLiteral("Password of jack.smith changed")),
                 qPrintable(f.window->statusBar()->currentMessage()));
    QVERIFY(steps.count() <= kMostSteps);
}

void TestThreeSteps::raiseAQuota()
{
    GuiFixture f(&DemoAccount::make);
    HostwayClient *check = checker(f);
    QVERIFY(open(f, QStringLiteral("jack"), QStringLiteral("jack.smith@test.com")));
    Steps steps;
    steps.press(Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(focusIn("quotaDialog"));
    steps.type(QStringLiteral("500"));
    steps.press(Qt::Key_Return);
    QTRY_VERIFY(!f.window->findChild<QDialog *>(QStringLiteral("quotaDialog")));
    const auto [error, mailbox] = fetchAndWait<Hostway::Mailbox>([&](auto done) {
        check->fetchMailbox(QStringLiteral("test.com"), QStringLiteral("jack.smith"), f.window.get(), done);
    });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(mailbox.quotaMb, 500);
    QVERIFY(steps.count() <= kMostSteps);
}

void TestThreeSteps::addAForward()
{
    GuiFixture f(&DemoAccount::make);
    QVERIFY(open(f, QStringLiteral("jack"), QStringLiteral("jack.smith@test.com")));
    Steps steps;
    steps.press(Qt::Key_W, Qt::AltModifier);   // Forwarding, its address field
    QVERIFY(tabLoaded(f.window.get(), "forwardingTab"));
    steps.type(QStringLiteral("jack@elsewhere.example"));
    steps.press(Qt::Key_Return);
    auto *targets = f.window->findChild<QListWidget *>(QStringLiteral("forwardTargets"));
    QTRY_VERIFY_WITH_TIMEOUT(!targets->findItems(QStringLiteral("jack@elsewhere.example"), Qt::MatchExactly).isEmpty(), 10000);
    QVERIFY(!targets->findItems(QStringLiteral("jack@home.example"), Qt::MatchExactly).isEmpty());   // kept
    QVERIFY(steps.count() <= kMostSteps);
}

void TestThreeSteps::setAnAutoresponder()
{
    GuiFixture f(&DemoAccount::make);
    HostwayClient *check = checker(f);
    QVERIFY(open(f, QStringLiteral("jack"), QStringLiteral("jack.smith@test.com")));
    Steps steps;
    steps.press(Qt::Key_U, Qt::AltModifier);   // Autoresponder, its text
    QVERIFY(tabLoaded(f.window.get(), "autoresponderTab"));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("autoresponderBody"));
    steps.type(QStringLiteral("Away until Monday."));   // writing a reply turns it on
    steps.press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        const auto [error, reply] = fetchAndWait<Hostway::Autoresponder>([&](auto done) {
            check->fetchAutoresponder(QStringLiteral("test.com"), QStringLiteral("jack.smith"), f.window.get(), done);
        });
        return !error.isError() && reply.active && reply.body == QLatin1String("Away until Monday.");
    }()), 10000);
    QVERIFY(steps.count() <= kMostSteps);
}

void TestThreeSteps::unblockASender()
{
    GuiFixture f(&DemoAccount::make);
    HostwayClient *check = checker(f);
    QVERIFY(open(f, QStringLiteral("test@test"), QStringLiteral("test@test.com")));
    Steps steps;
    steps.press(Qt::Key_N, Qt::AltModifier);   // Senders, the address field
    QVERIFY(tabLoaded(f.window.get(), "sendersTab"));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("sendersInput"));
    steps.type(QStringLiteral("mb2-black@domain.com"));
    // Its lookup says it is blocked and that Return unblocks it.
    auto *listed = f.window->findChild<QLabel *>(QStringLiteral("sendersListed"));
    QTRY_VERIFY_WITH_TIMEOUT(listed->isVisible() && listed->text().contains(QStringLiteral("Return unblocks")), 10000);
    steps.press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        const auto [error, entry] = fetchAndWait<Hostway::BlackWhiteEntry>([&](auto done) {
            check->fetchBlackWhiteEntry(QStringLiteral("test.com"), QStringLiteral("test"), QStringLiteral("mb2-black@domain.com"),
                                        f.window.get(), done);
        });
        return error.kind() == ApiError::Kind::NotFound;
    }()), 10000);
    QVERIFY(steps.count() <= kMostSteps);
}

void TestThreeSteps::readMessageCounts()
{
    GuiFixture f(&DemoAccount::make);
    QVERIFY(open(f, QStringLiteral("jack"), QStringLiteral("jack.smith@test.com")));
    Steps steps;
    steps.press(Qt::Key_G, Qt::AltModifier);   // General (shown already: one step at most)
    auto *messages = f.window->findChild<QLabel *>(QStringLiteral("detailsMessages"));
    QTRY_VERIFY_WITH_TIMEOUT(messages && messages->text().contains(QStringLiteral("Inbox")), 10000);
    QVERIFY2(messages->text().contains(QStringLiteral("842")), qPrintable(messages->text()));
    QVERIFY(steps.count() <= kMostSteps);
}

void TestThreeSteps::addAListMember()
{
    GuiFixture f([](quint16 port) { return DemoAccount::makeIkoula(port, Sandbox::IkoulaSimulator::demoPublicKey()); });
    f.window->listProviderObjects();
    auto *tree = f.window->findChild<QTreeView *>(QStringLiteral("accountTree"));
    QTRY_VERIFY_WITH_TIMEOUT(static_cast<AccountTreeModel *>(tree->model())->subscriptionIndex(f.id, QStringLiteral("10442")).isValid(), 10000);
    QVERIFY(open(f, QStringLiteral("cuisine@"), QStringLiteral("cuisine@brasserie-lumiere.fr")));
    Steps steps;
    steps.press(Qt::Key_E, Qt::AltModifier);   // the new member's field
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("memberEdit"));
    steps.type(QStringLiteral("lea.petit@brasserie-lumiere.fr"));
    steps.press(Qt::Key_Return);
    auto *members = f.window->findChild<QTableView *>(QStringLiteral("membersTable"));
    QVERIFY(members);
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        for (int row = 0; row < members->model()->rowCount(); ++row) {
            if (members->model()->index(row, 0).data().toString() == QLatin1String("lea.petit@brasserie-lumiere.fr"))
                return true;
        }
        return false;
    }()), 10000);
    QVERIFY(steps.count() <= kMostSteps);
}

QTEST_MAIN(TestThreeSteps)
#include "tst_threesteps.moc"
