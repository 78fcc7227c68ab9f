#pragma once

#include "core/providers/hostway/orderbook.h"
#include "models/simpletablemodel.h"

/// Exchange mailbox orders as a table (seed 002): the mailbox ordered, where the order stands
/// in words (Completed, Processing, a quote waiting for its confirmation, or a status Hostway
/// does not document, which needs attention), when it was placed and last read.
class OrderTableModel final : public SimpleTableModel
{
    Q_OBJECT

public:
    enum Column { MailboxColumn, StatusColumn, PlacedColumn, CheckedColumn, ColumnCount };

    using SimpleTableModel::SimpleTableModel;

    /// Shows `orders`, newest first.
    void setOrders(QList<BookedOrder> orders);
    /// Replaces the order of the same id (a new status); false when it is not shown.
    bool updateOrder(const BookedOrder &order);
    [[nodiscard]] const QList<BookedOrder> &orders() const { return m_orders; }
    [[nodiscard]] BookedOrder orderAt(int row) const { return m_orders.value(row); }
    /// The order's status in words, translated.
    [[nodiscard]] static QString statusText(const BookedOrder &order);
    /// True when `order` needs the user: an undocumented status, or a quote to confirm.
    [[nodiscard]] static bool needsAttention(const BookedOrder &order);

protected:
    int rows() const override { return int(m_orders.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<BookedOrder> m_orders;
};
