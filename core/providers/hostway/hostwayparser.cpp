#include "core/providers/hostway/hostwayparser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Hostway {

bool UsernamesPage::hasNext() const
{
    return std::any_of(links.cbegin(), links.cend(), [](const Link &l) { return l.rel == QLatin1String("next"); });
}

namespace Parser {

namespace {

bool object(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("expected a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

/// An integer given as a number or a numeric string; `ok` false otherwise.
int integer(const QJsonValue &value, bool *ok)
{
    if (value.isDouble()) {
        *ok = true;
        return value.toInt();
    }
    if (value.isString())
        return value.toString().trimmed().toInt(ok);
    *ok = false;
    return 0;
}

/// true/false, 1/0 or "1"/"0"/"true"/"false".
bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString s = value.toString().trimmed().toLower();
    return s == QLatin1String("1") || s == QLatin1String("true");
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array) {
            if (v.isObject())
                parts.append(v.toObject().value(QLatin1String("address")).toString());
            else if (!v.toString().isEmpty())
                parts.append(v.toString());
        }
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace

QList<Link> links(const QJsonValue &value)
{
    QList<Link> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString href = o.contains(QLatin1String("href")) ? o.value(QLatin1String("href")).toString()
                                                               : o.value(QLatin1String("location")).toString();
        out.append({o.value(QLatin1String("rel")).toString(), QUrl(href)});
    }
    return out;
}

bool domainInfo(const QByteArray &body, DomainInfo *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    bool ok = false;
    out->quotaMb = integer(o.value(QLatin1String("quota")), &ok);
    if (!ok) {
        *error = QStringLiteral("no domain quota");
        return false;
    }
    return true;
}

bool mailboxTypeCount(const QByteArray &body, MailboxTypeCount *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    bool ok = true;
    const auto read = [&](const char *key) {
        bool fieldOk = false;
        const int v = integer(o.value(QLatin1String(key)), &fieldOk);
        ok = ok && (fieldOk || !o.contains(QLatin1String(key)));
        return fieldOk ? v : 0;
    };
    out->standard = read("numStandard");
    out->activeSync = read("numActiveSync");
    out->premium = read("numPremium");
    out->exchangeStandard = read("numExchange2013Standard");
    out->exchangePremium = read("numExchange2013Premium");
    if (!ok)
        *error = QStringLiteral("a count is not a number");
    return ok;
}

bool usernamesPage(const QByteArray &body, UsernamesPage *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    if (!o.value(QLatin1String("list")).isArray()) {
        *error = QStringLiteral("no 'list' array");
        return false;
    }
    const QJsonArray list = o.value(QLatin1String("list")).toArray();
    out->items.clear();
    out->items.reserve(list.size());
    for (const QJsonValue &v : list) {
        const QJsonObject item = v.toObject();
        MailboxSummary m;
        m.username = item.value(QLatin1String("username")).toString();
        if (m.username.isEmpty()) {
            *error = QStringLiteral("an item has no username");
            return false;
        }
        bool ok = false;
        m.quotaMb = integer(item.value(QLatin1String("quota")), &ok);
        m.master = flag(item.value(QLatin1String("master")));
        m.type = item.value(QLatin1String("type")).toString();
        m.webmailAccess = item.value(QLatin1String("webmailAccess")).toString();
        m.trialType = item.value(QLatin1String("trialType")).toString();
        m.trialExpiration = QDate::fromString(item.value(QLatin1String("trialExpiration")).toString(), Qt::ISODate);
        m.allowUpgrade = flag(item.value(QLatin1String("allowUpgrade")));
        out->items.append(m);
    }
    bool totalOk = false;
    out->totalCount = integer(o.value(QLatin1String("totalCount")), &totalOk);
    if (!totalOk)
        out->totalCount = static_cast<int>(out->items.size());
    out->links = links(o.value(QLatin1String("links")));
    return true;
}

bool usernameKind(const QByteArray &body, UsernameKind *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    if (o.contains(QLatin1String("exchange")))
        *out = UsernameKind::Exchange;
    else if (o.contains(QLatin1String("mailbox")))
        *out = UsernameKind::Mailbox;
    else
        *out = UsernameKind::Unknown;
    return true;
}

bool mailbox(const QByteArray &body, Mailbox *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    bool quotaOk = false;
    bool usageOk = false;
    out->username = o.value(QLatin1String("username")).toString();
    out->master = flag(o.value(QLatin1String("master")));
    out->quotaMb = integer(o.value(QLatin1String("quota")), &quotaOk);
    out->usageMb = integer(o.value(QLatin1String("usage")), &usageOk);
    if (!quotaOk) {
        *error = QStringLiteral("no mailbox quota");
        return false;
    }
    return true;
}

bool exchangeMailbox(const QByteArray &body, ExchangeMailbox *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    const auto take = [&o](const char *key) { return text(o.take(QLatin1String(key))); };
    const auto takeFlag = [&o](const char *key) { return flag(o.take(QLatin1String(key))); };
    out->username = take("username");
    out->displayName = take("displayName");
    out->primarySmtpAddress = take("primarySmtpAddress");
    out->quota = take("quota");
    out->totalItemSize = take("totalItemSize");
    out->resourceType = take("resourceType");
    out->recipientType = take("recipientType");
    out->type = take("type");
    out->popEnabled = takeFlag("popEnabled");
    out->imapEnabled = takeFlag("imapEnabled");
    out->owaEnabled = takeFlag("owaEnabled");
    const bool mapi = o.contains(QLatin1String("mapiEnabled")) ? takeFlag("mapiEnabled") : false;
    const bool map = o.contains(QLatin1String("mapEnabled")) ? takeFlag("mapEnabled") : false;
    out->mapiEnabled = mapi || map;
    out->activeSyncEnabled = takeFlag("activeSyncEnabled");
    o.remove(QLatin1String("links"));
    out->otherFields.clear();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isObject())
            out->otherFields.append({it.key(), text(it.value())});
    }
    if (out->username.isEmpty() && out->primarySmtpAddress.isEmpty()) {
        *error = QStringLiteral("neither username nor primarySmtpAddress");
        return false;
    }
    return true;
}

} // namespace Parser
} // namespace Hostway
