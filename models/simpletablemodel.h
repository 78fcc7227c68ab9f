#pragma once

#include <QAbstractTableModel>
#include <QStringList>

/// A read-only table over a list of rows the subclass owns: it gives the column headers and
/// each cell; this class does the Qt plumbing. Qt::UserRole answers a sort key (numbers
/// for numeric columns) that QSortFilterProxyModel uses with setSortRole(SortRole).
class SimpleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    /// Number of rows held.
    [[nodiscard]] virtual int rows() const = 0;
    /// Translated column headers.
    [[nodiscard]] virtual QStringList headers() const = 0;
    /// One cell for `role` (Display, ToolTip, Decoration, SortRole...).
    [[nodiscard]] virtual QVariant cell(int row, int column, int role) const = 0;
};
