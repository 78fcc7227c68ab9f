#pragma once

#include "core/providers/hostway/orderbook.h"
#include "models/simpletablemodel.h"

/// Exchange mailbox orders as a table (seed 002): the mailbox ordered, where the order stands
/// in words (Completed, Processing, a quote waiting for its confirmation; a status Hostway does
/// not document, or no completion within attentionAfter(), needs attention), how long ago it
/// was placed and when it was last read.
class OrderTableModel final : public SimpleTableModel
{
    Q_OBJECT

public:
    enum Column { MailboxColumn, StatusColumn, AgeColumn, CheckedColumn, ColumnCount };

    using SimpleTableModel::SimpleTableModel;

    /// How long a submitted order may take before it needs attention, in seconds (15 minutes).
    void setAttentionAfter(int seconds) { m_attentionAfterSeconds = seconds; }
    [[nodiscard]] int attentionAfter() const { return m_attentionAfterSeconds; }
    /// Shows `orders`, newest first.
    void setOrders(QList<BookedOrder> orders);
    /// Replaces the order of the same id (a new status); false when it is not shown.
    bool updateOrder(const BookedOrder &order);
    [[nodiscard]] const QList<BookedOrder> &orders() const { return m_orders; }
    [[nodiscard]] BookedOrder orderAt(int row) const { return m_orders.value(row); }
    /// The order's status in words, translated.
    [[nodiscard]] QString statusText(const BookedOrder &order) const;
    /// True when `order` needs the user: an undocumented status, a quote to confirm, or a
    /// submitted order not completed within attentionAfter().
    [[nodiscard]] bool needsAttention(const BookedOrder &order) const;
    /// True when `order` is submitted, not completed, and older than attentionAfter().
    [[nodiscard]] bool isLate(const BookedOrder &order) const;

protected:
    int rows() const override { return int(m_orders.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<BookedOrder> m_orders;
    int m_attentionAfterSeconds = 15 * 60;
};
