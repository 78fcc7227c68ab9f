#pragma once

#include "ui/changehook.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class AccountStore;
class AccountTreeModel;
class Draft;
class DraftSession;
class QAction;
class SnapshotCache;
class QTreeView;
class QWidget;
class SessionManager;
struct Account;

/// One provider's side of the main window: the pages of its accounts' tree nodes, the
/// account page's text, how the user adds a domain, refreshing, and what its pages mark of
/// the open draft. ProviderViews makes one per provider for each window; MainWindow asks the
/// view of the selected account's provider and never compares provider ids itself.
class ProviderView : public QObject
{
    Q_OBJECT

public:
    /// A node of the account tree (AccountTreeModel's roles).
    struct Node
    {
        QString accountId;      ///< Account::id (Mailroom's UUID), not the provider's account id
        QString domain;         ///< a domain (ICE: skill id) node and its children
        QString subscription;   ///< Ikoula
        QString organisation;   ///< Ikoula
        int type = -1;          ///< AccountTreeModel::NodeType
        QString label;          ///< the node's text
    };

    /// The window's mailbox actions (menus, toolbar, shortcuts): a view that
    /// offersMailboxActions() says when each can be taken and takes it.
    enum class MailboxAction { New, ChangeQuota, ResetPassword, Delete, ImportCsv, ExportCsv, Find, MakeMaster, MakeNotMaster };

    /// What the window lends its views; nothing here is owned by a view.
    struct Host
    {
        AccountStore *accounts = nullptr;
        SessionManager *sessions = nullptr;
        AccountTreeModel *tree = nullptr;
        QTreeView *treeView = nullptr;
        QWidget *window = nullptr;                                   ///< parent of pages and dialogs
        std::function<Node()> current;                               ///< the node shown now (late answers check it)
        std::function<ChangeHook(const QString &accountId)> changeHook;
        std::function<const Draft *(const QString &accountId)> draft;   ///< the open draft if it is this account's, else null
        std::function<QSet<QString>()> applied;                      ///< the ids of the draft's entries already at the provider
        std::function<void(const QString &accountId, const QString &note)> accountNote;   ///< a line under the account page's text
        std::function<void(const QString &message)> status;          ///< a message in the status bar
        std::function<QAction *(MailboxAction action)> mailboxAction;   ///< the window's action, for a page's context menu
        QAction *refreshAction = nullptr;                           ///< the window's Refresh, likewise
        std::function<void()> actionsChanged;                        ///< what can be done changed: the window enables its actions again
        std::function<DraftSession *(const QString &accountId)> draftSession;   ///< the open draft if it is this account's, else null
        /// Turns Draft Mode on (it may be refused: another account's draft is open); true
        /// when the account's draft is open afterwards.
        std::function<bool(const QString &accountId)> startDrafting;
        SnapshotCache *snapshots = nullptr;                          ///< what was last loaded of each domain, for working offline

        /// Drafts `operations` of `accountId` together, one undo step named `undoText`, Draft
        /// Mode turned on first; `before` runs on the draft before they are added (a snapshot
        /// to keep). True when all are in the draft; else false and *error (empty when the
        /// user was told already: another account's draft is open).
        bool draftTogether(const QString &accountId, QList<std::shared_ptr<Operation>> operations, const QString &undoText,
                           QString *error, const std::function<void(DraftSession *)> &before = {}) const;
        /// The same change made to several rows (`operations`, one per row) as one: in Draft
        /// Mode one drafted operation per row, one undo step named `title`; else one batch
        /// (ChangeHook::sendBatch) whose window is titled `title`. `sent(accepted)` after a
        /// batch ends, not after drafting (nothing changed at the provider). False when nothing
        /// was drafted (the user was told why); true when drafted or the batch started.
        bool changeMany(const QString &accountId, QList<std::shared_ptr<Operation>> operations, const QString &title,
                        std::function<void(int accepted)> sent) const;
    };

    explicit ProviderView(const Host &host, QObject *parent = nullptr) : QObject(parent), m_host(host) {}

    /// The pages this view shows in the window's centre, made once.
    [[nodiscard]] virtual QList<QWidget *> pages() const = 0;
    /// Shows `node` of one of this provider's accounts: the page it is on (one of pages(), or
    /// Host::mailboxTable), its source set or being fetched; null for the window's account page.
    virtual QWidget *show(const Node &node) = 0;
    /// The account page's text: who the account is and what to do next.
    [[nodiscard]] virtual QString accountSummary(const Account &account) const = 0;
    /// Asks the user for a domain (ICE: skill) to add under `accountId`, adds it and selects
    /// it. Called only for providers whose user adds domains (Provider::userAddsDomains).
    virtual void addDomain(const QString &accountId) { Q_UNUSED(accountId) }
    /// Refreshes `node` itself; false when the window should show the node again instead.
    virtual bool refresh(const Node &node) { Q_UNUSED(node) return false; }
    /// True when Refresh (F5) reads `node` again: a domain's nodes by default; a view adds the
    /// account nodes whose page reads something (a Hostway mailbox owner's).
    [[nodiscard]] virtual bool canRefresh(const Node &node) const { return !node.domain.isEmpty(); }
    /// After show(node): selects `object` on the page shown (SearchHit::object: a Hostway
    /// username, an Ikoula address) once it is loaded, and gives it the focus, so its details
    /// show. Does nothing for an object the page does not list.
    virtual void reveal(const Node &node, const QString &object) { Q_UNUSED(node) Q_UNUSED(object) }
    /// Lists what the account's API lists by itself into the tree (Ikoula's subscriptions).
    virtual void listObjects(const Account &account) { Q_UNUSED(account) }
    /// Draft Mode was turned on or off: the pages say "Add to Draft" or "Save".
    virtual void draftModeChanged() {}
    /// The open draft changed, or the page's data was reloaded: the pages mark what it changes.
    virtual void draftChanged() {}
    /// True when the window's mailbox actions (New Mailbox, Change Quota, Reset Password,
    /// Delete, Import, Export, Find) serve this provider's domains.
    [[nodiscard]] virtual bool offersMailboxActions() const { return false; }
    /// Whether `action` can be taken now on what the view shows.
    [[nodiscard]] virtual bool canDo(MailboxAction action) const { Q_UNUSED(action) return false; }
    /// Takes `action` on what the view shows (only when canDo()).
    virtual void trigger(MailboxAction action) { Q_UNUSED(action) }
    /// Adds a creation to the draft for each row of a mailboxes CSV file, for the domain
    /// shown; false when nothing was imported (each bad row is shown).
    virtual bool importMailboxCsv(const QString &path) { Q_UNUSED(path) return false; }
    /// The pane at the window's right for `node` (the selected mailbox's details), made
    /// once; null when the node has none.
    [[nodiscard]] virtual QWidget *detailsPane(const Node &node) const { Q_UNUSED(node) return nullptr; }

protected:
    /// True while `node` is still the one the window shows (for answers that arrive late).
    [[nodiscard]] bool stillShown(const Node &node) const;

    Host m_host;
};
