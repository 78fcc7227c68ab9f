#include "models/searchresultsmodel.h"

#include <QFont>
#include <QPalette>

#include <algorithm>

namespace {

/// internalId of a group row; a hit's is its group's id (Group::id).
constexpr quintptr kGroupId = 0;

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

void SearchResultsModel::add(const QString &key, const QString &title, const QList<SearchHit> &hits, int order)
{
    if (hits.isEmpty())
        return;
    const auto it = std::find_if(m_groups.begin(), m_groups.end(), [&key](const Group &g) { return g.key == key; });
    if (it == m_groups.end()) {
        const auto before = std::find_if(m_groups.begin(), m_groups.end(), [order](const Group &g) { return g.order > order; });
        const int row = int(before - m_groups.begin());
        beginInsertRows({}, row, row);
        m_groups.insert(row, {key, title, hits, order, m_nextId++});
        endInsertRows();
        return;
    }
    const int groupRow = int(it - m_groups.begin());
    const QModelIndex group = index(groupRow, 0);
    const int first = int(it->hits.size());
    beginInsertRows(group, first, first + int(hits.size()) - 1);
    it->hits.append(hits);
    endInsertRows();
    Q_EMIT dataChanged(group, group.siblingAtColumn(ColumnCount - 1));   // its count
}

int SearchResultsModel::groupRow(quintptr id) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == id)
            return row;
    }
    return -1;
}

const SearchHit *SearchResultsModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId || index.model() != this)
        return nullptr;
    const int group = groupRow(index.internalId());
    if (group < 0 || index.row() >= m_groups.at(group).hits.size())
        return nullptr;
    return &m_groups.at(group).hits.at(index.row());
}

int SearchResultsModel::openableCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(std::count_if(group.hits.cbegin(), group.hits.cend(), [](const SearchHit &h) { return h.isObject(); }));
    return count;
}

QList<QModelIndex> SearchResultsModel::openable() const
{
    QList<QModelIndex> out;
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<SearchHit> &hits = m_groups.at(g).hits;
        for (int row = 0; row < hits.size(); ++row) {
            if (hits.at(row).isObject())
                out.append(createIndex(row, 0, m_groups.at(g).id));
        }
    }
    return out;
}

QModelIndex SearchResultsModel::nextHit(const QModelIndex &from, int steps) const
{
    const QList<QModelIndex> hits = openable();
    if (hits.isEmpty())
        return {};
    const int at = int(hits.indexOf(from.isValid() ? from.siblingAtColumn(0) : QModelIndex()));
    if (at < 0)
        return steps >= 0 ? hits.first() : hits.last();
    return hits.at(std::clamp(at + steps, 0, int(hits.size()) - 1));
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0 || row >= m_groups.at(parent.row()).hits.size())
        return {};
    return createIndex(row, column, m_groups.at(parent.row()).id);
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    const int group = groupRow(child.internalId());
    return group < 0 ? QModelIndex() : createIndex(group, 0, kGroupId);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const SearchHit *h = hit(index))
        return hitData(*h, index.column(), role);
    return groupData(index.row(), index.column(), role);
}

QVariant SearchResultsModel::groupData(int row, int column, int role) const
{
    const Group &group = m_groups.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column != NameColumn)
            return {};
        {
            const int count = int(std::count_if(group.hits.cbegin(), group.hits.cend(), [](const SearchHit &h) { return h.isObject(); }));
            return QStringLiteral("%1 (%2)").arg(group.title).arg(count);
        }
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case HitKindRole:
        return -1;
    case AccountIdRole:
        return group.key;
    case OpenableRole:
        return false;
    default:
        return {};
    }
}

QVariant SearchResultsModel::hitData(const SearchHit &hit, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return hit.name;
        if (column == DetailColumn)
            return hit.detail;
        return hit.isObject() ? kindText(hit.kind) : QString();
    case Qt::ToolTipRole:
        return hit.isObject() ? QVariant() : QVariant(hit.name);
    case Qt::ForegroundRole:
        if (hit.kind == SearchHit::Kind::Problem)
            return QColor(Qt::darkRed);
        return hit.kind == SearchHit::Kind::More ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case HitKindRole:
        return int(hit.kind);
    case AccountIdRole:
        return hit.accountId;
    case OpenableRole:
        return hit.isObject();
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const SearchHit *h = hit(index);
    return h && h->isObject() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                              : (h ? Qt::ItemIsEnabled | Qt::ItemNeverHasChildren : Qt::ItemIsEnabled);
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Details");
    case KindColumn:
        return tr("Type");   // as the mailbox tables say
    default:
        return {};
    }
}

QString SearchResultsModel::kindText(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Mailbox:
        return tr("Mailbox");
    case SearchHit::Kind::DistributionList:
        return tr("Distribution list");
    case SearchHit::Kind::Contact:
        return tr("Contact");
    case SearchHit::Kind::Domain:
        return tr("Domain");
    case SearchHit::Kind::More:
    case SearchHit::Kind::Problem:
        break;
    }
    return {};
}
