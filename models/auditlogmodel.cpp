#include "models/auditlogmodel.h"

#include <QLocale>

#include <algorithm>

AuditLogModel::AuditLogModel(const AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
}

int AuditLogModel::reload()
{
    int skipped = 0;
    QList<AuditEntry> changes = AuditLog::changes(m_log->read(&skipped));
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
    return skipped;
}

QList<QPair<QString, QString>> AuditLogModel::accounts() const
{
    QList<QPair<QString, QString>> result;
    for (const AuditEntry &e : m_changes) {
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&e](const QPair<QString, QString> &a) { return a.first == e.accountId; });
        if (!seen)
            result.append({e.accountId, e.accountName.isEmpty() ? e.accountId : e.accountName});
    }
    return result;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry &e = m_changes.at(index.row());
    if (role == OutcomeRole)
        return int(e.outcome);
    if (role == AccountIdRole)
        return e.accountId;
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn: return e.time;
        case StatusColumn: return e.httpStatus;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return e.message;
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn)
        return tr("%1 (%2), target %3").arg(e.description, e.kind, e.target);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case AccountColumn: return e.accountName.isEmpty() ? e.accountId : e.accountName;
    case ProviderColumn: return e.provider;
    case ChangeColumn: return e.description;
    case OutcomeColumn: return QString(AuditEntry::outcomeText(e.outcome) + (e.draft.isEmpty() ? QString() : tr(" (draft)")));
    case StatusColumn: return e.httpStatus ? QVariant(e.httpStatus) : QVariant(QString());
    case MessageColumn: return e.message;
    default: break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case AccountColumn: return tr("Account");
    case ProviderColumn: return tr("Provider");
    case ChangeColumn: return tr("Change");
    case OutcomeColumn: return tr("Outcome");
    case StatusColumn: return tr("HTTP");
    case MessageColumn: return tr("Message");
    default: break;
    }
    return {};
}

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditLogModel::SortRole);
}

void AuditFilterProxy::setAccountId(const QString &accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    invalidateFilter();
}

void AuditFilterProxy::setOutcome(std::optional<AuditEntry::Outcome> outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

void AuditFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (!m_accountId.isEmpty() && first.data(AuditLogModel::AccountIdRole).toString() != m_accountId)
        return false;
    if (m_outcome && first.data(AuditLogModel::OutcomeRole).toInt() != int(*m_outcome))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
