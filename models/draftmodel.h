#pragma once

#include "core/drafts/draftapplier.h"
#include "models/iconcache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class DraftSession;

/// The operations of a draft for the review pane: number, description, and either the
/// offline validation problems or, once applying, each operation's status.
class DraftModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, OperationColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        EntryIdRole = Qt::UserRole + 1,   ///< QString
        HasProblemRole,                   ///< bool: validation found a problem
    };

    explicit DraftModel(DraftSession *session, QObject *parent = nullptr);

    /// Shows an apply run's outcomes (null to go back to validation).
    void setApplier(DraftApplier *applier);
    /// Number of entries with a validation problem.
    [[nodiscard]] int problemCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void revalidate();

    DraftSession *m_session;
    QPointer<DraftApplier> m_applier;
    QHash<QString, QStringList> m_problems;   ///< by entry id
    IconCache m_icons;
};
