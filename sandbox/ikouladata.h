#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Sandbox {

/// A BAL (Exchange mailbox) as the wsexch simulator keeps it: every field under the wire
/// name the write actions use (email_bal, display_name, enable_pop, issue_warning_kb, ...),
/// which is also what schema-subscr answers.
struct IkoulaBal
{
    QJsonObject fields;
    QString password;
};

/// A distribution list: {email_dl, display_name, email_manager, members: [...]}.
struct IkoulaList
{
    QString email;
    QString displayName;
    QString manager;
    QStringList members;
};

struct IkoulaContact
{
    QString id;
    QString email;
    QString displayName;
};

/// An organisation (ORGA_ID) of a subscription, with its mail domains and objects, keyed by
/// lower-case address (contacts by id).
struct IkoulaOrganisation
{
    QString id;
    QString name;
    QStringList domains;
    QMap<QString, IkoulaBal> bals;
    QMap<QString, IkoulaList> lists;
    QMap<QString, IkoulaContact> contacts;
};

struct IkoulaSubscription
{
    QString id;
    QString name;
    QString status;
    QList<IkoulaOrganisation> organisations;
    QList<QJsonObject> billing;   ///< {date, label, quantity, amount, currency, invoice}
};

/// The simulated Ikoula state: one API login with its subscriptions.
struct IkoulaData
{
    QString login = QStringLiteral("admin");
    QString password = QStringLiteral("sandbox");
    QList<IkoulaSubscription> subscriptions;
    int nextContactId = 5000;

    /// Two subscriptions: 10442 (organisations 2031 Brasserie Lumière, brasserie-lumiere.fr,
    /// with user, room and equipment mailboxes, two lists and two contacts; 2032 Atelier Noir)
    /// and 10587 (organisation 2107 Cabinet Morel). `withObjects` false leaves organisations empty.
    static IkoulaData make(bool withObjects);
    /// A BAL's fields with the defaults of a new mailbox (all protocols on, 2 GB quotas).
    static QJsonObject newBalFields(const QString &email, const QString &type);
};

} // namespace Sandbox
