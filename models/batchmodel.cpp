#include "models/batchmodel.h"

#include "core/changes/batchrun.h"
#include "core/drafts/draftapplier.h"

#include <QBrush>
#include <QColor>

BatchModel::BatchModel(BatchRun *run, QObject *parent)
    : QAbstractTableModel(parent)
    , m_run(run)
{
    connect(run, &BatchRun::started, this, [this] {
        connect(m_run->applier(), &DraftApplier::entryChanged, this, [this](int row) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
    });
    // Rows never sent (no password given, cancelled before the sender came) say so.
    connect(run, &BatchRun::finished, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, OutcomeColumn));
    });
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_run ? 0 : static_cast<int>(m_run->rows().entries.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const DraftApplier *applier = m_run->applier();
    const auto status = applier ? applier->outcomes().at(index.row()).status : DraftApplier::EntryStatus::Pending;
    const auto outcomeText = [&]() -> QString {
        if (!applier)
            return m_run->error().isError() ? tr("not sent") : tr("waiting");
        const DraftApplier::Outcome &o = applier->outcomes().at(index.row());
        return o.message.isEmpty() ? DraftApplier::statusName(o.status)
                                   : tr("%1: %2").arg(DraftApplier::statusName(o.status), o.message);
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return m_run->rows().entries.at(index.row()).operation->describe();
        return index.column() == OutcomeColumn ? QVariant(outcomeText()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && (status == DraftApplier::EntryStatus::Refused || status == DraftApplier::EntryStatus::Failed))
            return QBrush(QColor(0xd9, 0x30, 0x25));
        return {};
    case StatusRole:
        return static_cast<int>(status);
    default:
        return {};
    }
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn: return tr("Change");
    case OutcomeColumn: return tr("Outcome");
    default: return {};
    }
}
