// mailroom-screenshots: renders Mailroom's screens against the sandbox into PNG files with
// QWidget::grab(), for the README and for reviewing layouts in every language.
//   QT_QPA_PLATFORM=offscreen LANGUAGE=fr build/tools/mailroom-screenshots OUTDIR
#include "core/accounts/accountstore.h"
#include "core/accounts/demoaccount.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "models/accounttreemodel.h"
#include "models/hostway/mailboxtablemodel.h"
#include "sandbox/ikoulasimulator.h"
#include "sandbox/sandboxserver.h"
#include "ui/draftdock.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QTabWidget>
#include <QPushButton>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>
#include <functional>

namespace {

void waitUntil(const std::function<bool()> &condition, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void settle(int ms = 400)
{
    waitUntil([] { return false; }, ms);
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path);
    std::printf("wrote %s\n", qPrintable(path));
}

QDialog *visibleDialog(QWidget *window, const char *objectName)
{
    QDialog *dialog = nullptr;
    waitUntil([&] {
        dialog = window->findChild<QDialog *>(QLatin1String(objectName));
        return dialog && dialog->isVisible();
    });
    return dialog;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailroom"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);
    QTranslator qt;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    QTranslator own;
    if (own.load(QLocale(), QStringLiteral("mailroom"), QStringLiteral("_"), QStringLiteral(MAILROOM_TRANSLATIONS_DIR))
        || own.load(QStringLiteral("mailroom_en"), QStringLiteral(MAILROOM_TRANSLATIONS_DIR)))
        QApplication::installTranslator(&own);

    Sandbox::Server server;
    const quint16 port = server.listenLocal(0);
    QNetworkAccessManager nam;
    JobTracker tracker;
    CredentialStore credentials(QStringLiteral("org.mailroom.Mailroom.screenshots"));
    AccountStore accounts(nullptr);
    const Account account = DemoAccount::make(port);
    const QString id = accounts.add(account);
    credentials.remember(account.keychainKey(), DemoAccount::password());
    SessionManager sessions(&accounts, &credentials, &nam, &tracker);
    MainWindow window(&accounts, &sessions, &tracker, nullptr);
    window.resize(1200, 720);
    window.show();

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("mailboxTable"));
    const auto model = [table] { return static_cast<MailboxTableModel *>(table->model()); };
    const auto action = [&window](const char *name) { return window.findChild<QAction *>(QLatin1String(name)); };

    // 1. The mailbox list with a regular mailbox's details.
    window.selectMailboxes(id, QStringLiteral("test.com"));
    waitUntil([&] { return model()->rowCount() == 8; });
    table->selectRow(model()->rowOf(QStringLiteral("john.smith")));
    settle(800);
    save(&window, out, QStringLiteral("main-mailbox"));

    // 2. An Exchange mailbox (read-only details).
    table->selectRow(model()->rowOf(QStringLiteral("test-mb")));
    settle(800);
    save(&window, out, QStringLiteral("main-exchange"));

    // 3. The new mailbox dialog with a weak password: each unmet rule shown.
    action("actionNewMailbox")->trigger();
    if (QDialog *dialog = visibleDialog(&window, "newMailboxDialog")) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("jane.doe"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("abc1234"));
        settle();
        save(dialog, out, QStringLiteral("dialog-new-mailbox"));
        dialog->reject();
    }

    // 4. The account dialog.
    action("actionAddAccount")->trigger();
    if (QDialog *dialog = visibleDialog(&window, "accountDialog")) {
        settle();
        save(dialog, out, QStringLiteral("dialog-account"));
        auto *provider = dialog->findChild<QComboBox *>(QStringLiteral("providerCombo"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("ikoula")));
        settle();
        save(dialog, out, QStringLiteral("dialog-account-ikoula"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("ice")));
        settle();
        save(dialog, out, QStringLiteral("dialog-account-ice"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("hostway")));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("accountKindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("owner")));
        settle();
        save(dialog, out, QStringLiteral("dialog-account-owner"));
        dialog->reject();
    }

    // 5. The domain page, and 6. the large domain half loaded.
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    settle(800);
    save(&window, out, QStringLiteral("domain"));
    window.selectMailboxes(id, QStringLiteral("big.example"));
    waitUntil([&] { return model()->rowCount() >= 100; });
    settle();
    save(&window, out, QStringLiteral("main-big-domain"));

    // 7. An empty filter result.
    window.findChild<QLineEdit *>(QStringLiteral("mailboxFilter"))->setText(QStringLiteral("nobody-here"));
    waitUntil([&] { return model()->totalCount() == 0; });
    settle();
    save(&window, out, QStringLiteral("main-empty-filter"));

    // 8. A Webitel account's email settings.
    const Account webitel = DemoAccount::makeWebitel(port);
    const QString webitelId = accounts.add(webitel);
    credentials.remember(webitel.keychainKey(), DemoAccount::password());
    window.selectMailboxes(webitelId, QStringLiteral("demo.webitel"));
    waitUntil([&] { return !window.findChild<QLineEdit *>(QStringLiteral("smtpHost"))->text().isEmpty(); });
    settle();
    save(&window, out, QStringLiteral("webitel-settings"));
    accounts.remove(webitelId);

    // 8a. A Hostway mailbox owner's page: the one mailbox, its Security and Webmail tabs.
    const Account owner = DemoAccount::makeOwner(port);
    const QString ownerId = accounts.add(owner);
    credentials.remember(owner.keychainKey(), DemoAccount::ownerPassword());
    tree->setCurrentIndex(static_cast<AccountTreeModel *>(tree->model())->accountIndex(ownerId));
    waitUntil([&] {
        auto *summary = window.findChild<QLabel *>(QStringLiteral("securitySummary"));
        return summary && summary->isVisible() && summary->text().contains(QLatin1Char('3'));
    });
    settle();
    save(&window, out, QStringLiteral("owner-security"));
    if (auto *ownerTabs = window.findChild<QTabWidget *>(QStringLiteral("ownerTabs")))
        ownerTabs->setCurrentIndex(1);
    waitUntil([&] { return window.findChild<QComboBox *>(QStringLiteral("webmailPlan"))->count() > 0; });
    settle();
    save(&window, out, QStringLiteral("owner-webmail"));
    accounts.remove(ownerId);

    // 8b. Ikoula: an organisation's mailboxes, its mailbox editor, its distribution lists,
    // and a subscription's billing.
    const Account ikoula = DemoAccount::makeIkoula(port, Sandbox::IkoulaSimulator::demoPublicKey());
    const QString ikoulaId = accounts.add(ikoula);
    credentials.remember(ikoula.keychainKey(), DemoAccount::password());
    window.listProviderObjects();
    auto *treeModel = static_cast<AccountTreeModel *>(tree->model());
    waitUntil([&] { return treeModel->subscriptionIndex(ikoulaId, QStringLiteral("10442")).isValid(); });
    tree->setCurrentIndex(treeModel->organisationIndex(ikoulaId, QStringLiteral("10442"), QStringLiteral("2031"), AccountTreeModel::NodeType::Mailboxes));
    auto *balTable = window.findChild<QTableView *>(QStringLiteral("balTable"));
    waitUntil([&] { return balTable->model()->rowCount() == 7; });
    balTable->selectRow(3);
    settle();
    save(&window, out, QStringLiteral("ikoula-mailboxes"));
    QMetaObject::invokeMethod(window.findChild<QPushButton *>(QStringLiteral("editBalButton")), &QPushButton::click);
    if (QDialog *dialog = visibleDialog(&window, "ikoulaMailboxDialog")) {
        settle();
        save(dialog, out, QStringLiteral("dialog-ikoula-mailbox"));
        dialog->reject();
    }
    tree->setCurrentIndex(treeModel->organisationIndex(ikoulaId, QStringLiteral("10442"), QStringLiteral("2031"),
                                                       AccountTreeModel::NodeType::DistributionLists));
    waitUntil([&] { return window.findChild<QTableView *>(QStringLiteral("membersTable"))->model()->rowCount() > 0; });
    settle();
    save(&window, out, QStringLiteral("ikoula-lists"));
    tree->setCurrentIndex(treeModel->organisationIndex(ikoulaId, QStringLiteral("10442"), QStringLiteral("2031"), AccountTreeModel::NodeType::Contacts));
    waitUntil([&] { return window.findChild<QTableView *>(QStringLiteral("contactsTable"))->model()->rowCount() == 2; });
    settle();
    save(&window, out, QStringLiteral("ikoula-contacts"));
    tree->setCurrentIndex(treeModel->subscriptionIndex(ikoulaId, QStringLiteral("10442")));
    waitUntil([&] { return window.findChild<QTableView *>(QStringLiteral("billingTable"))->model()->rowCount() == 4; });
    settle();
    save(&window, out, QStringLiteral("ikoula-billing"));

    // Shoots the window with draft entry `row` selected, then discards the draft and leaves
    // Draft Mode (a discard may have left it already), so later scenes send as usual.
    const auto shootDraft = [&](int row, const char *name) {
        if (auto *draftTable = window.findChild<QTableView *>(QStringLiteral("draftTable")))
            draftTable->selectRow(row);
        settle();
        save(&window, out, QLatin1String(name));
        if (auto *dock = window.findChild<DraftDock *>(QStringLiteral("draftDock")))
            Q_EMIT dock->discardRequested();
        if (action("actionDraftMode")->isChecked())
            action("actionDraftMode")->trigger();
        settle(100);
    };

    // 8b'. Ikoula in Draft Mode: two list members drafted, the request under review.
    tree->setCurrentIndex(treeModel->organisationIndex(ikoulaId, QStringLiteral("10442"), QStringLiteral("2031"),
                                                       AccountTreeModel::NodeType::DistributionLists));
    auto *listsTable = window.findChild<QTableView *>(QStringLiteral("listsTable"));
    waitUntil([&] { return listsTable->model()->rowCount() == 2; });
    action("actionDraftMode")->trigger();
    listsTable->selectRow(0);
    for (const char *member : {"lea.petit@brasserie-lumiere.fr", "nina.roux@brasserie-lumiere.fr"}) {
        window.findChild<QLineEdit *>(QStringLiteral("memberEdit"))->setText(QLatin1String(member));
        QMetaObject::invokeMethod(window.findChild<QPushButton *>(QStringLiteral("addMemberButton")), &QPushButton::click);
        settle(100);
    }
    shootDraft(1, "ikoula-draft");
    accounts.remove(ikoulaId);

    // 8c. ICE: a skill's email server, nothing sent yet, with a port problem typed.
    const Account ice = DemoAccount::makeIce(port);
    const QString iceId = accounts.add(ice);
    credentials.remember(ice.keychainKey(), DemoAccount::password());
    window.selectMailboxes(iceId, QStringLiteral("663"));
    settle(800);
    window.findChild<QLineEdit *>(QStringLiteral("smtpHostEdit"))->setText(QStringLiteral("smtp.mail.com"));
    window.findChild<QLineEdit *>(QStringLiteral("smtpMailboxEdit"))->setText(QStringLiteral("desk@etechtexas.com"));
    window.findChild<QLineEdit *>(QStringLiteral("inHostEdit"))->setText(QStringLiteral("pop3.mail.com"));
    window.findChild<QLineEdit *>(QStringLiteral("inPortEdit"))->setText(QStringLiteral("0"));
    settle();
    save(&window, out, QStringLiteral("ice-settings"));

    // 8c'. The same settings, fixed, drafted instead of sent.
    window.findChild<QLineEdit *>(QStringLiteral("inPortEdit"))->setText(QStringLiteral("995"));
    action("actionDraftMode")->trigger();
    settle(100);
    QMetaObject::invokeMethod(window.findChild<QPushButton *>(QStringLiteral("iceSendButton")), &QPushButton::click);
    shootDraft(0, "ice-draft");
    accounts.remove(iceId);

    // 9. Draft mode with three operations under review.
    window.findChild<QLineEdit *>(QStringLiteral("mailboxFilter"))->clear();
    window.selectMailboxes(id, QStringLiteral("test.com"));
    waitUntil([&] { return model()->rowCount() == 8; });
    action("actionDraftMode")->trigger();
    action("actionNewMailbox")->trigger();
    if (QDialog *dialog = visibleDialog(&window, "newMailboxDialog")) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("jane.doe"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("Xy9$abcdEF"));
        QMetaObject::invokeMethod(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), &QPushButton::click);
        settle();
    }
    table->selectRow(model()->rowOf(QStringLiteral("john.smith")));
    action("actionChangeQuota")->trigger();
    if (QDialog *quota = visibleDialog(&window, "quotaDialog")) {
        if (auto *spin = quota->findChild<QSpinBox *>(QStringLiteral("quotaSpin")))
            spin->setValue(85);
        if (auto *set = quota->findChild<QPushButton *>(QStringLiteral("setQuotaButton")))
            QMetaObject::invokeMethod(set, &QPushButton::click);
    }
    settle();
    if (auto *draftTable = window.findChild<QTableView *>(QStringLiteral("draftTable")))
        draftTable->selectRow(1);
    settle();
    save(&window, out, QStringLiteral("draft-review"));

    // 10. Welcome page (no account).
    accounts.remove(id);
    settle();
    save(&window, out, QStringLiteral("welcome"));
    return 0;
}
