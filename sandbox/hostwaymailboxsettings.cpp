#include "sandbox/hostwaymailboxsettings.h"

#include "sandbox/hostwayblackwhite.h"
#include "sandbox/hostwaycleanmail.h"
#include "sandbox/hostwaywebmail.h"
#include "sandbox/hostwayresponses.h"

#include <QRegularExpression>

namespace Sandbox {

using namespace HostwayResponses;

Response HostwayMailboxSettings::handle(const QByteArray &method, const QStringList &path, const Request &request)
{
    if (mailbox.exchange || path.isEmpty())
        return Response::empty(404);
    const QString &resource = path.first();
    if (resource == QLatin1String("forwards") && path.size() == 1) {
        if (method == "GET")
            return forwardsGet();
        if (method == "POST")
            return forwardsPost(request);
        return Response::empty(405);
    }
    if (resource == QLatin1String("forwards") && path.size() == 2)
        return method == "DELETE" ? forwardDelete(path.at(1)) : Response::empty(405);
    if (resource == QLatin1String("blackwhitelist"))
        return handleBlackWhite(mailbox.blackWhite, mailboxUrl + QStringLiteral("blackwhitelist"), method, path.mid(1), request);
    if (resource == QLatin1String("webmail") && path.size() == 1)
        return HostwayWebmail{domain, QString()}.account(mailbox, mailboxUrl, method, request);
    if (resource == QLatin1String("migration") && path.size() == 1)
        return method == "POST" ? migrationPost(request) : Response::empty(405);
    if (resource == QLatin1String("cleanmailplus") && path.size() == 1)
        return handleCleanMail(mailbox.cleanMailPlus, method, request);
    if (resource == QLatin1String("autoresponder") && path.size() == 1) {
        if (method == "GET")
            return autoresponderGet();
        if (method == "PUT")
            return autoresponderPut(request);
        return Response::empty(405);
    }
    return Response::empty(404);
}

Response HostwayMailboxSettings::forwardsGet() const
{
    QJsonArray targets;
    for (const QString &target : mailbox.forwards)
        targets.append(QJsonObject{{QStringLiteral("target"), target}});
    // Section 60 prints "location" for the link in both the schema and the example.
    return json(200, QJsonObject{{QStringLiteral("targets"), targets},
                                 {QStringLiteral("links"), link(mailboxUrl + QStringLiteral("forwards/"), QStringLiteral("self"),
                                                                QStringLiteral("location"))}});
}

Response HostwayMailboxSettings::forwardsPost(const Request &request)
{
    QJsonObject body;
    if (!bodyObject(request, &body)) {
        // Section 62.4.1: an empty body is a missing "targets".
        if (request.body.trimmed().isEmpty())
            return fieldError(QStringLiteral("targets"), QStringLiteral("Required"));
        return notAnObject();
    }
    if (!body.contains(QStringLiteral("targets")))
        return fieldError(QStringLiteral("targets"), QStringLiteral("Required"));
    if (!body.value(QStringLiteral("targets")).isArray())
        return fieldError(QStringLiteral("targets"), QStringLiteral("Not a valid list"));
    const QJsonArray items = body.value(QStringLiteral("targets")).toArray();
    if (items.isEmpty())
        return fieldError(QStringLiteral("targets"), QStringLiteral("Shorter than minimum length 1"));

    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    QStringList targets;
    for (int i = 0; i < items.size(); ++i) {
        const QString field = QStringLiteral("targets.%1.target").arg(i);
        const QJsonValue target = items.at(i).toObject().value(QStringLiteral("target"));
        if (!target.isString())
            return fieldError(field, QStringLiteral("Required"));
        if (!email.match(target.toString()).hasMatch())
            return fieldError(field, QStringLiteral("Not a valid email address"));
        targets.append(target.toString());
    }
    // All or nothing (section 62.4.9): every target is checked before any is kept.
    for (const QString &target : std::as_const(targets)) {
        const QString user = target.section(QLatin1Char('@'), 0, 0).toLower();
        const QString targetDomain = target.section(QLatin1Char('@'), 1).toLower();
        const bool sameUser = user == mailbox.username.toLower();
        if (sameUser && targetDomain == domain.name.toLower())
            return fieldError(target, QStringLiteral("Is the same as current mailbox"));
        // 409: the same username, and one domain is an alias of the other.
        const auto targetAccountDomain = account.domains.constFind(targetDomain);
        const bool aliasOfSource = domain.aliases.contains(targetDomain, Qt::CaseInsensitive);
        const bool sourceIsAlias = targetAccountDomain != account.domains.cend()
                                   && targetAccountDomain->aliases.contains(domain.name, Qt::CaseInsensitive);
        if (sameUser && (aliasOfSource || sourceIsAlias))
            return envelope(409, QStringLiteral("conflict"), QStringLiteral("Circular target ") + target);
        if (targetDomain == domain.name.toLower() && !domain.mailboxes.contains(user))
            return fieldError(target, QStringLiteral("Target not found"));
    }
    mailbox.forwards = targets;
    return Response::empty(204);
}

Response HostwayMailboxSettings::forwardDelete(const QString &target)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < mailbox.forwards.size() && found < 0; ++i) {
        if (mailbox.forwards.at(i).compare(target, Qt::CaseInsensitive) == 0)
            found = i;
    }
    if (found < 0 && !target.contains(QLatin1Char('@'))) {
        qsizetype matches = 0;
        for (qsizetype i = 0; i < mailbox.forwards.size(); ++i) {
            if (mailbox.forwards.at(i).section(QLatin1Char('@'), 0, 0).compare(target, Qt::CaseInsensitive) == 0) {
                found = i;
                ++matches;
            }
        }
        if (matches != 1)
            found = -1;
    }
    if (found < 0)
        return Response::empty(404);
    mailbox.forwards.removeAt(found);
    return Response::empty(204);
}

Response HostwayMailboxSettings::autoresponderGet() const
{
    const QJsonObject fields{{QStringLiteral("body"), mailbox.autoresponderBody},
                             {QStringLiteral("active"), mailbox.autoresponderActive},
                             {QStringLiteral("subject"), mailbox.autoresponderSubject}};
    const QString self = mailboxUrl + QStringLiteral("autoresponder/");
    if (mailbox.nestedAutoresponder)   // the schema's form (section 32)
        return json(200, QJsonObject{{QStringLiteral("autoresponder"), fields},
                                     {QStringLiteral("links"), link(self, QStringLiteral("self"), QStringLiteral("location"))}});
    QJsonObject flat = fields;         // the example's form
    flat.insert(QStringLiteral("links"), link(self, QStringLiteral("self")));
    return json(200, flat);
}

Response HostwayMailboxSettings::autoresponderPut(const Request &request)
{
    QJsonObject body;
    if (!bodyObject(request, &body))
        return notAnObject();
    // Section 34's failure example: a missing body is named first.
    if (!body.contains(QStringLiteral("body")))
        return fieldError(QStringLiteral("body"), QStringLiteral("Required"));
    if (!body.value(QStringLiteral("body")).isString())
        return fieldError(QStringLiteral("body"), QStringLiteral("Not a valid string"));
    if (!body.contains(QStringLiteral("active")))
        return fieldError(QStringLiteral("active"), QStringLiteral("Required"));
    if (!body.value(QStringLiteral("active")).isBool())
        return fieldError(QStringLiteral("active"), QStringLiteral("Not a valid boolean"));
    if (body.contains(QStringLiteral("subject")) && !body.value(QStringLiteral("subject")).isString())
        return fieldError(QStringLiteral("subject"), QStringLiteral("Not a valid string"));
    mailbox.autoresponderBody = body.value(QStringLiteral("body")).toString();
    mailbox.autoresponderActive = body.value(QStringLiteral("active")).toBool();
    if (body.contains(QStringLiteral("subject")))
        mailbox.autoresponderSubject = body.value(QStringLiteral("subject")).toString();
    return Response::empty(204);
}

Response HostwayMailboxSettings::migrationPost(const Request &request)
{
    QJsonObject body;
    if (!bodyObject(request, &body))
        return notAnObject();
    for (const char *field : {"subject", "body"}) {
        const QJsonValue value = body.value(QLatin1String(field));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return fieldError(QLatin1String(field), QStringLiteral("Required"));
    }
    mailbox.migrationTickets.append({body.value(QStringLiteral("subject")).toString(), body.value(QStringLiteral("body")).toString()});
    return Response::empty(201);
}

} // namespace Sandbox
