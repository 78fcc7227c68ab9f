#include "sandbox/hostwaycleanmail.h"

#include "sandbox/hostwayresponses.h"

namespace Sandbox {

using namespace HostwayResponses;

namespace {

/// The filter of the seed's GET example (section 44), values and options as printed.
QList<HostwayFilterAttribute> exampleFilter()
{
    using Options = QList<QPair<QString, QString>>;
    const Options enable{{QStringLiteral("Enable"), QStringLiteral("1")}, {QStringLiteral("Disable"), QStringLiteral("0")}};
    return {
        {QStringLiteral("SPAM_LEVEL"), QStringLiteral("SPAM Tag Level"), QStringLiteral("6"),
         Options{{QStringLiteral("Least Aggressive"), QStringLiteral("6")}, {QStringLiteral("Less Aggressive"), QStringLiteral("5")},
                 {QStringLiteral("Normal"), QStringLiteral("4")}, {QStringLiteral("More Aggressive"), QStringLiteral("3")},
                 {QStringLiteral("Most Aggressive"), QStringLiteral("2")}, {QStringLiteral("Ultra Aggressive"), QStringLiteral("1")}}},
        {QStringLiteral("SPAM_ACTION"), QStringLiteral("SPAM Detected Action"), QStringLiteral("2"),
         Options{{QStringLiteral("None"), QStringLiteral("0")}, {QStringLiteral("Tag Subject"), QStringLiteral("2")},
                 {QStringLiteral("Move to SPAM Folder"), QStringLiteral("1")}, {QStringLiteral("Delete"), QStringLiteral("3")}}},
        {QStringLiteral("ATTACHMENT_CONTROL"), QStringLiteral("Attachment Control"), QStringLiteral("1"), enable},
        {QStringLiteral("VIRUS_ACTION"), QStringLiteral("Virus Detected Action"), QStringLiteral("1"),
         Options{{QStringLiteral("No Virus Filter"), QStringLiteral("0")}, {QStringLiteral("Delete Automatically"), QStringLiteral("1")}}},
        {QStringLiteral("SPAM_LEARNING"), QStringLiteral("SPAM Learning Status"), QStringLiteral("0"), {}},
        {QStringLiteral("SPAM_DISCARD_LEVEL"), QStringLiteral("SPAM Discard Level"), QStringLiteral("20"), {}},
        {QStringLiteral("PHISHING_CHECKS"), QStringLiteral("Phishing Checks"), QStringLiteral("0"),
         Options{{QStringLiteral("Enabled"), QStringLiteral("1")}, {QStringLiteral("Disabled"), QStringLiteral("0")}}},
        {QStringLiteral("CLEANMAIL_PLUS"), QStringLiteral("CleanMail Plus Enable"), QStringLiteral("0"), enable},
        {QStringLiteral("SPAM_CHECK"), QStringLiteral("SPAM Check Option"), QStringLiteral("1"), enable},
    };
}

QJsonObject attributeJson(const HostwayFilterAttribute &a)
{
    QJsonArray options;
    for (const auto &[name, value] : a.options)
        options.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return {{QStringLiteral("selected"), a.selected}, {QStringLiteral("fieldName"), a.name},
            {QStringLiteral("description"), a.description}, {QStringLiteral("options"), options}};
}

Response put(QList<HostwayFilterAttribute> &filter, const Request &request)
{
    QJsonObject body;
    if (!bodyObject(request, &body) || !body.value(QStringLiteral("attributes")).isArray())
        return fieldError(QStringLiteral("attributes"), QStringLiteral("Required"));
    QList<HostwayFilterAttribute> next = filter;
    const QJsonArray items = body.value(QStringLiteral("attributes")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString field = QStringLiteral("attributes.%1").arg(i);
        const QJsonObject item = items.at(i).toObject();
        const QString name = item.value(QStringLiteral("attributeName")).toString();
        const QString value = item.value(QStringLiteral("attributeValue")).toString();
        const auto it = std::find_if(next.begin(), next.end(), [&name](const HostwayFilterAttribute &a) { return a.name == name; });
        if (it == next.end())
            return fieldError(field, QStringLiteral("%1 is not valid filter attribute name").arg(name));
        const bool known = it->options.isEmpty() ? !value.isEmpty()
                                                 : std::any_of(it->options.cbegin(), it->options.cend(), [&value](const auto &o) { return o.second == value; });
        if (!known)
            return fieldError(field, QStringLiteral("%1 is not valid attribute option for %2 filter attribute").arg(value, name));
        it->selected = value;
    }
    filter = next;   // all or nothing
    return Response::empty(204);
}

} // namespace

Response handleCleanMail(QList<HostwayFilterAttribute> &filter, const QByteArray &method, const Request &request)
{
    if (filter.isEmpty())
        filter = exampleFilter();
    if (method == "PUT")
        return put(filter, request);
    if (method != "GET")
        return Response::empty(405);
    QJsonArray list;
    for (int i = 0; i < filter.size(); ++i) {
        const QJsonObject item = attributeJson(filter.at(i));
        list.append(i < 4 ? QJsonValue(QJsonObject{{QStringLiteral("field"), item}}) : QJsonValue(item));
    }
    return Response::json(200, QJsonDocument(list));
}

} // namespace Sandbox
