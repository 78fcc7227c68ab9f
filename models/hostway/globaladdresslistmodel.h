#pragma once

#include "core/net/apierror.h"
#include "core/providers/hostway/contacts.h"

#include <QAbstractTableModel>
#include <QPointer>

class HostwayClient;

/// A Hostway domain's global address list as a table (seed 003 sections 21-23): a column per
/// contact field, in the schema's order (Column is Hostway::ContactField), a row per contact.
/// The query (filter<Field>, search<Field>) is the provider's, so changing it reads the list
/// again; the seed documents no paging for this list, so one answer holds it all. Sorting is
/// a QSortFilterProxyModel's, over SortRole.
class GlobalAddressListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,   ///< the cell's text without case, for sorting
        NameRole,                      ///< QString: the row's contact name, whatever the column
    };

    explicit GlobalAddressListModel(QObject *parent = nullptr);

    /// Lists `domain`'s contacts through `client` (not owned); a null client empties the table.
    void setSource(HostwayClient *client, const QString &domain);
    /// The conditions of the next reads; reads the list again when they changed.
    void setQuery(const Hostway::ContactQuery &query);
    /// Reads the list again.
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The contact of `row`; an empty one outside the rows.
    [[nodiscard]] Hostway::Contact contactAt(int row) const { return m_rows.value(row); }
    [[nodiscard]] const QList<Hostway::Contact> &contacts() const { return m_rows; }
    /// The row of the contact named `name` (without case), or -1.
    [[nodiscard]] int rowOf(const QString &name) const;
    [[nodiscard]] const QString &domain() const { return m_domain; }
    [[nodiscard]] const Hostway::ContactQuery &query() const { return m_query; }
    /// True when the list shown is the whole list, not a filtered one.
    [[nodiscard]] bool isWholeList() const { return m_query.filters.isEmpty() && m_query.searches.isEmpty(); }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] const ApiError &lastError() const { return m_error; }

Q_SIGNALS:
    /// A read of the list started: the rows shown are the earlier ones until it ends.
    void loadStarted();
    /// The list came (it may be empty).
    void loaded();
    /// The list could not be read; lastError() says why.
    void loadFailed();

private:
    QPointer<HostwayClient> m_client;
    QString m_domain;
    Hostway::ContactQuery m_query;
    QList<Hostway::Contact> m_rows;
    bool m_loading = false;
    quint64 m_generation = 0;
    ApiError m_error;
};
