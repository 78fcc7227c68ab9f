#pragma once

#include "core/net/httprequest.h"
#include "core/providers/hostway/hostwaytypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>

/// Hostway's Exchange mailbox orders (seed 002_0eb8292a766efff0.txt "Order-Exchange-mailbox-free";
/// shared/api/BEYOND-SEEDS.md for the paid case): the answers, and the requests that are not
/// an Operation of their own (polling, submitting a quote).
namespace Hostway {

/// A paid order's quote, in the 202's body: amounts as Hostway prints them (currency unstated).
struct OrderQuote
{
    QString total;
    QString subtotal;
    QString deferredTotal;
    QString quoteHash;
};

/// What POST .../exchange/{domain}/mailboxes answered (202): the order's id (the last part of
/// its Location, an absolute URL on an internal host, so it is polled at the account's base
/// URL), the OwnerId cookie that polling sends back, and a quote when the product is paid.
struct PlacedOrder
{
    QString id;
    QString ownerId;
    std::optional<OrderQuote> quote;
};

/// Where an order stands, from its "Status": the documented "Processing" and "Completed",
/// "new" (before a paid order's submit), and anything else, which needs attention.
enum class OrderProgress { New, Processing, Completed, Unknown };

/// GET /orders/{id}: {"order": {"Status", "Account"}, "links"} (capitalised keys).
struct OrderState
{
    QString status;   ///< as Hostway wrote it
    QUrl account;

    [[nodiscard]] OrderProgress progress() const;
};

namespace Parser {
/// The 202 of an order: `location` and `setCookie` are its headers, `body` its quote (none
/// for a free product). False and *error without an order id or an OwnerId.
bool placedOrder(const QByteArray &location, const QByteArray &setCookie, const QByteArray &body, PlacedOrder *out, QString *error);
/// GET /orders/{id}'s answer. False and *error without an "order" object holding "Status".
bool orderState(const QByteArray &body, OrderState *out, QString *error);
} // namespace Parser

namespace Requests {
/// GET /orders/{id} with "Cookie: OwnerId=..." (seed 002: the cookie of the order's 202).
HttpRequest order(const Endpoint &endpoint, const QString &id, const QString &ownerId);
/// POST /orders/{id}/action {"action": "submit"}: confirms a paid order's quote (BEYOND-SEEDS.md).
HttpRequest submitOrder(const Endpoint &endpoint, const QString &id, const QString &ownerId);
} // namespace Requests

} // namespace Hostway
