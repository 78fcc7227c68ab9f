#include "models/simpletablemodel.h"

#include <QFont>
#include <QIcon>

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
    if (!m_draftMarks.isEmpty()) {
        const auto mark = m_draftMarks.constFind(rowKey(index.row()).toLower());
        if (mark != m_draftMarks.cend()) {
            switch (role) {
            case DraftMarkRole:
                return mark->description;
            case Qt::FontRole: {
                QFont font;
                font.setItalic(true);
                font.setStrikeOut(mark->deleted);
                return font;
            }
            case Qt::DecorationRole:
                if (index.column() == 0)
                    return m_icons.icon(QStringLiteral(":/icons/edit.svg"));
                break;
            case Qt::ToolTipRole:
                return tr("In the draft: %1").arg(mark->description);
            default:
                break;
            }
        }
    }
    if (role == DraftMarkRole)
        return QString();
    return cell(index.row(), index.column(), role);
}

void SimpleTableModel::setDraftMarks(QHash<QString, DraftMark> marks)
{
    if (marks.isEmpty() && m_draftMarks.isEmpty())
        return;
    m_draftMarks = std::move(marks);
    if (rows() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows() - 1, columnCount() - 1),
                           {Qt::FontRole, Qt::DecorationRole, Qt::ToolTipRole, DraftMarkRole});
}

QVariant SimpleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headers().value(section);
}
