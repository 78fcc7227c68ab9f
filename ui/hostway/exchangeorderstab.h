#pragma once

#include "core/providers/hostway/orderbook.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <QHash>

class OrderTableModel;
class QPushButton;
class QTableView;

/// The Exchange orders tab of a Hostway domain's page (seed 002; BEYOND-SEEDS.md): the orders
/// placed from this computer for the domain, from the order book on disk, so those still
/// pending after a restart are followed again. Each pending order is read again with growing
/// pauses (2 s doubling up to 60 s) until "Completed"; a status Hostway does not document, or
/// no completion within attentionAfter(), shows as needing attention, never as a success or a
/// failure. Order Exchange Mailbox… places one through the change path; a paid product's
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
    /// Reads `order`'s status again in `pauseSeconds` (the next pause doubles).
    void schedule(const BookedOrder &order, int pauseSeconds);
    void poll(const QString &id, quint64 generation, int pauseSeconds);
    /// Keeps `order` in the book and the table.
    void record(const BookedOrder &order);
    void submitCurrent();
    void updateButtons();

    OrderTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_order;
    QPushButton *m_submit;
    OrderBook m_book;
    QHash<QString, quint64> m_polling;   ///< the orders followed, by id: the generation of their one read
    quint64 m_generation = 0;
    QSet<QString> m_buying;             ///< orders whose submit is on its way
};
