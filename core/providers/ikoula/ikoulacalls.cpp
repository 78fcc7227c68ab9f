#include "core/providers/ikoula/ikoulacalls.h"


namespace IkoulaCalls {

namespace {

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

IkoulaCall call(const char *action, QList<QPair<QString, QString>> parameters)
{
    return {QString::fromLatin1(action), std::move(parameters)};
}

QPair<QString, QString> p(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}

} // namespace

IkoulaCall list()
{
    return call("list", {});
}

IkoulaCall schema(const QString &subscriptionId, const QString &organisationId)
{
    return call("schema-subscr", {p("subscr_id", subscriptionId), p("orga_id", organisationId)});
}

IkoulaCall billing(const QString &subscriptionId)
{
    return call("billing-by-subscrid", {p("subscr_id", subscriptionId)});
}

IkoulaCall addBal(const Ikoula::NewBal &bal)
{
    const char *action = "add-bal";
    if (bal.kind == Ikoula::BalKind::Room)
        action = "add-room-bal";
    else if (bal.kind == Ikoula::BalKind::Equipment)
        action = "add-equipment-bal";
    return call(action, {p("email_bal", bal.email), p("password_bal", bal.password), p("display_name", bal.displayName),
                         p("orga_id", bal.organisationId), p("mail_send_installation", flag(bal.mailSendInstallation)),
                         p("first_name", bal.firstName), p("last_name", bal.lastName), p("business_phone", bal.businessPhone),
                         p("company", bal.company), p("office", bal.office), p("job", bal.job)});
}

IkoulaCall updateBal(const QString &email, const Ikoula::BalDetails &d)
{
    return call("update-bal", {p("email_bal", email), p("display_name", d.displayName), p("first_name", d.firstName),
                               p("last_name", d.lastName), p("disabled", flag(d.disabled)),
                               p("hide_address_book", flag(d.hideAddressBook)), p("address", d.address), p("job", d.job),
                               p("office", d.office), p("company", d.company), p("department", d.department),
                               p("city", d.city), p("state", d.state), p("business_phone", d.businessPhone), p("fax", d.fax),
                               p("home_phone", d.homePhone), p("initials", d.initials), p("mobile_phone", d.mobilePhone),
                               p("zip", d.zip)});
}

IkoulaCall deleteBal(const QString &email)
{
    return call("delete-bal", {p("email_bal", email)});
}

IkoulaCall changePassword(const QString &email, const QString &password)
{
    return call("change-password", {p("email_bal", email), p("password_bal", password)});
}

IkoulaCall resetPassword(const QString &email)
{
    return call("reset-password", {p("email_bal", email)});
}

IkoulaCall updateFeatures(const QString &email, const Ikoula::Features &f)
{
    return call("update-feature-bal", {p("email_bal", email), p("enable_pop", flag(f.pop)), p("enable_imap", flag(f.imap)),
                                       p("enable_owa", flag(f.owa)), p("enable_mapi", flag(f.mapi)),
                                       p("enable_active_sync", flag(f.activeSync))});
}

IkoulaCall updateQuotas(const QString &email, const Ikoula::Quotas &q)
{
    return call("update-quotasbal", {p("email_bal", email), p("issue_warning_kb", QString::number(q.issueWarningKb)),
                                     p("prohibit_send_kb", QString::number(q.prohibitSendKb)),
                                     p("prohibit_send_receive_kb", QString::number(q.prohibitSendReceiveKb)),
                                     p("keep_deleted_items_days", QString::number(q.keepDeletedItemsDays))});
}

IkoulaCall addAlias(const QString &primaryEmail, const QString &alias)
{
    return call("add-alias-bal", {p("email_primary", primaryEmail), p("email_alias", alias)});
}

IkoulaCall deleteAlias(const QString &alias)
{
    return call("delete-alias", {p("email_alias", alias)});
}

IkoulaCall setForward(const QString &email, const QString &to, bool deliverAndForward)
{
    return call("update-forward-email",
                {p("email_bal", email), p("email_to_forward", to), p("deliver_bal_and_forward", flag(deliverAndForward))});
}

IkoulaCall deleteForward(const QString &email)
{
    return call("delete-forward-email", {p("email_bal", email)});
}

IkoulaCall setSmtpForward(const QString &email, const QString &to)
{
    return call("update-forward-smtp-email", {p("email_bal", email), p("email_to_forward", to)});
}

IkoulaCall deleteSmtpForward(const QString &email)
{
    return call("delete-forward-smtp-email", {p("email_bal", email)});
}

IkoulaCall addDistributionList(const QString &organisationId, const QString &email, const QString &displayName,
                               const QString &managerEmail)
{
    return call("add-distribution-list", {p("email_dl", email), p("display_name", displayName), p("orga_id", organisationId),
                                          p("email_manager", managerEmail)});
}

IkoulaCall deleteDistributionList(const QString &email)
{
    return call("delete-dl", {p("email_dl", email)});
}

IkoulaCall addListMember(const QString &listEmail, const QString &memberEmail)
{
    return call("add-email-to-dl", {p("email_bal", memberEmail), p("email_dl", listEmail)});
}

IkoulaCall removeListMember(const QString &listEmail, const QString &memberEmail)
{
    return call("delete-email-to-dl", {p("email_bal", memberEmail), p("email_dl", listEmail)});
}

IkoulaCall addContact(const QString &organisationId, const QString &email, const QString &displayName)
{
    return call("add-contact", {p("email_contact", email), p("display_name", displayName), p("orga_id", organisationId)});
}

IkoulaCall deleteContact(const QString &contactId)
{
    return call("delete-contact", {p("contact_id", contactId)});
}

QList<QPair<QString, QString>> stateOf(const QString &action, const Ikoula::Bal &bal)
{
    IkoulaCall state;
    if (action == QLatin1String("update-bal"))
        state = updateBal(bal.email, bal.details);
    else if (action == QLatin1String("update-feature-bal"))
        state = updateFeatures(bal.email, bal.features);
    else if (action == QLatin1String("update-quotasbal"))
        state = updateQuotas(bal.email, bal.quotas);
    else if (action == QLatin1String("update-forward-email"))
        state = setForward(bal.email, bal.forwardTo, bal.deliverAndForward);
    else if (action == QLatin1String("update-forward-smtp-email"))
        state = setSmtpForward(bal.email, bal.smtpForwardTo);
    state.parameters.removeIf([](const QPair<QString, QString> &p) { return p.first == QLatin1String("email_bal"); });
    return state.parameters;
}

} // namespace IkoulaCalls
