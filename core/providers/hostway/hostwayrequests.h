#pragma once

#include "core/net/httprequest.h"
#include "core/providers/hostway/contacts.h"
#include "core/providers/hostway/hostwaytypes.h"

#include <QJsonObject>

/// The exact HTTP requests of the Hostway Email API (seed 003_aa31f808b2178cb3.txt), built
/// without credentials. Every request carries `Content-Type: application/json; charset=UTF-8`,
/// documented as required even on GET and DELETE. Path segments are percent-encoded.
namespace Hostway::Requests {

/// True for a mailbox owner's endpoint (no account id): the calls a mailbox owner may make
/// (secrets, the password reset by answers, the webmail account and the domain's webmail
/// plans) take the shortcut path /email/{domain}/... of seed 003 sections 93-98 and 102-115
/// instead of /accounts/{account}/email/{domain}/...; the others have no shortcut, and keep
/// their administrator's path (/accounts//... without an id), which HostwayClient::send
/// refuses to send with an owner's credentials.
[[nodiscard]] bool isOwnerEndpoint(const Endpoint &endpoint);

/// GET /accounts/{account}/email/{domain} (section 99-100).
HttpRequest domain(const Endpoint &endpoint, const QString &domain);
/// GET /accounts/{account}/email/{domain}/aliases (seed 003 sections 1-2): the domain's
/// aliases, other domain names that deliver to its mailboxes.
HttpRequest aliases(const Endpoint &endpoint, const QString &domain);
/// GET .../email/{domain}/webmail (sections 89-90): the domain's own webmail settings.
HttpRequest domainWebmail(const Endpoint &endpoint, const QString &domain);
/// PUT .../email/{domain}/webmail {"allowUpgrade": bool} (sections 91-92), answered 204.
HttpRequest putDomainWebmail(const Endpoint &endpoint, const QString &domain, bool allowUpgrade);
/// GET .../contacts (seed 003 sections 21-23): the global address list, the query's
/// filter<Field> and search<Field> conditions (a `*` is sent unencoded, as typed).
HttpRequest contacts(const Endpoint &endpoint, const QString &domain, const ContactQuery &query);
/// GET .../contacts/{contact} (sections 17-18).
HttpRequest contact(const Endpoint &endpoint, const QString &domain, const QString &name);
/// POST .../contacts (sections 24-25) with `body` (name, email, displayName and the rest).
HttpRequest postContact(const Endpoint &endpoint, const QString &domain, const QJsonObject &body);
/// PUT .../contacts/{contact} (sections 19-20) with the fields to change (never "name").
HttpRequest putContact(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body);
/// DELETE .../contacts/{contact} (sections 15-16).
HttpRequest deleteContact(const Endpoint &endpoint, const QString &domain, const QString &name);
/// GET /accounts/{account}/avas/{domain}/SSOLink (seed 003 index 101.21, "Antivirus
/// Antispam": "Returns a SSO Link for antispam control panel"; no page documents its answer).
/// The answer is a sign-in link: it is never logged (secretResponse).
HttpRequest antiSpamLink(const Endpoint &endpoint, const QString &domain);
/// GET .../infostore (sections 26-27): {"infoStore": {"usage", "quota"}} in MB.
HttpRequest infoStore(const Endpoint &endpoint, const QString &domain);
/// PUT .../infostore {"quota": MB} (section 28), answered 204 (or 200, as its status list says).
HttpRequest putInfoStore(const Endpoint &endpoint, const QString &domain, int quotaMb);
/// GET .../statistics/mailboxTypeCount (section 29-30).
HttpRequest mailboxTypeCount(const Endpoint &endpoint, const QString &domain);
/// GET .../usernames with filter, sort, paging and details (section 87-88).
HttpRequest usernames(const Endpoint &endpoint, const QString &domain, const UsernamesQuery &query);
/// GET .../usernames/{name} (section 85-86).
HttpRequest username(const Endpoint &endpoint, const QString &domain, const QString &name);
/// GET .../usernames/{name}/mailbox (section 67-68).
HttpRequest mailbox(const Endpoint &endpoint, const QString &domain, const QString &name);
/// PUT .../usernames/{name}/mailbox: creates (201) or updates (204) (section 69-70).
HttpRequest putMailbox(const Endpoint &endpoint, const QString &domain, const QString &name,
                       const QJsonObject &body);
/// DELETE .../usernames/{name}/mailbox (section 65-66).
HttpRequest deleteMailbox(const Endpoint &endpoint, const QString &domain, const QString &name);
/// GET .../usernames/{name}/exchange (section 53-54).
HttpRequest exchange(const Endpoint &endpoint, const QString &domain, const QString &name);
/// PUT .../usernames/{name}/exchange: creates (201) or updates (204) an Exchange mailbox
/// (section 55-56). `body`: the fields sent, password included.
HttpRequest putExchange(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body);
/// DELETE .../usernames/{name}/exchange, answered 204 (section 51-52).
HttpRequest deleteExchange(const Endpoint &endpoint, const QString &domain, const QString &name);

/// GET .../usernames/{name}/mailbox/messagestats (section 71-72), or with `exchange`
/// .../usernames/{name}/exchange/messagestats (section 49-50: the page's path; the index's
/// .../mailbox/exchange/messagestats is taken for a typo).
HttpRequest messageStats(const Endpoint &endpoint, const QString &domain, const QString &name, bool exchange);
/// GET .../blackwhitelist with `query` (sections 7-8 for the domain when `name` is empty,
/// 39-40 for the mailbox `name`).
HttpRequest blackWhiteList(const Endpoint &endpoint, const QString &domain, const QString &name,
                           const BlackWhiteQuery &query);
/// GET .../blackwhitelist/{address} (sections 5-6, 37-38).
HttpRequest blackWhiteEntry(const Endpoint &endpoint, const QString &domain, const QString &name, const QString &address);
/// PUT .../blackwhitelist {"list": [{"address", "type"}, ...]}, answered 204: adds the
/// addresses, or changes their type (sections 9-10, 41-42).
HttpRequest putBlackWhite(const Endpoint &endpoint, const QString &domain, const QString &name,
                          const QList<BlackWhiteEntry> &entries);
/// DELETE .../blackwhitelist/{address}, answered 204 (sections 3-4, 35-36).
HttpRequest deleteBlackWhite(const Endpoint &endpoint, const QString &domain, const QString &name, const QString &address);
/// GET .../cleanmailplus, the spam filter (sections 11-12 for the domain when `name` is
/// empty, 43-44 for the mailbox `name`).
HttpRequest cleanMailPlus(const Endpoint &endpoint, const QString &domain, const QString &name);
/// PUT .../cleanmailplus {"attributes": [{"attributeName", "attributeValue"}]}, answered 204
/// (sections 13-14, 45-46). `attributes`: {fieldName, value} of each one changed.
HttpRequest putCleanMailPlus(const Endpoint &endpoint, const QString &domain, const QString &name,
                             const QList<QPair<QString, QString>> &attributes);
/// POST .../usernames/{name}/migration {"subject", "body"}: a support ticket for a failed
/// migration, answered 201 (section 73-74).
HttpRequest postMigration(const Endpoint &endpoint, const QString &domain, const QString &name, const QString &subject,
                          const QString &body);
/// GET .../usernames/{name}/webmail: the OpenXchange account (section 79-80; for an owner,
/// the shortcut's 110-111, whose answer lacks authToken and resetPassword).
HttpRequest webmail(const Endpoint &endpoint, const QString &domain, const QString &name);
/// POST .../usernames/{name}/webmail: creates the OpenXchange account, answered 201 (81-82).
/// `body`: type, allowUpgrade, theme, language, timezone, each only when set.
HttpRequest postWebmail(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body);
/// PUT .../usernames/{name}/webmail: changes it, answered 204 (83-84). `body`: the fields
/// changed only (the seed's examples send one at a time; "type" is required on create only).
HttpRequest putWebmail(const Endpoint &endpoint, const QString &domain, const QString &name, const QJsonObject &body);
/// GET .../email/{domain}/webmailNames, webmailLimits or webmailUpgrade (`which`; 93-98,
/// each page noting its /email/{domain}/... shortcut, the one an owner's endpoint takes).
HttpRequest webmailPlans(const Endpoint &endpoint, const QString &domain, const char *which);
/// GET .../usernames/{name}/forwards: the forwarding targets (section 59-60).
HttpRequest forwards(const Endpoint &endpoint, const QString &domain, const QString &name);
/// POST .../usernames/{name}/forwards {"targets": [{"target": ...}, ...]}, answered 204
/// (section 61-62). `targets` holds at least one address.
HttpRequest postForwards(const Endpoint &endpoint, const QString &domain, const QString &name,
                         const QStringList &targets);
/// DELETE .../usernames/{name}/forwards/{fwd-mailbox}, answered 204 (section 57-58). The seed
/// does not say whether {fwd-mailbox} is the whole address or its local part (its example is
/// "test-fwd-mailbox"): the whole address is sent, as the GET lists it.
HttpRequest deleteForward(const Endpoint &endpoint, const QString &domain, const QString &name,
                          const QString &target);
/// GET .../usernames/{name}/autoresponder (section 31-32).
HttpRequest autoresponder(const Endpoint &endpoint, const QString &domain, const QString &name);
/// PUT .../usernames/{name}/autoresponder {"subject"?, "body", "active"}, answered 204
/// (section 33-34). The subject is always sent, empty or not, so that what Hostway keeps is
/// what was sent (the seed does not say what an omitted subject leaves).
HttpRequest putAutoresponder(const Endpoint &endpoint, const QString &domain, const QString &name,
                             const Autoresponder &settings);

/// GET .../usernames/{name}/secrets: the text keys of the questions answered (section 75-76).
HttpRequest secrets(const Endpoint &endpoint, const QString &domain, const QString &name);
/// PUT .../usernames/{name}/secrets {text key: answer, ...}, answered 204: replaces every
/// answer on file (section 77-78). The body's values are secrets (HttpRequest::everyValueSecret).
HttpRequest putSecrets(const Endpoint &endpoint, const QString &domain, const QString &name,
                       const QMap<QString, QString> &answers);
/// GET /email/secretQuestions: the questions supported, by text key (section 116-117). At the
/// base URL's root, not under /accounts.
HttpRequest secretQuestions(const Endpoint &endpoint);
/// GET /email/secretQuestionSettings: the least number of answers on file (section 118-119).
HttpRequest secretQuestionSettings(const Endpoint &endpoint);
/// POST .../usernames/{name}/mailbox/action, or with `exchange` .../exchange/action,
/// {"action": "resetPassword", "actionData": {"secretQuestionsAnswers": {key: answer},
/// "password"}}, answered 204; 409 when an answer is wrong (sections 47-48, 63-64). The
/// documented field name is sent; NOTES.md: failure examples print "secretQuestionsAnswersList".
HttpRequest resetPassword(const Endpoint &endpoint, const QString &domain, const QString &name, bool exchange,
                          const QMap<QString, QString> &answers, const QString &password);

} // namespace Hostway::Requests
