#pragma once

#include "ui/changehook.h"
#include "ui/registry/providerview.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class AccountStore;
class AccountTreeModel;
class ActivityDock;
class AuditLog;
class ApiError;
class DraftDock;
class DraftSecrets;
class DraftSession;
class Draft;
class JobTracker;
class Operation;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;
class SearchEverywhere;
class SearchEverywhereBox;
class SessionManager;
struct SearchHit;
class SnapshotCache;

/// Mailroom's main window: the account tree on the left (accounts > domains > Mailboxes),
/// the selected object in the centre (domain page or mailbox table), the selected mailbox's
/// details on the right; a status bar with the requests in flight (cancellable) and the last
/// error. Changes go through Operations applied by SessionManager's clients; nothing here
/// waits on the network.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `uiSettings` keeps window geometry and splitter sizes (no secrets); not owned.
    MainWindow(AccountStore *accounts, SessionManager *sessions, JobTracker *tracker, QSettings *uiSettings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Selects a domain's "Mailboxes" node (the demo opens test.com this way).
    void selectMailboxes(const QString &accountId, const QString &domain);
    /// Selects a domain's own node: its page (quota, aliases, its own settings).
    void selectDomain(const QString &accountId, const QString &domain);
    /// Lists what the accounts' APIs can list themselves (Ikoula's subscriptions) into the
    /// tree, asking for passwords the session does not have yet.
    void listProviderObjects();
    /// Looks for an autosaved draft left by an earlier session (a crash, or a quit with a
    /// draft open) for one of the accounts, and offers to reopen it. First archives drafts
    /// fully applied and deletes archived drafts older than kKeepDays days and snapshots not
    /// refreshed for three times that.
    void offerDraftRecovery();
    /// Days an applied draft is kept in drafts/applied (its journal is the record of what
    /// was sent).
    static constexpr int kKeepDays = 30;
    /// Where drafts are autosaved.
    static QString draftsFolder();
    /// Adds a creation to the draft for every row of a mailboxes CSV file for the domain
    /// shown (ProviderView::importMailboxCsv), or shows each bad row and imports nothing.
    /// Turns draft mode on. False when nothing was imported.
    bool importMailboxCsv(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    /// A new palette or theme (light to dark): the lighter selection of views without the
    /// focus is worked out again from it (UiStyle::showFocusInSelection).
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Context
    {
        QString accountId;
        QString domain;
        bool mailboxes = false;
        bool serverSettings = false;
        QString provider;
        int nodeType = -1;          ///< AccountTreeModel::NodeType
        QString subscription;       ///< Ikoula
        QString organisation;       ///< Ikoula
    };

    void createActions();
    void createMenusAndToolBar();
    void createStatusBar();
    /// View > Last Error, or a click on the cut error in the status bar: the error in full.
    void showLastError();
    /// The toolbar's names beside its icons while they fit the window's width; then the
    /// main actions' names only; then icons alone (each named in its tooltip, with its
    /// keys), rather than actions hidden behind the overflow arrow (a 1024 px screen, French
    /// or German names).
    void fitToolBar();
    void restoreLayout();
    void saveLayout();
    void onTreeSelection();
    /// The view of `providerId` (ProviderViews), null for a provider without one.
    [[nodiscard]] ProviderView *viewOf(const QString &providerId) const;
    /// The current tree node, as the views see it.
    [[nodiscard]] ProviderView::Node node() const;
    /// The account page's text for `accountId` (its view's summary), with `note` below it.
    [[nodiscard]] QString accountSummary(const QString &accountId, const QString &note = QString()) const;
    /// The views mark what the open draft changes.
    void refreshDraftMarks();
    /// The window's action of `action` (ProviderView::Host::mailboxAction).
    [[nodiscard]] QAction *mailboxAction(ProviderView::MailboxAction action) const;
    /// The selected account's view takes `action` (ProviderView::trigger).
    void triggerMailboxAction(ProviderView::MailboxAction action);
    void updateActions();
    [[nodiscard]] Context context() const;
    void promptPassword(const QString &title, const QString &reason, std::function<void(std::optional<QString>)> answer);

    /// Shows what Search Everywhere found: its node in the tree, then the object selected on
    /// its page (ProviderView::reveal).
    void openSearchHit(const SearchHit &hit);

    void addAccount();
    void editAccount();
    /// Signs in to the current account's provider with its stored password (the account
    /// dialog's check); says in the status bar that it works, or what failed in a message
    /// that offers Edit Account.
    void testConnection();
    /// Edit Account for the account `accountId` (editAccount(): the current one).
    void editAccountOf(const QString &accountId);
    void removeAccount();
    void addDomain();
    void removeDomain();
    void refresh();

    /// Draft mode: adds `operation` to the draft instead of sending it.
    void addToDraft(const QString &accountId, std::shared_ptr<Operation> operation, std::function<void(const ApiError &)> done);
    /// Where `accountId`'s changes go now: its sender, and the draft while Draft Mode is on.
    [[nodiscard]] ChangeRoute changeRoute(const QString &accountId);
    /// The hook through which the Ikoula, ICE and Webitel pages of `accountId` submit their
    /// changes to the change path.
    [[nodiscard]] ChangeHook changeHook(const QString &accountId);
    /// ChangeHook::sendBatch for `accountId`: checks the rows, then runs them in a BatchDialog.
    void sendBatch(const QString &accountId, QList<std::shared_ptr<Operation>> operations, const QString &title,
                   std::function<void(int accepted)> done);
    void setDraftMode(bool on);
    /// Shows the Draft pane, at a third of the window's height the first time it opens tall.
    void showDraftDock();
    /// The keychain side of the draft's secrets (DraftSecrets), answering on this window.
    [[nodiscard]] DraftSecrets draftSecrets();
    void openDraft(Draft draft, const QString &path, const QString &accountId);
    void applyDraft();
    void discardDraft();

    AccountStore *m_accounts;
    SessionManager *m_sessions;
    JobTracker *m_tracker;
    QSettings *m_settings;
    AccountTreeModel *m_treeModel;
    QTreeView *m_tree;
    QStackedWidget *m_centre;
    QWidget *m_welcome;
    QWidget *m_accountPage;
    QLabel *m_accountSummary;
    QHash<QString, ProviderView *> m_views;   ///< by provider id
    QStackedWidget *m_detailsArea;           ///< the views' details panes (ProviderView::detailsPane)
    QSplitter *m_splitter;
    QLabel *m_activity;
    QLabel *m_lastError;
    QString m_lastErrorText;   ///< the last error in full, or empty
    QToolButton *m_cancelButton;
    DraftDock *m_draftDock;
    ActivityDock *m_activityDock = nullptr;
    std::unique_ptr<DraftSession> m_draft;
    std::unique_ptr<SnapshotCache> m_snapshots;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<ChangePath> m_changes;
    SearchEverywhere *m_searchEverywhere;
    SearchEverywhereBox *m_searchBox;
    QString m_draftAccountId;

    QAction *m_addAccount = nullptr;
    QAction *m_editAccount = nullptr;
    QAction *m_testConnection = nullptr;
    QAction *m_removeAccount = nullptr;
    QAction *m_addDomain = nullptr;
    QAction *m_removeDomain = nullptr;
    QAction *m_newMailbox = nullptr;
    QAction *m_changeQuota = nullptr;
    QAction *m_resetPassword = nullptr;
    QAction *m_deleteMailbox = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showLastError = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_palette = nullptr;
    QAction *m_mailboxMenu = nullptr;   ///< the Mailbox menu's own action, hidden with its actions
    class QToolBar *m_toolBar = nullptr;
    class QToolBar *m_searchBar = nullptr;
    QString m_toolBarFittedFor;   ///< the width and visible actions fitToolBar() measured last
    QAction *m_quit = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_manual = nullptr;
    QAction *m_draftMode = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_makeMaster = nullptr;
    QAction *m_makeNotMaster = nullptr;
    QAction *m_exportCsv = nullptr;
};
