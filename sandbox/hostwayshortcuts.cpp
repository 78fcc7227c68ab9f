#include "sandbox/hostwayshortcuts.h"

#include "sandbox/hostwayresponses.h"
#include "sandbox/hostwaysecrets.h"
#include "sandbox/hostwaywebmail.h"

namespace Sandbox {

using namespace HostwayResponses;

HostwayShortcuts::Caller HostwayShortcuts::caller(const Request &request) const
{
    Caller who;
    QString user;
    QString password;
    if (!basicCredentials(request, &user, &password))
        return who;
    for (const HostwayAccount &account : std::as_const(m_data.accounts)) {
        if (account.user == user && account.password == password) {
            who.valid = true;
            who.adminOf = account.id;
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
    QString accountId;   // the account the domain is under
    for (HostwayAccount &account : m_data.accounts) {
        if (const auto it = account.domains.find(domainName); it != account.domains.end()) {
            domain = &*it;
            accountId = account.id;
            break;
        }
    }
    if (!domain)
        return Response::empty(404);
    const QString domainUrl = request.origin + QStringLiteral("/email/") + parts[1];
    const QStringList rest = parts.mid(2);
    const Caller who = caller(request);
    const QByteArray &method = request.method;
    const bool admin = who.adminOf == accountId;
    const bool ownerHere = who.ownerDomain == domainName;

    // /email/{domain}/webmailNames|webmailLimits|webmailUpgrade: the client application's
    // credentials (sections 94, 96, 98): the account's administrator, or a mailbox's owner.
    if (rest.size() == 1 && (rest[0] == QLatin1String("webmailNames") || rest[0] == QLatin1String("webmailLimits")
                             || rest[0] == QLatin1String("webmailUpgrade"))) {
        if (!admin && !ownerHere)
            return unauthorized();
        return method == "GET" ? HostwayWebmail{*domain, domainUrl}.plans(rest[0]) : Response::empty(405);
    }
    if (rest.size() < 3 || rest[0] != QLatin1String("usernames"))
        return Response::empty(404);
    const bool owner = ownerHere && who.ownerMailbox == rest[1].toLower();
    const bool secretsPath = rest.size() == 3 && rest[2] == QLatin1String("secrets");
    const bool webmailPath = rest.size() == 3 && rest[2] == QLatin1String("webmail");
    // Where credentials are asked, they are checked before the mailbox: a caller without
    // them learns nothing of which mailboxes exist.
    if (secretsPath && method == "PUT") {
        if (!who.valid)
            return unauthorized();
        if (!owner && !admin)
            return Response::empty(403);   // "does not have permissions for this operation" (109)
    }
    if (webmailPath && !owner && !(admin && method == "PUT"))
        return unauthorized();   // 111, 113: the mailbox owner's credentials; 115 also the administrator's
    const auto mailbox = domain->mailboxes.find(rest[1].toLower());
    if (mailbox == domain->mailboxes.end())
        return Response::empty(404);
    const QString mailboxUrl = domainUrl + QStringLiteral("/usernames/") + mailbox->username + QLatin1Char('/');
    HostwaySecrets secrets{m_data, *domain, *mailbox, mailboxUrl};

    // .../{mailbox|exchange}/action: no Authorization documented (sections 102-105).
    if (rest.size() == 4 && rest[3] == QLatin1String("action") && (rest[2] == QLatin1String("mailbox") || rest[2] == QLatin1String("exchange")))
        return method == "POST" ? secrets.action(rest[2] == QLatin1String("exchange"), request) : Response::empty(405);
    if (secretsPath)
        return secrets.secrets(method, request);   // GET: no Authorization documented (106-107)
    if (!webmailPath)
        return Response::empty(404);
    QJsonObject body;
    if (method == "PUT" && owner && bodyObject(request, &body) && mailbox->hasWebmail) {
        // Section 115, with the end user's credentials: no type but standard while upgrades
        // are off (as the request leaves them); turning them on is the administrator's.
        const bool allow = body.contains(QStringLiteral("allowUpgrade")) ? body.value(QStringLiteral("allowUpgrade")).toBool() : mailbox->allowUpgrade;
        const bool upgrade = body.contains(QStringLiteral("type")) && body.value(QStringLiteral("type")).toString() != QLatin1String("standard");
        const bool allowing = body.value(QStringLiteral("allowUpgrade")).toBool() && !mailbox->allowUpgrade;
        if ((upgrade && !allow) || allowing)
            return json(400, QJsonObject{{QStringLiteral("message"), QStringLiteral("This account is not allowed to be upgraded")}});
    }
    Response answer = HostwayWebmail{*domain, domainUrl}.account(*mailbox, mailboxUrl, method, request);
    if (method == "GET" && answer.status == 200) {
        QJsonObject shown = QJsonDocument::fromJson(answer.body).object();
        shown.remove(QStringLiteral("authToken"));
        shown.remove(QStringLiteral("resetPassword"));
        answer = json(200, shown);
    }
    return answer;
}

} // namespace Sandbox
