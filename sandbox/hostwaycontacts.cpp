#include "sandbox/hostwaycontacts.h"

#include "sandbox/hostwayresponses.h"

#include <QRegularExpression>
#include <QUuid>

namespace Sandbox {

namespace {

using HostwayResponses::fieldError;
using HostwayResponses::link;

/// Section 25's request body, in its order: every field a contact has.
const QStringList &fieldKeys()
{
    static const QStringList keys{
        QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("firstName"), QStringLiteral("lastName"),
        QStringLiteral("displayName"), QStringLiteral("title"), QStringLiteral("homePhone"), QStringLiteral("mobilePhone"),
        QStringLiteral("businessPhone"), QStringLiteral("businessFax"), QStringLiteral("isdnNumber"), QStringLiteral("pager"),
        QStringLiteral("telexNumber"), QStringLiteral("company"), QStringLiteral("department"), QStringLiteral("roomNumber"),
        QStringLiteral("streetAddress"), QStringLiteral("postalCode"), QStringLiteral("city"), QStringLiteral("state"),
        QStringLiteral("country")};
    return keys;
}

/// The key of field `name` ("Email" of filterEmail), compared without case; empty if none.
QString fieldNamed(const QString &name)
{
    for (const QString &key : fieldKeys()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return key;
    }
    return {};
}

/// "test" is refused (section 25.4.2); an address is something@domain.tld here.
bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return pattern.match(text).hasMatch();
}

bool matchesFilter(const QString &value, const QString &filter)
{
    const QString pattern = QRegularExpression::wildcardToRegularExpression(filter, QRegularExpression::UnanchoredWildcardConversion);
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption).match(value).hasMatch();
}

Response flat(const QJsonObject &fields)
{
    return HostwayResponses::json(400, fields);
}

} // namespace

Response HostwayContacts::handle(const QByteArray &method, const QStringList &rest, const Request &request)
{
    if (rest.isEmpty()) {
        if (method == "GET")
            return list(request.query);
        if (method == "POST")
            return create(request);
        return Response::empty(405);
    }
    if (rest.size() != 1)
        return Response::empty(404);
    const QString key = rest.first().toLower();
    if (method == "PUT")
        return update(key, request);
    const auto it = domain.contacts.find(key);
    if (it == domain.contacts.end())
        return Response::empty(404);   // section 18.3.1: no body
    if (method == "GET")
        return HostwayResponses::json(200, shown(*it));
    if (method == "DELETE") {
        domain.contacts.erase(it);
        return Response::empty(204);
    }
    return Response::empty(405);
}

QJsonObject HostwayContacts::shown(const QJsonObject &stored) const
{
    QJsonObject contact;
    for (const QString &key : fieldKeys())
        contact.insert(key, stored.value(key).toString());
    contact.insert(QStringLiteral("links"), link(contactsUrl + QLatin1Char('/') + stored.value(QStringLiteral("name")).toString(),
                                                 QStringLiteral("self")));
    return contact;
}

Response HostwayContacts::list(const QUrlQuery &query) const
{
    QList<QPair<QString, QString>> filters;
    QList<QPair<QString, QString>> searches;
    for (const auto &[name, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const bool filter = name.startsWith(QLatin1String("filter"));
        const bool search = name.startsWith(QLatin1String("search"));
        const QString field = (filter || search) ? fieldNamed(name.mid(6)) : QString();
        if (field.isEmpty())
            return flat({{name, QStringLiteral("Unknown parameter")}});
        (filter ? filters : searches).append({field, encoded});
    }
    QJsonArray items;
    for (const QJsonObject &stored : domain.contacts) {   // by lower-case name: sorted
        const bool kept = std::all_of(filters.cbegin(), filters.cend(), [&](const auto &f) {
                              return matchesFilter(stored.value(f.first).toString(), f.second);
                          })
                          && std::all_of(searches.cbegin(), searches.cend(), [&](const auto &s) {
                                 return stored.value(s.first).toString().contains(s.second, Qt::CaseInsensitive);
                             });
        if (kept)
            items.append(shown(stored));
    }
    return HostwayResponses::json(200, QJsonObject{{QStringLiteral("count"), items.size()},
                                                   {QStringLiteral("list"), items},
                                                   {QStringLiteral("links"), link(contactsUrl, QStringLiteral("self"))}});
}

Response HostwayContacts::create(const Request &request)
{
    QJsonObject body;
    if (!HostwayResponses::bodyObject(request, &body))
        return HostwayResponses::notAnObject();
    QJsonObject problems;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (fieldNamed(it.key()) != it.key() || !(it.value().isString() || it.value().isNull()))
            problems.insert(it.key(), QStringLiteral("Invalid value"));
    }
    // Section 25.4.1: each missing required field is "Required".
    for (const char *required : {"name", "email", "displayName"}) {
        if (body.value(QLatin1String(required)).toString().trimmed().isEmpty())
            problems.insert(QLatin1String(required), QStringLiteral("Required"));
    }
    const QString email = body.value(QStringLiteral("email")).toString();
    if (!problems.contains(QStringLiteral("email")) && !isEmail(email))
        problems.insert(QStringLiteral("email"), QStringLiteral("Invalid email address"));
    if (!problems.isEmpty())
        return flat(problems);
    const QString key = body.value(QStringLiteral("name")).toString().toLower();
    if (domain.contacts.contains(key)) {
        // Section 25.4.4: the conflict envelope, with a guid and empty details.
        return HostwayResponses::json(409, QJsonObject{{QStringLiteral("conflict"), QJsonObject{
            {QStringLiteral("guid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("code"), 409}, {QStringLiteral("message"), QStringLiteral("Data conflict")},
            {QStringLiteral("details"), QString()}}}});
    }
    QJsonObject stored;
    for (const QString &field : fieldKeys())
        stored.insert(field, body.value(field).toString());
    domain.contacts.insert(key, stored);
    return Response::empty(204);
}

Response HostwayContacts::update(const QString &key, const Request &request)
{
    QJsonObject body;
    if (!HostwayResponses::bodyObject(request, &body))
        return HostwayResponses::notAnObject();
    const auto it = domain.contacts.find(key);
    if (it == domain.contacts.end())
        return Response::empty(404);
    QJsonObject problems;
    for (auto field = body.constBegin(); field != body.constEnd(); ++field) {
        if (field.key() == QLatin1String("name"))
            problems.insert(field.key(), QStringLiteral("Cannot be changed"));
        else if (fieldNamed(field.key()) != field.key() || !field.value().isString())
            problems.insert(field.key(), QStringLiteral("Invalid value"));
    }
    if (body.contains(QStringLiteral("email")) && !isEmail(body.value(QStringLiteral("email")).toString()))
        problems.insert(QStringLiteral("email"), QStringLiteral("Invalid email address"));   // section 20.4.1
    if (body.contains(QStringLiteral("displayName")) && body.value(QStringLiteral("displayName")).toString().trimmed().isEmpty())
        problems.insert(QStringLiteral("displayName"), QStringLiteral("Required"));
    if (!problems.isEmpty())
        return flat(problems);
    for (auto field = body.constBegin(); field != body.constEnd(); ++field)
        it->insert(field.key(), field.value().toString());
    return Response::empty(204);
}

} // namespace Sandbox
