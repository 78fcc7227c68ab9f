#include "sandbox/hostwaysimulator.h"

#include "sandbox/hostwayblackwhite.h"
#include "sandbox/hostwaycleanmail.h"
#include "sandbox/hostwaycontacts.h"
#include "sandbox/hostwayexchange.h"
#include "sandbox/hostwayorders.h"
#include "sandbox/hostwaywebmail.h"
#include "sandbox/hostwaymailboxsettings.h"
#include "sandbox/hostwaysecrets.h"
#include "sandbox/hostwayshortcuts.h"
#include "sandbox/hostwaypaging.h"
#include "sandbox/hostwaypasswordpolicy.h"
#include "sandbox/hostwayresponses.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Sandbox {

namespace {

const QString kMailboxNamePattern = QStringLiteral("[a-zA-Z0-9._]+");

using HostwayResponses::envelope;
using HostwayResponses::fieldError;
using HostwayResponses::link;
const auto jsonResponse = HostwayResponses::json;

using HostwayResponses::unauthorized;

/// Accepts the documented forms of the master flag: booleans and 0/1.
bool readFlag(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    *ok = false;
    return false;
}

/// filterUsername: `*` is a wildcard; otherwise the whole name must match (case-insensitive).
/// filterUsername as a case-insensitive wildcard match of the whole name (`*` any run),
/// compiled once per request; empty matches every name.
QRegularExpression filterExpression(const QString &filter)
{
    const QString pattern = QRegularExpression::wildcardToRegularExpression(filter, QRegularExpression::UnanchoredWildcardConversion);
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

struct HostwaySimulator::Route
{
    QString origin;
    QString accountId;
    HostwayAccount *account = nullptr;
    HostwayDomain *domain = nullptr;
    QString domainName;
    QString mailboxName;

    QString domainUrl() const
    {
        return origin + QStringLiteral("/accounts/") + accountId + QStringLiteral("/email/") + domainName;
    }
    QString usernameUrl(const QString &name) const
    {
        return domainUrl() + QStringLiteral("/usernames/") + name + QLatin1Char('/');
    }
};

HostwaySimulator::HostwaySimulator(bool demoData)
    : m_data(demoData ? HostwayData::demo() : HostwayData::empty())
{
}

bool HostwaySimulator::owns(const QString &path)
{
    return path.startsWith(QLatin1String("/accounts/")) || path.startsWith(QLatin1String("/email/"))
        || path.startsWith(QLatin1String("/orders/")) || path.startsWith(QLatin1String("/avas-panel/"));
}

Response HostwaySimulator::handle(const Request &request)
{
    // Documented without Authorization, holding no account's data (HostwaySecrets).
    if (request.path == QLatin1String("/email/secretQuestions") || request.path == QLatin1String("/email/secretQuestions/"))
        return request.method == "GET" ? HostwaySecrets::questions(m_data, request.origin) : Response::empty(405);
    if (request.path == QLatin1String("/email/secretQuestionSettings") || request.path == QLatin1String("/email/secretQuestionSettings/"))
        return request.method == "GET" ? HostwaySecrets::settings(m_data, request.origin) : Response::empty(405);

    // /email/{domain}/...: a mailbox owner's shortcuts, each with its own rule for credentials.
    if (request.path.startsWith(QLatin1String("/email/"))) {
        HostwayOrders{m_data, m_orderSeconds}.advance();   // an ordered mailbox's owner may sign in once it is made
        return HostwayShortcuts{m_data}.handle(request, request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    }

    // The page an anti-spam link opens in the browser (antiSpamLink()): the sandbox's stand-in
    // for the provider's panel, which no seed describes.
    if (request.path.startsWith(QLatin1String("/avas-panel/")))
        return Response::text(200, QByteArrayLiteral("Anti-spam panel of ") + request.path.mid(12).toUtf8()
                                       + QByteArrayLiteral(" (Mailroom sandbox: the provider's panel opens here)\n"));
    // HTTP Basic, checked before anything else.
    QString user;
    QString password;
    if (!HostwayResponses::basicCredentials(request, &user, &password))
        return unauthorized();
    const auto accountIt = std::find_if(m_data.accounts.begin(), m_data.accounts.end(),
                                        [&](const HostwayAccount &a) { return a.user == user && a.password == password; });
    if (accountIt == m_data.accounts.end())
        return unauthorized();

    QString path = request.path;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // orders/{id}[/action] (seed 002, BEYOND-SEEDS.md)
    if (parts.size() >= 2 && parts[0] == QLatin1String("orders"))
        return HostwayOrders{m_data, m_orderSeconds}.handle(*accountIt, parts[1], parts.mid(2), request);
    // accounts/{account}/exchange/{domain}/mailboxes: an Exchange mailbox order
    if (parts.size() == 5 && parts[0] == QLatin1String("accounts") && parts[2] == QLatin1String("exchange") && parts[4] == QLatin1String("mailboxes")) {
        if (accountIt->id != parts[1])
            return unauthorized();
        const auto domain = accountIt->domains.find(parts[3].toLower());
        if (domain == accountIt->domains.end())
            return envelope(404, QStringLiteral("itemNotFound"), QStringLiteral("Resource not found"),
                            QJsonObject{{QStringLiteral("message"), QStringLiteral("Domain not found")}});
        return request.method == "POST" ? HostwayOrders{m_data, m_orderSeconds}.place(*accountIt, *domain, request) : Response::empty(405);
    }
    // accounts/{accountId}/avas/{domain}/SSOLink: the anti-spam panel's link (index 101.21).
    if (parts.size() == 5 && parts[0] == QLatin1String("accounts") && parts[2] == QLatin1String("avas") && parts[4] == QLatin1String("SSOLink"))
        return antiSpamLink(*accountIt, parts[1], parts[3], request);
    // accounts/{account}/email/{domain}[/...]
    if (parts.size() < 4 || parts[0] != QLatin1String("accounts") || parts[2] != QLatin1String("email"))
        return Response::empty(404);

    HostwayOrders{m_data, m_orderSeconds}.advance();   // a completed order's mailbox exists for every call
    Route route;
    route.origin = request.origin;
    route.accountId = parts[1];
    if (accountIt->id != route.accountId)
        return unauthorized();   // "credentials ... do not provide permissions for this operation"
    route.account = &*accountIt;
    route.domainName = parts[3];
    const auto domainIt = route.account->domains.find(route.domainName.toLower());
    if (domainIt == route.account->domains.end())
        return envelope(404, QStringLiteral("itemNotFound"), QStringLiteral("Resource not found"),
                        QJsonObject{{QStringLiteral("message"), QStringLiteral("Domain not found")}});
    route.domain = &*domainIt;

    const QByteArray &method = request.method;
    const QStringList rest = parts.mid(4);
    const auto only = [&method](const char *allowed, auto &&handler) {
        return method == allowed ? handler() : Response::empty(405);
    };

    if (rest.isEmpty())
        return only("GET", [&] { return domainGet(route); });
    if (rest.size() == 1 && rest[0] == QLatin1String("aliases")) {
        // Sections 1-2: a list of alias names; the example's self link ends in a slash.
        return only("GET", [&] {
            return jsonResponse(200, QJsonObject{{QStringLiteral("list"), QJsonArray::fromStringList(route.domain->aliases)},
                                                 {QStringLiteral("links"), link(route.domainUrl() + QStringLiteral("/aliases/"), QStringLiteral("self"))}});
        });
    }
    if (rest.size() == 1 && rest[0] == QLatin1String("webmail"))
        return HostwayWebmail{*route.domain, route.domainUrl()}.domainSettings(method, request);
    if (rest.size() == 1 && rest[0] == QLatin1String("infostore"))
        return infoStore(route, request);
    if (rest.size() == 2 && rest[0] == QLatin1String("statistics") && rest[1] == QLatin1String("mailboxTypeCount"))
        return only("GET", [&] { return statistics(route); });
    if (rest.size() == 1 && (rest[0] == QLatin1String("webmailNames") || rest[0] == QLatin1String("webmailLimits")
                             || rest[0] == QLatin1String("webmailUpgrade")))
        return only("GET", [&] { return HostwayWebmail{*route.domain, route.domainUrl()}.plans(rest[0]); });
    if (rest[0] == QLatin1String("cleanmailplus") && rest.size() == 1)
        return handleCleanMail(route.domain->cleanMailPlus, method, request);
    if (rest[0] == QLatin1String("contacts"))
        return HostwayContacts{*route.domain, route.domainUrl() + QStringLiteral("/contacts")}.handle(method, rest.mid(1), request);
    if (rest[0] == QLatin1String("blackwhitelist"))
        return handleBlackWhite(route.domain->blackWhite, route.domainUrl() + QStringLiteral("/blackwhitelist"), method, rest.mid(1), request);
    if (rest[0] != QLatin1String("usernames"))
        return Response::empty(404);
    if (rest.size() == 1)
        return only("GET", [&] { return usernamesList(route, request); });

    route.mailboxName = rest[1];
    if (rest.size() == 2)
        return only("GET", [&] { return usernameGet(route); });
    if (rest.size() == 3 && rest[2] == QLatin1String("mailbox")) {
        if (method == "GET")
            return mailboxGet(route);
        if (method == "PUT")
            return mailboxPut(route, request);
        if (method == "DELETE")
            return mailboxDelete(route);
        return Response::empty(405);
    }
    if (rest.size() == 3 && rest[2] == QLatin1String("exchange")) {
        if (method == "GET")
            return exchangeGet(route);
        if (method == "PUT")
            return HostwayExchange{*route.domain}.put(route.mailboxName, request);
        if (method == "DELETE")
            return HostwayExchange{*route.domain}.remove(route.mailboxName);
        return Response::empty(405);
    }

    if (rest.size() == 4 && rest[3] == QLatin1String("messagestats")
        && (rest[2] == QLatin1String("mailbox") || rest[2] == QLatin1String("exchange")))
        return only("GET", [&] { return messageStats(route, rest[2] == QLatin1String("exchange")); });

    // The settings of a regular mailbox (forwarding, autoresponder, ...).
    const auto mailbox = route.domain->mailboxes.find(route.mailboxName.toLower());
    if (mailbox == route.domain->mailboxes.end())
        return Response::empty(404);
    // Secrets and the reset action, for both kinds of mailbox.
    HostwaySecrets secrets{m_data, *route.domain, *mailbox, route.usernameUrl(mailbox->username)};
    if (rest.size() == 3 && rest[2] == QLatin1String("secrets"))
        return secrets.secrets(method, request);
    if (rest.size() == 4 && rest[3] == QLatin1String("action") && (rest[2] == QLatin1String("mailbox") || rest[2] == QLatin1String("exchange")))
        return only("POST", [&] { return secrets.action(rest[2] == QLatin1String("exchange"), request); });
    HostwayMailboxSettings settings{*route.account, *route.domain, *mailbox, route.usernameUrl(mailbox->username)};
    return settings.handle(method, rest.mid(2), request);
}

Response HostwaySimulator::antiSpamLink(const HostwayAccount &account, const QString &accountId, const QString &domain,
                                        const Request &request)
{
    // The seed lists this path in its index only: no method, status, body or error is
    // documented. Here: GET only, 401 for another account's id, 404 without a body for a
    // domain the account lacks (as the email paths), and 200 {"link": URL, "links": [self]}
    // where URL is a one-time panel address on this server (a fresh token each time).
    if (request.method != "GET")
        return Response::empty(405);
    if (account.id != accountId)
        return unauthorized();
    if (!account.domains.contains(domain.toLower()))
        return Response::empty(404);
    const QString self = request.origin + QStringLiteral("/accounts/") + accountId + QStringLiteral("/avas/") + domain + QStringLiteral("/SSOLink");
    const QString panel = request.origin + QStringLiteral("/avas-panel/") + domain + QStringLiteral("?sso=")
                          + QString::number(++m_tokenCounter) + QStringLiteral("-") + QString::number(qHash(domain), 16);
    return jsonResponse(200, QJsonObject{{QStringLiteral("link"), panel}, {QStringLiteral("links"), link(self, QStringLiteral("self"))}});
}

Response HostwaySimulator::domainGet(const Route &route)
{
    int quota = 0;
    for (const HostwayMailbox &m : std::as_const(route.domain->mailboxes))
        quota += m.quota;
    return jsonResponse(200, QJsonObject{{QStringLiteral("quota"), quota},
                                         {QStringLiteral("links"), link(route.domainUrl() + QLatin1Char('/'), QStringLiteral("self"))}});
}

Response HostwaySimulator::infoStore(const Route &route, const Request &request)
{
    HostwayDomain &domain = *route.domain;
    if (request.method == "GET") {
        return jsonResponse(200, QJsonObject{{QStringLiteral("infoStore"), QJsonObject{{QStringLiteral("usage"), domain.infoStoreUsageMb},
                                                                                     {QStringLiteral("quota"), domain.infoStoreQuotaMb}}},
                                             {QStringLiteral("links"), link(route.domainUrl() + QStringLiteral("/infostore/"), QStringLiteral("self"))}});
    }
    if (request.method != "PUT")
        return Response::empty(405);
    // Section 28's three refusals, in the envelope its examples print; success is its
    // example's 204 (its status list says 200).
    QJsonObject body;
    if (!HostwayResponses::bodyObject(request, &body))
        return HostwayResponses::notAnObject();
    const auto refuse = [](const QString &field, const QString &message) {
        return envelope(400, QStringLiteral("badRequest"), QStringLiteral("POST data error"), QJsonObject{{field, message}});
    };
    const QJsonValue quota = body.value(QStringLiteral("quota"));
    if (quota.isUndefined() || quota.isNull())
        return refuse(QStringLiteral("quota"), QStringLiteral("Required"));
    // The seed is silent on a quota that is no whole number: refused, in words of our own.
    if (!quota.isDouble() || quota.toDouble() != double(qint64(quota.toDouble())))
        return refuse(QStringLiteral("quota"), QStringLiteral("Must be an integer"));
    const qint64 mb = qint64(quota.toDouble());
    if (mb < 0)
        return refuse(QStringLiteral("quota"), QStringLiteral("%1 is less than minimum value 0").arg(mb));
    if (mb < domain.infoStoreUsageMb)
        return refuse(QStringLiteral("message"), QStringLiteral("Used storage exceeds the quota value"));
    domain.infoStoreQuotaMb = int(std::min<qint64>(mb, std::numeric_limits<int>::max()));
    return Response::empty(204);
}

Response HostwaySimulator::statistics(const Route &route)
{
    QMap<QString, int> counts;
    for (const HostwayMailbox &m : std::as_const(route.domain->mailboxes)) {
        if (m.exchange)
            ++counts[m.exchangeDetails.value(QStringLiteral("type")).toString() == QLatin1String("premium")
                         ? QStringLiteral("numExchange2013Premium") : QStringLiteral("numExchange2013Standard")];
        else if (m.webmailAccess == QLatin1String("activesync"))
            ++counts[QStringLiteral("numActiveSync")];
        else if (m.webmailAccess == QLatin1String("premium"))
            ++counts[QStringLiteral("numPremium")];
        else
            ++counts[QStringLiteral("numStandard")];
    }
    QJsonObject body;
    for (const auto *key : {"numStandard", "numActiveSync", "numPremium", "numExchange2013Standard", "numExchange2013Premium"})
        body.insert(QLatin1String(key), counts.value(QLatin1String(key)));
    body.insert(QStringLiteral("links"), link(route.domainUrl() + QStringLiteral("/statistics/mailboxTypeCount/"), QStringLiteral("self")));
    return jsonResponse(200, body);
}

Response HostwaySimulator::usernamesList(const Route &route, const Request &request)
{
    const QUrlQuery &query = request.query;
    const QString sortField = query.queryItemValue(QStringLiteral("sortField"));
    const QString sortOrder = query.queryItemValue(QStringLiteral("sortOrder"));
    if (!sortField.isEmpty() && sortField != QLatin1String("username") && sortField != QLatin1String("quota"))
        return fieldError(QStringLiteral("sortField"), QStringLiteral("\"%1\" is not one of username, quota").arg(sortField));
    if (!sortOrder.isEmpty() && sortOrder != QLatin1String("asc") && sortOrder != QLatin1String("desc"))
        return fieldError(QStringLiteral("sortOrder"), QStringLiteral("\"%1\" is not one of asc, desc").arg(sortOrder));

    const HostwayPaging paging(route.domainUrl() + QStringLiteral("/usernames"), query);
    if (const auto error = paging.error())
        return *error;

    const QString filter = query.queryItemValue(QStringLiteral("filterUsername"), QUrl::FullyDecoded);
    QList<const HostwayMailbox *> items;
    items.reserve(route.domain->mailboxes.size());
    const QRegularExpression re = filterExpression(filter);
    for (const HostwayMailbox &m : std::as_const(route.domain->mailboxes)) {
        if (filter.isEmpty() || re.match(m.username).hasMatch())
            items.append(&m);
    }
    const bool byQuota = sortField == QLatin1String("quota");
    const bool descending = sortOrder == QLatin1String("desc");
    // The mailboxes are kept by lower-case username, so they come in username order (the
    // seed names no collation: case-insensitive, code point by code point, is this reading).
    // A quota sort keeps that order among equal quotas; no page sorts names again (a page of
    // a 100,000-mailbox domain took 250 ms that way).
    if (byQuota)
        std::stable_sort(items.begin(), items.end(), [descending](const HostwayMailbox *a, const HostwayMailbox *b) {
            return descending ? a->quota > b->quota : a->quota < b->quota;
        });
    else if (descending)
        std::reverse(items.begin(), items.end());

    const int total = static_cast<int>(items.size());
    if (const auto redirect = paging.redirect(total))
        return *redirect;
    int first = 0;
    int count = 0;
    paging.window(total, &first, &count);
    const QJsonArray links = paging.links(total);

    const bool details = query.queryItemValue(QStringLiteral("details")) == QLatin1String("1");
    QJsonArray list;
    for (int i = first; i < first + count; ++i) {
        const HostwayMailbox &m = *items.at(i);
        QJsonObject item{{QStringLiteral("username"), m.username},
                         {QStringLiteral("links"), link(route.usernameUrl(m.username) + (m.exchange ? QStringLiteral("exchange/") : QStringLiteral("mailbox/")), QStringLiteral("self"))},
                         {QStringLiteral("type"), m.exchange ? QStringLiteral("exchange") : QStringLiteral("imap")},
                         {QStringLiteral("quota"), m.quota},
                         {QStringLiteral("master"), m.master},
                         {QStringLiteral("allowUpgrade"), m.allowUpgrade}};
        if (!m.trialType.isEmpty())
            item.insert(QStringLiteral("trialType"), m.trialType);
        if (!m.trialExpiration.isEmpty())
            item.insert(QStringLiteral("trialExpiration"), m.trialExpiration);
        if (details)
            item.insert(QStringLiteral("webmailAccess"), m.webmailAccess);
        list.append(item);
    }
    return jsonResponse(200, QJsonObject{{QStringLiteral("totalCount"), total},
                                         {QStringLiteral("list"), list},
                                         {QStringLiteral("links"), links}});
}

Response HostwaySimulator::usernameGet(const Route &route)
{
    const auto it = route.domain->mailboxes.constFind(route.mailboxName.toLower());
    if (it == route.domain->mailboxes.cend())
        return Response::empty(404);
    const QString base = route.usernameUrl(it->username);
    QJsonObject body;
    body.insert(it->exchange ? QStringLiteral("exchange") : QStringLiteral("mailbox"),
                link(base + (it->exchange ? QStringLiteral("exchange/") : QStringLiteral("mailbox/")), QStringLiteral("related")));
    body.insert(QStringLiteral("secrets"), link(base + QStringLiteral("secrets/"), QStringLiteral("related")));
    body.insert(QStringLiteral("links"), link(base, QStringLiteral("self")));
    return jsonResponse(200, body);
}

Response HostwaySimulator::mailboxGet(const Route &route)
{
    const auto it = route.domain->mailboxes.constFind(route.mailboxName.toLower());
    if (it == route.domain->mailboxes.cend() || it->exchange)
        return Response::empty(404);
    const QString token = QString::fromLatin1(QByteArray("sandbox-ox-token-").append(QByteArray::number(++m_tokenCounter)).toBase64());
    return jsonResponse(200, QJsonObject{
        {QStringLiteral("username"), it->username},
        {QStringLiteral("authToken"), token},
        {QStringLiteral("master"), it->master},
        {QStringLiteral("quota"), it->quota},
        {QStringLiteral("usage"), it->usage},
        {QStringLiteral("links"), link(route.usernameUrl(it->username) + QStringLiteral("mailbox/"), QStringLiteral("self"))},
        {QStringLiteral("sitemail_urls"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://sitemail.sandbox.invalid")},
                                                                 {QStringLiteral("version"), QStringLiteral("8")}}}},
    });
}

Response HostwaySimulator::mailboxPut(const Route &route, const Request &request)
{
    QJsonObject body;
    if (!HostwayResponses::bodyObject(request, &body))
        return HostwayResponses::notAnObject();

    HostwayDomain &domain = *route.domain;
    const QString key = route.mailboxName.toLower();
    auto it = domain.mailboxes.find(key);
    if (it != domain.mailboxes.end() && it->exchange)
        return Response::empty(409);   // "Mailbox already exists." (Exchange names may hold '-')

    // The pattern governs new names (creation, rename); existing mailboxes such as the
    // documented "mfg-mbox" keep theirs.
    static const QRegularExpression namePattern(QRegularExpression::anchoredPattern(kMailboxNamePattern));
    if (it == domain.mailboxes.end() && !namePattern.match(route.mailboxName).hasMatch())
        return fieldError(QStringLiteral("username"), QStringLiteral("String should meet the regexp ") + kMailboxNamePattern);
    const bool creating = it == domain.mailboxes.end();

    // Field checks common to create and update.
    bool master = false;
    const bool hasMaster = body.contains(QStringLiteral("master"));
    if (hasMaster) {
        bool ok = false;
        master = readFlag(body.value(QStringLiteral("master")), &ok);
        if (!ok)
            return fieldError(QStringLiteral("master"), QStringLiteral("Allowed values are 0 or 1"));
    }
    const bool hasQuota = body.contains(QStringLiteral("quota"));
    const QJsonValue quotaValue = body.value(QStringLiteral("quota"));
    if (hasQuota && !quotaValue.isDouble())
        return fieldError(QStringLiteral("quota"), QStringLiteral("Must be an integer"));
    const int quota = quotaValue.toInt();
    if (hasQuota && quota <= 0)
        return jsonResponse(400, QJsonObject{{QStringLiteral("computeFault"), QStringLiteral("Quota must be greater than 0")}});
    const QString type = body.value(QStringLiteral("type")).toString();
    if (body.contains(QStringLiteral("type")) && !domain.webmailLimits.contains(type))
        return fieldError(QStringLiteral("type"), QStringLiteral("\"%1\" is not one of standard, activesync, premium").arg(type));

    const bool hasPassword = body.contains(QStringLiteral("password"));
    const QString password = body.value(QStringLiteral("password")).toString();
    const QString effectiveName = creating ? route.mailboxName : it->username;
    if (creating && (!hasPassword || password.isEmpty()))
        return fieldError(QStringLiteral("password"), QStringLiteral("Required"));
    if (hasPassword) {
        const QString violation = hostwayPasswordViolation(
            password, effectiveName, domain.name, creating ? QStringList() : it->passwordHistory);
        if (!violation.isEmpty())
            return fieldError(QStringLiteral("password"), violation);
    }

    // The OX type's mailbox limit (webmailLimits; <= 0 is unlimited).
    const QString newType = type.isEmpty() ? (creating ? QStringLiteral("standard") : it->webmailAccess) : type;
    const int limit = domain.webmailLimits.value(newType);
    if (limit > 0 && (creating || it->webmailAccess != newType)) {
        const auto used = std::count_if(domain.mailboxes.cbegin(), domain.mailboxes.cend(),
                                        [&](const HostwayMailbox &m) { return !m.exchange && m.webmailAccess == newType; });
        if (used >= limit)
            return jsonResponse(400, QJsonObject{{QStringLiteral("computeFault"), QStringLiteral("Number of mailboxes exceeded")}});
    }

    if (creating) {
        if (body.contains(QStringLiteral("username")) && body.value(QStringLiteral("username")).toString() != route.mailboxName)
            return fieldError(QStringLiteral("username"), QStringLiteral("Should be used when updating mailbox only"));
        HostwayMailbox m;
        m.username = route.mailboxName;
        m.quota = hasQuota ? quota : 1024;   // "If not provided default quota for OpenXchange type is set"
        m.master = master;
        m.webmailAccess = newType;
        m.passwordHistory = {password};
        domain.mailboxes.insert(key, m);
        return Response::empty(201);
    }

    // Update, possibly a rename.
    QString newName = it->username;
    if (body.contains(QStringLiteral("username"))) {
        newName = body.value(QStringLiteral("username")).toString();
        if (!namePattern.match(newName).hasMatch())
            return fieldError(QStringLiteral("username"), QStringLiteral("String should meet the regexp ") + kMailboxNamePattern);
        if (newName.toLower() != key && domain.mailboxes.contains(newName.toLower()))
            return Response::empty(400);   // documented: rename onto an existing name, no body
    }
    HostwayMailbox updated = *it;
    if (hasQuota)
        updated.quota = quota;
    if (hasMaster)
        updated.master = master;
    updated.webmailAccess = newType;
    if (hasPassword)
        updated.passwordHistory.append(password);
    updated.username = newName;
    domain.mailboxes.erase(it);
    domain.mailboxes.insert(newName.toLower(), updated);
    return Response::empty(204);
}

Response HostwaySimulator::mailboxDelete(const Route &route)
{
    const auto it = route.domain->mailboxes.find(route.mailboxName.toLower());
    if (it == route.domain->mailboxes.end() || it->exchange)
        return Response::empty(404);
    route.domain->mailboxes.erase(it);
    return Response::empty(204);
}

Response HostwaySimulator::exchangeGet(const Route &route)
{
    const auto it = route.domain->mailboxes.constFind(route.mailboxName.toLower());
    if (it == route.domain->mailboxes.cend() || !it->exchange)
        return Response::empty(404);
    QJsonObject body = it->exchangeDetails;
    const QString base = route.usernameUrl(it->username);
    body.insert(QStringLiteral("links"), QJsonArray{
        QJsonObject{{QStringLiteral("href"), QString(base + QStringLiteral("exchange/"))}, {QStringLiteral("rel"), QStringLiteral("self")}},
        QJsonObject{{QStringLiteral("href"), QString(base + QStringLiteral("secrets"))}, {QStringLiteral("rel"), QStringLiteral("related")}}});
    return jsonResponse(200, body);
}

Response HostwaySimulator::messageStats(const Route &route, bool exchange)
{
    const auto it = route.domain->mailboxes.constFind(route.mailboxName.toLower());
    if (it == route.domain->mailboxes.cend() || it->exchange != exchange)
        return Response::empty(404);
    // Sections 50 and 72 list 404, 500 and 502 with their reasons and no body; the reason is
    // sent as plain text (the seed shows none).
    switch (it->messageStatsStatus) {
    case 404:
        return Response::text(404, "Unable to get message count for virtual mailboxes.");
    case 500:
        return Response::text(500, "Missing Domain or Installation records");
    case 502:
        return Response::text(502, "Unable to get message count. No IMAP connection");
    default:
        break;
    }
    // Deterministic counts from the mailbox's usage; "test" gives the seed's example (3, 0, 0).
    const bool example = it->username == QLatin1String("test");
    const int inbox = example ? 3 : it->usage * 7 + 2;
    const int sent = example ? 0 : it->usage * 2;
    const int spam = example ? 0 : it->usage % 4;
    const auto folder = [](int all, int unread) {
        return QJsonObject{{QStringLiteral("allMessages"), all}, {QStringLiteral("unreadMessages"), unread}};
    };
    const QString self = route.usernameUrl(it->username) + (exchange ? QStringLiteral("exchange") : QStringLiteral("mailbox"))
                         + QStringLiteral("/messagestats/");
    return jsonResponse(200, QJsonObject{
        {QStringLiteral("messageCount"), QJsonObject{{QStringLiteral("inbox"), folder(inbox, example ? 3 : inbox / 5)},
                                                     {QStringLiteral("sent"), folder(sent, 0)},
                                                     {QStringLiteral("spam"), folder(spam, spam)}}},
        {QStringLiteral("links"), link(self, QStringLiteral("self"))}});
}

} // namespace Sandbox
