#include "models/hostway/blackwhitelistmodel.h"

#include "core/providers/hostway/hostwayclient.h"

BlackWhiteListModel::BlackWhiteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BlackWhiteListModel::setSource(HostwayClient *client, const QString &domain, const QString &name)
{
    m_client = client;
    m_domain = domain;
    m_name = name;
    reload();
}

void BlackWhiteListModel::setFilter(const QString &address, const QString &type)
{
    if (m_query.filterAddress == address && m_query.filterType == type)
        return;
    m_query.filterAddress = address;
    m_query.filterType = type;
    reload();
}

void BlackWhiteListModel::reload()
{
    ++m_generation;   // drops any page still on its way
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_more = false;
    m_loading = false;
    m_error = ApiError();
    m_query.page = 1;
    endResetModel();
    if (m_client && !m_domain.isEmpty())
        fetchPage();
}

void BlackWhiteListModel::fetchPage()
{
    m_loading = true;
    const quint64 generation = m_generation;
    m_client->fetchBlackWhitePage(m_domain, m_name, m_query, this, [this, generation](const ApiError &error, const Hostway::BlackWhitePage &page) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (error.isError()) {
            m_error = error;
            m_more = false;
            Q_EMIT loadFailed();
            return;
        }
        if (!page.items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size() - 1));
            m_rows.append(page.items);
            endInsertRows();
        }
        m_total = page.totalCount;
        // Follow the links, not totalCount: the seed's examples disagree with their totals.
        m_more = page.hasNext() && !page.items.isEmpty();
        ++m_query.page;
        Q_EMIT loaded();
    });
}

int BlackWhiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BlackWhiteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlackWhiteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hostway::BlackWhiteEntry &e = m_rows.at(index.row());
    if (role == TypeRole)
        return e.type;
    if (role == Qt::ToolTipRole && index.column() == AddressColumn && e.address.startsWith(QLatin1Char('@')))
        return tr("Every sender of %1").arg(e.address.mid(1));
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == AddressColumn)
        return e.address;
    return e.type == QLatin1String("W") ? tr("Allowed") : tr("Blocked");
}

QVariant BlackWhiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == ListColumn)
        return tr("Hostway sorts by address only; filter by the list instead.");
    if (role != Qt::DisplayRole)
        return {};
    return section == AddressColumn ? tr("Sender") : tr("List");
}

bool BlackWhiteListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void BlackWhiteListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent) && m_client)
        fetchPage();
}

void BlackWhiteListModel::sort(int column, Qt::SortOrder order)
{
    if (column != AddressColumn || order == m_query.sortOrder)
        return;
    m_query.sortOrder = order;
    reload();
}
