#pragma once

#include "core/providers/hostway/hostwaytypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

/// Tolerant readers of Hostway answers: each accepts every form shared/api/NOTES.md lists
/// ("Inconsistencies") and fails with a reason only when the data cannot be read at all.
/// On failure they return false and set *error to a short English reason.
namespace Hostway::Parser {

bool domainInfo(const QByteArray &body, DomainInfo *out, QString *error);
bool mailboxTypeCount(const QByteArray &body, MailboxTypeCount *out, QString *error);
/// GET .../email/{domain}/webmail (seed 003 sections 89-90): {"type", "allowUpgrade",
/// "trialType"|null, "trialExpiration"|null, "links"}.
bool domainWebmail(const QByteArray &body, DomainWebmail *out, QString *error);
/// GET .../infostore (seed 003 sections 26-27): {"infoStore": {"usage", "quota"}}, MB.
bool infoStore(const QByteArray &body, InfoStore *out, QString *error);
/// GET .../avas/{domain}/SSOLink (seed 003 index 101.21, its answer undocumented): the
/// anti-spam panel's sign-in link, taken from a JSON string, from an object's "link", "url",
/// "ssoLink", "SSOLink" or "href" (first found), from a "links" list, or from a plain-text
/// body; it must be an http(s) URL with a host. False and *error otherwise.
bool antiSpamLink(const QByteArray &body, QUrl *out, QString *error);
/// GET .../aliases (seed 003 sections 1-2): {"list": ["test-alias.com", ...], "links"}; an
/// item may also be {"alias": "..."} (the field list names it so); no list is none.
bool aliases(const QByteArray &body, QStringList *out, QString *error);
/// totalCount as int or numeric string; master as bool or 0/1; links with href or location.
bool usernamesPage(const QByteArray &body, UsernamesPage *out, QString *error);
bool usernameKind(const QByteArray &body, UsernameKind *out, QString *error);
bool mailbox(const QByteArray &body, Mailbox *out, QString *error);
bool exchangeMailbox(const QByteArray &body, ExchangeMailbox *out, QString *error);
/// GET .../messagestats (sections 49-50, 71-72): {"messageCount": {"inbox"|"sent"|"spam":
/// {"allMessages", "unreadMessages"}}}; a folder missing is 0; a count is a whole number or
/// numeric text (as NOTES.md's quoted numbers), anything else an error.
bool messageStats(const QByteArray &body, MessageStats *out, QString *error);
/// GET .../blackwhitelist (sections 7-8, 39-40): totalCount (int or numeric text), list of
/// {type W|B, address}, links (href or location).
bool blackWhitePage(const QByteArray &body, BlackWhitePage *out, QString *error);
/// GET .../blackwhitelist/{address} (sections 5-6, 37-38): {type, address, links}; links are
/// a list in the text and an object in the schema, and are not read.
bool blackWhiteEntry(const QByteArray &body, BlackWhiteEntry *out, QString *error);
/// GET .../cleanmailplus (sections 11-12, 43-44): a top-level list of {selected, fieldName,
/// description, options [{name, value}]}, each item bare (schema) or wrapped in {"field":
/// ...} (example), mixed in one list as the example prints it.
bool cleanMailPlus(const QByteArray &body, QList<FilterAttribute> *out, QString *error);
/// GET .../usernames/{name}/webmail (section 79-80); authToken is not read.
bool webmail(const QByteArray &body, Webmail *out, QString *error);
/// GET .../webmailNames (95-96): {"webmailNames": {type: name}} into out->names.
bool webmailNames(const QByteArray &body, WebmailPlans *out, QString *error);
/// GET .../webmailLimits (93-94): {"webmailLimits": {type: count}} into out->limits; keys
/// that are no type ("starter") are kept, and harmless.
bool webmailLimits(const QByteArray &body, WebmailPlans *out, QString *error);
/// GET .../webmailUpgrade (97-98): {"allowed": bool} into out->upgradeAllowed.
bool webmailUpgrade(const QByteArray &body, WebmailPlans *out, QString *error);
/// GET .../forwards (section 59-60): the targets' addresses in the order given. No
/// "targets" is no forwarding; links (href or location) are ignored.
bool forwards(const QByteArray &body, QStringList *out, QString *error);
/// GET .../autoresponder (section 31-32): nested under "autoresponder" (schema) or flat
/// (example); active as bool, 0/1 or text.
bool autoresponder(const QByteArray &body, Autoresponder *out, QString *error);

/// GET .../usernames/{name}/secrets (section 75-76): {"list": [text key, ...]}, the
/// questions answered on file (no answers). No "list" is none; duplicates are read once.
bool secretKeys(const QByteArray &body, QStringList *out, QString *error);
/// GET /email/secretQuestions (section 116-117): "questions" as the documented dictionary
/// {key: question}, or as the schema's list of such dictionaries (merged), or {} for none;
/// into out->questions, sorted by key.
bool secretQuestions(const QByteArray &body, SecretQuestions *out, QString *error);
/// GET /email/secretQuestionSettings (section 118-119): {"minimum": n} (a number or numeric
/// text) into out->minimum; below 1 is read as 1, the documented least.
bool secretQuestionSettings(const QByteArray &body, SecretQuestions *out, QString *error);

/// A list of {href|location, rel} objects.
QList<Link> links(const QJsonValue &value);

} // namespace Hostway::Parser
