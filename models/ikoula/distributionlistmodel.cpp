#include "models/ikoula/distributionlistmodel.h"

#include <QIcon>

void DistributionListModel::setLists(QList<Ikoula::DistributionList> lists)
{
    beginResetModel();
    m_lists = std::move(lists);
    endResetModel();
}

int DistributionListModel::rowOf(const QString &email) const
{
    for (int i = 0; i < m_lists.size(); ++i) {
        if (m_lists.at(i).email.compare(email, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QStringList DistributionListModel::headers() const
{
    return {tr("Address"), tr("Name"), tr("Manager"), tr("Members")};
}

QVariant DistributionListModel::cell(int row, int column, int role) const
{
    const Ikoula::DistributionList &l = m_lists.at(row);
    if (role == Qt::DecorationRole && column == Email)
        return icons().icon(QStringLiteral(":/icons/list.svg"));
    if (role == SortRole && column == Members)
        return static_cast<int>(l.members.size());
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Email: return l.email;
    case Name: return l.displayName;
    case Manager: return l.manager;
    case Members: return static_cast<int>(l.members.size());
    default: return {};
    }
}

QString DistributionListModel::rowKey(int row) const
{
    return m_lists.at(row).email;
}
