#include "models/simpletablemodel.h"

int SimpleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int SimpleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant SimpleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == SortRole) {
        const QVariant key = cell(index.row(), index.column(), SortRole);
        return key.isValid() ? key : cell(index.row(), index.column(), Qt::DisplayRole);
    }
    return cell(index.row(), index.column(), role);
}

QVariant SimpleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headers().value(section);
}
