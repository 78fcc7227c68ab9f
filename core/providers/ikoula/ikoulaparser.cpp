#include "core/providers/ikoula/ikoulaparser.h"

#include "core/providers/ikoula/ikoulaactions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <optional>

namespace IkoulaParser {

namespace {

/// The value under the first of `names` present, matching keys case-insensitively.
QJsonValue pick(const QJsonObject &o, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QLatin1String wanted(name);
        if (o.contains(wanted))
            return o.value(wanted);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().compare(wanted, Qt::CaseInsensitive) == 0)
                return it.value();
        }
    }
    return {};
}

/// `d` as a qint64 when it is a whole number qint64 can hold; nothing else is cast (casting
/// 8.9e59 is undefined behaviour: found by fuzz_ikoulaparser).
std::optional<qint64> wholeNumber(double d)
{
    if (!std::isfinite(d) || d != std::floor(d) || d < -9.2e18 || d > 9.2e18)
        return std::nullopt;
    return static_cast<qint64>(d);
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (const auto whole = wholeNumber(d))
            return QString::number(*whole);
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

QString text(const QJsonObject &o, std::initializer_list<const char *> names)
{
    return text(pick(o, names));
}

qint64 number(const QJsonObject &o, std::initializer_list<const char *> names, qint64 fallback)
{
    const QJsonValue v = pick(o, names);
    if (v.isDouble())
        return wholeNumber(v.toDouble()).value_or(fallback);
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return ok ? n : fallback;
}

bool flag(const QJsonObject &o, std::initializer_list<const char *> names, bool fallback)
{
    const QJsonValue v = pick(o, names);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("on"))
        return true;
    if (s == QLatin1String("0") || s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("off"))
        return false;
    return fallback;
}

QJsonArray array(const QJsonObject &o, std::initializer_list<const char *> names)
{
    const QJsonValue v = pick(o, names);
    if (v.isArray())
        return v.toArray();
    if (v.isObject()) {   // a map keyed by id
        QJsonArray out;
        const QJsonObject map = v.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            out.append(it.value());
        return out;
    }
    return {};
}

QStringList strings(const QJsonObject &o, std::initializer_list<const char *> names)
{
    const QJsonValue v = pick(o, names);
    QStringList out;
    if (v.isString()) {   // "a@x, b@x"
        for (const QString &part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.trimmed());
        return out;
    }
    const QJsonArray list = v.toArray();
    for (const QJsonValue &item : list) {
        const QString s = item.isObject() ? text(item.toObject(), {"email", "email_bal", "address"}) : text(item);
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace

bool object(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1").arg(parseError.errorString());
        return false;
    }
    QJsonObject o = doc.isArray() ? QJsonObject{{QStringLiteral("list"), doc.array()}} : doc.object();
    for (const char *wrapper : {"data", "result"}) {
        const QJsonValue inner = pick(o, {wrapper});
        if (inner.isObject())
            o = inner.toObject();
        else if (inner.isArray())
            o = QJsonObject{{QStringLiteral("list"), inner.toArray()}};
    }
    *out = o;
    return true;
}

QString kindName(Ikoula::BalKind kind)
{
    switch (kind) {
    case Ikoula::BalKind::Room: return QStringLiteral("room");
    case Ikoula::BalKind::Equipment: return QStringLiteral("equipment");
    case Ikoula::BalKind::User: break;
    }
    return QStringLiteral("user");
}

Ikoula::BalKind kindFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower.startsWith(QLatin1String("room")))
        return Ikoula::BalKind::Room;
    if (lower.startsWith(QLatin1String("equipment")) || lower.startsWith(QLatin1String("equipement")))
        return Ikoula::BalKind::Equipment;
    return Ikoula::BalKind::User;
}

QList<Ikoula::Subscription> subscriptions(const QJsonObject &answer)
{
    QList<Ikoula::Subscription> out;
    const QJsonArray list = array(answer, {"subscriptions", "subscription", "subscr", "list"});
    for (const QJsonValue &item : list) {
        const QJsonObject o = item.toObject();
        Ikoula::Subscription s;
        s.id = text(o, {"subscr_id", "id", "subscription_id"});
        s.name = text(o, {"name", "label", "offer"});
        s.status = text(o, {"status", "state"});
        const QJsonArray orgas = array(o, {"organisations", "organizations", "orgas", "orga"});
        for (const QJsonValue &orgaValue : orgas) {
            const QJsonObject orga = orgaValue.toObject();
            Ikoula::Organisation organisation{text(orga, {"orga_id", "id", "organisation_id"}), text(orga, {"name", "label"})};
            if (!organisation.id.isEmpty())
                s.organisations.append(organisation);
        }
        if (!s.id.isEmpty())
            out.append(s);
    }
    return out;
}

Ikoula::Bal bal(const QJsonObject &o)
{
    Ikoula::Bal b;
    b.email = text(o, {"email_bal", "email", "primary_smtp_address"});
    b.kind = kindFromName(text(o, {"type", "kind", "resource_type"}));
    Ikoula::BalDetails &d = b.details;
    d.displayName = text(o, {"display_name", "displayname"});
    d.firstName = text(o, {"first_name", "firstname"});
    d.lastName = text(o, {"last_name", "lastname"});
    d.disabled = flag(o, {"disabled"}, false);
    d.hideAddressBook = flag(o, {"hide_address_book"}, false);
    d.address = text(o, {"address"});
    d.job = text(o, {"job", "title"});
    d.office = text(o, {"office"});
    d.company = text(o, {"company"});
    d.department = text(o, {"department"});
    d.city = text(o, {"city"});
    d.state = text(o, {"state"});
    d.businessPhone = text(o, {"business_phone"});
    d.fax = text(o, {"fax"});
    d.homePhone = text(o, {"home_phone"});
    d.initials = text(o, {"initials"});
    d.mobilePhone = text(o, {"mobile_phone"});
    d.zip = text(o, {"zip", "postal_code"});
    b.features.pop = flag(o, {"enable_pop", "pop"}, true);
    b.features.imap = flag(o, {"enable_imap", "imap"}, true);
    b.features.owa = flag(o, {"enable_owa", "owa"}, true);
    b.features.mapi = flag(o, {"enable_mapi", "mapi"}, true);
    b.features.activeSync = flag(o, {"enable_active_sync", "active_sync", "activesync"}, true);
    b.quotas.issueWarningKb = number(o, {"issue_warning_kb"}, 0);
    b.quotas.prohibitSendKb = number(o, {"prohibit_send_kb"}, 0);
    b.quotas.prohibitSendReceiveKb = number(o, {"prohibit_send_receive_kb"}, 0);
    b.quotas.keepDeletedItemsDays = static_cast<int>(number(o, {"keep_deleted_items_days"}, 14));
    b.usedKb = number(o, {"used_kb", "size_kb"}, -1);
    b.aliases = strings(o, {"aliases", "email_alias", "alias"});
    b.forwardTo = text(o, {"email_to_forward", "forward"});
    b.deliverAndForward = flag(o, {"deliver_bal_and_forward"}, false);
    b.smtpForwardTo = text(o, {"smtp_email_to_forward", "smtp_forward"});
    return b;
}

Ikoula::OrganisationSchema schema(const QJsonObject &answer)
{
    Ikoula::OrganisationSchema s;
    s.subscriptionId = text(answer, {"subscr_id"});
    s.organisationId = text(answer, {"orga_id"});
    s.organisationName = text(answer, {"organisation", "organization", "orga_name", "name"});
    s.domains = strings(answer, {"domains", "domain"});
    for (const QJsonValue &v : array(answer, {"bal", "bals", "mailboxes"})) {
        Ikoula::Bal b = bal(v.toObject());
        if (!b.email.isEmpty())
            s.bals.append(b);
    }
    for (const QJsonValue &v : array(answer, {"dl", "dls", "distribution_lists"})) {
        const QJsonObject o = v.toObject();
        Ikoula::DistributionList list{text(o, {"email_dl", "email"}), text(o, {"display_name", "name"}),
                                      text(o, {"email_manager", "manager"}), strings(o, {"members", "emails"})};
        if (!list.email.isEmpty())
            s.lists.append(list);
    }
    for (const QJsonValue &v : array(answer, {"contacts", "contact"})) {
        const QJsonObject o = v.toObject();
        Ikoula::Contact contact{text(o, {"contact_id", "id"}), text(o, {"email_contact", "email"}), text(o, {"display_name", "name"})};
        if (!contact.id.isEmpty() || !contact.email.isEmpty())
            s.contacts.append(contact);
    }
    return s;
}

QList<Ikoula::BillingLine> billing(const QJsonObject &answer)
{
    QList<Ikoula::BillingLine> out;
    for (const QJsonValue &v : array(answer, {"billing", "billings", "lines", "invoices", "list"})) {
        const QJsonObject o = v.toObject();
        out.append({text(o, {"date", "billing_date", "period"}), text(o, {"label", "description", "name"}),
                    text(o, {"quantity", "qty"}), text(o, {"amount", "price", "total"}), text(o, {"currency"}),
                    text(o, {"invoice", "invoice_id", "reference"})});
    }
    return out;
}

QString errorText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    QStringList parts;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &item : list) {
        if (item.isString() && !item.toString().trimmed().isEmpty())
            parts.append(item.toString().trimmed());
    }
    return parts.join(QStringLiteral("; "));
}

ApiError::ProviderWords errorBody(const QByteArray &body)
{
    if (ApiError::ProviderWords words = refusal(QJsonDocument::fromJson(body).object().value(QLatin1String("error"))); !words.message.isEmpty())
        return words;
    return ApiError::plainText(body);
}

ApiError::ProviderWords refusal(const QJsonValue &error)
{
    const QJsonArray items = error.isArray() ? error.toArray() : QJsonArray{error};
    QStringList texts;
    ApiError::ProviderWords out;
    for (const QJsonValue &item : items) {
        const QString text = errorText(item);
        if (text.isEmpty())
            continue;
        const IkoulaActions::UserWords words = IkoulaActions::inUserTerms(text);
        texts.append(words.text);
        for (const QString &parameter : words.parameters)
            out.fields.append({parameter, words.text});
    }
    out.message = texts.join(QStringLiteral("; "));
    return out;
}

} // namespace IkoulaParser
