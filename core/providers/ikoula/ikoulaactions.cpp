#include "core/providers/ikoula/ikoulaactions.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

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

QString label(const QString &parameter)
{
    // The labels of the window's fields, lower case: they stand inside Ikoula's sentences.
    static const QHash<QString, const char *> labels{
        {QStringLiteral("email_bal"), QT_TRANSLATE_NOOP("IkoulaActions", "address")},
        {QStringLiteral("password_bal"), QT_TRANSLATE_NOOP("IkoulaActions", "password")},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP("IkoulaActions", "display name")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("IkoulaActions", "first name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("IkoulaActions", "last name")},
        {QStringLiteral("email_alias"), QT_TRANSLATE_NOOP("IkoulaActions", "alias")},
        {QStringLiteral("email_primary"), QT_TRANSLATE_NOOP("IkoulaActions", "mailbox")},
        {QStringLiteral("email_to_forward"), QT_TRANSLATE_NOOP("IkoulaActions", "forwarding address")},
        {QStringLiteral("email_dl"), QT_TRANSLATE_NOOP("IkoulaActions", "list address")},
        {QStringLiteral("email_manager"), QT_TRANSLATE_NOOP("IkoulaActions", "list manager")},
        {QStringLiteral("email_contact"), QT_TRANSLATE_NOOP("IkoulaActions", "contact address")},
        {QStringLiteral("issue_warning_kb"), QT_TRANSLATE_NOOP("IkoulaActions", "warning quota")},
        {QStringLiteral("prohibit_send_kb"), QT_TRANSLATE_NOOP("IkoulaActions", "sending quota")},
        {QStringLiteral("prohibit_send_receive_kb"), QT_TRANSLATE_NOOP("IkoulaActions", "receiving quota")},
        {QStringLiteral("keep_deleted_items_days"), QT_TRANSLATE_NOOP("IkoulaActions", "days deleted items are kept")},
        {QStringLiteral("enable_pop"), QT_TRANSLATE_NOOP("IkoulaActions", "POP")},
        {QStringLiteral("enable_imap"), QT_TRANSLATE_NOOP("IkoulaActions", "IMAP")},
        {QStringLiteral("enable_owa"), QT_TRANSLATE_NOOP("IkoulaActions", "OWA")},
        {QStringLiteral("enable_mapi"), QT_TRANSLATE_NOOP("IkoulaActions", "MAPI")},
        {QStringLiteral("enable_active_sync"), QT_TRANSLATE_NOOP("IkoulaActions", "ActiveSync")},
    };
    const auto it = labels.constFind(parameter);
    return it == labels.cend() ? parameter : QCoreApplication::translate("IkoulaActions", *it);
}

UserWords inUserTerms(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\b[a-z]+(?:_[a-z]+)+\\b"));
    UserWords out{text, {}};
    qsizetype shift = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString parameter = m.captured();
        QString words = label(parameter);
        if (words == parameter)
            continue;
        if (m.capturedStart() == 0)
            words[0] = words.at(0).toUpper();
        out.text.replace(m.capturedStart() + shift, m.capturedLength(), words);
        shift += words.size() - m.capturedLength();
        if (!out.parameters.contains(parameter))
            out.parameters.append(parameter);
    }
    return out;
}

} // namespace IkoulaActions
