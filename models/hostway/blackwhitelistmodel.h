#pragma once

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwaytypes.h"

#include <QAbstractTableModel>
#include <QPointer>

class HostwayClient;

/// A Hostway black/white list as a table: a mailbox's (seed 003 sections 39-40) or, with no
/// mailbox name, its domain's (7-8). Pages of 100 are fetched as the view scrolls
/// (fetchMore); the address filter (`*` a wildcard), the type filter and the sort by
/// address are the provider's, so a change of either reloads from the first page.
class BlackWhiteListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AddressColumn, ListColumn, ColumnCount };
    enum Role {
        TypeRole = Qt::UserRole + 1,   ///< "W" or "B"
    };

    explicit BlackWhiteListModel(QObject *parent = nullptr);

    /// Lists `name`@`domain`'s addresses (the domain's when `name` is empty); a null client
    /// empties the table.
    void setSource(HostwayClient *client, const QString &domain, const QString &name);
    /// filterAddress (`*` a wildcard; empty: all) and filterType ("", "W" or "B").
    void setFilter(const QString &address, const QString &type);
    /// Reads the list again from its first page.
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts by address (the provider's only sort field); the List column does not sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The address of `row` and its list; an empty entry outside the rows loaded.
    [[nodiscard]] Hostway::BlackWhiteEntry entryAt(int row) const { return m_rows.value(row); }
    /// The rows loaded so far.
    [[nodiscard]] const QList<Hostway::BlackWhiteEntry> &entries() const { return m_rows; }
    /// The provider's count of the addresses matching the filter.
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] const ApiError &lastError() const { return m_error; }

Q_SIGNALS:
    /// A page came (or the list is empty).
    void loaded();
    /// A page could not be read; lastError() says why.
    void loadFailed();

private:
    void fetchPage();

    QPointer<HostwayClient> m_client;
    QString m_domain;
    QString m_name;
    Hostway::BlackWhiteQuery m_query;
    QList<Hostway::BlackWhiteEntry> m_rows;
    int m_total = 0;
    bool m_more = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    ApiError m_error;
};
