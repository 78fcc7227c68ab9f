#pragma once

#include "core/providers/ikoula/ikoulatypes.h"

#include <QList>
#include <QPair>
#include <QString>

/// One wsexch call as data, before authentication: the action and its own parameters
/// (seed 000_ff00a10b076e969b.txt), lower-case names as sent. IkoulaClient::send() adds
/// login, crypted_password, format and the signature.
struct IkoulaCall
{
    QString action;                              ///< e.g. "add-bal"
    QList<QPair<QString, QString>> parameters;   ///< in the seed's order
};

/// Builds each of the 24 calls. Booleans are sent as "1"/"0", sizes in KB, retention in days.
namespace IkoulaCalls {

IkoulaCall list();                                                               ///< "Get schema for subscription" (list)
IkoulaCall schema(const QString &subscriptionId, const QString &organisationId); ///< schema-subscr
IkoulaCall billing(const QString &subscriptionId);                                ///< billing-by-subscrid

IkoulaCall addBal(const Ikoula::NewBal &bal);     ///< add-bal, add-room-bal or add-equipment-bal by bal.kind
IkoulaCall updateBal(const QString &email, const Ikoula::BalDetails &details);   ///< update-bal: all fields
IkoulaCall deleteBal(const QString &email);
IkoulaCall changePassword(const QString &email, const QString &password);
IkoulaCall resetPassword(const QString &email);
IkoulaCall updateFeatures(const QString &email, const Ikoula::Features &features);
IkoulaCall updateQuotas(const QString &email, const Ikoula::Quotas &quotas);
IkoulaCall addAlias(const QString &primaryEmail, const QString &alias);
IkoulaCall deleteAlias(const QString &alias);
IkoulaCall setForward(const QString &email, const QString &to, bool deliverAndForward);   ///< update-forward-email
IkoulaCall deleteForward(const QString &email);
IkoulaCall setSmtpForward(const QString &email, const QString &to);                 ///< update-forward-smtp-email
IkoulaCall deleteSmtpForward(const QString &email);

IkoulaCall addDistributionList(const QString &organisationId, const QString &email, const QString &displayName,
                               const QString &managerEmail);
IkoulaCall deleteDistributionList(const QString &email);                          ///< delete-dl
IkoulaCall addListMember(const QString &listEmail, const QString &memberEmail);   ///< add-email-to-dl
IkoulaCall removeListMember(const QString &listEmail, const QString &memberEmail);///< delete-email-to-dl

IkoulaCall addContact(const QString &organisationId, const QString &email, const QString &displayName);
IkoulaCall deleteContact(const QString &contactId);

/// The parameters `action` would take to set `bal` as it is now, for the changes that set a
/// whole aspect of a mailbox: update-bal, update-feature-bal, update-quotasbal,
/// update-forward-email and update-forward-smtp-email (without email_bal). Empty for other
/// actions. Drafts keep them as the state a change expects (IkoulaOperation::setExpected).
QList<QPair<QString, QString>> stateOf(const QString &action, const Ikoula::Bal &bal);

} // namespace IkoulaCalls
