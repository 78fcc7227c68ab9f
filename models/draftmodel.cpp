#include "models/draftmodel.h"

#include "models/draftsession.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

DraftModel::DraftModel(DraftSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &DraftSession::entriesChanged, this, [this] {
        beginResetModel();
        revalidate();
        endResetModel();
    });
    revalidate();
}

void DraftModel::revalidate()
{
    m_problems.clear();
    const auto problems = m_session->draft().validate();
    for (const DraftProblem &p : problems)
        m_problems[p.entryId].append(p.message);
}

int DraftModel::problemCount() const
{
    return static_cast<int>(m_problems.size());
}

void DraftModel::setApplier(DraftApplier *applier)
{
    if (m_applier)
        m_applier->disconnect(this);
    m_applier = applier;
    if (applier) {
        connect(applier, &DraftApplier::entryChanged, this, [this](int row) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

int DraftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->draft().entries.size());
}

int DraftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftEntry &entry = m_session->draft().entries.at(index.row());
    const QStringList problems = m_problems.value(entry.id);
    const bool applying = m_applier && index.row() < m_applier->outcomes().size()
                          && m_applier->outcomes().at(index.row()).entryId == entry.id;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case OperationColumn:
            return entry.operation->describe();
        case StatusColumn:
            if (applying) {
                const auto &o = m_applier->outcomes().at(index.row());
                return o.message.isEmpty() ? DraftApplier::statusName(o.status)
                                           : QStringLiteral("%1: %2").arg(DraftApplier::statusName(o.status), o.message);
            }
            return problems.isEmpty() ? tr("ready") : problems.join(QLatin1Char(' '));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && !applying)
            return m_icons.icon(problems.isEmpty() ? QStringLiteral(":/icons/rule-ok.svg") : QStringLiteral(":/icons/rule-fail.svg"));
        return {};
    case Qt::ToolTipRole:
        return index.column() == StatusColumn ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && (!problems.isEmpty() && !applying))
            return QBrush(QColor(0xd9, 0x30, 0x25));
        return {};
    case EntryIdRole:
        return entry.id;
    case HasProblemRole:
        return !problems.isEmpty();
    default:
        return {};
    }
}

QVariant DraftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("#");
    case OperationColumn: return tr("Operation");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
