#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Sandbox {

/// An address of a black/white list: "W" allowed, "B" blocked (seed 003 sections 3-10, 35-42).
struct HostwayListedAddress
{
    QString address;   ///< as given: name@domain or @domain
    QString type;
};

/// An attribute of a CleanMailPlus spam filter (seed 003 sections 11-14, 43-46).
struct HostwayFilterAttribute
{
    QString name;
    QString description;
    QString selected;
    QList<QPair<QString, QString>> options;   ///< {name, value}
};

/// A username of a Hostway domain: a regular (MFG2/OpenXchange) mailbox or an Exchange one.
/// Seed 003, "usernames", "mailbox" and "exchange" sections.
struct HostwayMailbox
{
    QString username;
    bool exchange = false;
    int quota = 0;              ///< MB (regular mailboxes)
    int usage = 0;              ///< MB
    bool master = false;
    QString webmailAccess = QStringLiteral("standard");   ///< OX type: standard|activesync|premium
    QString trialType;
    QString trialExpiration;    ///< YYYY-mm-dd or empty
    bool allowUpgrade = true;
    bool hasWebmail = true;               ///< has an OpenXchange account (webmail GET answers 404 otherwise)
    bool webmailResetPassword = false;
    QString webmailTheme;
    QString webmailLanguage = QStringLiteral("en_US");
    QString webmailTimezone = QStringLiteral("America/Chicago");
    QStringList passwordHistory;   ///< every password this mailbox ever had (rule: no reuse)
    QJsonObject exchangeDetails;   ///< the Exchange GET body, for Exchange mailboxes
    QStringList forwards;          ///< forwarding targets, as POSTed
    bool autoresponderActive = false;
    QString autoresponderSubject;
    QString autoresponderBody;
    bool nestedAutoresponder = false;   ///< GET autoresponder in the schema's nested form
    QMap<QString, HostwayListedAddress> blackWhite;   ///< by lower-case address
    QList<HostwayFilterAttribute> cleanMailPlus;      ///< empty: the seed's example filter
    QList<QPair<QString, QString>> migrationTickets;  ///< {subject, body} of each failed-migration report
    QMap<QString, QString> secretAnswers;   ///< secret question text key -> answer
    int messageStatsStatus = 200;       ///< messagestats answers this status (404, 500, 502: documented failures)
};

/// An Exchange mailbox `name`@`domain` shown as the Exchange GET example of seed 003, with its
/// own name, address and display name.
[[nodiscard]] HostwayMailbox makeExchangeMailbox(const QString &name, const QString &domain, const QString &display);

/// An email domain of an account. Mailboxes are keyed by lower-case username.
struct HostwayDomain
{
    QString name;
    QMap<QString, HostwayMailbox> mailboxes;
    /// OX type -> the most mailboxes of that type; <= 0 means unlimited (webmailLimits).
    QMap<QString, int> webmailLimits;
    /// OX type -> the plan's name (webmailNames: the valid types).
    QMap<QString, QString> webmailNames{{QStringLiteral("standard"), QStringLiteral("SMX Mail Basic")},
                                        {QStringLiteral("activesync"), QStringLiteral("SMX Sync Advanced")},
                                        {QStringLiteral("premium"), QStringLiteral("SMA Collaborate Premium")}};
    bool webmailUpgradeAllowed = true;   ///< webmailUpgrade: upgrades enabled by the product (section 98)
    QString webmailType = QStringLiteral("standard");   ///< GET .../email/{domain}/webmail "type"
    bool domainAllowUpgrade = true;   ///< its "allowUpgrade", the domain's own option (sections 89-92)
    QString trialType;          ///< its "trialType"; empty: null
    QString trialExpiration;    ///< its "trialExpiration" (YYYY-mm-dd); empty: null
    QStringList aliases;   ///< domain aliases (GET .../aliases), lower case
    int infoStoreUsageMb = 0;    ///< GET .../infostore "usage" (moves with use, not by the API)
    int infoStoreQuotaMb = 20;   ///< GET .../infostore "quota" (section 27's example: 20)
    QMap<QString, HostwayListedAddress> blackWhite;   ///< the domain's list, by lower-case address
    QList<HostwayFilterAttribute> cleanMailPlus;      ///< the domain's filter; empty: the seed's example
    /// The global address list (sections 15-25), by lower-case name: every field of section
    /// 25's body, by its key.
    QMap<QString, QJsonObject> contacts;
    /// Exchange mailboxes are paid here: an order answers a quote and waits for its submit.
    bool exchangePaid = false;
};

/// An account with its HTTP Basic credentials and its domains (keyed by lower-case name).
struct HostwayAccount
{
    QString id;
    QString user;
    QString password;
    QMap<QString, HostwayDomain> domains;
};

/// One order of the simulated Hostway (seed 002 "Order-Exchange-mailbox-free").
struct HostwayOrder
{
    QString id;
    QString accountId;
    QString ownerId;        ///< the OwnerId cookie the POST set, asked again when polling
    QString domain;         ///< lower case
    QString username;
    QJsonObject body;       ///< the POST body (its password is the mailbox's)
    bool paid = false;      ///< a quote waits for POST .../action {"action": "submit"}
    QString quoteHash;
    QDateTime submittedAt;  ///< invalid while a paid order waits for its submit
    bool provisioned = false;
};

/// The whole simulated Hostway state.
struct HostwayData
{
    QMap<QString, HostwayAccount> accounts;   ///< keyed by account id
    QMap<QString, HostwayOrder> orders;       ///< Exchange mailbox orders, by id (HostwayOrders)
    /// The secret questions supported, by text key (/email/secretQuestions), and the least
    /// number of answers on file (/email/secretQuestionSettings: at least 1).
    QMap<QString, QString> secretQuestions;
    int secretQuestionMinimum = 1;

    /// The account `test-account123` (admin/sandbox) with test.com (the seed's examples) and
    /// big.example (2,000 generated mailboxes of varied quota and type).
    static HostwayData demo();
    /// The same account and domains with no mailboxes.
    static HostwayData empty();
    /// Gives the demo account the domain `name` with `count` generated mailboxes (as
    /// big.example's: deterministic, of varied quota, type and flags; every 25th an Exchange
    /// mailbox), replacing a domain of that name.
    void generateDomain(const QString &name, int count);
};

} // namespace Sandbox
