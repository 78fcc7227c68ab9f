#include "core/providers/ikoula/ikoulaactions.h"

namespace IkoulaActions {

namespace {

QStringList split(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

const QList<Action> &all()
{
    static const char *const newBal =
        "email_bal password_bal display_name orga_id mail_send_installation first_name last_name business_phone company office job";
    static const QList<Action> actions = {
        {QStringLiteral("change-password"), split("email_bal password_bal")},
        {QStringLiteral("reset-password"), split("email_bal")},
        {QStringLiteral("add-bal"), split(newBal)},
        {QStringLiteral("delete-bal"), split("email_bal")},
        {QStringLiteral("add-contact"), split("email_contact display_name orga_id")},
        {QStringLiteral("add-distribution-list"), split("email_dl display_name orga_id email_manager")},
        {QStringLiteral("delete-dl"), split("email_dl")},
        {QStringLiteral("add-alias-bal"), split("email_primary email_alias")},
        {QStringLiteral("delete-alias"), split("email_alias")},
        {QStringLiteral("add-email-to-dl"), split("email_bal email_dl")},
        {QStringLiteral("delete-email-to-dl"), split("email_bal email_dl")},
        {QStringLiteral("update-feature-bal"), split("email_bal enable_pop enable_imap enable_owa enable_mapi enable_active_sync")},
        {QStringLiteral("update-quotasbal"),
         split("email_bal issue_warning_kb prohibit_send_kb prohibit_send_receive_kb keep_deleted_items_days")},
        {QStringLiteral("schema-subscr"), split("subscr_id orga_id"), true},
        {QStringLiteral("delete-contact"), split("contact_id")},
        {QStringLiteral("update-forward-email"), split("email_bal email_to_forward deliver_bal_and_forward")},
        {QStringLiteral("delete-forward-email"), split("email_bal")},
        {QStringLiteral("update-forward-smtp-email"), split("email_bal email_to_forward")},
        {QStringLiteral("delete-forward-smtp-email"), split("email_bal")},
        {QStringLiteral("update-bal"),
         split("email_bal display_name first_name last_name disabled hide_address_book address job office company "
               "department city state business_phone fax home_phone initials mobile_phone zip")},
        {QStringLiteral("add-equipment-bal"), split(newBal)},
        {QStringLiteral("add-room-bal"), split(newBal)},
        {QStringLiteral("list"), {}, true},
        {QStringLiteral("billing-by-subscrid"), split("subscr_id"), true},
    };
    return actions;
}

const Action *find(const QString &name)
{
    for (const Action &action : all()) {
        if (action.name == name)
            return &action;
    }
    return nullptr;
}

} // namespace IkoulaActions
