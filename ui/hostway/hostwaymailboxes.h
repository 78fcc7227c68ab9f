#pragma once

#include "ui/registry/providerview.h"

#include <QMessageBox>

#include <memory>

class ApiError;
class MailboxDetailsPane;
class MailboxListPage;
class Operation;

/// Hostway's mailboxes in the window: a domain's mailbox table (MailboxListPage) with the
/// selected mailbox's details at the right, and the window's mailbox actions on them: New
/// Mailbox, Change Quota, Reset Password, Delete, Find, CSV export and import into the
/// draft. Every change goes through the account's ChangeHook (drafted or sent, audited).
/// What was loaded of a domain is kept (SnapshotCache) and offered when Hostway cannot be
/// reached. Part of HostwayView.
class HostwayMailboxes final : public QObject
{
    Q_OBJECT

public:
    HostwayMailboxes(const ProviderView::Host &host, QObject *parent);

    [[nodiscard]] MailboxListPage *page() const { return m_list; }
    [[nodiscard]] MailboxDetailsPane *details() const { return m_details; }
    /// Shows the mailboxes of `node`'s domain (the window's Mailboxes node) and returns the page.
    QWidget *show(const ProviderView::Node &node);
    /// Loads the domain shown again, keeping the selection (after Refresh or an apply).
    void reload();
    [[nodiscard]] bool canDo(ProviderView::MailboxAction action) const;
    void trigger(ProviderView::MailboxAction action);
    /// See ProviderView::importMailboxCsv (MailboxCsvImport reads the file).
    bool importCsv(const QString &path);
    /// Shows the open draft's changes of the domain shown in the table.
    void draftChanged();

private:
    void newMailbox();
    void changeQuota();
    void resetPassword();
    void deleteMailbox();
    void exportCsv();
    void onSelection();
    /// Gives `pane` the mailbox actions and the change path; a change it sends reloads the list.
    void wire(MailboxDetailsPane *pane);
    /// Shows the selected mailbox in `pane`: read from Hostway, or as the draft or snapshot knows it.
    void showSelected(MailboxDetailsPane *pane);
    /// Opens the selected mailbox's property sheet (MailboxPropertiesDialog): Return, double-click.
    void openProperties();
    /// Every selected mailbox that can be changed here (Exchange is read-only; a drafted
    /// mailbox only in Draft Mode), in the table's order.
    [[nodiscard]] QStringList selectedRegularMailboxes() const;
    /// Several mailboxes selected: one quota for all, their passwords reset to a generated
    /// one each, or all deleted, after a confirmation naming how many; one batch
    /// (ProviderView::Host::changeMany), then the list reloads.
    void changeQuotas(const QStringList &names);
    /// Sets or clears the master flag of the selected mailboxes (Make Master, Make Not
    /// Master): one batch, or one drafted operation per mailbox in Draft Mode.
    void setMaster(bool master);
    void resetPasswords(const QStringList &names);
    void deleteMailboxes(const QStringList &names);
    using MakeOperation = std::function<std::shared_ptr<Operation>(const QString &name)>;
    /// Opens `question` about `names` (listed in its details, Cancel its default) with the
    /// button `confirm`; when pressed, changeEach() titled `confirm`.
    void confirmThenChangeMany(QMessageBox *question, const QString &confirm, QMessageBox::ButtonRole role, const char *confirmName,
                               const QStringList &names, MakeOperation make, std::function<void(int accepted)> sent);
    /// One operation per name, made by `make`, changed at once (ProviderView::Host::changeMany,
    /// titled `title`; the domain's snapshot kept first when drafting), then `sent`.
    void changeEach(const QStringList &names, const MakeOperation &make, const QString &title, std::function<void(int accepted)> sent);
    /// While drafting, a first draft of the domain keeps the table as the domain's snapshot.
    void keepSnapshotForDraft();
    /// Drafts or sends `operation` for the account shown; `done` gets its error, none when
    /// done or drafted. A first draft of a domain keeps the table as the domain's snapshot.
    void submit(std::shared_ptr<Operation> operation, std::function<void(const ApiError &)> done);
    /// submit() for a dialog that stays open with a refusal (showRefusal) and closes on success.
    template<typename Dialog>
    void submitFrom(Dialog *dialog, std::shared_ptr<Operation> operation, std::function<void()> onSuccess);
    [[nodiscard]] bool drafting() const;
    /// Saves the list just loaded in full as the domain's snapshot.
    void cacheSnapshot();
    /// After a failed load, offers to work offline on the cached snapshot of the domain shown.
    void offerSnapshot();

    ProviderView::Host m_host;
    MailboxListPage *m_list;
    MailboxDetailsPane *m_details;
    ProviderView::Node m_node;   ///< the Mailboxes node shown
    QList<QAction *> m_mailboxActions;   ///< the window's actions under a mailbox's details
};
