#include "core/providers/hostway/hostwayrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Hostway::Requests {

namespace {

QUrl buildUrl(const Endpoint &endpoint, const QStringList &segments)
{
    QUrl url = endpoint.baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QStringList domainPath(const Endpoint &endpoint, const QString &domain)
{
    return {QStringLiteral("accounts"), endpoint.accountId, QStringLiteral("email"), domain};
}

HttpRequest make(const char *method, QUrl url, QByteArray body = {})
{
    HttpRequest request;
    request.method = method;
    request.url = std::move(url);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=UTF-8")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.body = std::move(body);
    return request;
}

QStringList mailboxPath(const Endpoint &endpoint, const QString &domain, const QString &name, const char *leaf)
{
    QStringList path = domainPath(endpoint, domain) << QStringLiteral("usernames") << name;
    if (leaf)
        path << QLatin1String(leaf);
    return path;
}

/// The domain's path for the calls a mailbox owner may make: with an owner's endpoint (no
/// account id) the shortcut /email/{domain} (seed 003 sections 93-98, 102-115), else the
/// administrator's /accounts/{account}/email/{domain}.
QStringList shortcutDomainPath(const Endpoint &endpoint, const QString &domain)
{
    if (isOwnerEndpoint(endpoint))
        return {QStringLiteral("email"), domain};
    return domainPath(endpoint, domain);
}

QStringList shortcutMailboxPath(const Endpoint &endpoint, const QString &domain, const QString &name, const char *leaf)
{
    QStringList path = shortcutDomainPath(endpoint, domain) << QStringLiteral("usernames") << name;
    if (leaf)
        path << QLatin1String(leaf);
    return path;
}

} // namespace

bool isOwnerEndpoint(const Endpoint &endpoint)
{
    return endpoint.accountId.isEmpty();
}

HttpRequest domain(const Endpoint &endpoint, const QString &domain)
{
    return make("GET", buildUrl(endpoint, domainPath(endpoint, domain)));
}

HttpRequest aliases(const Endpoint &endpoint, const QString &domain)
{
    return make("GET", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("aliases")));
}

HttpRequest domainWebmail(const Endpoint &endpoint, const QString &domain)
{
    return make("GET", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("webmail")));
}

HttpRequest putDomainWebmail(const Endpoint &endpoint, const QString &domain, bool allowUpgrade)
{
    return make("PUT", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("webmail")),
                QJsonDocument(QJsonObject{{QStringLiteral("allowUpgrade"), allowUpgrade}}).toJson(QJsonDocument::Compact));
}

HttpRequest contacts(const Endpoint &endpoint, const QString &domain, const ContactQuery &query)
{
    QUrl url = buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("contacts"));
    QUrlQuery q;
    // filterEmail, searchDisplayName: the prefix and the key with a capital (section 23).
    const auto add = [&q](const char *prefix, const QList<QPair<ContactField, QString>> &conditions) {
        for (const auto &[field, text] : conditions) {
            QString key = contactKey(field);
            key[0] = key[0].toUpper();
            q.addQueryItem(QLatin1String(prefix) + key, QString::fromLatin1(QUrl::toPercentEncoding(text, "*@")));
        }
    };
    add("filter", query.filters);
    add("search", query.searches);
    url.setQuery(q);
    return make("GET", url);
}

HttpRequest contact(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("GET", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("contacts") << name));
}

HttpRequest postContact(const Endpoint &endpoint, const QString &domain, const QJsonObject &body)
{
    return make("POST", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("contacts")),
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpRequest putContact(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body)
{
    return make("PUT", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("contacts") << name),
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpRequest deleteContact(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("DELETE", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("contacts") << name));
}

HttpRequest antiSpamLink(const Endpoint &endpoint, const QString &domain)
{
    HttpRequest request = make("GET", buildUrl(endpoint, {QStringLiteral("accounts"), endpoint.accountId, QStringLiteral("avas"), domain,
                                                          QStringLiteral("SSOLink")}));
    request.secretResponse = true;
    return request;
}

HttpRequest infoStore(const Endpoint &endpoint, const QString &domain)
{
    return make("GET", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("infostore")));
}

HttpRequest putInfoStore(const Endpoint &endpoint, const QString &domain, int quotaMb)
{
    return make("PUT", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("infostore")),
                QJsonDocument(QJsonObject{{QStringLiteral("quota"), quotaMb}}).toJson(QJsonDocument::Compact));
}

HttpRequest mailboxTypeCount(const Endpoint &endpoint, const QString &domain)
{
    return make("GET", buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("statistics")
                                                                       << QStringLiteral("mailboxTypeCount")));
}

HttpRequest usernames(const Endpoint &endpoint, const QString &domain, const UsernamesQuery &query)
{
    QUrl url = buildUrl(endpoint, domainPath(endpoint, domain) << QStringLiteral("usernames"));
    QUrlQuery q;
    if (!query.filter.isEmpty())
        q.addQueryItem(QStringLiteral("filterUsername"), QString::fromLatin1(QUrl::toPercentEncoding(query.filter, "*")));
    q.addQueryItem(QStringLiteral("sortField"), query.sortField == SortField::Quota ? QStringLiteral("quota") : QStringLiteral("username"));
    q.addQueryItem(QStringLiteral("sortOrder"), query.sortOrder == Qt::DescendingOrder ? QStringLiteral("desc") : QStringLiteral("asc"));
    q.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, query.page)));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(std::clamp(query.pageSize, 1, 400)));
    if (query.details)
        q.addQueryItem(QStringLiteral("details"), QStringLiteral("1"));
    url.setQuery(q);
    return make("GET", url);
}

HttpRequest username(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("GET", buildUrl(endpoint, mailboxPath(endpoint, domain, name, nullptr)));
}

HttpRequest mailbox(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("GET", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "mailbox")));
}

HttpRequest putMailbox(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body)
{
    return make("PUT", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "mailbox")),
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpRequest deleteMailbox(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("DELETE", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "mailbox")));
}

HttpRequest exchange(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("GET", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "exchange")));
}

HttpRequest putExchange(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body)
{
    return make("PUT", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "exchange")), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpRequest deleteExchange(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("DELETE", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "exchange")));
}

namespace {

/// .../email/{domain}/blackwhitelist, or .../usernames/{name}/blackwhitelist.
QStringList blackWhitePath(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return name.isEmpty() ? domainPath(endpoint, domain) << QStringLiteral("blackwhitelist")
                          : mailboxPath(endpoint, domain, name, "blackwhitelist");
}

} // namespace

HttpRequest blackWhiteList(const Endpoint &endpoint, const QString &domain, const QString &name, const BlackWhiteQuery &query)
{
    QUrl url = buildUrl(endpoint, blackWhitePath(endpoint, domain, name));
    QUrlQuery q;
    if (!query.filterAddress.isEmpty())
        q.addQueryItem(QStringLiteral("filterAddress"), QString::fromLatin1(QUrl::toPercentEncoding(query.filterAddress, "*@")));
    if (!query.filterType.isEmpty())
        q.addQueryItem(QStringLiteral("filterType"), query.filterType);
    q.addQueryItem(QStringLiteral("sortField"), QStringLiteral("address"));
    q.addQueryItem(QStringLiteral("sortOrder"), query.sortOrder == Qt::DescendingOrder ? QStringLiteral("desc") : QStringLiteral("asc"));
    q.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, query.page)));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(std::clamp(query.pageSize, 1, 400)));
    url.setQuery(q);
    return make("GET", url);
}

HttpRequest blackWhiteEntry(const Endpoint &endpoint, const QString &domain, const QString &name, const QString &address)
{
    return make("GET", buildUrl(endpoint, blackWhitePath(endpoint, domain, name) << address));
}

HttpRequest putBlackWhite(const Endpoint &endpoint, const QString &domain, const QString &name, const QList<BlackWhiteEntry> &entries)
{
    QJsonArray list;
    for (const BlackWhiteEntry &e : entries)
        list.append(QJsonObject{{QStringLiteral("address"), e.address}, {QStringLiteral("type"), e.type}});
    return make("PUT", buildUrl(endpoint, blackWhitePath(endpoint, domain, name)),
                QJsonDocument(QJsonObject{{QStringLiteral("list"), list}}).toJson(QJsonDocument::Compact));
}

HttpRequest deleteBlackWhite(const Endpoint &endpoint, const QString &domain, const QString &name, const QString &address)
{
    return make("DELETE", buildUrl(endpoint, blackWhitePath(endpoint, domain, name) << address));
}

HttpRequest cleanMailPlus(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    const QStringList path = name.isEmpty() ? domainPath(endpoint, domain) << QStringLiteral("cleanmailplus")
                                            : mailboxPath(endpoint, domain, name, "cleanmailplus");
    return make("GET", buildUrl(endpoint, path));
}

HttpRequest putCleanMailPlus(const Endpoint &endpoint, const QString &domain, const QString &name,
                             const QList<QPair<QString, QString>> &attributes)
{
    QJsonArray list;
    for (const auto &[attribute, value] : attributes)
        list.append(QJsonObject{{QStringLiteral("attributeName"), attribute}, {QStringLiteral("attributeValue"), value}});
    HttpRequest request = cleanMailPlus(endpoint, domain, name);
    request.method = "PUT";
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("attributes"), list}}).toJson(QJsonDocument::Compact);
    return request;
}

HttpRequest postMigration(const Endpoint &endpoint, const QString &domain, const QString &name, const QString &subject,
                          const QString &body)
{
    return make("POST", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "migration")),
                QJsonDocument(QJsonObject{{QStringLiteral("subject"), subject}, {QStringLiteral("body"), body}}).toJson(QJsonDocument::Compact));
}

HttpRequest webmail(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("GET", buildUrl(endpoint, shortcutMailboxPath(endpoint, domain, name, "webmail")));
}

HttpRequest postWebmail(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body)
{
    return make("POST", buildUrl(endpoint, shortcutMailboxPath(endpoint, domain, name, "webmail")), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpRequest putWebmail(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body)
{
    return make("PUT", buildUrl(endpoint, shortcutMailboxPath(endpoint, domain, name, "webmail")), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpRequest webmailPlans(const Endpoint &endpoint, const QString &domain, const char *which)
{
    return make("GET", buildUrl(endpoint, shortcutDomainPath(endpoint, domain) << QLatin1String(which)));
}

HttpRequest messageStats(const Endpoint &endpoint, const QString &domain, const QString &name, bool exchange)
{
    return make("GET", buildUrl(endpoint, mailboxPath(endpoint, domain, name, exchange ? "exchange" : "mailbox")
                                              << QStringLiteral("messagestats")));
}

HttpRequest forwards(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("GET", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "forwards")));
}

HttpRequest postForwards(const Endpoint &endpoint, const QString &domain, const QString &name, const QStringList &targets)
{
    QJsonArray list;
    for (const QString &target : targets)
        list.append(QJsonObject{{QStringLiteral("target"), target}});
    return make("POST", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "forwards")),
                QJsonDocument(QJsonObject{{QStringLiteral("targets"), list}}).toJson(QJsonDocument::Compact));
}

HttpRequest deleteForward(const Endpoint &endpoint, const QString &domain, const QString &name, const QString &target)
{
    return make("DELETE", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "forwards") << target));
}

HttpRequest autoresponder(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("GET", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "autoresponder")));
}

HttpRequest putAutoresponder(const Endpoint &endpoint, const QString &domain, const QString &name, const Autoresponder &settings)
{
    const QJsonObject body{{QStringLiteral("subject"), settings.subject},
                           {QStringLiteral("body"), settings.body},
                           {QStringLiteral("active"), settings.active}};
    return make("PUT", buildUrl(endpoint, mailboxPath(endpoint, domain, name, "autoresponder")),
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpRequest secrets(const Endpoint &endpoint, const QString &domain, const QString &name)
{
    return make("GET", buildUrl(endpoint, shortcutMailboxPath(endpoint, domain, name, "secrets")));
}

HttpRequest putSecrets(const Endpoint &endpoint, const QString &domain, const QString &name, const QMap<QString, QString> &answers)
{
    QJsonObject body;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        body.insert(it.key(), it.value());
    HttpRequest request = make("PUT", buildUrl(endpoint, shortcutMailboxPath(endpoint, domain, name, "secrets")),
                               QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.everyValueSecret = true;   // {text key: answer}
    return request;
}

HttpRequest secretQuestions(const Endpoint &endpoint)
{
    return make("GET", buildUrl(endpoint, {QStringLiteral("email"), QStringLiteral("secretQuestions")}));
}

HttpRequest secretQuestionSettings(const Endpoint &endpoint)
{
    return make("GET", buildUrl(endpoint, {QStringLiteral("email"), QStringLiteral("secretQuestionSettings")}));
}

HttpRequest resetPassword(const Endpoint &endpoint, const QString &domain, const QString &name, bool exchange,
                          const QMap<QString, QString> &answers, const QString &password)
{
    QJsonObject given;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        given.insert(it.key(), it.value());
    const QJsonObject body{{QStringLiteral("action"), QStringLiteral("resetPassword")},
                           {QStringLiteral("actionData"), QJsonObject{{QStringLiteral("secretQuestionsAnswers"), given},
                                                                       {QStringLiteral("password"), password}}}};
    // Redaction masks "secretQuestionsAnswers" and "password" by their names.
    return make("POST", buildUrl(endpoint, shortcutMailboxPath(endpoint, domain, name, exchange ? "exchange" : "mailbox")
                                               << QStringLiteral("action")),
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace Hostway::Requests
