#include "core/providers/hostway/orderfollower.h"

#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"

#include <QTimer>

#include <algorithm>

using Hostway::OrderProgress;

OrderFollower::OrderFollower(HostwayClient *client)
    : QObject(client)
    , m_client(client)
{
    setObjectName(QStringLiteral("orderFollower"));
}

OrderFollower *OrderFollower::of(HostwayClient *client)
{
    if (auto *existing = client->findChild<OrderFollower *>(QStringLiteral("orderFollower"), Qt::FindDirectChildrenOnly))
        return existing;
    return new OrderFollower(client);
}

void OrderFollower::follow(const BookedOrder &order, int pauseSeconds)
{
    // One read per order at a time: following again replaces the one on its way.
    const quint64 generation = ++m_generation;
    m_following.insert(order.id, generation);
    m_orders.insert(order.id, order);
    const QString id = order.id;
    QTimer::singleShot(std::max(0, pauseSeconds) * 1000, this, [this, id, generation, pauseSeconds] {
        if (m_following.value(id) == generation)
            poll(id, generation, pauseSeconds);
    });
}

void OrderFollower::followIfIdle(const BookedOrder &order)
{
    if (!isFollowing(order.id))
        follow(order);
}

int OrderFollower::followPending(QString *error)
{
    QList<BookedOrder> all;
    if (!m_client || !m_book.load(&all, error))
        return -1;
    int count = 0;
    for (const BookedOrder &o : std::as_const(all)) {
        // A late one is read once more too: it may have completed meanwhile.
        if (o.isPending() && o.placedBy(m_client->endpoint().baseUrl, m_client->endpoint().accountId)) {
            followIfIdle(o);
            ++count;
        }
    }
    return count;
}

void OrderFollower::poll(const QString &orderId, quint64 generation, int pauseSeconds)
{
    if (!m_client || !m_orders.contains(orderId))
        return;
    const BookedOrder order = m_orders.value(orderId);
    m_client->send(Hostway::Requests::order(m_client->endpoint(), order.id, order.ownerId), this, [this, order, generation, pauseSeconds](ApiJob *job) {
        if (m_following.value(order.id) != generation)
            return;
        BookedOrder read = order;
        Hostway::OrderState state;
        QString why;
        if (!job->succeeded() || !Hostway::Parser::orderState(job->responseBody(), &state, &why)) {
            // Not read this time (network, a 5xx): tried again later; the status stays as it was.
            Q_EMIT readFailed(order, job->succeeded() ? why : job->error().message());
        } else {
            read.status = state.status;
            read.checkedAt = QDateTime::currentDateTimeUtc();
            // A quote whose submit went unanswered: under way now means it was bought.
            if (!read.submitted && state.progress() != OrderProgress::New && state.progress() != OrderProgress::Unknown) {
                read.submitted = true;
                read.submittedAt = read.checkedAt;
            }
            m_orders.insert(read.id, read);
            QString error;
            if (!m_book.put(read, &error))
                Q_EMIT bookProblem(error);
            Q_EMIT orderRead(read);
        }
        const OrderProgress progress = read.progress();
        const bool late = read.isLate(m_attentionAfterSeconds);
        if (progress == OrderProgress::Completed || progress == OrderProgress::Unknown || late || !read.submitted) {
            m_following.remove(read.id);
            m_orders.remove(read.id);
            if (progress == OrderProgress::Completed)
                Q_EMIT completed(read);
            else if (progress == OrderProgress::Unknown || late)
                Q_EMIT needsAttention(read);
            return;
        }
        m_orders.insert(read.id, read);
        follow(read, std::clamp(pauseSeconds * 2, 2, 60));
    });
}
