#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Value types of Ikoula's Exchange API, wsexch (seed 000_ff00a10b076e969b.txt). Ikoula
/// publishes no response bodies: the shapes read are the sandbox's documented choice
/// (sandbox/ikoulasimulator.h), read tolerantly (ikoulaparser.h).
namespace Ikoula {

/// An organisation (ORGA_ID) inside a subscription.
struct Organisation
{
    QString id;
    QString name;
};

/// One Exchange subscription (SUBSCR_ID) of wsexch/list.
struct Subscription
{
    QString id;
    QString name;
    QString status;
    QList<Organisation> organisations;
};

/// The kind of a BAL (boîte aux lettres): which add-*-bal action creates it.
enum class BalKind { User, Room, Equipment };

/// Protocols a BAL may use (wsexch/update-feature-bal).
struct Features
{
    bool pop = true;
    bool imap = true;
    bool owa = true;
    bool mapi = true;
    bool activeSync = true;
};

/// Quotas of a BAL (wsexch/update-quotasbal). Sizes in KB (1 KB = 1024 bytes), retention in
/// days. 0 means no limit.
struct Quotas
{
    qint64 issueWarningKb = 0;
    qint64 prohibitSendKb = 0;
    qint64 prohibitSendReceiveKb = 0;
    int keepDeletedItemsDays = 14;
};

/// The contact and directory fields of a BAL: every field wsexch/update-bal sends (all of
/// them are mandatory there, so an update is load, merge, send).
struct BalDetails
{
    QString displayName;
    QString firstName;
    QString lastName;
    bool disabled = false;
    bool hideAddressBook = false;
    QString address;
    QString job;
    QString office;
    QString company;
    QString department;
    QString city;
    QString state;
    QString businessPhone;
    QString fax;
    QString homePhone;
    QString initials;
    QString mobilePhone;
    QString zip;
};

/// A mailbox (Exchange BAL) of an organisation.
struct Bal
{
    QString email;
    BalKind kind = BalKind::User;
    BalDetails details;
    Features features;
    Quotas quotas;
    qint64 usedKb = -1;           ///< mailbox size in KB; -1 when not reported
    QStringList aliases;
    QString forwardTo;            ///< forwarding to another mailbox; empty when none
    bool deliverAndForward = false;
    QString smtpForwardTo;        ///< SMTP forwarding to an outside address; empty when none
};

/// A distribution list (DL) of an organisation.
struct DistributionList
{
    QString email;
    QString displayName;
    QString manager;              ///< EMAIL_MANAGER
    QStringList members;
};

/// A contact of the organisation's global address list.
struct Contact
{
    QString id;                   ///< CONTACT_ID, needed to delete it
    QString email;
    QString displayName;
};

/// What wsexch/schema-subscr answers for one organisation of a subscription.
struct OrganisationSchema
{
    QString subscriptionId;
    QString organisationId;
    QString organisationName;
    QStringList domains;
    QList<Bal> bals;
    QList<DistributionList> lists;
    QList<Contact> contacts;

    /// The mailbox whose address is `email` (any case), or nullptr.
    [[nodiscard]] const Bal *findBal(const QString &email) const;
    /// The distribution list whose address is `email` (any case), or nullptr.
    [[nodiscard]] const DistributionList *findList(const QString &email) const;
};

/// One line of wsexch/billing-by-subscrid. Amounts are kept as the provider's text.
struct BillingLine
{
    QString date;                 ///< ISO date when readable, else the provider's text
    QString label;
    QString quantity;
    QString amount;
    QString currency;
    QString invoice;
};

/// The parameters of a new BAL (wsexch/add-bal, add-room-bal, add-equipment-bal).
struct NewBal
{
    BalKind kind = BalKind::User;
    QString email;
    QString password;             ///< secret: sent, never stored
    QString organisationId;
    bool mailSendInstallation = false;   ///< MAIL_SEND_INSTALLATION: mail the setup guide
    QString displayName;
    QString firstName;
    QString lastName;
    QString businessPhone;
    QString company;
    QString office;
    QString job;
};

} // namespace Ikoula
