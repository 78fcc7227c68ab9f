#include "sandbox/hostwayorders.h"

#include "sandbox/hostwaypasswordpolicy.h"
#include "sandbox/hostwayresponses.h"

#include <QRegularExpression>
#include <QUuid>

namespace Sandbox {

namespace {

using HostwayResponses::envelope;
using HostwayResponses::link;

QString cookieOwner(const Request &request)
{
    // "Cookie: OwnerId=...; Path=/" as the seed prints it, or a plain "OwnerId=...".
    const QString cookie = QString::fromLatin1(request.header(QByteArrayLiteral("Cookie")));
    for (const QString &part : cookie.split(QLatin1Char(';'))) {
        const QString trimmed = part.trimmed();
        if (trimmed.startsWith(QLatin1String("OwnerId=")))
            return trimmed.mid(8);
    }
    return {};
}

} // namespace

Response HostwayOrders::place(HostwayAccount &account, HostwayDomain &domain, const Request &request)
{
    QJsonObject body;
    if (!HostwayResponses::bodyObject(request, &body))
        return HostwayResponses::notAnObject();
    const QJsonObject owner = body.value(QStringLiteral("owner")).toObject();
    const QString username = owner.value(QStringLiteral("username")).toString();
    const QString password = owner.value(QStringLiteral("password")).toString();
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9._-]{1,64}$"));
    if (!pattern.match(username).hasMatch())
        return HostwayResponses::fieldError(QStringLiteral("owner.username"), QStringLiteral("String should meet the regexp [a-zA-Z0-9._-]+ ,max 64 characters"));
    if (password.isEmpty())
        return HostwayResponses::fieldError(QStringLiteral("owner.password"), QStringLiteral("Required"));
    QString violation = hostwayPasswordViolation(password, username, domain.name, {});
    if (violation.isEmpty() && !password.at(0).isLetter())
        violation = QStringLiteral("Password should start with a letter");
    if (!violation.isEmpty())
        return HostwayResponses::fieldError(QStringLiteral("owner.password"), violation);
    const bool pending = std::any_of(data.orders.cbegin(), data.orders.cend(), [&](const HostwayOrder &o) {
        return o.domain == domain.name.toLower() && o.username.compare(username, Qt::CaseInsensitive) == 0 && !o.provisioned;
    });
    if (domain.mailboxes.contains(username.toLower()) || pending)
        return envelope(409, QStringLiteral("conflict"), QStringLiteral("Mailbox already exists"));

    HostwayOrder order;
    order.id = QUuid::createUuid().toString(QUuid::Id128);
    order.accountId = account.id;
    order.ownerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.domain = domain.name.toLower();
    order.username = username;
    order.body = body;
    order.paid = domain.exchangePaid;
    if (!order.paid)
        order.submittedAt = QDateTime::currentDateTimeUtc();
    else
        order.quoteHash = QUuid::createUuid().toString(QUuid::Id128);
    data.orders.insert(order.id, order);

    const QString location = request.origin + QStringLiteral("/orders/") + order.id;
    Response response = order.paid
        ? HostwayResponses::json(202, QJsonObject{{QStringLiteral("total"), QStringLiteral("9.95")},
                                                  {QStringLiteral("subtotal"), QStringLiteral("9.95")},
                                                  {QStringLiteral("deferredTotal"), QStringLiteral("0.00")},
                                                  {QStringLiteral("quotehash"), order.quoteHash},
                                                  {QStringLiteral("links"), link(QString(location + QStringLiteral("/action")), QStringLiteral("related"))}})
        : Response::empty(202);
    response.headers.append({QByteArrayLiteral("Location"), location.toUtf8()});
    response.headers.append({QByteArrayLiteral("Set-Cookie"), QByteArrayLiteral("OwnerId=") + order.ownerId.toUtf8() + QByteArrayLiteral("; Path=/")});
    return response;
}

void HostwayOrders::advance()
{
    for (HostwayOrder &order : data.orders)
        (void)statusOf(order);
}

QString HostwayOrders::statusOf(HostwayOrder &order)
{
    if (!order.submittedAt.isValid())
        return QStringLiteral("new");
    if (order.submittedAt.secsTo(QDateTime::currentDateTimeUtc()) < orderSeconds)
        return QStringLiteral("Processing");
    if (!order.provisioned) {
        order.provisioned = true;
        HostwayAccount &account = data.accounts[order.accountId];
        const auto domain = account.domains.find(order.domain);
        if (domain != account.domains.end() && !domain->mailboxes.contains(order.username.toLower())) {
            const QJsonObject name = order.body.value(QStringLiteral("name")).toObject();
            HostwayMailbox created = makeExchangeMailbox(order.username, domain->name, name.value(QStringLiteral("name")).toString(order.username));
            created.passwordHistory = {order.body.value(QStringLiteral("owner")).toObject().value(QStringLiteral("password")).toString()};
            domain->mailboxes.insert(order.username.toLower(), created);
        }
    }
    return QStringLiteral("Completed");
}

Response HostwayOrders::handle(HostwayAccount &account, const QString &id, const QStringList &rest, const Request &request)
{
    const auto it = data.orders.find(id);
    if (it == data.orders.end())
        return envelope(404, QStringLiteral("itemNotFound"), QStringLiteral("Resource not found"), QString());
    HostwayOrder &order = *it;
    if (cookieOwner(request) != order.ownerId)
        return HostwayResponses::unauthorized();
    if (order.accountId != account.id)
        return envelope(403, QStringLiteral("forbidden"), QStringLiteral("Permission check failed"));
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return Response::empty(405);
        return HostwayResponses::json(200, QJsonObject{
            {QStringLiteral("order"), QJsonObject{{QStringLiteral("Status"), statusOf(order)},
                                                  {QStringLiteral("Account"), QString(request.origin + QStringLiteral("/accounts/") + order.accountId)}}},
            {QStringLiteral("links"), link(QString(request.origin + QStringLiteral("/orders/") + order.id + QLatin1Char('/')), QStringLiteral("self"))}});
    }
    if (rest.size() != 1 || rest.first() != QLatin1String("action"))
        return Response::empty(404);
    if (request.method != "POST")
        return Response::empty(405);
    QJsonObject body;
    if (!HostwayResponses::bodyObject(request, &body))
        return HostwayResponses::notAnObject();
    if (body.value(QStringLiteral("action")).toString() != QLatin1String("submit"))
        return HostwayResponses::fieldError(QStringLiteral("action"), QStringLiteral("Unknown action"));
    if (order.submittedAt.isValid())
        return envelope(409, QStringLiteral("conflict"), QStringLiteral("Order already submitted"));
    order.submittedAt = QDateTime::currentDateTimeUtc();
    return Response::empty(204);
}

} // namespace Sandbox
