#pragma once

#include "core/providers/hostway/orderbook.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class HostwayClient;

/// Follows the pending Exchange orders of one Hostway account (seed 002; BEYOND-SEEDS.md):
/// each is read again (GET /orders/{id} with its OwnerId cookie) with growing pauses, 2 s
/// doubling up to 60 s, until "Completed"; a status Hostway does not document, or no
/// completion within attentionAfter(), ends the following with needsAttention(), never as a
/// success or a failure. What is read is kept in the order book. One follower per client
/// (of()), shared by the domains' Exchange orders tabs and the window's start-up, so an order
/// is never read twice at once and goes on being followed whatever page is shown.
class OrderFollower final : public QObject
{
    Q_OBJECT

public:
    /// The follower of `client`'s account, made on first use as the client's child.
    [[nodiscard]] static OrderFollower *of(HostwayClient *client);

    /// How long a submitted order may take before it needs attention, in seconds (15 minutes
    /// unless set).
    void setAttentionAfter(int seconds) { m_attentionAfterSeconds = seconds; }
    /// See setAttentionAfter(); seconds.
    [[nodiscard]] int attentionAfter() const { return m_attentionAfterSeconds; }

    /// Reads `order` in `pauseSeconds`, then again with growing pauses; replaces the read of
    /// it on its way, if any (after a submit: follow it anew).
    void follow(const BookedOrder &order, int pauseSeconds = 0);
    /// Follows `order` unless it is followed already (a page shown again keeps the pauses).
    void followIfIdle(const BookedOrder &order);
    /// Follows every pending order the book holds for this client's account; the number of
    /// them, or -1 and *error when the book cannot be read.
    int followPending(QString *error);
    /// True while the order `orderId` is read again (from follow() to its end: Completed, late,
    /// an undocumented status, or a quote not yet confirmed).
    [[nodiscard]] bool isFollowing(const QString &orderId) const { return m_following.contains(orderId); }

Q_SIGNALS:
    /// `order` was read and kept in the book (its status, its check time).
    void orderRead(const BookedOrder &order);
    /// `order` could not be read this time (`why`); it is read again later.
    void readFailed(const BookedOrder &order, const QString &why);
    /// Hostway completed `order`: its mailbox exists.
    void completed(const BookedOrder &order);
    /// `order` has a status Hostway does not document, or is late: no more reads.
    void needsAttention(const BookedOrder &order);
    /// The order book could not be written (`error` says why and what to do).
    void bookProblem(const QString &error);

private:
    explicit OrderFollower(HostwayClient *client);
    void poll(const QString &orderId, quint64 generation, int pauseSeconds);

    QPointer<HostwayClient> m_client;
    OrderBook m_book;
    QHash<QString, BookedOrder> m_orders;   ///< the orders followed, as last read
    QHash<QString, quint64> m_following;    ///< by order id: the generation of its one read on its way
    quint64 m_generation = 0;
    int m_attentionAfterSeconds = 15 * 60;
};
