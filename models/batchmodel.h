#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class BatchRun;

/// The rows of a batch (BatchRun) for its window: each change and what became of it
/// (waiting, sending, done, or the provider's refusal in its words), updated as the run goes.
class BatchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, OutcomeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        StatusRole = Qt::UserRole + 1,   ///< DraftApplier::EntryStatus as int; Pending before the run
    };

    /// `run` (not owned) must outlive the model or be destroyed with its parent.
    explicit BatchModel(BatchRun *run, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<BatchRun> m_run;
};
