#include "models/hostway/ordertablemodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

using Hostway::OrderProgress;

void OrderTableModel::setOrders(QList<BookedOrder> orders)
{
    std::sort(orders.begin(), orders.end(), [](const BookedOrder &a, const BookedOrder &b) { return a.placedAt > b.placedAt; });
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

bool OrderTableModel::updateOrder(const BookedOrder &order)
{
    for (qsizetype row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).id == order.id) {
            m_orders[row] = order;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            return true;
        }
    }
    return false;
}

bool OrderTableModel::isLate(const BookedOrder &order) const
{
    return order.isLate(m_attentionAfterSeconds);
}

QString OrderTableModel::statusText(const BookedOrder &order) const
{
    if (!order.submitted)
        return tr("Quote of %1: waiting for your confirmation").arg(order.quote ? order.quote->total : QString());
    if (isLate(order) && order.progress() != OrderProgress::Unknown)
        return tr("Needs attention: not completed after %n minute(s), ask Hostway", nullptr, m_attentionAfterSeconds / 60);
    switch (order.progress()) {
    case OrderProgress::Completed:
        return tr("Completed: the mailbox exists");
    case OrderProgress::Processing:
        return tr("Processing");
    case OrderProgress::New:
        return tr("Placed, not started yet");
    case OrderProgress::Unknown:
        break;
    }
    return order.status.isEmpty() ? tr("Not read yet") : tr("Needs attention: Hostway says \u201c%1\u201d").arg(order.status);
}

bool OrderTableModel::needsAttention(const BookedOrder &order) const
{
    return !order.submitted || (!order.status.isEmpty() && order.progress() == OrderProgress::Unknown) || isLate(order);
}

QStringList OrderTableModel::headers() const
{
    return {tr("Mailbox"), tr("Status"), tr("Age"), tr("Last read")};
}

QVariant OrderTableModel::cell(int row, int column, int role) const
{
    const BookedOrder &order = m_orders.at(row);
    if (role == Qt::ForegroundRole && column == StatusColumn && needsAttention(order))
        return QBrush(QPalette().color(QPalette::Link));
    if (role == Qt::ToolTipRole)
        return tr("Order %1, placed %2").arg(order.id, QLocale().toString(order.placedAt.toLocalTime(), QLocale::LongFormat));
    const QLocale locale;
    switch (column) {
    case MailboxColumn:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(order.name + QLatin1Char('@') + order.domain) : QVariant();
    case StatusColumn:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(statusText(order)) : QVariant();
    case AgeColumn: {
        if (role == SortRole)
            return order.placedAt;
        if (role != Qt::DisplayRole)
            return {};
        const qint64 minutes = std::max<qint64>(0, order.placedAt.secsTo(QDateTime::currentDateTimeUtc()) / 60);
        if (minutes < 60)
            return tr("%n min", nullptr, int(minutes));
        if (minutes < 48 * 60)
            return tr("%n h", nullptr, int(minutes / 60));
        return tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
    }
    case CheckedColumn:
        if (role == SortRole)
            return order.checkedAt;
        return role == Qt::DisplayRole ? QVariant(order.checkedAt.isValid() ? locale.toString(order.checkedAt.toLocalTime(), QLocale::ShortFormat)
                                                                             : QStringLiteral("\u2013"))
                                       : QVariant();
    default:
        return {};
    }
}
