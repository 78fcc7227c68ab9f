#pragma once

#include "core/providers/hostway/exchangeorders.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

/// One Exchange order placed from this computer, as the order book keeps it.
struct BookedOrder
{
    QString id;
    QString ownerId;     ///< the OwnerId cookie polling sends back
    QString baseUrl;     ///< the account's API base URL
    QString accountId;   ///< the account's id at Hostway
    QString domain;
    QString name;        ///< the mailbox ordered
    QDateTime placedAt;  ///< UTC
    QDateTime submittedAt;   ///< UTC: when it was placed, or a paid one's quote confirmed; invalid before
    QDateTime checkedAt; ///< UTC, the last status read; invalid before
    QString status;      ///< the last "Status" read; empty before
    std::optional<Hostway::OrderQuote> quote;   ///< a paid order's quote
    bool submitted = true;                      ///< false while a quote waits for its confirmation

    [[nodiscard]] Hostway::OrderProgress progress() const { return Hostway::OrderState{status, {}}.progress(); }
    /// True while the order is worth polling: submitted and not Completed.
    [[nodiscard]] bool isPending() const { return submitted && progress() != Hostway::OrderProgress::Completed; }
    /// True when the order was placed through the account at `baseUrl` with id `accountId`.
    [[nodiscard]] bool placedBy(const QUrl &baseUrl, const QString &accountId) const
    {
        return this->accountId == accountId && QUrl(this->baseUrl) == baseUrl;
    }
    /// True when pending for longer than `attentionAfterSeconds` since it was submitted (or
    /// placed): it needs attention.
    [[nodiscard]] bool isLate(int attentionAfterSeconds) const;
};

/// The Exchange orders placed from this computer, in a JSON file (written whole, atomically,
/// owner-only), so that pending ones are polled again after a restart. It holds no secret:
/// the OwnerId cookie only names the order's owner, and GET /orders/{id} also needs the
/// account's password. A file that cannot be read, or is not an order book, is reported and
/// never overwritten; writers (the window, mailroomctl) take turns through a lock file.
class OrderBook final
{
public:
    explicit OrderBook(QString path = defaultPath());

    /// <app data>/hostway-orders.json.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] const QString &path() const { return m_path; }

    /// Every order, oldest first; false and *error when the file is unreadable (none yet is
    /// an empty book).
    bool load(QList<BookedOrder> *orders, QString *error) const;
    /// Adds `order`, or replaces the one of the same id; false and *error when the book
    /// cannot be read or written (nothing is lost from it then).
    bool put(const BookedOrder &order, QString *error) const;

private:
    QString m_path;
};
