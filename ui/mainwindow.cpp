#include "ui/mainwindow.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/provider.h"
#include "core/accounts/sessionmanager.h"
#include "core/audit/auditlog.h"
#include "core/drafts/journal.h"
#include "core/drafts/snapshotcache.h"
#include "core/net/jobtracker.h"
#include "core/net/networklog.h"
#include "models/accounttreemodel.h"
#include "models/draftsession.h"
#include "ui/accountdialog.h"
#include "ui/activitydock.h"
#include "ui/draftdock.h"
#include "ui/registry/providerviews.h"
#include "ui/shortcutsdialog.h"
#include "ui/uistyle.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QWidget *emptyState(const QString &title, const QString &text, QAction *action, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *logo = new QLabel(page);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/mailroom.svg")).pixmap(72, 72));
    logo->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(title, page);
    UiStyle::setHeading(heading, 1.4);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(text, page);
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);
    layout->addWidget(logo);
    layout->addWidget(heading);
    layout->addWidget(body);
    if (action) {
        auto *button = new QPushButton(page);
        // The button is the action: its text (Add Domain, Add Skill) and whether it is offered.
        const auto follow = [button, action] {
            button->setIcon(action->icon());
            button->setText(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")));
            button->setVisible(action->isVisible());
            button->setEnabled(action->isEnabled());
        };
        follow();
        QObject::connect(action, &QAction::changed, button, follow);
        QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(button);
        row->addStretch();
        layout->addLayout(row);
    }
    layout->addStretch();
    return page;
}

} // namespace

MainWindow::MainWindow(AccountStore *accounts, SessionManager *sessions, JobTracker *tracker, QSettings *uiSettings, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_sessions(sessions)
    , m_tracker(tracker)
    , m_settings(uiSettings)
    , m_treeModel(new AccountTreeModel(accounts, this))
    , m_tree(new QTreeView(this))
    , m_centre(new QStackedWidget(this))
    , m_detailsArea(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
    , m_activity(new QLabel(this))
    , m_lastError(new QLabel(this))
    , m_cancelButton(new QToolButton(this))
    , m_draftDock(new DraftDock(this))
    , m_snapshots(std::make_unique<SnapshotCache>(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/snapshots")))
    , m_auditLog(std::make_unique<AuditLog>(AuditLog::defaultFile()))
    , m_changes(std::make_unique<ChangePath>(m_auditLog.get()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Mailroom"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mailroom.svg")));
    createActions();

    m_tree->setObjectName(QStringLiteral("accountTree"));
    m_tree->setAccessibleName(tr("Accounts"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addDomain, m_removeDomain, m_editAccount, m_removeAccount, m_refresh});
    m_tree->expandAll();
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &parentIndex) { m_tree->expand(parentIndex); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeSelection);
    // Removing an account or domain that holds the current node may leave no current node
    // without a currentChanged(): look again once the removal is done.
    connect(m_treeModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onTreeSelection, Qt::QueuedConnection);

    m_welcome = emptyState(tr("Welcome to Mailroom"),
                           tr("Add the account you administer at your email provider to browse its domains and mailboxes."),
                           m_addAccount, this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_accountSummary = new QLabel(this);
    m_accountSummary->setWordWrap(true);
    m_accountPage = emptyState(tr("Account"), QString(), m_addDomain, this);
    // Under the heading and its button, above the closing stretch.
    auto *accountLayout = static_cast<QVBoxLayout *>(m_accountPage->layout());
    accountLayout->insertWidget(accountLayout->count() - 1, m_accountSummary);
    m_accountSummary->setAlignment(Qt::AlignCenter);
    m_centre->setObjectName(QStringLiteral("centrePages"));
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_accountPage);
    ProviderView::Host host;
    host.accounts = m_accounts;
    host.sessions = m_sessions;
    host.tree = m_treeModel;
    host.treeView = m_tree;
    host.window = this;
    host.current = [this] { return node(); };
    host.changeHook = [this](const QString &accountId) { return changeHook(accountId); };
    host.draft = [this](const QString &accountId) { return m_draft && accountId == m_draftAccountId ? &m_draft->draft() : nullptr; };
    host.applied = [this] { return m_draftDock->appliedEntries(); };
    host.accountNote = [this](const QString &accountId, const QString &note) {
        const Context c = context();
        if (c.accountId == accountId && c.domain.isEmpty() && c.subscription.isEmpty())
            m_accountSummary->setText(accountSummary(accountId, note));
    };
    host.status = [this](const QString &message) { statusBar()->showMessage(message, 10000); };
    host.mailboxAction = [this](ProviderView::MailboxAction action) { return mailboxAction(action); };
    host.refreshAction = m_refresh;
    host.actionsChanged = [this] { updateActions(); };
    host.draftSession = [this](const QString &accountId) { return m_draft && accountId == m_draftAccountId ? m_draft.get() : nullptr; };
    host.startDrafting = [this](const QString &accountId) {
        if (!m_draftMode->isChecked())
            m_draftMode->setChecked(true);
        return m_draft && accountId == m_draftAccountId;
    };
    host.snapshots = m_snapshots.get();
    m_views = ProviderViews::instance().make(host, this);
    m_detailsArea->setObjectName(QStringLiteral("detailsArea"));
    m_detailsArea->addWidget(new QWidget(this));   // for a node without details
    for (const Provider &provider : Provider::all()) {
        if (ProviderView *view = viewOf(provider.id)) {
            for (QWidget *page : view->pages())
                m_centre->addWidget(page);
        }
    }
    // The centre asks for the room of the page shown only: a hidden page's minimum (the Ikoula
    // buttons' width, a form's height) must not hold the window larger than the screen.
    const auto onlyCurrentPageCounts = [this](int current) {
        for (int i = 0; i < m_centre->count(); ++i)
            m_centre->widget(i)->setSizePolicy(i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                               i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    };
    connect(m_centre, &QStackedWidget::currentChanged, this, onlyCurrentPageCounts);
    onlyCurrentPageCounts(m_centre->currentIndex());

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(m_detailsArea);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 640, 310});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_activityDock = new ActivityDock(m_auditLog.get(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_activityDock->hide();
    createMenusAndToolBar();
    createStatusBar();
    addDockWidget(Qt::BottomDockWidgetArea, m_draftDock);
    m_draftDock->hide();

    connect(m_draftDock, &DraftDock::applyRequested, this, &MainWindow::applyDraft);
    // What the provider holds now: the drafted rows' marks go and the table shows the result.
    connect(m_draftDock, &DraftDock::applied, this, [this] {
        refreshDraftMarks();
        if (ProviderView *view = viewOf(context().provider); !view || !view->refresh(node()))
            onTreeSelection();   // the page shows the node again, from the provider
    });
    connect(m_draftDock, &DraftDock::discardRequested, this, &MainWindow::discardDraft);

    m_sessions->setPasswordPrompt([this](const Account &account, const QString &reason, std::function<void(std::optional<QString>)> answer) {
        promptPassword(tr("Password for %1").arg(account.displayName), reason, std::move(answer));
    });
    connect(m_sessions, &SessionManager::keychainProblem, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });

    restoreLayout();
    onTreeSelection();
}

MainWindow::~MainWindow()
{
    m_draftDock->setSession(nullptr);   // before the session it shows goes
}

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
    m_addDomain = make(tr("Add &Domain\u2026"), "domain-add", QKeySequence(tr("Ctrl+Shift+D")), "actionAddDomain", &MainWindow::addDomain);
    m_removeDomain = make(tr("Remove Domain from List\u2026"), nullptr, {}, "actionRemoveDomain", &MainWindow::removeDomain);
    m_newMailbox = make(tr("&New Mailbox\u2026"), "mailbox-new", QKeySequence::New, "actionNewMailbox", nullptr);
    m_changeQuota = make(tr("Change &Quota\u2026"), "quota", QKeySequence(tr("Ctrl+Shift+Q")), "actionChangeQuota", nullptr);
    m_resetPassword = make(tr("Reset &Password\u2026"), "key", QKeySequence(tr("Ctrl+Shift+P")), "actionResetPassword", nullptr);
    m_deleteMailbox = make(tr("De&lete Mailbox\u2026"), "delete", QKeySequence::Delete, "actionDeleteMailbox", nullptr);
    m_refresh = make(tr("&Refresh"), "refresh", QKeySequence::Refresh, "actionRefresh", &MainWindow::refresh);
    m_cancel = make(tr("&Cancel Requests"), "cancel", QKeySequence(Qt::Key_Escape), "actionCancel", nullptr);
    connect(m_cancel, &QAction::triggered, m_tracker, &JobTracker::cancelAll);
    m_find = make(tr("&Find Mailbox"), nullptr, QKeySequence::Find, "actionFind", nullptr);
    m_quit = make(tr("&Quit"), nullptr, QKeySequence::Quit, "actionQuit", nullptr);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_draftMode = make(tr("&Draft Mode"), "edit", QKeySequence(tr("Ctrl+Shift+M")), "actionDraftMode", nullptr);
    m_draftMode->setCheckable(true);
    m_draftMode->setStatusTip(tr("While on, changes are added to a draft to review and apply later, instead of being sent."));
    connect(m_draftMode, &QAction::toggled, this, &MainWindow::setDraftMode);
    m_importCsv = make(tr("&Import Mailboxes from CSV\u2026"), nullptr, {}, "actionImportCsv", nullptr);
    m_exportCsv = make(tr("&Export List to CSV\u2026"), nullptr, {}, "actionExportCsv", nullptr);
    using Action = ProviderView::MailboxAction;
    for (Action action : {Action::New, Action::ChangeQuota, Action::ResetPassword, Action::Delete, Action::ImportCsv,
                          Action::ExportCsv, Action::Find})
        connect(mailboxAction(action), &QAction::triggered, this, [this, action] { triggerMailboxAction(action); });
    m_shortcuts = make(tr("&Keyboard Shortcuts"), nullptr, QKeySequence(tr("Ctrl+/")), "actionShortcuts", nullptr);
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        // The menus', panes' and pages' actions are all the window's children (the list is sorted).
        auto *dialog = new ShortcutsDialog(findChildren<QAction *>(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
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
    account->addActions({m_addAccount, m_editAccount, m_removeAccount});
    account->addSeparator();
    account->addActions({m_addDomain, m_removeDomain});
    QMenu *mailbox = menuBar()->addMenu(tr("&Mailbox"));
    mailbox->addActions({m_newMailbox, m_changeQuota, m_resetPassword});
    mailbox->addSeparator();
    mailbox->addAction(m_deleteMailbox);
    mailbox->addSeparator();
    mailbox->addActions({m_importCsv, m_exportCsv});
    mailbox->addSeparator();
    mailbox->addAction(m_find);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_refresh, m_cancel});
    view->addSeparator();
    QAction *activity = m_activityDock->toggleViewAction();
    activity->setText(tr("&Activity"));
    activity->setObjectName(QStringLiteral("actionActivity"));
    activity->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    activity->setStatusTip(tr("Every change Mailroom and mailroomctl sent, from the audit log %1").arg(m_auditLog->file()));
    view->addAction(activity);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);

    QToolBar *bar = addToolBar(tr("Main Toolbar"));
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
    connect(m_tracker, &JobTracker::errorOccurred, this, [this](const QString &message) {
        const QString first = message.section(QLatin1Char('\n'), 0, 0);
        m_lastError->setText(m_lastError->fontMetrics().elidedText(first, Qt::ElideRight, 500));
        m_lastError->setToolTip(message);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_tracker->cancelAll();
    event->accept();
}

MainWindow::Context MainWindow::context() const
{
    Context c;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return c;
    c.accountId = current.data(AccountTreeModel::AccountIdRole).toString();
    c.domain = current.data(AccountTreeModel::DomainRole).toString();
    c.mailboxes = current.data(AccountTreeModel::NodeTypeRole).toInt() == int(AccountTreeModel::NodeType::Mailboxes);
    c.serverSettings = current.data(AccountTreeModel::NodeTypeRole).toInt() == int(AccountTreeModel::NodeType::ServerSettings);
    c.nodeType = current.data(AccountTreeModel::NodeTypeRole).toInt();
    c.subscription = current.data(AccountTreeModel::SubscriptionRole).toString();
    c.organisation = current.data(AccountTreeModel::OrganisationRole).toString();
    if (const auto account = m_accounts->find(c.accountId))
        c.provider = account->provider;
    const ProviderView *view = viewOf(c.provider);
    c.mailboxes = c.mailboxes && view && view->offersMailboxActions();   // the mailbox table and its actions
    return c;
}

ProviderView *MainWindow::viewOf(const QString &providerId) const
{
    return m_views.value(providerId);
}

ProviderView::Node MainWindow::node() const
{
    const Context c = context();
    return {c.accountId, c.domain, c.subscription, c.organisation, c.nodeType, m_tree->currentIndex().data().toString()};
}

QString MainWindow::accountSummary(const QString &accountId, const QString &note) const
{
    const auto account = m_accounts->find(accountId);
    const ProviderView *view = account ? viewOf(account->provider) : nullptr;
    if (!view)
        return account ? tr("%1\nMailroom has no pages for this account's provider.").arg(account->displayName) : QString();
    return view->accountSummary(*account) + (note.isEmpty() ? QString() : QStringLiteral("\n\n") + note);
}

void MainWindow::listProviderObjects()
{
    for (const Account &account : m_accounts->accounts()) {
        if (ProviderView *view = viewOf(account.provider))
            view->listObjects(account);
    }
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

bool MainWindow::importMailboxCsv(const QString &path)
{
    ProviderView *view = viewOf(context().provider);
    return view && view->importMailboxCsv(path);
}

void MainWindow::selectMailboxes(const QString &accountId, const QString &domain)
{
    const QModelIndex index = m_treeModel->mailboxesIndex(accountId, domain);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void MainWindow::onTreeSelection()
{
    const Context c = context();
    if (c.accountId.isEmpty()) {
        m_centre->setCurrentWidget(m_welcome);
    } else {
        // The summary first: a view may add a note to it while it shows the node (Ikoula's listing).
        m_accountSummary->setText(accountSummary(c.accountId));
        ProviderView *view = viewOf(c.provider);
        QWidget *page = view ? view->show(node()) : nullptr;
        m_centre->setCurrentWidget(page ? page : m_accountPage);
    }
    QWidget *details = c.accountId.isEmpty() || !viewOf(c.provider) ? nullptr : viewOf(c.provider)->detailsPane(node());
    if (details && m_detailsArea->indexOf(details) < 0)
        m_detailsArea->addWidget(details);
    m_detailsArea->setCurrentWidget(details ? details : m_detailsArea->widget(0));
    m_detailsArea->setVisible(details != nullptr);
    updateActions();
}

void MainWindow::updateActions()
{
    const Context c = context();
    const bool hasAccount = !c.accountId.isEmpty();
    const ProviderView *view = viewOf(c.provider);
    const auto can = [view](ProviderView::MailboxAction action) { return view && view->offersMailboxActions() && view->canDo(action); };
    m_editAccount->setEnabled(hasAccount);
    m_removeAccount->setEnabled(hasAccount);
    const Provider &provider = Provider::of(c.provider);
    const bool addsDomains = hasAccount && provider.userAddsDomains;
    m_addDomain->setEnabled(addsDomains);
    m_addDomain->setText(provider.terms.addDomain);
    m_removeDomain->setEnabled(!c.domain.isEmpty());
    m_newMailbox->setEnabled(can(ProviderView::MailboxAction::New));
    m_changeQuota->setEnabled(can(ProviderView::MailboxAction::ChangeQuota));
    m_resetPassword->setEnabled(can(ProviderView::MailboxAction::ResetPassword));
    m_deleteMailbox->setEnabled(can(ProviderView::MailboxAction::Delete));
    m_refresh->setEnabled(!c.domain.isEmpty() || (hasAccount && provider.can(Provider::Subscriptions)));
    m_importCsv->setEnabled(can(ProviderView::MailboxAction::ImportCsv));
    // What the selected account's provider cannot do is not offered at all (Provider):
    // Hostway's mailbox actions and drafts are hidden for the other providers, whose pages
    // carry their own actions.
    const bool mailboxActions = c.provider.isEmpty() || (view && view->offersMailboxActions());
    for (QAction *action : {m_newMailbox, m_changeQuota, m_resetPassword, m_deleteMailbox, m_importCsv, m_exportCsv, m_find})
        action->setVisible(mailboxActions);
    m_draftMode->setVisible(c.provider.isEmpty() || provider.can(Provider::Drafts) || m_draftMode->isChecked());
    m_addDomain->setVisible(c.provider.isEmpty() || provider.userAddsDomains);
    m_removeDomain->setVisible(c.provider.isEmpty() || provider.userAddsDomains);
    m_exportCsv->setEnabled(can(ProviderView::MailboxAction::ExportCsv));
    m_find->setEnabled(can(ProviderView::MailboxAction::Find));
}

void MainWindow::promptPassword(const QString &title, const QString &reason, std::function<void(std::optional<QString>)> answer)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("passwordPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(reason.isEmpty() ? tr("Enter the account's password. Mailroom keeps it in the system keychain.")
                                          : reason + QStringLiteral("\n\n") + tr("Enter the account's password:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    auto shared = std::make_shared<std::function<void(std::optional<QString>)>>(std::move(answer));
    connect(dialog, &QInputDialog::textValueSelected, this, [shared](const QString &text) {
        if (*shared)
            std::exchange(*shared, nullptr)(text);
    });
    connect(dialog, &QDialog::rejected, this, [shared] {
        if (*shared)
            std::exchange(*shared, nullptr)(std::nullopt);
    });
    dialog->open();
}

ChangeRoute MainWindow::changeRoute(const QString &accountId)
{
    ChangeRoute route;
    const auto account = m_accounts->find(accountId);
    route.subject = {QStringLiteral("Mailroom"), account ? account->displayName : QString(), accountId,
                     account ? account->provider : QString(), {}};
    route.sender = [this, accountId](QObject *context, std::function<void(std::unique_ptr<OperationSender>)> ready) {
        m_sessions->withSender(accountId, context, std::move(ready));
    };
    if (m_draftMode->isChecked()) {
        route.drafter = [this, accountId](std::shared_ptr<Operation> operation) {
            ApiError refused;
            addToDraft(accountId, std::move(operation), [&refused](const ApiError &error) { refused = error; });
            return refused;
        };
    }
    route.credentialsRefused = [this, accountId] { m_sessions->forgetPassword(accountId); };
    return route;
}

ChangeHook MainWindow::changeHook(const QString &accountId)
{
    ChangeHook hook;
    hook.drafting = [this] { return m_draftMode->isChecked(); };
    hook.submit = [this, accountId](QList<std::shared_ptr<Operation>> operations, QObject *context, ChangePath::Finished done) {
        m_changes->submitAll(changeRoute(accountId), std::move(operations), context, [this, done = std::move(done)](const ChangeOutcome &outcome) {
            if (m_activityDock->isVisible())
                m_activityDock->reload();
            done(outcome);
        });
    };
    return hook;
}

void MainWindow::addAccount()
{
    auto *dialog = new AccountDialog(Account(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = m_accounts->add(dialog->account());
        if (!dialog->password().isEmpty())
            m_sessions->setPassword(id, dialog->password());
        m_tree->setCurrentIndex(m_treeModel->accountIndex(id));
        statusBar()->showMessage(tr("Account added. Now add the domains you administer (Ctrl+Shift+D)."), 8000);
    });
    dialog->open();
}

void MainWindow::editAccount()
{
    const auto account = m_accounts->find(context().accountId);
    if (!account)
        return;
    auto *dialog = new AccountDialog(*account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account edited = dialog->account();
        m_accounts->update(edited);
        if (!dialog->password().isEmpty())
            m_sessions->setPassword(edited.id, dialog->password());
        onTreeSelection();
    });
    dialog->open();
}

void MainWindow::removeAccount()
{
    const auto account = m_accounts->find(context().accountId);
    if (!account)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                tr("Remove the account \u201c%1\u201d from Mailroom?").arg(account->displayName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveAccount"));
    box->setInformativeText(tr("Its password is deleted from the keychain. Nothing changes at the provider."));
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = account->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        m_sessions->removeAccount(id);
        m_accounts->remove(id);
    });
    box->open();
}

void MainWindow::addDomain()
{
    const Context c = context();
    if (ProviderView *view = viewOf(c.provider); view && Provider::of(c.provider).userAddsDomains)
        view->addDomain(c.accountId);
}

void MainWindow::removeDomain()
{
    const Context c = context();
    if (c.domain.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Domain from List"),
                                tr("Remove %1 from the list?").arg(c.domain), QMessageBox::Cancel, this);
    box->setInformativeText(tr("The domain and its mailboxes stay at the provider; you can add it back at any time."));
    box->addButton(tr("Remove from List"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, c](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            m_accounts->removeDomain(c.accountId, c.domain);
    });
    box->open();
}

void MainWindow::refresh()
{
    const Context c = context();
    if (ProviderView *view = viewOf(c.provider); view && view->refresh(node()))
        return;
    onTreeSelection();
}
