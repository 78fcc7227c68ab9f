// MainWindow's actions: made once with their shortcuts, placed in the menus, the toolbar and
// the status bar, and enabled for what the selected node's provider can do now.
#include "ui/mainwindow.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/provider.h"
#include "core/net/jobtracker.h"
#include "ui/activitydock.h"
#include "ui/commandpalette.h"
#include "ui/draftdock.h"
#include "ui/manualdialog.h"
#include "ui/searcheverywherebox.h"
#include "ui/shortcutsdialog.h"
#include "ui/uistyle.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const char *iconName, const QKeySequence &shortcut, const char *objectName,
                             void (MainWindow::*slot)()) {
        auto *action = new QAction(iconName ? icon(iconName) : QIcon(), text, this);
        action->setObjectName(QLatin1String(objectName));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")),
                                                               shortcut.toString(QKeySequence::NativeText)));
        }
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addAccount = make(tr("&Add Account\u2026"), "account-add", QKeySequence(tr("Ctrl+Shift+N")), "actionAddAccount", &MainWindow::addAccount);
    m_editAccount = make(tr("&Edit Account\u2026"), "edit", {}, "actionEditAccount", &MainWindow::editAccount);
    m_removeAccount = make(tr("&Remove Account\u2026"), "delete", {}, "actionRemoveAccount", &MainWindow::removeAccount);
    m_testConnection = make(tr("&Test Connection"), nullptr, {}, "actionTestConnection", &MainWindow::testConnection);
    m_testConnection->setToolTip(tr("Sign in to the provider with the stored password and say what failed, if anything"));
    m_addDomain = make(tr("Add &Domain\u2026"), "domain-add", QKeySequence(tr("Ctrl+Shift+D")), "actionAddDomain", &MainWindow::addDomain);
    m_removeDomain = make(tr("Remove Domain from List\u2026"), nullptr, {}, "actionRemoveDomain", &MainWindow::removeDomain);
    m_newMailbox = make(tr("&New Mailbox\u2026"), "mailbox-new", QKeySequence::New, "actionNewMailbox", nullptr);
    m_changeQuota = make(tr("Change &Quota\u2026"), "quota", QKeySequence(tr("Ctrl+Shift+Q")), "actionChangeQuota", nullptr);
    m_resetPassword = make(tr("Reset &Password\u2026"), "key", QKeySequence(tr("Ctrl+Shift+R")), "actionResetPassword", nullptr);
    m_deleteMailbox = make(tr("De&lete Mailbox\u2026"), "delete", QKeySequence::Delete, "actionDeleteMailbox", nullptr);
    m_refresh = make(tr("&Refresh"), "refresh", QKeySequence::Refresh, "actionRefresh", &MainWindow::refresh);
    m_cancel = make(tr("&Cancel Requests"), "cancel", QKeySequence(Qt::Key_Escape), "actionCancel", nullptr);
    connect(m_cancel, &QAction::triggered, m_tracker, &JobTracker::cancelAll);
    m_find = make(tr("&Find Mailbox"), nullptr, QKeySequence::Find, "actionFind", nullptr);
    m_showLastError = make(tr("Last &Error…"), nullptr, {}, "actionShowLastError", &MainWindow::showLastError);
    m_showLastError->setStatusTip(tr("The last error in full, as the status bar shows it cut"));
    m_showLastError->setEnabled(false);
    m_searchAction = make(tr("&Search Everywhere\u2026"), nullptr, QKeySequence(tr("Ctrl+K")), "actionSearchEverywhere", nullptr);
    m_searchAction->setStatusTip(tr("Finds a mailbox, list, contact or domain by part of its name in every account"));
    connect(m_searchAction, &QAction::triggered, m_searchBox, &SearchEverywhereBox::activate);
    m_palette = make(tr("Command &Palette\u2026"), nullptr, QKeySequence(tr("Ctrl+Shift+P")), "actionCommandPalette", nullptr);
    m_palette->setStatusTip(tr("Every action of the window by name: type part of it, Enter takes it"));
    connect(m_palette, &QAction::triggered, this, [this] {
        auto *palette = new CommandPalette(menuBar(), this);
        palette->setAttribute(Qt::WA_DeleteOnClose);
        palette->open();
    });
    m_quit = make(tr("&Quit"), nullptr, QKeySequence::Quit, "actionQuit", nullptr);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_draftMode = make(tr("&Draft Mode"), "edit", QKeySequence(tr("Ctrl+Shift+M")), "actionDraftMode", nullptr);
    m_draftMode->setCheckable(true);
    m_draftMode->setStatusTip(tr("While on, changes are added to a draft to review and apply later, instead of being sent."));
    connect(m_draftMode, &QAction::toggled, this, &MainWindow::setDraftMode);
    m_importCsv = make(tr("&Import Mailboxes from CSV\u2026"), nullptr, {}, "actionImportCsv", nullptr);
    m_makeMaster = make(tr("Make &Master"), nullptr, {}, "actionMakeMaster", nullptr);
    m_makeMaster->setStatusTip(tr("Makes the selected mailboxes master accounts (one batch for several)"));
    m_makeNotMaster = make(tr("Make Not Mas&ter"), nullptr, {}, "actionMakeNotMaster", nullptr);
    m_makeNotMaster->setStatusTip(tr("Makes the selected mailboxes ordinary accounts again (one batch for several)"));
    m_exportCsv = make(tr("&Export List to CSV\u2026"), nullptr, {}, "actionExportCsv", nullptr);
    using Action = ProviderView::MailboxAction;
    for (Action action : {Action::New, Action::ChangeQuota, Action::ResetPassword, Action::Delete, Action::ImportCsv,
                          Action::ExportCsv, Action::Find, Action::MakeMaster, Action::MakeNotMaster})
        connect(mailboxAction(action), &QAction::triggered, this, [this, action] { triggerMailboxAction(action); });
    m_shortcuts = make(tr("&Keyboard Shortcuts"), nullptr, QKeySequence(tr("Ctrl+/")), "actionShortcuts", nullptr);
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        // The menus', panes' and pages' actions are all the window's children (the list is sorted).
        auto *dialog = new ShortcutsDialog(findChildren<QAction *>(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_manual = make(tr("&Manual"), nullptr, QKeySequence::HelpContents, "actionManual", nullptr);
    connect(m_manual, &QAction::triggered, this, [this] {
        auto *manual = new ManualDialog(this);
        manual->setAttribute(Qt::WA_DeleteOnClose);
        manual->show();   // not modal: read while working
    });
    m_about = make(tr("&About Mailroom"), nullptr, {}, "actionAbout", nullptr);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Mailroom"),
                           tr("<h3>Mailroom %1</h3><p>A console for administering hosted email through the providers' web APIs.</p>"
                              "<p>Passwords are kept in the system keychain only.</p>").arg(QApplication::applicationVersion()));
    });
    m_cancel->setEnabled(false);
    for (QAction *a : {m_newMailbox, m_changeQuota, m_resetPassword, m_deleteMailbox, m_find, m_refresh})
        a->setShortcutContext(Qt::WindowShortcut);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAccount);
    file->addAction(m_draftMode);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addActions({m_addAccount, m_editAccount, m_testConnection, m_removeAccount});
    account->addSeparator();
    account->addActions({m_addDomain, m_removeDomain});
    QMenu *mailbox = menuBar()->addMenu(tr("&Mailbox"));
    mailbox->menuAction()->setObjectName(QStringLiteral("menuMailbox"));
    m_mailboxMenu = mailbox->menuAction();
    mailbox->addActions({m_newMailbox, m_changeQuota, m_resetPassword, m_makeMaster, m_makeNotMaster});
    mailbox->addSeparator();
    mailbox->addAction(m_deleteMailbox);
    mailbox->addSeparator();
    mailbox->addActions({m_importCsv, m_exportCsv});
    mailbox->addSeparator();
    mailbox->addAction(m_find);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_searchAction, m_palette});
    view->addSeparator();
    view->addActions({m_refresh, m_cancel, m_showLastError});
    view->addSeparator();
    QAction *activity = m_activityDock->toggleViewAction();
    activity->setText(tr("&Activity"));
    activity->setObjectName(QStringLiteral("actionActivity"));
    activity->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    activity->setStatusTip(tr("Every change Mailroom and mailroomctl sent, from the audit log %1").arg(m_auditLog->file()));
    view->addAction(activity);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({m_manual, m_shortcuts});
    help->addSeparator();
    help->addAction(m_about);

    // The search box first, above the tree: it never goes into the toolbar's overflow menu.
    QToolBar *search = addToolBar(tr("Search"));
    search->setObjectName(QStringLiteral("searchToolBar"));
    search->addWidget(m_searchBox);
    m_searchBar = search;
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addActions({m_addAccount, m_addDomain});
    bar->addSeparator();
    bar->addActions({m_newMailbox, m_changeQuota, m_resetPassword, m_deleteMailbox});
    bar->addSeparator();
    bar->addActions({m_refresh, m_draftMode});
}

void MainWindow::createStatusBar()
{
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    m_lastError->setObjectName(QStringLiteral("lastErrorLabel"));
    UiStyle::setError(m_lastError);
    m_lastError->setMaximumWidth(520);
    m_cancelButton->setDefaultAction(m_cancel);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_lastError);
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_tracker, &JobTracker::inFlightChanged, this, [this](int count) {
        m_activity->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count) : QString());
        m_cancel->setEnabled(count > 0);
        m_cancelButton->setVisible(count > 0);
    });
    // A cut message is a link to the whole of it (View > Last Error, for the keyboard).
    m_lastError->setTextFormat(Qt::RichText);
    m_lastError->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_lastError, &QLabel::linkActivated, this, &MainWindow::showLastError);
    connect(m_tracker, &JobTracker::errorOccurred, this, [this](const QString &message) {
        m_lastErrorText = message;   // empty: cleared
        const QString first = message.section(QLatin1Char('\n'), 0, 0);
        const QString shown = m_lastError->fontMetrics().elidedText(first, Qt::ElideRight, 500);
        m_lastError->setText(shown == message ? shown.toHtmlEscaped()
                                              : QStringLiteral("<a href=\"#error\">%1</a>").arg(shown.toHtmlEscaped()));
        m_lastError->setToolTip(message.isEmpty() ? QString() : Qt::convertFromPlainText(message));
        m_showLastError->setEnabled(!message.isEmpty());
    });
}

void MainWindow::showLastError()
{
    if (m_lastErrorText.isEmpty())
        return;
    UiStyle::warn(this, QStringLiteral("lastErrorBox"), tr("Last Error"), m_lastErrorText);
}

QAction *MainWindow::mailboxAction(ProviderView::MailboxAction action) const
{
    switch (action) {
    case ProviderView::MailboxAction::New:
        return m_newMailbox;
    case ProviderView::MailboxAction::ChangeQuota:
        return m_changeQuota;
    case ProviderView::MailboxAction::ResetPassword:
        return m_resetPassword;
    case ProviderView::MailboxAction::Delete:
        return m_deleteMailbox;
    case ProviderView::MailboxAction::ImportCsv:
        return m_importCsv;
    case ProviderView::MailboxAction::MakeMaster:
        return m_makeMaster;
    case ProviderView::MailboxAction::MakeNotMaster:
        return m_makeNotMaster;
    case ProviderView::MailboxAction::ExportCsv:
        return m_exportCsv;
    case ProviderView::MailboxAction::Find:
        return m_find;
    }
    return nullptr;
}

void MainWindow::triggerMailboxAction(ProviderView::MailboxAction action)
{
    if (ProviderView *view = viewOf(context().provider); view && view->canDo(action))
        view->trigger(action);
}

void MainWindow::updateActions()
{
    const Context c = context();
    const bool hasAccount = !c.accountId.isEmpty();
    const ProviderView *view = viewOf(c.provider);
    const auto can = [view](ProviderView::MailboxAction action) { return view && view->offersMailboxActions() && view->canDo(action); };
    m_editAccount->setEnabled(hasAccount);
    m_testConnection->setEnabled(hasAccount);
    m_removeAccount->setEnabled(hasAccount);
    // The account's own kind decides (Provider::forAccount: a Hostway mailbox owner has no
    // domains and no mailbox list).
    const auto account = hasAccount ? m_accounts->find(c.accountId) : std::nullopt;
    const Provider provider = account ? Provider::forAccount(*account) : Provider::of(c.provider);
    const bool addsDomains = hasAccount && provider.userAddsDomains;
    m_addDomain->setEnabled(addsDomains);
    m_addDomain->setText(provider.terms.addDomain);
    m_removeDomain->setEnabled(!c.domain.isEmpty());
    m_newMailbox->setEnabled(can(ProviderView::MailboxAction::New));
    m_changeQuota->setEnabled(can(ProviderView::MailboxAction::ChangeQuota));
    m_resetPassword->setEnabled(can(ProviderView::MailboxAction::ResetPassword));
    m_deleteMailbox->setEnabled(can(ProviderView::MailboxAction::Delete));
    m_refresh->setEnabled((view && view->canRefresh(node())) || (hasAccount && provider.can(Provider::Subscriptions)));
    m_importCsv->setEnabled(can(ProviderView::MailboxAction::ImportCsv));
    // What the selected account's provider cannot do is not offered at all (Provider):
    // Hostway's mailbox actions and drafts are hidden for the other providers, whose pages
    // carry their own actions.
    const bool mailboxActions = c.provider.isEmpty() || (view && view->offersMailboxActions() && provider.can(Provider::Mailboxes));
    for (QAction *action : {m_newMailbox, m_changeQuota, m_resetPassword, m_deleteMailbox, m_importCsv, m_exportCsv, m_find,
                            m_makeMaster, m_makeNotMaster})
        action->setVisible(mailboxActions);
    // A menu of hidden actions would open empty (an Ikoula page, a mailbox owner's): it goes too.
    m_mailboxMenu->setVisible(mailboxActions);
    m_draftMode->setVisible(c.provider.isEmpty() || provider.can(Provider::Drafts) || m_draftMode->isChecked());
    m_addDomain->setVisible(c.provider.isEmpty() || provider.userAddsDomains);
    m_removeDomain->setVisible(c.provider.isEmpty() || provider.userAddsDomains);
    m_exportCsv->setEnabled(can(ProviderView::MailboxAction::ExportCsv));
    m_find->setEnabled(can(ProviderView::MailboxAction::Find));
    m_makeMaster->setEnabled(can(ProviderView::MailboxAction::MakeMaster));
    m_makeNotMaster->setEnabled(can(ProviderView::MailboxAction::MakeNotMaster));
    fitToolBar();   // actions shown or hidden change the width the names need
}

void MainWindow::fitToolBar()
{
    if (!m_toolBar)
        return;
    // Measured again only when the width or the actions shown changed (updateActions runs
    // at every selection).
    QString shape = QString::number(width());
    for (QAction *action : m_toolBar->actions())
        shape += action->isVisible() ? QLatin1Char('1') : QLatin1Char('0');
    if (shape == m_toolBarFittedFor)
        return;
    m_toolBarFittedFor = shape;
    // First the names of the actions that also have a place on every page or a well-known
    // key go, then all names: measured each time, as the language and the actions shown vary.
    const QList<QAction *> secondary{m_addAccount, m_addDomain, m_deleteMailbox, m_refresh};
    const auto fits = [this] {
        return m_toolBar->sizeHint().width() + (m_searchBar ? m_searchBar->sizeHint().width() : 0) + 16 <= width();
    };
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : secondary)
        action->setPriority(QAction::NormalPriority);
    if (fits())
        return;
    for (QAction *action : secondary)
        action->setPriority(QAction::LowPriority);   // beside its icon, a low-priority action shows no name
    if (!fits())
        m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
}
