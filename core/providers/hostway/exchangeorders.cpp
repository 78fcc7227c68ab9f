#include "core/providers/hostway/exchangeorders.h"

#include <QJsonDocument>
#include <QNetworkCookie>

namespace Hostway {

namespace {

HttpRequest make(const char *method, const Endpoint &endpoint, const QString &id, const QString &ownerId, const QString &leaf = {})
{
    HttpRequest request;
    request.method = method;
    QString path = QStringLiteral("orders/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (!leaf.isEmpty())
        path += QLatin1Char('/') + leaf;
    request.url = appendPath(endpoint.baseUrl, path);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=UTF-8")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    // The seed's example copies "; Path=/" from Set-Cookie; a Cookie header has no attributes.
    request.headers.append({QByteArrayLiteral("Cookie"), QByteArrayLiteral("OwnerId=") + ownerId.toUtf8()});
    return request;
}

} // namespace

OrderProgress OrderState::progress() const
{
    if (status.compare(QLatin1String("Completed"), Qt::CaseInsensitive) == 0)
        return OrderProgress::Completed;
    if (status.compare(QLatin1String("Processing"), Qt::CaseInsensitive) == 0)
        return OrderProgress::Processing;
    if (status.compare(QLatin1String("new"), Qt::CaseInsensitive) == 0)
        return OrderProgress::New;
    return OrderProgress::Unknown;
}

namespace Parser {

bool placedOrder(const QByteArray &location, const QByteArray &setCookie, const QByteArray &body, PlacedOrder *out, QString *error)
{
    PlacedOrder order;
    QString path = QUrl(QString::fromUtf8(location.trimmed())).path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    order.id = path.section(QLatin1Char('/'), -1);
    if (order.id.isEmpty() || !path.contains(QLatin1String("orders/"))) {
        *error = QStringLiteral("the order's answer has no Location of an order");
        return false;
    }
    // Qt joins several Set-Cookie headers with newlines: each is parsed, OwnerId taken.
    for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(setCookie)) {
        if (cookie.name() == "OwnerId")
            order.ownerId = QString::fromUtf8(cookie.value());
    }
    if (order.ownerId.isEmpty()) {
        *error = QStringLiteral("the order's answer sets no OwnerId cookie, which polling it needs");
        return false;
    }
    const QJsonObject quote = QJsonDocument::fromJson(body).object();
    if (quote.contains(QLatin1String("total")) || quote.contains(QLatin1String("quotehash"))) {
        const auto text = [&quote](const char *key) {
            const QJsonValue v = quote.value(QLatin1String(key));
            return v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : v.toString();
        };
        order.quote = OrderQuote{text("total"), text("subtotal"), text("deferredTotal"), text("quotehash")};
    }
    *out = std::move(order);
    return true;
}

bool orderState(const QByteArray &body, OrderState *out, QString *error)
{
    const QJsonObject order = QJsonDocument::fromJson(body).object().value(QLatin1String("order")).toObject();
    const QJsonValue status = order.value(QLatin1String("Status"));
    if (!status.isString() || status.toString().isEmpty()) {
        *error = QStringLiteral("the answer has no order status");
        return false;
    }
    *out = OrderState{status.toString(), QUrl(order.value(QLatin1String("Account")).toString())};
    return true;
}

} // namespace Parser

namespace Requests {

HttpRequest order(const Endpoint &endpoint, const QString &id, const QString &ownerId)
{
    return make("GET", endpoint, id, ownerId);
}

HttpRequest submitOrder(const Endpoint &endpoint, const QString &id, const QString &ownerId)
{
    HttpRequest request = make("POST", endpoint, id, ownerId, QStringLiteral("action"));
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("action"), QStringLiteral("submit")}}).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace Requests

} // namespace Hostway
