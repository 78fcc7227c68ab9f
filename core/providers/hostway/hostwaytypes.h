#pragma once

#include "core/net/httprequest.h"

#include <QDate>
#include <QMap>
#include <QList>
#include <QPair>
#include <QString>
#include <QTypeInfo>
#include <QUrl>

/// Value types of the Hostway Email API (seed 003_aa31f808b2178cb3.txt).
namespace Hostway {

/// Where an account's API lives: the base URL (https://api.hostway.com) and the account id
/// of the /accounts/{account}/... paths.
using Endpoint = ApiEndpoint;

/// A hypermedia link {href|location, rel}; URLs are opaque.
struct Link
{
    QString rel;
    QUrl href;
};

/// GET /accounts/{account}/email/{domain} (seed 003 section 99-100).
struct DomainInfo
{
    int quotaMb = 0;    ///< sum of the quotas of the domain's mailboxes, in MB
};

/// GET .../statistics/mailboxTypeCount (seed 003 section 29-30): mailbox counts per type.
struct MailboxTypeCount
{
    int standard = 0;
    int activeSync = 0;
    int premium = 0;
    int exchangeStandard = 0;
    int exchangePremium = 0;
};

/// One item of GET .../usernames (seed 003 section 87-88).
struct MailboxSummary
{
    QString username;
    int quotaMb = 0;
    bool master = false;
    QString type;            ///< "imap" for regular mailboxes; undocumented, kept as text
    QString webmailAccess;   ///< OX type with details=1: standard|activesync|premium
    QString trialType;
    QDate trialExpiration;
    bool allowUpgrade = false;
};

} // namespace Hostway

// Moved with memcpy when a list grows: a 100,000-row table appends without moving each row.
// Declared before any QList of it.
Q_DECLARE_TYPEINFO(Hostway::MailboxSummary, Q_RELOCATABLE_TYPE);

namespace Hostway {

/// True when `links` has one of rel "next": a list has more pages.
bool hasNextLink(const QList<Link> &links);

/// The sort keys the usernames list accepts.
enum class SortField { Username, Quota };

/// Query parameters of GET .../usernames. page and pageSize go together (page from 1).
struct UsernamesQuery
{
    QString filter;                   ///< filterUsername, `*` is a wildcard; empty for none
    SortField sortField = SortField::Username;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int page = 1;
    int pageSize = 100;               ///< 1..400
    bool details = true;              ///< details=1 adds webmailAccess
};

/// One page of GET .../usernames.
struct UsernamesPage
{
    int totalCount = 0;
    QList<MailboxSummary> items;
    QList<Link> links;

    [[nodiscard]] bool hasNext() const;
};

/// What kind a username is: GET .../usernames/{name} says by carrying "mailbox" or "exchange".
enum class UsernameKind { Unknown, Mailbox, Exchange };

/// GET .../usernames/{name}/mailbox (seed 003 section 67-68).
struct Mailbox
{
    QString username;
    bool master = false;
    int quotaMb = 0;
    int usageMb = 0;
};

/// GET .../usernames/{name}/exchange (seed 003): shown read-only. Sizes stay text
/// ("1000 MB (1,048,576,000 bytes)") as documented.
struct ExchangeMailbox
{
    QString username;
    QString displayName;
    QString primarySmtpAddress;
    QString quota;
    QString totalItemSize;
    QString resourceType;
    QString recipientType;
    QString type;
    bool popEnabled = false;
    bool imapEnabled = false;
    bool owaEnabled = false;
    bool mapiEnabled = false;        ///< "mapiEnabled" (schema) or "mapEnabled" (example)
    bool activeSyncEnabled = false;
    QList<QPair<QString, QString>> otherFields;   ///< every other scalar field, key and text
};

/// GET .../usernames/{name}/autoresponder (seed 003 section 31-32): the automatic reply.
/// Read from the schema's nested {"autoresponder": {...}} or the example's flat form.
struct Autoresponder
{
    bool active = false;
    QString subject;   ///< optional on PUT (section 33-34)
    QString body;      ///< required on PUT, even to turn it off
};

/// One address of a black/white list (seed 003 sections 3-10 for a domain, 35-42 for a
/// mailbox): a sender allowed ("W", the whitelist) or blocked ("B", the blacklist), a whole
/// address or "@domain" for every sender of a domain.
struct BlackWhiteEntry
{
    QString address;
    QString type;   ///< "W" or "B"

    friend bool operator==(const BlackWhiteEntry &a, const BlackWhiteEntry &b)
    {
        return a.address == b.address && a.type == b.type;
    }
};

/// Query parameters of GET .../blackwhitelist: filterAddress (`*` a wildcard), filterType
/// (W or B), sortField=address with sortOrder, page and pageSize (at most 400) together.
struct BlackWhiteQuery
{
    QString filterAddress;
    QString filterType;      ///< "", "W" or "B"
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int page = 1;
    int pageSize = 100;
};

/// One page of GET .../blackwhitelist.
struct BlackWhitePage
{
    int totalCount = 0;
    QList<BlackWhiteEntry> items;
    QList<Link> links;

    /// True when a "next" link says there are more pages (totalCount is not trusted alone).
    [[nodiscard]] bool hasNext() const;
};

/// One attribute of a CleanMailPlus spam filter (seed 003 sections 11-14 for a domain,
/// 43-46 for a mailbox), as the server describes it: the form is built from these.
struct FilterAttribute
{
    QString name;          ///< fieldName: SPAM_LEVEL, SPAM_ACTION, ...
    QString description;   ///< the provider's words: "SPAM Tag Level"
    QString selected;      ///< the value set now
    /// {name, value} of each choice; empty when the provider lists none (then no value is
    /// known to be accepted, and the attribute is shown, not changed).
    QList<QPair<QString, QString>> options;
};

/// A mailbox's OpenXchange webmail account (seed 003 sections 79-84). Its sign-in token
/// (authToken) is never read: nothing in Mailroom needs it.
struct Webmail
{
    QString type;              ///< a key of webmailNames: standard, activesync, premium
    bool allowUpgrade = true;
    bool resetPassword = false;
    QString theme;
    QString language;          ///< "en_US"
    QString timezone;          ///< "America/Chicago"
};

/// GET .../email/{domain}/webmail (seed 003 sections 89-90): the domain's own OpenXchange
/// settings: its type, whether its accounts may upgrade, and a trial plan until a date.
struct DomainWebmail
{
    QString type;              ///< a key of webmailNames
    bool allowUpgrade = false;
    QString trialType;         ///< empty: no trial (null in the answer)
    QString trialExpiration;   ///< "YYYY-mm-dd"; empty: none
};

/// A domain's webmail plans: their names (webmailNames, sections 95-96: the valid types),
/// the most mailboxes of each (webmailLimits, 93-94: <= 0 unlimited; a type missing is
/// unlimited) and whether upgrades are allowed (webmailUpgrade, 97-98).
struct WebmailPlans
{
    QList<QPair<QString, QString>> names;   ///< {type, name}: {"premium", "SMA Collaborate Premium"}
    QMap<QString, int> limits;
    bool upgradeAllowed = true;
};

/// GET .../infostore (seed 003 sections 26-27): the domain's InfoStore, its shared storage.
struct InfoStore
{
    int usageMb = 0;
    int quotaMb = 0;
};

/// GET .../mailbox/messagestats or .../exchange/messagestats (seed 003 sections 49-50, 71-72):
/// the messages in three folders, all and unread.
struct MessageStats
{
    struct Folder
    {
        int all = 0;
        int unread = 0;
    };
    Folder inbox;
    Folder sent;
    Folder spam;
};

/// The secret questions a mailbox owner may answer (GET /email/secretQuestions, seed 003
/// section 116-117) and how many answers each mailbox must keep on file (GET
/// /email/secretQuestionSettings, section 118-119; at least 1).
struct SecretQuestions
{
    QList<QPair<QString, QString>> questions;   ///< {text key, question}, in key order
    int minimum = 1;

    /// The question of text key `key`; the key itself when the list does not have it.
    [[nodiscard]] QString question(const QString &key) const;
};

} // namespace Hostway
