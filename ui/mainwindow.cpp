#include "ui/mainwindow.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/provider.h"
#include "core/accounts/sessionmanager.h"
#include "core/audit/auditlog.h"
#include "core/changes/batchrun.h"
#include "core/drafts/snapshotcache.h"
#include "core/net/jobtracker.h"
#include "core/search/searcheverywhere.h"
#include "models/accounttreemodel.h"
#include "models/draftsession.h"
#include "ui/activitydock.h"
#include "ui/batchdialog.h"
#include "ui/draftdock.h"
#include "ui/registry/providerviews.h"
#include "ui/searcheverywherebox.h"
#include "ui/uistyle.h"

#include <QCloseEvent>
#include <QResizeEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QWidget *emptyState(const QString &title, const QString &text, const QList<QAction *> &actions, QWidget *parent)
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
    auto *row = new QHBoxLayout;
    row->addStretch();
    for (QAction *action : actions) {
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
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        row->addWidget(button);
    }
    row->addStretch();
    layout->addLayout(row);
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
    , m_searchEverywhere(new SearchEverywhere(accounts, sessions, this))
    , m_searchBox(new SearchEverywhereBox(m_searchEverywhere, accounts, uiSettings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Mailroom"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mailroom.svg")));
    UiStyle::showFocusInSelection(this);
    createActions();

    m_tree->setObjectName(QStringLiteral("accountTree"));
    m_tree->setAccessibleName(tr("Accounts"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addDomain, m_removeDomain, m_editAccount, m_testConnection, m_removeAccount, m_refresh});
    m_tree->expandAll();
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &parentIndex) { m_tree->expand(parentIndex); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeSelection);
    // Removing an account or domain that holds the current node may leave no current node
    // without a currentChanged(): look again once the removal is done.
    connect(m_treeModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onTreeSelection, Qt::QueuedConnection);

    m_welcome = emptyState(tr("Welcome to Mailroom"),
                           tr("Add the account you administer at your email provider to browse its domains and mailboxes."),
                           {m_addAccount}, this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_accountSummary = new QLabel(this);
    m_accountSummary->setWordWrap(true);
    m_accountPage = emptyState(tr("Account"), QString(), {m_addDomain, m_testConnection}, this);
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
    connect(m_searchBox, &SearchEverywhereBox::opened, this, &MainWindow::openSearchHit);
    connect(m_searchBox, &SearchEverywhereBox::dismissed, m_tree, [this] { m_tree->setFocus(Qt::OtherFocusReason); });

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

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitToolBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    // A new application palette reaches the window as a PaletteChange; so does the one
    // showFocusInSelection() sets, which then finds nothing to change.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange)
        UiStyle::showFocusInSelection(this);
    QMainWindow::changeEvent(event);
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

void MainWindow::selectDomain(const QString &accountId, const QString &domain)
{
    const QModelIndex index = m_treeModel->mailboxesIndex(accountId, domain).parent();
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    using NodeType = AccountTreeModel::NodeType;
    QModelIndex index;
    if (!hit.organisation.isEmpty()) {
        const NodeType type = hit.kind == SearchHit::Kind::DistributionList ? NodeType::DistributionLists
                              : hit.kind == SearchHit::Kind::Contact        ? NodeType::Contacts
                                                                            : NodeType::Mailboxes;
        index = m_treeModel->organisationIndex(hit.accountId, hit.subscription, hit.organisation, type);
    } else if (hit.kind == SearchHit::Kind::Domain) {
        index = m_treeModel->domainIndex(hit.accountId, hit.domain);
    } else if (!hit.domain.isEmpty()) {
        index = m_treeModel->mailboxesIndex(hit.accountId, hit.domain);
    }
    if (!index.isValid())   // the account's own node (a mailbox owner's), or what the tree has not listed yet
        index = m_treeModel->accountIndex(hit.accountId);
    if (!index.isValid()) {
        statusBar()->showMessage(tr("%1 is no longer in the tree: its account was removed.").arg(hit.name), 10000);
        return;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);   // the page's table takes it once the object is selected
    if (ProviderView *view = viewOf(context().provider))
        view->reveal(node(), hit.object);
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
    hook.sendBatch = [this, accountId](QList<std::shared_ptr<Operation>> operations, const QString &title, std::function<void(int)> done) {
        sendBatch(accountId, std::move(operations), title, std::move(done));
    };
    return hook;
}

void MainWindow::sendBatch(const QString &accountId, QList<std::shared_ptr<Operation>> operations, const QString &title,
                           std::function<void(int)> done)
{
    // Whatever happens, `done` is called once: a page waiting for the batch is busy until then.
    const auto account = m_accounts->find(accountId);
    if (!account || operations.isEmpty()) {
        if (done)
            done(0);
        return;
    }
    auto *run = new BatchRun(changeRoute(accountId), account->draftAccount(), std::move(operations), m_auditLog.get());
    if (const ApiError problems = run->check(); problems.isError()) {
        delete run;
        UiStyle::warn(this, QStringLiteral("batchProblems"), title, tr("Nothing was sent: %1").arg(problems.message()));
        if (done)
            done(0);
        return;
    }
    auto *dialog = new BatchDialog(run, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(run, &BatchRun::finished, this, [this, run, done = std::move(done)] {
        if (m_activityDock->isVisible())
            m_activityDock->reload();
        if (done)
            done(run->doneCount());
    });
    dialog->open();
    run->start();
}

void MainWindow::refresh()
{
    const Context c = context();
    if (ProviderView *view = viewOf(c.provider); view && view->refresh(node()))
        return;
    onTreeSelection();
}
