#include "sandbox/hostwayshortcuts.h"

#include "sandbox/hostwayresponses.h"
#include "sandbox/hostwaysecrets.h"
#include "sandbox/hostwaywebmail.h"

namespace Sandbox {

using namespace HostwayResponses;

namespace {

Response unauthorized()
{
    Response r = Response::empty(401);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Hostway Email API\"")});
    return r;
}

} // namespace

HostwayShortcuts::Caller HostwayShortcuts::caller(const Request &request) const
{
    Caller who;
    const QByteArray prefix = QByteArrayLiteral("Basic ");
    if (!request.authorization.startsWith(prefix))
        return who;
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(request.authorization.mid(prefix.size())));
    const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return who;
    const QString user = decoded.left(colon);
    const QString password = decoded.mid(colon + 1);
    for (const HostwayAccount &account : std::as_const(m_data.accounts)) {
        if (account.user == user && account.password == password) {
            who.valid = true;
            return who;
        }
    }
    const qsizetype at = user.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return who;
    const QString name = user.left(at).toLower();
    const QString domainName = user.mid(at + 1).toLower();
    for (const HostwayAccount &account : std::as_const(m_data.accounts)) {
        const auto domain = account.domains.constFind(domainName);
        if (domain == account.domains.cend())
            continue;
        const auto mailbox = domain->mailboxes.constFind(name);
        if (mailbox != domain->mailboxes.cend() && !mailbox->passwordHistory.isEmpty() && mailbox->passwordHistory.constLast() == password) {
            who.valid = true;
            who.ownerDomain = domainName;
            who.ownerMailbox = name;
        }
        return who;
    }
    return who;
}

Response HostwayShortcuts::handle(const Request &request, const QStringList &parts)
{
    if (parts.size() < 3)
        return Response::empty(404);
    const QString domainName = parts[1].toLower();
    HostwayDomain *domain = nullptr;
    for (HostwayAccount &account : m_data.accounts) {
        if (const auto it = account.domains.find(domainName); it != account.domains.end()) {
            domain = &*it;
            break;
        }
    }
    if (!domain)
        return Response::empty(404);
    const QString domainUrl = request.origin + QStringLiteral("/email/") + parts[1];
    const QStringList rest = parts.mid(2);
    const Caller who = caller(request);
    const QByteArray &method = request.method;

    // /email/{domain}/webmailNames|webmailLimits|webmailUpgrade: a mailbox owner of the domain.
    if (rest.size() == 1 && (rest[0] == QLatin1String("webmailNames") || rest[0] == QLatin1String("webmailLimits")
                             || rest[0] == QLatin1String("webmailUpgrade"))) {
        if (who.ownerDomain != domainName)
            return unauthorized();
        return method == "GET" ? HostwayWebmail{*domain, domainUrl}.plans(rest[0]) : Response::empty(405);
    }
    if (rest.size() < 3 || rest[0] != QLatin1String("usernames"))
        return Response::empty(404);
    const auto mailbox = domain->mailboxes.find(rest[1].toLower());
    if (mailbox == domain->mailboxes.end())
        return Response::empty(404);
    const QString mailboxUrl = domainUrl + QStringLiteral("/usernames/") + mailbox->username + QLatin1Char('/');
    const bool owner = who.ownerDomain == domainName && who.ownerMailbox == mailbox.key();
    HostwaySecrets secrets{m_data, *domain, *mailbox, mailboxUrl};

    // .../{mailbox|exchange}/action: no Authorization documented (sections 102-105).
    if (rest.size() == 4 && rest[3] == QLatin1String("action") && (rest[2] == QLatin1String("mailbox") || rest[2] == QLatin1String("exchange")))
        return method == "POST" ? secrets.action(rest[2] == QLatin1String("exchange"), request) : Response::empty(405);
    if (rest.size() != 3)
        return Response::empty(404);
    if (rest[2] == QLatin1String("secrets")) {
        if (method == "PUT" && !who.valid)
            return unauthorized();
        if (method == "PUT" && !owner)
            return Response::empty(403);   // "does not have permissions for this operation" (108-109)
        return secrets.secrets(method, request);   // GET: no Authorization documented (106-107)
    }
    if (rest[2] != QLatin1String("webmail"))
        return Response::empty(404);
    if (!owner)
        return unauthorized();
    HostwayWebmail webmail{*domain, domainUrl};
    if (method == "PUT") {
        QJsonObject body;
        const bool parsed = bodyObject(request, &body) && mailbox->hasWebmail;
        const bool newType = parsed && body.contains(QStringLiteral("type")) && body.value(QStringLiteral("type")).toString() != mailbox->webmailAccess;
        const bool allowing = parsed && body.value(QStringLiteral("allowUpgrade")).toBool() && !mailbox->allowUpgrade;
        if ((newType || allowing) && !mailbox->allowUpgrade)
            return json(400, QJsonObject{{QStringLiteral("message"), QStringLiteral("This account is not allowed to be upgraded")}});
    }
    Response answer = webmail.account(*mailbox, mailboxUrl, method, request);
    if (method == "GET" && answer.status == 200) {
        QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        body.remove(QStringLiteral("authToken"));
        body.remove(QStringLiteral("resetPassword"));
        answer = json(200, body);
    }
    return answer;
}

} // namespace Sandbox
