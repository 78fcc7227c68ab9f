#include "models/hostway/mailboxtablemodel.h"

#include "core/providers/hostway/hostwayclient.h"
#include "models/sizeformat.h"

#include <QFont>
#include <QIcon>
#include <QRegularExpression>
#include <QThreadPool>

#include <utility>

using namespace Hostway;

namespace {

/// Frees `rows` on a pool thread when they are many: 100,000 rows take the GUI thread about
/// 17 ms to free, more than a frame. Their strings are shared with nothing the GUI thread
/// still changes (their reference counts are atomic).
/// The most rows reserved at once from the provider's total (a total is the provider's word).
constexpr int kMostReserved = 1'000'000;

void freeElsewhere(QList<Hostway::MailboxSummary> rows)
{
    if (rows.size() < 10'000)
        return;
    QThreadPool::globalInstance()->start([rows = std::move(rows)]() mutable { rows = {}; });
}

} // namespace

MailboxTableModel::MailboxTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MailboxTableModel::setSource(HostwayClient *client, const QString &domain)
{
    m_snapshotTime = QDateTime();
    m_client = client;
    m_domain = domain;
    restart();
}

void MailboxTableModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    restart();
}

void MailboxTableModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 400);
}

void MailboxTableModel::reload()
{
    restart();
}

void MailboxTableModel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void MailboxTableModel::showSnapshot(const QString &domain, const QList<MailboxSummary> &mailboxes, const QDateTime &takenAt)
{
    ++m_generation;
    if (m_job) {
        ApiJob *job = m_job;
        m_job = nullptr;
        job->cancel();
    }
    m_client = nullptr;
    m_domain = domain;
    m_snapshot = mailboxes;
    m_snapshotTime = takenAt;
    m_lastError = ApiError();
    applySnapshotView();
    Q_EMIT loadingChanged(false);
}

void MailboxTableModel::applySnapshotView()
{
    beginResetModel();
    freeElsewhere(std::exchange(m_rows, {}));
    const QString pattern = m_filterText.isEmpty() ? QString()
                            : m_filterText.contains(QLatin1Char('*')) ? m_filterText
                                                                       : QLatin1Char('*') + m_filterText + QLatin1Char('*');
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion),
                                QRegularExpression::CaseInsensitiveOption);
    for (const MailboxSummary &m : std::as_const(m_snapshot)) {
        if (pattern.isEmpty() || re.match(m.username).hasMatch())
            m_rows.append(m);
    }
    const bool byQuota = m_sortColumn == QuotaColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const MailboxSummary &a, const MailboxSummary &b) {
        if (byQuota && a.quotaMb != b.quotaMb)
            return descending ? a.quotaMb > b.quotaMb : a.quotaMb < b.quotaMb;
        const int c = a.username.compare(b.username, Qt::CaseInsensitive);
        return descending && !byQuota ? c > 0 : c < 0;
    });
    m_hasMore = false;
    m_totalCount = static_cast<int>(m_rows.size());
    m_creationsShown = !m_creations.isEmpty();
    endResetModel();
    Q_EMIT totalCountChanged(m_totalCount);
}

void MailboxTableModel::restart()
{
    if (m_snapshotTime.isValid() && !m_client) {
        applySnapshotView();   // offline: filter and sort the snapshot here
        return;
    }
    m_snapshotTime = QDateTime();
    m_snapshot.clear();
    ++m_generation;
    if (m_job) {
        ApiJob *job = m_job;
        m_job = nullptr;
        job->cancel();
    }
    beginResetModel();
    freeElsewhere(std::exchange(m_rows, {}));
    m_creationsShown = false;
    m_nextPage = 1;
    m_totalCount = -1;
    m_lastError = ApiError();
    m_hasMore = m_client && !m_domain.isEmpty();
    endResetModel();
    Q_EMIT totalCountChanged(m_totalCount);
    if (m_hasMore)
        requestPage();
    else
        Q_EMIT loadingChanged(false);
}

void MailboxTableModel::requestPage()
{
    if (!m_client || m_job)
        return;
    UsernamesQuery query;
    if (!m_filterText.isEmpty())
        query.filter = m_filterText.contains(QLatin1Char('*')) ? m_filterText : QLatin1Char('*') + m_filterText + QLatin1Char('*');
    query.sortField = m_sortColumn == QuotaColumn ? SortField::Quota : SortField::Username;
    query.sortOrder = m_sortOrder;
    query.page = m_nextPage;
    query.pageSize = m_pageSize;
    query.details = true;
    const quint64 generation = m_generation;
    m_job = m_client->fetchUsernames(m_domain, query, this, [this, generation](const ApiError &error, const UsernamesPage &page) {
        if (generation != m_generation)
            return;   // superseded by a new domain, sort or filter
        m_job = nullptr;
        if (error.isError()) {
            m_lastError = error;
            m_hasMore = false;
            Q_EMIT loadingChanged(false);
            if (error.kind() != ApiError::Kind::Cancelled)
                Q_EMIT loadFailed(error.message());
            return;
        }
        // Paging state first: views and testers call fetchMore() from rowsInserted.
        ++m_nextPage;
        // Follow the links; a page without links ends when it is not full.
        m_hasMore = !page.items.isEmpty() && (page.links.isEmpty() ? page.items.size() == m_pageSize : page.hasNext());
        if (page.totalCount > m_rows.capacity() && page.totalCount <= kMostReserved)
            m_rows.reserve(page.totalCount);   // one allocation, never a growth of 100,000 rows mid-scroll
        if (!page.items.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(page.items.size()) - 1);
            m_rows.append(page.items);
            endInsertRows();
        }
        if (!m_hasMore && !m_creations.isEmpty() && !m_creationsShown) {   // complete: show the drafted creations
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(m_creations.size()) - 1);
            m_creationsShown = true;
            endInsertRows();
        }
        if (m_totalCount != page.totalCount) {
            m_totalCount = page.totalCount;
            Q_EMIT totalCountChanged(m_totalCount);
        }
        Q_EMIT loadingChanged(isLoading());   // a view may have asked for the next page already
        if (!m_hasMore && isComplete())
            Q_EMIT completed();
    });
    Q_EMIT loadingChanged(true);
}

void MailboxTableModel::setDraftMarks(const QHash<QString, DraftMark> &marks)
{
    m_draftMarks.clear();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        m_draftMarks.insert(it.key().toLower(), it.value());
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MailboxTableModel::setDraftCreations(const QList<MailboxSummary> &mailboxes, const QStringList &descriptions)
{
    const int first = static_cast<int>(m_rows.size());
    if (const int shown = creationRows(); shown > 0) {
        beginRemoveRows({}, first, first + shown - 1);
        m_creationsShown = false;
        endRemoveRows();
    }
    m_creations = mailboxes;
    m_creationDescriptions = descriptions;
    if (!m_creations.isEmpty() && !m_hasMore && !m_job && m_totalCount >= 0) {
        beginInsertRows({}, first, first + static_cast<int>(m_creations.size()) - 1);
        m_creationsShown = true;
        endInsertRows();
    }
}

MailboxSummary MailboxTableModel::mailboxAt(int row) const
{
    if (row >= 0 && row < m_rows.size())
        return m_rows.at(row);
    const int creation = row - static_cast<int>(m_rows.size());
    return creation >= 0 && creation < creationRows() ? m_creations.at(creation) : MailboxSummary{};
}

int MailboxTableModel::rowOf(const QString &username) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (mailboxAt(i).username.compare(username, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int MailboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size()) + creationRows();
}

int MailboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool drafted = index.row() >= m_rows.size();
    const MailboxSummary m = mailboxAt(index.row());
    const bool exchange = m.type.compare(QLatin1String("exchange"), Qt::CaseInsensitive) == 0;
    const auto markIt = m_draftMarks.constFind(m.username.toLower());
    const bool marked = markIt != m_draftMarks.cend() || drafted;
    const QString mark = markIt != m_draftMarks.cend() ? markIt->description
                         : drafted ? m_creationDescriptions.value(index.row() - static_cast<int>(m_rows.size())) : QString();
    const bool hasMark = markIt != m_draftMarks.cend();
    const int quota = hasMark && markIt->quotaMb ? *markIt->quotaMb : m.quotaMb;
    const bool master = hasMark && markIt->master ? *markIt->master : m.master;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UsernameColumn:
            return m.username;
        case QuotaColumn:
            return SizeFormat::megabytes(quota);
        case TypeColumn:
            return exchange ? tr("Exchange") : m.type.compare(QLatin1String("imap"), Qt::CaseInsensitive) == 0 ? tr("Mailbox (IMAP)") : m.type;
        case MasterColumn:
            return master ? tr("Yes") : QString();
        case WebmailColumn:
            return m.webmailAccess;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == UsernameColumn && !mark.isEmpty())
            return m_icons.icon(QStringLiteral(":/icons/edit.svg"));
        if (index.column() == UsernameColumn)
            return m_icons.icon(exchange ? QStringLiteral(":/icons/exchange.svg") : QStringLiteral(":/icons/mailbox.svg"));
        return {};
    case Qt::FontRole:
        if (marked) {
            QFont font;
            font.setItalic(true);
            font.setStrikeOut(hasMark && markIt->deleted);
            return font;
        }
        return {};
    case DraftMarkRole:
        return mark;
    case IsDraftCreationRole:
        return drafted;
    case Qt::TextAlignmentRole:
        if (index.column() == QuotaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UsernameColumn)
            return mark.isEmpty() ? QStringLiteral("%1@%2").arg(m.username, m_domain) : tr("Drafted: %1").arg(mark);
        if (index.column() == QuotaColumn && quota != m.quotaMb)
            return tr("Drafted; now %1 at the provider").arg(SizeFormat::megabytes(m.quotaMb));
        return {};
    case UsernameRole:
        return m.username;
    case QuotaRole:
        return m.quotaMb;   // the provider's value; DisplayRole shows the drafted one
    case IsExchangeRole:
        return exchange;
    default:
        return {};
    }
}

QVariant MailboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < ColumnCount) {
        // Hostway sorts its pages itself, by username or quota (seed 003, GET usernames: sortField).
        return isSortable(section) ? tr("Click to sort; click again for the other order.")
                                   : tr("Hostway sorts its lists by mailbox name or quota only: this column cannot be sorted.");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("Mailbox");
    case QuotaColumn:
        return tr("Quota");
    case TypeColumn:
        return tr("Type");
    case MasterColumn:
        return tr("Master");
    case WebmailColumn:
        return tr("Webmail");
    default:
        return {};
    }
}

bool MailboxTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_job;
}

void MailboxTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void MailboxTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
}
