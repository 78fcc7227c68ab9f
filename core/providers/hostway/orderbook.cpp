#include "core/providers/hostway/orderbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

QJsonObject toJson(const BookedOrder &o)
{
    QJsonObject json{{QStringLiteral("id"), o.id}, {QStringLiteral("ownerId"), o.ownerId}, {QStringLiteral("baseUrl"), o.baseUrl},
                     {QStringLiteral("accountId"), o.accountId}, {QStringLiteral("domain"), o.domain}, {QStringLiteral("name"), o.name},
                     {QStringLiteral("placedAt"), o.placedAt.toString(Qt::ISODate)}, {QStringLiteral("status"), o.status},
                     {QStringLiteral("submitted"), o.submitted}};
    if (o.checkedAt.isValid())
        json.insert(QStringLiteral("checkedAt"), o.checkedAt.toString(Qt::ISODate));
    if (o.submittedAt.isValid())
        json.insert(QStringLiteral("submittedAt"), o.submittedAt.toString(Qt::ISODate));
    if (o.quote)
        json.insert(QStringLiteral("quote"), QJsonObject{{QStringLiteral("total"), o.quote->total}, {QStringLiteral("subtotal"), o.quote->subtotal},
                                                         {QStringLiteral("deferredTotal"), o.quote->deferredTotal},
                                                         {QStringLiteral("quotehash"), o.quote->quoteHash}});
    return json;
}

BookedOrder fromJson(const QJsonObject &json)
{
    BookedOrder o;
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    o.id = text("id");
    o.ownerId = text("ownerId");
    o.baseUrl = text("baseUrl");
    o.accountId = text("accountId");
    o.domain = text("domain");
    o.name = text("name");
    o.placedAt = QDateTime::fromString(text("placedAt"), Qt::ISODate);
    o.checkedAt = QDateTime::fromString(text("checkedAt"), Qt::ISODate);
    o.submittedAt = QDateTime::fromString(text("submittedAt"), Qt::ISODate);
    o.status = text("status");
    o.submitted = json.value(QLatin1String("submitted")).toBool(true);
    if (json.value(QLatin1String("quote")).isObject()) {
        const QJsonObject q = json.value(QLatin1String("quote")).toObject();
        o.quote = Hostway::OrderQuote{q.value(QLatin1String("total")).toString(), q.value(QLatin1String("subtotal")).toString(),
                                      q.value(QLatin1String("deferredTotal")).toString(), q.value(QLatin1String("quotehash")).toString()};
    }
    return o;
}

} // namespace

OrderBook::OrderBook(QString path)
    : m_path(std::move(path))
{
}

QString OrderBook::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hostway-orders.json");
}

bool OrderBook::load(QList<BookedOrder> *orders, QString *error) const
{
    orders->clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("OrderBook", "Cannot read the orders file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    const bool known = parseError.error == QJsonParseError::NoError && doc.isObject()
                       && root.value(QLatin1String("format")).toString() == QLatin1String("mailroom-hostway-orders")
                       && root.value(QLatin1String("version")).toInt() == 1 && root.value(QLatin1String("orders")).isArray();
    if (!known) {
        *error = QCoreApplication::translate("OrderBook", "The orders file %1 is damaged or of another version (%2): it is left as it is.")
                     .arg(m_path, parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("format"));
        return false;
    }
    for (const QJsonValue &entry : root.value(QLatin1String("orders")).toArray()) {
        BookedOrder order = fromJson(entry.toObject());
        if (order.id.isEmpty()) {
            *error = QCoreApplication::translate("OrderBook", "The orders file %1 is damaged or of another version (%2): it is left as it is.")
                         .arg(m_path, QStringLiteral("an order without id"));
            return false;
        }
        orders->append(order);
    }
    return true;
}

bool OrderBook::put(const BookedOrder &order, QString *error) const
{
    // Read, change and write as one: another writer waits (a stale lock of a dead one is taken over).
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        *error = QCoreApplication::translate("OrderBook", "The orders file %1 is busy: another Mailroom is writing it.").arg(m_path);
        return false;
    }
    QList<BookedOrder> orders;
    if (!load(&orders, error))
        return false;
    const auto same = std::find_if(orders.begin(), orders.end(), [&order](const BookedOrder &o) { return o.id == order.id; });
    if (same != orders.end())
        *same = order;
    else
        orders.append(order);
    QJsonArray list;
    for (const BookedOrder &o : std::as_const(orders))
        list.append(toJson(o));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("mailroom-hostway-orders")},
                                                {QStringLiteral("version"), 1}, {QStringLiteral("orders"), list}})
                          .toJson()) < 0) {
        *error = QCoreApplication::translate("OrderBook", "Cannot write the orders file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        *error = QCoreApplication::translate("OrderBook", "Cannot write the orders file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool BookedOrder::isLate(int attentionAfterSeconds) const
{
    const QDateTime since = submittedAt.isValid() ? submittedAt : placedAt;
    return isPending() && since.isValid() && since.secsTo(QDateTime::currentDateTimeUtc()) > attentionAfterSeconds;
}
