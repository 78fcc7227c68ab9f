#pragma once

#include "core/audit/auditlog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

/// The changes of the audit log, one row per change (AuditLog::changes()), newest first:
/// for the Activity pane. Read-only; reload() reads the file again.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AccountColumn, ProviderColumn, ChangeColumn, OutcomeColumn, StatusColumn, MessageColumn, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1,   ///< AuditEntry::Outcome, as int
        AccountIdRole,                    ///< the account's id
        SortRole,                         ///< time as a QDateTime, numbers as numbers
    };

    /// Reads `log` (not owned; it must outlive the model).
    explicit AuditLogModel(const AuditLog *log, QObject *parent = nullptr);

    /// Reads the log again: a model reset. Returns the number of lines that were not entries.
    int reload();
    [[nodiscard]] const AuditEntry &entryAt(int row) const { return m_changes.at(row); }
    /// The accounts seen in the log: id and display name, in order of first appearance.
    [[nodiscard]] QList<QPair<QString, QString>> accounts() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AuditLog *m_log;
    QList<AuditEntry> m_changes;
};

/// Filters the Activity pane: by account id, by outcome and by text (any column,
/// case-insensitive); sorts by SortRole.
class AuditFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    /// Only this account's changes; empty for all.
    void setAccountId(const QString &accountId);
    /// Only changes with this outcome; nullopt for all.
    void setOutcome(std::optional<AuditEntry::Outcome> outcome);
    /// Only rows where some column contains `text`; empty for all.
    void setText(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_accountId;
    std::optional<AuditEntry::Outcome> m_outcome;
    QString m_text;
};
