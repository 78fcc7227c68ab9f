#include "models/ikoula/listmembermodel.h"

void ListMemberModel::setMembers(const QStringList &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void ListMemberModel::addMember(const QString &address)
{
    if (m_members.contains(address, Qt::CaseInsensitive))
        return;
    const int row = static_cast<int>(m_members.size());
    beginInsertRows({}, row, row);
    m_members.append(address);
    endInsertRows();
}

bool ListMemberModel::removeMember(const QString &address)
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).compare(address, Qt::CaseInsensitive) == 0) {
            beginRemoveRows({}, row, row);
            m_members.removeAt(row);
            endRemoveRows();
            return true;
        }
    }
    return false;
}

QStringList ListMemberModel::headers() const
{
    return {tr("Member")};
}

QVariant ListMemberModel::cell(int row, int, int role) const
{
    return role == Qt::DisplayRole ? QVariant(m_members.at(row)) : QVariant();
}
