#pragma once

#include "core/net/apierror.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/hostwaytypes.h"
#include "models/iconcache.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <optional>
#include <QPointer>

class HostwayClient;
struct Draft;
struct DomainSnapshot;

/// The mailboxes of one domain, loaded page by page as the view scrolls (canFetchMore /
/// fetchMore over page and pageSize), sorted by the server (username or quota) and filtered
/// by the server (filterUsername with `*` wildcards). A change of domain, sort or filter
/// starts over; answers to superseded requests are dropped.
class MailboxTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, QuotaColumn, TypeColumn, MasterColumn, WebmailColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        UsernameRole = Qt::UserRole + 1,   ///< QString
        QuotaRole,                         ///< int, MB
        IsExchangeRole,                    ///< bool
        DraftMarkRole,                     ///< QString: the drafted change, empty if none
        IsDraftCreationRole,               ///< bool: a row drafted for creation, not at the provider yet
    };

    explicit MailboxTableModel(QObject *parent = nullptr);

    /// Shows `domain` of `client` (not owned; may be null to clear). Starts loading page 1.
    void setSource(HostwayClient *client, const QString &domain);
    [[nodiscard]] QString domain() const { return m_domain; }
    /// The server-side filter. Text without `*` matches anywhere in the name ("*text*").
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_filterText; }
    /// Rows per request, 1 to 400 (default 100).
    void setPageSize(int pageSize);
    /// Starts over from page 1 with the same domain, sort and filter.
    void reload();
    /// A mailbox's drafted state, shown over what the provider said.
    struct DraftMark
    {
        QString description;          ///< what is drafted, for the tooltip
        std::optional<int> quotaMb;   ///< drafted quota
        std::optional<bool> master;   ///< drafted master flag
        bool deleted = false;         ///< drafted for deletion (struck out)
    };
    /// Shows drafted changes: username (any case) -> its drafted state.
    void setDraftMarks(const QHash<QString, DraftMark> &marks);
    /// Mailboxes drafted for creation, shown as marked rows after the provider's once the
    /// domain is fully loaded (paging continues otherwise). `descriptions` by username.
    void setDraftCreations(const QList<Hostway::MailboxSummary> &mailboxes, const QStringList &descriptions);
    /// Shows what `draft` (may be null: none) changes in this domain, over the provider's rows:
    /// its updates and deletions as marks, its creations as rows of their own; the entries
    /// whose ids are in `applied` are at the provider now and not marked.
    /// (mailboxtabledraft.cpp)
    void setDraft(const Draft *draft, const QSet<QString> &applied);
    /// Every mailbox of the domain as a snapshot for drafting and working offline, taken now
    /// (or when the snapshot shown was); none unless isComplete(). Drafted creations are
    /// not in it. (mailboxtabledraft.cpp)
    [[nodiscard]] std::optional<DomainSnapshot> snapshot() const;
    /// showSnapshot() of a snapshot kept in a draft or the SnapshotCache.
    void showSnapshot(const QString &domain, const DomainSnapshot &snapshot);
    /// Cancels the page request in flight, if any.
    void cancel();
    /// Shows `mailboxes` (a snapshot taken at `takenAt`) instead of the provider's answer:
    /// working offline. Sorted and filtered here; nothing is requested.
    void showSnapshot(const QString &domain, const QList<Hostway::MailboxSummary> &mailboxes, const QDateTime &takenAt);
    /// When showing a snapshot, when it was taken; invalid when online.
    [[nodiscard]] QDateTime snapshotTime() const { return m_snapshotTime; }
    /// True when every mailbox of the domain is loaded (no filter, all pages).
    [[nodiscard]] bool isComplete() const { return m_filterText.isEmpty() && m_totalCount >= 0 && m_rows.size() == m_totalCount; }

    [[nodiscard]] bool isLoading() const { return m_job != nullptr; }
    /// The server's count of mailboxes matching the filter; -1 before the first page.
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }
    /// The mailbox of `row`, drafted creations included.
    [[nodiscard]] Hostway::MailboxSummary mailboxAt(int row) const;
    /// The row of `username`, or -1.
    [[nodiscard]] int rowOf(const QString &username) const;
    /// True for the columns the server can sort by (username, quota).
    [[nodiscard]] static bool isSortable(int column) { return column == UsernameColumn || column == QuotaColumn; }
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts on the server; columns that cannot be sorted leave the order unchanged.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(int total);
    /// A page failed to load; `message` says what to do next.
    void loadFailed(const QString &message);
    /// Every mailbox of the domain has been loaded from the provider (a fresh snapshot).
    void completed();

private:
    void restart();
    void requestPage();

    QPointer<HostwayClient> m_client;
    QString m_domain;
    QString m_filterText;
    int m_sortColumn = UsernameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = 100;
    int m_nextPage = 1;
    bool m_hasMore = false;
    int m_totalCount = -1;
    quint64 m_generation = 0;
    QPointer<ApiJob> m_job;
    ApiError m_lastError;
    QList<Hostway::MailboxSummary> m_rows;
    QList<Hostway::MailboxSummary> m_snapshot;   ///< offline: all rows of the snapshot
    QDateTime m_snapshotTime;
    QHash<QString, DraftMark> m_draftMarks;   ///< by lower-case username
    QList<Hostway::MailboxSummary> m_creations;
    QStringList m_creationDescriptions;
    IconCache m_icons;
    bool m_creationsShown = false;   ///< changed only between begin/end of a row insert or reset
    [[nodiscard]] int creationRows() const { return m_creationsShown ? static_cast<int>(m_creations.size()) : 0; }
    void applySnapshotView();
};
