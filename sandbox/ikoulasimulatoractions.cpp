// The 24 wsexch actions of the Ikoula simulator (see ikoulasimulator.h for the shapes).
#include "sandbox/ikoulasimulator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Sandbox {

namespace {

Response error(int status, const QString &text)
{
    return Response::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), text}}));
}

Response ok(const QString &message, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("status"), QStringLiteral("ok"));
    extra.insert(QStringLiteral("message"), message);
    return Response::json(200, QJsonDocument(extra));
}

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
    return pattern.match(text).hasMatch();
}

QString passwordProblem(const QString &password)
{
    if (password.size() < 8)
        return QStringLiteral("password_bal must be at least 8 characters");
    static const QRegularExpression upper(QStringLiteral("[A-Z]")), lower(QStringLiteral("[a-z]")), digit(QStringLiteral("[0-9]"));
    if (!password.contains(upper) || !password.contains(lower) || !password.contains(digit))
        return QStringLiteral("password_bal needs an upper-case letter, a lower-case letter and a digit");
    return {};
}

/// "0" or "1", as the sandbox wants booleans; anything else is refused.
bool isFlag(const QString &text)
{
    return text == QLatin1String("0") || text == QLatin1String("1");
}

bool isCount(const QString &text)
{
    bool ok = false;
    return text.toLongLong(&ok) >= 0 && ok;
}

QJsonObject listObject(const IkoulaList &list)
{
    return {{QStringLiteral("email_dl"), list.email},
            {QStringLiteral("display_name"), list.displayName},
            {QStringLiteral("email_manager"), list.manager},
            {QStringLiteral("members"), QJsonArray::fromStringList(list.members)}};
}

} // namespace

Response IkoulaSimulator::dispatch(const QString &action, const Params &p)
{
    const auto v = [&p](const char *name) { return p.value(QLatin1String(name)).trimmed(); };

    if (action == QLatin1String("list")) {
        QJsonArray subscriptions;
        for (const IkoulaSubscription &s : std::as_const(m_data.subscriptions)) {
            QJsonArray orgas;
            for (const IkoulaOrganisation &o : s.organisations)
                orgas.append(QJsonObject{{QStringLiteral("orga_id"), o.id.toInt()}, {QStringLiteral("name"), o.name}});
            subscriptions.append(QJsonObject{{QStringLiteral("subscr_id"), s.id.toInt()}, {QStringLiteral("name"), s.name},
                                             {QStringLiteral("status"), s.status}, {QStringLiteral("organisations"), orgas}});
        }
        return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("subscriptions"), subscriptions}}));
    }
    if (action == QLatin1String("billing-by-subscrid")) {
        for (const IkoulaSubscription &s : std::as_const(m_data.subscriptions)) {
            if (s.id == v("subscr_id")) {
                QJsonArray lines;
                for (const QJsonObject &line : s.billing)
                    lines.append(line);
                return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("billing"), lines}}));
            }
        }
        return error(404, QStringLiteral("Unknown subscription %1").arg(v("subscr_id")));
    }
    if (action == QLatin1String("schema-subscr")) {
        for (const IkoulaSubscription &s : std::as_const(m_data.subscriptions)) {
            if (s.id != v("subscr_id"))
                continue;
            for (const IkoulaOrganisation &o : s.organisations) {
                if (o.id != v("orga_id"))
                    continue;
                QJsonArray bals, lists, contacts;
                for (const IkoulaBal &b : o.bals)
                    bals.append(b.fields);
                for (const IkoulaList &l : o.lists)
                    lists.append(listObject(l));
                for (const IkoulaContact &c : o.contacts)
                    contacts.append(QJsonObject{{QStringLiteral("contact_id"), c.id}, {QStringLiteral("email_contact"), c.email},
                                                {QStringLiteral("display_name"), c.displayName}});
                return Response::json(200, QJsonDocument(QJsonObject{
                    {QStringLiteral("subscr_id"), s.id.toInt()}, {QStringLiteral("orga_id"), o.id.toInt()},
                    {QStringLiteral("organisation"), o.name}, {QStringLiteral("domains"), QJsonArray::fromStringList(o.domains)},
                    {QStringLiteral("bal"), bals}, {QStringLiteral("dl"), lists}, {QStringLiteral("contacts"), contacts}}));
            }
            return error(404, QStringLiteral("Organisation %1 is not in subscription %2").arg(v("orga_id"), s.id));
        }
        return error(404, QStringLiteral("Unknown subscription %1").arg(v("subscr_id")));
    }

    // Creations.
    if (action == QLatin1String("add-bal") || action == QLatin1String("add-room-bal") || action == QLatin1String("add-equipment-bal")) {
        const QString email = v("email_bal").toLower();
        IkoulaOrganisation *orga = organisation(v("orga_id"));
        if (!orga)
            return error(404, QStringLiteral("Unknown organisation %1").arg(v("orga_id")));
        if (!isEmail(email) || !orga->domains.contains(email.section(QLatin1Char('@'), 1)))
            return error(400, QStringLiteral("email_bal must be an address of %1").arg(orga->domains.join(QStringLiteral(", "))));
        if (orga->bals.contains(email) || orga->lists.contains(email))
            return error(409, QStringLiteral("%1 already exists").arg(email));
        if (const QString problem = passwordProblem(p.value(QStringLiteral("password_bal"))); !problem.isEmpty())
            return error(400, problem);
        if (v("display_name").isEmpty())
            return error(400, QStringLiteral("display_name must not be empty"));
        if (!isFlag(v("mail_send_installation")))
            return error(400, QStringLiteral("mail_send_installation must be 0 or 1"));
        const QString type = action == QLatin1String("add-bal") ? QStringLiteral("user")
                             : action == QLatin1String("add-room-bal") ? QStringLiteral("room") : QStringLiteral("equipment");
        IkoulaBal bal;
        bal.fields = IkoulaData::newBalFields(email, type);
        for (const char *key : {"display_name", "first_name", "last_name", "business_phone", "company", "office", "job"})
            bal.fields.insert(QLatin1String(key), v(key));
        bal.password = p.value(QStringLiteral("password_bal"));
        orga->bals.insert(email, bal);
        return ok(QStringLiteral("BAL %1 created").arg(email));
    }
    if (action == QLatin1String("add-contact")) {
        IkoulaOrganisation *orga = organisation(v("orga_id"));
        if (!orga)
            return error(404, QStringLiteral("Unknown organisation %1").arg(v("orga_id")));
        if (!isEmail(v("email_contact")))
            return error(400, QStringLiteral("email_contact is not an email address"));
        for (const IkoulaContact &c : std::as_const(orga->contacts)) {
            if (c.email.compare(v("email_contact"), Qt::CaseInsensitive) == 0)
                return error(409, QStringLiteral("A contact for %1 already exists").arg(c.email));
        }
        const QString id = QString::number(++m_data.nextContactId);
        orga->contacts.insert(id, {id, v("email_contact"), v("display_name")});
        return ok(QStringLiteral("Contact created"), {{QStringLiteral("contact_id"), id}});
    }
    if (action == QLatin1String("add-distribution-list")) {
        const QString email = v("email_dl").toLower();
        IkoulaOrganisation *orga = organisation(v("orga_id"));
        if (!orga)
            return error(404, QStringLiteral("Unknown organisation %1").arg(v("orga_id")));
        if (!isEmail(email) || !orga->domains.contains(email.section(QLatin1Char('@'), 1)))
            return error(400, QStringLiteral("email_dl must be an address of %1").arg(orga->domains.join(QStringLiteral(", "))));
        if (orga->bals.contains(email) || orga->lists.contains(email))
            return error(409, QStringLiteral("%1 already exists").arg(email));
        if (!orga->bals.contains(v("email_manager").toLower()))
            return error(400, QStringLiteral("email_manager must be a BAL of the organisation"));
        orga->lists.insert(email, {email, v("display_name"), v("email_manager").toLower(), {}});
        return ok(QStringLiteral("Distribution list %1 created").arg(email));
    }

    // Distribution lists and contacts.
    if (action == QLatin1String("delete-dl") || action == QLatin1String("add-email-to-dl") || action == QLatin1String("delete-email-to-dl")) {
        const QString email = v("email_dl").toLower();
        IkoulaOrganisation *orga = organisationOfAddress(email);
        if (!orga || !orga->lists.contains(email))
            return error(404, QStringLiteral("Unknown distribution list %1").arg(email));
        IkoulaList &list = orga->lists[email];
        if (action == QLatin1String("delete-dl")) {
            orga->lists.remove(email);
            return ok(QStringLiteral("Distribution list %1 deleted").arg(email));
        }
        const QString member = v("email_bal").toLower();
        if (action == QLatin1String("add-email-to-dl")) {
            if (!isEmail(member))
                return error(400, QStringLiteral("email_bal is not an email address"));
            if (list.members.contains(member))
                return error(409, QStringLiteral("%1 is already a member of %2").arg(member, email));
            list.members.append(member);
            return ok(QStringLiteral("%1 added to %2").arg(member, email));
        }
        if (!list.members.removeOne(member))
            return error(404, QStringLiteral("%1 is not a member of %2").arg(member, email));
        return ok(QStringLiteral("%1 removed from %2").arg(member, email));
    }
    if (action == QLatin1String("delete-contact")) {
        for (IkoulaSubscription &s : m_data.subscriptions) {
            for (IkoulaOrganisation &o : s.organisations) {
                if (o.contacts.remove(v("contact_id")) > 0)
                    return ok(QStringLiteral("Contact %1 deleted").arg(v("contact_id")));
            }
        }
        return error(404, QStringLiteral("Unknown contact %1").arg(v("contact_id")));
    }
    if (action == QLatin1String("delete-alias")) {
        const QString alias = v("email_alias").toLower();
        for (IkoulaSubscription &s : m_data.subscriptions) {
            for (IkoulaOrganisation &o : s.organisations) {
                for (IkoulaBal &b : o.bals) {
                    QJsonArray aliases = b.fields.value(QLatin1String("aliases")).toArray();
                    for (int i = 0; i < aliases.size(); ++i) {
                        if (aliases.at(i).toString().compare(alias, Qt::CaseInsensitive) == 0) {
                            aliases.removeAt(i);
                            b.fields.insert(QStringLiteral("aliases"), aliases);
                            return ok(QStringLiteral("Alias %1 deleted").arg(alias));
                        }
                    }
                }
            }
        }
        return error(404, QStringLiteral("Unknown alias %1").arg(alias));
    }

    // Everything else acts on one BAL.
    const QString email = (action == QLatin1String("add-alias-bal") ? v("email_primary") : v("email_bal")).toLower();
    IkoulaOrganisation *orga = nullptr;
    IkoulaBal *target = bal(email, &orga);
    if (!target)
        return error(404, QStringLiteral("Unknown BAL %1").arg(email));
    QJsonObject &f = target->fields;

    if (action == QLatin1String("delete-bal")) {
        for (IkoulaList &list : orga->lists)
            list.members.removeAll(email);
        orga->bals.remove(email);
        return ok(QStringLiteral("BAL %1 deleted").arg(email));
    }
    if (action == QLatin1String("change-password")) {
        if (const QString problem = passwordProblem(p.value(QStringLiteral("password_bal"))); !problem.isEmpty())
            return error(400, problem);
        target->password = p.value(QStringLiteral("password_bal"));
        return ok(QStringLiteral("Password of %1 changed").arg(email));
    }
    if (action == QLatin1String("reset-password")) {
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        QString password = QStringLiteral("Rz7");
        for (int i = 0; i < 9; ++i)
            password += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
        target->password = password;
        return ok(QStringLiteral("Password of %1 reset").arg(email), {{QStringLiteral("password_bal"), password}});
    }
    if (action == QLatin1String("update-feature-bal")) {
        const char *keys[] = {"enable_pop", "enable_imap", "enable_owa", "enable_mapi", "enable_active_sync"};
        for (const char *key : keys) {
            if (!isFlag(v(key)))
                return error(400, QStringLiteral("%1 must be 0 or 1").arg(QLatin1String(key)));
        }
        for (const char *key : keys)
            f.insert(QLatin1String(key), v(key).toInt());
        return ok(QStringLiteral("Features of %1 updated").arg(email));
    }
    if (action == QLatin1String("update-quotasbal")) {
        const char *keys[] = {"issue_warning_kb", "prohibit_send_kb", "prohibit_send_receive_kb", "keep_deleted_items_days"};
        for (const char *key : keys) {
            if (!isCount(v(key)))
                return error(400, QStringLiteral("%1 must be a whole number, 0 or more").arg(QLatin1String(key)));
        }
        const qint64 warn = v("issue_warning_kb").toLongLong(), send = v("prohibit_send_kb").toLongLong(),
                     all = v("prohibit_send_receive_kb").toLongLong();
        // 0 is "unlimited"; limits that are set must grow warning <= send <= send and receive.
        if ((warn && send && warn > send) || (send && all && send > all) || (warn && all && warn > all))
            return error(400, QStringLiteral("issue_warning_kb <= prohibit_send_kb <= prohibit_send_receive_kb is required"));
        if (v("keep_deleted_items_days").toInt() > 30)
            return error(400, QStringLiteral("keep_deleted_items_days must be from 0 to 30"));
        for (const char *key : keys)
            f.insert(QLatin1String(key), v(key).toLongLong());
        return ok(QStringLiteral("Quotas of %1 updated").arg(email));
    }
    if (action == QLatin1String("add-alias-bal")) {
        const QString alias = v("email_alias").toLower();
        if (!isEmail(alias) || !orga->domains.contains(alias.section(QLatin1Char('@'), 1)))
            return error(400, QStringLiteral("email_alias must be an address of %1").arg(orga->domains.join(QStringLiteral(", "))));
        if (orga->bals.contains(alias) || orga->lists.contains(alias))
            return error(409, QStringLiteral("%1 is already a mailbox or list").arg(alias));
        for (const IkoulaBal &b : std::as_const(orga->bals)) {
            if (b.fields.value(QLatin1String("aliases")).toArray().contains(alias))
                return error(409, QStringLiteral("%1 is already an alias").arg(alias));
        }
        QJsonArray aliases = f.value(QLatin1String("aliases")).toArray();
        aliases.append(alias);
        f.insert(QStringLiteral("aliases"), aliases);
        return ok(QStringLiteral("Alias %1 added to %2").arg(alias, email));
    }
    if (action == QLatin1String("update-forward-email")) {
        const QString to = v("email_to_forward").toLower();
        const bool known = orga->bals.contains(to) || orga->lists.contains(to)
                           || std::any_of(orga->contacts.cbegin(), orga->contacts.cend(),
                                          [&to](const IkoulaContact &c) { return c.email.compare(to, Qt::CaseInsensitive) == 0; });
        if (!known)
            return error(400, QStringLiteral("email_to_forward must be a mailbox, list or contact of the organisation; use update-forward-smtp-email for other addresses"));
        if (to == email)
            return error(400, QStringLiteral("A mailbox cannot forward to itself"));
        if (!isFlag(v("deliver_bal_and_forward")))
            return error(400, QStringLiteral("deliver_bal_and_forward must be 0 or 1"));
        f.insert(QStringLiteral("email_to_forward"), to);
        f.insert(QStringLiteral("deliver_bal_and_forward"), v("deliver_bal_and_forward").toInt());
        return ok(QStringLiteral("Forwarding of %1 set").arg(email));
    }
    if (action == QLatin1String("update-forward-smtp-email")) {
        if (!isEmail(v("email_to_forward")))
            return error(400, QStringLiteral("email_to_forward is not an email address"));
        f.insert(QStringLiteral("smtp_email_to_forward"), v("email_to_forward"));
        return ok(QStringLiteral("SMTP forwarding of %1 set").arg(email));
    }
    if (action == QLatin1String("delete-forward-email") || action == QLatin1String("delete-forward-smtp-email")) {
        const bool smtp = action == QLatin1String("delete-forward-smtp-email");
        const QLatin1String key(smtp ? "smtp_email_to_forward" : "email_to_forward");
        if (f.value(key).toString().isEmpty())
            return error(404, QStringLiteral("%1 has no %2forwarding").arg(email, smtp ? QStringLiteral("SMTP ") : QString()));
        f.insert(key, QString());
        if (!smtp)
            f.insert(QStringLiteral("deliver_bal_and_forward"), 0);
        return ok(QStringLiteral("Forwarding of %1 deleted").arg(email));
    }
    if (action == QLatin1String("update-bal")) {
        for (const char *key : {"disabled", "hide_address_book"}) {
            if (!isFlag(v(key)))
                return error(400, QStringLiteral("%1 must be 0 or 1").arg(QLatin1String(key)));
        }
        if (v("display_name").isEmpty())
            return error(400, QStringLiteral("display_name must not be empty"));
        for (const char *key : {"display_name", "first_name", "last_name", "address", "job", "office", "company", "department",
                                "city", "state", "business_phone", "fax", "home_phone", "initials", "mobile_phone", "zip"})
            f.insert(QLatin1String(key), v(key));
        f.insert(QStringLiteral("disabled"), v("disabled").toInt());
        f.insert(QStringLiteral("hide_address_book"), v("hide_address_book").toInt());
        return ok(QStringLiteral("BAL %1 updated").arg(email));
    }
    return error(404, QStringLiteral("Unknown action %1").arg(action));
}

} // namespace Sandbox
