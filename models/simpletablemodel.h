#pragma once

#include "models/iconcache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

/// A read-only table over a list of rows the subclass owns: it gives the column headers and
/// each cell; this class does the Qt plumbing. SortRole answers a sort key (numbers for
/// numeric columns) that QSortFilterProxyModel uses with setSortRole(SortRole). Rows a
/// draft changes (setDraftMarks(), by rowKey()) show in italics, struck out when the draft
/// deletes them, with the drafted change as tooltip and DraftMarkRole.
class SimpleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        DraftMarkRole,   ///< QString: what the draft changes in the row, empty if nothing
    };

    /// What a draft does to one row.
    struct DraftMark
    {
        QString description;   ///< the drafted operations' describe(), one per line
        bool deleted = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// The rows the current draft changes, by lower-case rowKey().
    void setDraftMarks(QHash<QString, DraftMark> marks);

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
    /// What identifies a row for draft marks (an address, an id); empty: never marked.
    [[nodiscard]] virtual QString rowKey(int row) const { Q_UNUSED(row) return {}; }
    /// The subclass's icons, each made once.
    [[nodiscard]] const IconCache &icons() const { return m_icons; }

private:
    QHash<QString, DraftMark> m_draftMarks;
    IconCache m_icons;
};
