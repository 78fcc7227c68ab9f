#include "sandbox/hostwayblackwhite.h"

#include "sandbox/hostwaypaging.h"
#include "sandbox/hostwayresponses.h"

#include <QRegularExpression>

namespace Sandbox {

using namespace HostwayResponses;

namespace {

QJsonObject entryJson(const HostwayListedAddress &e)
{
    return {{QStringLiteral("type"), e.type}, {QStringLiteral("address"), e.address}};
}

Response listGet(const QMap<QString, HostwayListedAddress> &list, const QString &listUrl, const QUrlQuery &query)
{
    const QString filterType = query.queryItemValue(QStringLiteral("filterType"));
    const QString sortField = query.queryItemValue(QStringLiteral("sortField"));
    const QString sortOrder = query.queryItemValue(QStringLiteral("sortOrder"));
    if (!filterType.isEmpty() && filterType != QLatin1String("W") && filterType != QLatin1String("B"))
        return fieldError(QStringLiteral("filterType"), QStringLiteral("\"%1\" is not one of B, W").arg(filterType));
    if (!sortField.isEmpty() && sortField != QLatin1String("address"))
        return fieldError(QStringLiteral("sortField"), QStringLiteral("\"%1\" is not one of address").arg(sortField));
    if (!sortOrder.isEmpty() && sortOrder != QLatin1String("asc") && sortOrder != QLatin1String("desc"))
        return fieldError(QStringLiteral("sortOrder"), QStringLiteral("\"%1\" is not one of asc, desc").arg(sortOrder));
    const HostwayPaging paging(listUrl, query);
    if (const auto error = paging.error())
        return *error;

    const QString filter = query.queryItemValue(QStringLiteral("filterAddress"), QUrl::FullyDecoded);
    const QRegularExpression re(QRegularExpression::anchoredPattern(
                                    QRegularExpression::wildcardToRegularExpression(filter, QRegularExpression::UnanchoredWildcardConversion)),
                                QRegularExpression::CaseInsensitiveOption);
    QList<const HostwayListedAddress *> items;   // by lower-case address: sorted ascending
    for (const HostwayListedAddress &e : list) {
        if ((filter.isEmpty() || re.match(e.address).hasMatch()) && (filterType.isEmpty() || e.type == filterType))
            items.append(&e);
    }
    if (sortOrder == QLatin1String("desc"))
        std::reverse(items.begin(), items.end());
    const int total = static_cast<int>(items.size());
    if (const auto redirect = paging.redirect(total))
        return *redirect;
    int first = 0;
    int count = 0;
    paging.window(total, &first, &count);
    QJsonArray page;
    for (int i = first; i < first + count; ++i)
        page.append(entryJson(*items.at(i)));
    return json(200, QJsonObject{{QStringLiteral("totalCount"), total}, {QStringLiteral("list"), page},
                                 {QStringLiteral("links"), paging.links(total)}});
}

Response listPut(QMap<QString, HostwayListedAddress> &list, const Request &request)
{
    QJsonObject body;
    if (!bodyObject(request, &body))
        return notAnObject();
    const auto refuse = [](const QJsonObject &details) {
        return envelope(400, QStringLiteral("badRequest"), QStringLiteral("POST data error"), details);
    };
    if (!body.value(QStringLiteral("list")).isArray())
        return refuse(QJsonObject{{QStringLiteral("list"), body.contains(QStringLiteral("list")) ? QStringLiteral("Not a valid list")
                                                                                                 : QStringLiteral("Required")}});
    static const QRegularExpression address(QStringLiteral("^([^@\\s]+)?@[^@\\s]+\\.[^@\\s.]+$"));
    const QJsonArray items = body.value(QStringLiteral("list")).toArray();
    QJsonObject problems;
    QList<HostwayListedAddress> entries;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString at = QStringLiteral("list.%1.").arg(i);
        const QJsonValue type = item.value(QStringLiteral("type"));
        const QJsonValue addr = item.value(QStringLiteral("address"));
        if (!type.isString())
            problems.insert(at + QStringLiteral("type"), QStringLiteral("Required"));
        else if (type.toString() != QLatin1String("W") && type.toString() != QLatin1String("B"))
            problems.insert(at + QStringLiteral("type"), QStringLiteral("\"%1\" is not one of B, W").arg(type.toString()));
        if (!addr.isString())
            problems.insert(at + QStringLiteral("address"), QStringLiteral("Required"));
        else if (!address.match(addr.toString()).hasMatch())
            problems.insert(at + QStringLiteral("address"), QStringLiteral("Invalid address format: %1").arg(addr.toString()));
        entries.append({addr.toString(), type.toString()});
    }
    if (!problems.isEmpty())
        return refuse(problems);
    for (const HostwayListedAddress &e : std::as_const(entries))
        list.insert(e.address.toLower(), e);
    return Response::empty(204);
}

} // namespace

Response handleBlackWhite(QMap<QString, HostwayListedAddress> &list, const QString &listUrl, const QByteArray &method,
                          const QStringList &path, const Request &request)
{
    if (path.isEmpty()) {
        if (method == "GET")
            return listGet(list, listUrl, request.query);
        if (method == "PUT")
            return listPut(list, request);
        return Response::empty(405);
    }
    if (path.size() != 1)
        return Response::empty(404);
    const auto it = list.find(path.first().toLower());
    if (method == "GET") {
        // Sections 5-6 and 37-38 document 404 for a domain or mailbox that does not exist, and
        // are silent on an address on neither list: answered 404 too, without a body.
        if (it == list.end())
            return Response::empty(404);
        QJsonObject body = entryJson(*it);
        body.insert(QStringLiteral("links"), link(listUrl + QLatin1Char('/') + it->address + QLatin1Char('/'), QStringLiteral("self")));
        return json(200, body);
    }
    if (method == "DELETE") {
        if (it == list.end())
            return Response::empty(404);
        list.erase(it);
        return Response::empty(204);
    }
    return Response::empty(405);
}

} // namespace Sandbox
