#pragma once

#include "core/providers/hostway/orderbook.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <QPointer>

class OrderFollower;
class OrderTableModel;
class QPushButton;
class QTableView;

/// The Exchange orders tab of a Hostway domain's page (seed 002; BEYOND-SEEDS.md): the orders
/// placed from this computer for the domain, from the order book on disk. The account's
/// OrderFollower reads each pending one again with growing pauses until "Completed" (also
/// while another page is shown, and from the window's start); a status Hostway does not
/// document, or no completion within attentionAfter(), shows as needing attention, never as
/// a success or a failure. Order Exchange Mailbox… places one through the change path; a paid product's
/// quote is bought only by Submit Order…, after a confirmation naming its price.
class ExchangeOrdersTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit ExchangeOrdersTab(QWidget *parent = nullptr);

    /// How long an order may take before it needs attention (15 minutes unless set), seconds.
    void setAttentionAfter(int seconds);
    /// Opens the order dialog.
    void orderMailbox();

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    /// Reads `order`'s status again in `pauseSeconds` (the next pause doubles), through the
    /// account's follower.
    void schedule(const BookedOrder &order, int pauseSeconds);
    /// Listens to `follower` (the account shown's) instead of the one before.
    void listenTo(OrderFollower *follower);
    /// Shows `order` in the table when it is the domain's.
    void showOrder(const BookedOrder &order);
    /// Keeps `order` in the book and the table.
    void record(const BookedOrder &order);
    void submitCurrent();
    void updateButtons();

    OrderTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_order;
    QPushButton *m_submit;
    OrderBook m_book;
    QPointer<OrderFollower> m_follower;   ///< the account shown's
    QList<QMetaObject::Connection> m_followerConnections;
    QSet<QString> m_buying;             ///< orders whose submit is on its way
};
