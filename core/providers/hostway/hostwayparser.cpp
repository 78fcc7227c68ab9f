#include "core/providers/hostway/hostwayparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>

namespace Hostway {

bool hasNextLink(const QList<Link> &links)
{
    return std::any_of(links.cbegin(), links.cend(), [](const Link &l) { return l.rel == QLatin1String("next"); });
}

bool UsernamesPage::hasNext() const
{
    return hasNextLink(links);
}

bool BlackWhitePage::hasNext() const
{
    return hasNextLink(links);
}

QString SecretQuestions::question(const QString &key) const
{
    for (const auto &q : questions) {
        if (q.first == key)
            return q.second;
    }
    return key;
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

/// `n` as people write it: 3000000000, 10.7, 1e+308.
QString numberText(double n)
{
    return std::abs(n) < 1e15 && n == std::floor(n) ? QString::number(qint64(n)) : QString::number(n, 'g', QLocale::FloatingPointShortest);
}

/// A count or a size in MB: a whole number from 0 to 2^31 - 1, given as a JSON number or as
/// a numeric string (NOTES.md: numbers sometimes come quoted). Anything else (an object, a
/// fraction, a negative or huge number, other text) sets *problem and gives 0: a value the
/// documentation does not allow is an error, never a 0 on screen.
int integer(const QJsonValue &value, bool *ok, QString *problem = nullptr)
{
    double number = 0;
    *ok = false;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool parsed = false;
        number = value.toString().trimmed().toDouble(&parsed);
        if (!parsed) {
            if (problem)
                *problem = QStringLiteral("is the text \"%1\", not a number").arg(value.toString().left(40));
            return 0;
        }
    } else {
        if (problem)
            *problem = value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("is not a number");
        return 0;
    }
    if (!std::isfinite(number) || number != std::floor(number) || number < 0 || number > double(std::numeric_limits<int>::max())) {
        if (problem)
            *problem = QStringLiteral("is %1, not a whole number from 0 to %2").arg(numberText(number)).arg(std::numeric_limits<int>::max());
        return 0;
    }
    *ok = true;
    return int(number);
}

/// integer() of `key` of `o`, or false with *error naming `where` and the key.
bool readInteger(const QJsonObject &o, const char *key, const QString &where, int *out, QString *error, bool required = true)
{
    if (!required && !o.contains(QLatin1String(key)))
        return true;
    bool ok = false;
    QString problem;
    *out = integer(o.value(QLatin1String(key)), &ok, &problem);
    if (!ok)
        *error = QStringLiteral("%1%2 %3").arg(where.isEmpty() ? QString() : where + QStringLiteral(": "), QLatin1String(key), problem);
    return ok;
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

bool secretKeys(const QByteArray &body, QStringList *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    out->clear();
    const QJsonValue list = o.value(QLatin1String("list"));
    if (list.isUndefined() || list.isNull())
        return true;   // none on file
    if (!list.isArray()) {
        *error = QStringLiteral("'list' is not a list");
        return false;
    }
    const QJsonArray keys = list.toArray();
    for (const QJsonValue &key : keys) {
        if (!key.isString() || key.toString().isEmpty()) {
            *error = QStringLiteral("a secret question key is not text");
            return false;
        }
        if (!out->contains(key.toString()))
            out->append(key.toString());
    }
    return true;
}

bool secretQuestions(const QByteArray &body, SecretQuestions *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    const QJsonValue questions = o.value(QLatin1String("questions"));
    QList<QJsonObject> parts;
    if (questions.isObject()) {
        parts.append(questions.toObject());
    } else if (questions.isArray()) {
        const QJsonArray list = questions.toArray();
        for (const QJsonValue &item : list) {
            if (!item.isObject()) {
                *error = QStringLiteral("an item of 'questions' is not an object");
                return false;
            }
            parts.append(item.toObject());
        }
    } else if (!questions.isUndefined() && !questions.isNull()) {
        *error = QStringLiteral("'questions' is neither an object nor a list");
        return false;
    }
    QMap<QString, QString> merged;
    for (const QJsonObject &part : std::as_const(parts)) {
        for (auto it = part.begin(); it != part.end(); ++it) {
            if (!it.value().isString()) {
                *error = QStringLiteral("the question of '%1' is not text").arg(it.key().left(40));
                return false;
            }
            merged.insert(it.key(), it.value().toString());
        }
    }
    out->questions.clear();
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        out->questions.append({it.key(), it.value()});
    return true;
}

bool secretQuestionSettings(const QByteArray &body, SecretQuestions *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    bool ok = false;
    QString problem;
    const int minimum = integer(o.value(QLatin1String("minimum")), &ok, &problem);
    if (!ok) {
        *error = QStringLiteral("'minimum' ") + problem;
        return false;
    }
    out->minimum = std::max(1, minimum);   // "The minimum value for this parameter is one."
    return true;
}

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
    return readInteger(o, "quota", QStringLiteral("the domain"), &out->quotaMb, error);
}

bool mailboxTypeCount(const QByteArray &body, MailboxTypeCount *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    *out = MailboxTypeCount();
    const QString where = QStringLiteral("the mailbox counts");
    return readInteger(o, "numStandard", where, &out->standard, error, false)
           && readInteger(o, "numActiveSync", where, &out->activeSync, error, false)
           && readInteger(o, "numPremium", where, &out->premium, error, false)
           && readInteger(o, "numExchange2013Standard", where, &out->exchangeStandard, error, false)
           && readInteger(o, "numExchange2013Premium", where, &out->exchangePremium, error, false);
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
    // type, webmailAccess and trialType repeat from row to row: one string each per page,
    // shared by its rows, not one per row (a 100,000-row table frees a third of the blocks).
    QSet<QString> repeated;
    const auto shared = [&repeated](const QJsonValue &value) {
        const QString text = value.toString();
        return text.isEmpty() ? QString() : *repeated.insert(text);
    };
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        MailboxSummary m;
        m.username = item.value(QLatin1String("username")).toString();
        if (m.username.isEmpty()) {
            *error = QStringLiteral("item %1 has no username").arg(i + 1);
            return false;
        }
        if (!readInteger(item, "quota", QStringLiteral("item %1 (%2)").arg(i + 1).arg(m.username.left(64)), &m.quotaMb, error))
            return false;
        m.master = flag(item.value(QLatin1String("master")));
        m.type = shared(item.value(QLatin1String("type")));
        m.webmailAccess = shared(item.value(QLatin1String("webmailAccess")));
        m.trialType = shared(item.value(QLatin1String("trialType")));
        m.trialExpiration = QDate::fromString(item.value(QLatin1String("trialExpiration")).toString(), Qt::ISODate);
        m.allowUpgrade = flag(item.value(QLatin1String("allowUpgrade")));
        out->items.append(m);
    }
    out->totalCount = static_cast<int>(out->items.size());
    if (!readInteger(o, "totalCount", QStringLiteral("the list"), &out->totalCount, error, false))
        return false;
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
    out->username = o.value(QLatin1String("username")).toString();
    out->master = flag(o.value(QLatin1String("master")));
    out->usageMb = 0;
    const QString where = QStringLiteral("the mailbox");
    return readInteger(o, "quota", where, &out->quotaMb, error) && readInteger(o, "usage", where, &out->usageMb, error, false);
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

bool messageStats(const QByteArray &body, MessageStats *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    if (!o.value(QLatin1String("messageCount")).isObject()) {
        *error = QStringLiteral("no 'messageCount' object");
        return false;
    }
    const QJsonObject counts = o.value(QLatin1String("messageCount")).toObject();
    const auto folder = [&](const char *name, MessageStats::Folder *into) {
        const QJsonObject f = counts.value(QLatin1String(name)).toObject();
        const QString where = QStringLiteral("the %1 folder").arg(QLatin1String(name));
        return readInteger(f, "allMessages", where, &into->all, error, false)
               && readInteger(f, "unreadMessages", where, &into->unread, error, false);
    };
    *out = MessageStats();
    return folder("inbox", &out->inbox) && folder("sent", &out->sent) && folder("spam", &out->spam);
}

namespace {

/// {type, address} with type W or B (either case), or false and *error naming `where`.
bool readBlackWhiteEntry(const QJsonObject &o, const QString &where, BlackWhiteEntry *out, QString *error)
{
    out->address = o.value(QLatin1String("address")).toString().trimmed();
    out->type = o.value(QLatin1String("type")).toString().trimmed().toUpper();
    if (out->address.isEmpty()) {
        *error = QStringLiteral("%1 has no address").arg(where);
        return false;
    }
    if (out->type != QLatin1String("W") && out->type != QLatin1String("B")) {
        *error = QStringLiteral("%1 has the type \"%2\", not W or B").arg(where, out->type.left(20));
        return false;
    }
    return true;
}

} // namespace

bool blackWhitePage(const QByteArray &body, BlackWhitePage *out, QString *error)
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
    for (int i = 0; i < list.size(); ++i) {
        BlackWhiteEntry entry;
        if (!readBlackWhiteEntry(list.at(i).toObject(), QStringLiteral("item %1").arg(i + 1), &entry, error))
            return false;
        out->items.append(entry);
    }
    out->totalCount = static_cast<int>(out->items.size());
    if (!readInteger(o, "totalCount", QStringLiteral("the list"), &out->totalCount, error, false))
        return false;
    out->links = links(o.value(QLatin1String("links")));
    return true;
}

bool blackWhiteEntry(const QByteArray &body, BlackWhiteEntry *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    // The schema writes "links": {links} (object-like), the text a list: links are not read.
    return readBlackWhiteEntry(o, QStringLiteral("the entry"), out, error);
}

bool cleanMailPlus(const QByteArray &body, QList<FilterAttribute> *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("expected a JSON list of filter attributes");
        return false;
    }
    out->clear();
    const QJsonArray items = doc.array();
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o = items.at(i).toObject();
        if (o.value(QLatin1String("field")).isObject())   // the example's wrapping
            o = o.value(QLatin1String("field")).toObject();
        FilterAttribute a;
        a.name = o.value(QLatin1String("fieldName")).toString().trimmed();
        if (a.name.isEmpty()) {
            *error = QStringLiteral("attribute %1 has no fieldName").arg(i + 1);
            return false;
        }
        a.description = o.value(QLatin1String("description")).toString();
        a.selected = text(o.value(QLatin1String("selected")));
        const QJsonArray options = o.value(QLatin1String("options")).toArray();
        for (const QJsonValue &v : options) {
            const QJsonObject option = v.toObject();
            const QString value = text(option.value(QLatin1String("value")));
            if (!value.isEmpty())
                a.options.append({option.value(QLatin1String("name")).toString(value), value});
        }
        out->append(a);
    }
    return true;
}

bool webmail(const QByteArray &body, Webmail *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    out->type = o.value(QLatin1String("type")).toString();
    if (out->type.isEmpty()) {
        *error = QStringLiteral("the webmail account has no type");
        return false;
    }
    out->allowUpgrade = o.contains(QLatin1String("allowUpgrade")) ? flag(o.value(QLatin1String("allowUpgrade"))) : true;
    out->resetPassword = flag(o.value(QLatin1String("resetPassword")));
    out->theme = o.value(QLatin1String("theme")).toString();
    out->language = o.value(QLatin1String("language")).toString();
    out->timezone = o.value(QLatin1String("timezone")).toString();
    return true;
}

bool webmailNames(const QByteArray &body, WebmailPlans *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    if (!o.value(QLatin1String("webmailNames")).isObject()) {
        *error = QStringLiteral("no 'webmailNames' object");
        return false;
    }
    const QJsonObject names = o.value(QLatin1String("webmailNames")).toObject();
    out->names.clear();
    for (auto it = names.begin(); it != names.end(); ++it)
        out->names.append({it.key(), it.value().toString(it.key())});
    return true;
}

bool webmailLimits(const QByteArray &body, WebmailPlans *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    if (!o.value(QLatin1String("webmailLimits")).isObject()) {
        *error = QStringLiteral("no 'webmailLimits' object");
        return false;
    }
    const QJsonObject limits = o.value(QLatin1String("webmailLimits")).toObject();
    out->limits.clear();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const double n = it.value().isString() ? it.value().toString().toDouble() : it.value().toDouble();
        out->limits.insert(it.key(), std::isfinite(n) && n > 0 && n < 2147483647 ? int(n) : 0);   // <= 0: unlimited
    }
    return true;
}

bool webmailUpgrade(const QByteArray &body, WebmailPlans *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    if (!o.contains(QLatin1String("allowed"))) {
        *error = QStringLiteral("no 'allowed'");
        return false;
    }
    out->upgradeAllowed = flag(o.value(QLatin1String("allowed")));
    return true;
}

namespace {

/// The texts of `body`'s list under `listKey`: each item a bare string or {`itemKey`: text}
/// (both forms are printed in seed 003); no list is an empty one. False and *error naming
/// the item (`what` N) when one has no text.
bool textList(const QByteArray &body, const char *listKey, const char *itemKey, const char *what, QStringList *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    out->clear();
    const QJsonValue list = o.value(QLatin1String(listKey));
    if (list.isUndefined() || list.isNull())
        return true;
    if (!list.isArray()) {
        *error = QStringLiteral("'%1' is not a list").arg(QLatin1String(listKey));
        return false;
    }
    const QJsonArray items = list.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QString text = item.isString() ? item.toString() : item.toObject().value(QLatin1String(itemKey)).toString();
        if (text.trimmed().isEmpty()) {
            *error = QStringLiteral("%1 %2 is empty").arg(QLatin1String(what)).arg(i + 1);
            return false;
        }
        out->append(text.trimmed());
    }
    return true;
}

} // namespace

bool domainWebmail(const QByteArray &body, DomainWebmail *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    out->type = text(o.value(QLatin1String("type")));
    if (!o.value(QLatin1String("allowUpgrade")).isBool()) {
        *error = QStringLiteral("'allowUpgrade' is not true or false");
        return false;
    }
    out->allowUpgrade = o.value(QLatin1String("allowUpgrade")).toBool();
    out->trialType = text(o.value(QLatin1String("trialType")));             // null: no trial
    out->trialExpiration = text(o.value(QLatin1String("trialExpiration")));
    return true;
}

bool infoStore(const QByteArray &body, InfoStore *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    if (!o.value(QLatin1String("infoStore")).isObject()) {
        *error = QStringLiteral("no 'infoStore' object");
        return false;
    }
    const QJsonObject store = o.value(QLatin1String("infoStore")).toObject();
    const QString where = QStringLiteral("the InfoStore");
    return readInteger(store, "quota", where, &out->quotaMb, error) && readInteger(store, "usage", where, &out->usageMb, error, false);
}

bool antiSpamLink(const QByteArray &body, QUrl *out, QString *error)
{
    // No page documents the answer: every likely shape is taken, and the link is checked.
    QString text;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        text = QString::fromUtf8(body).trimmed();
        if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')) && text.size() > 1)
            text = text.mid(1, text.size() - 2);
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"link", "url", "ssoLink", "SSOLink", "href"}) {
            if (o.value(QLatin1String(key)).isString()) {
                text = o.value(QLatin1String(key)).toString();
                break;
            }
        }
        const QJsonArray links = o.value(QLatin1String("links")).toArray();
        for (qsizetype i = 0; text.isEmpty() && i < links.size(); ++i) {
            const QJsonObject link = links.at(i).toObject();
            if (link.value(QLatin1String("rel")).toString() != QLatin1String("self"))
                text = link.value(QLatin1String("href")).toString();
        }
    } else if (doc.isArray() && !doc.array().isEmpty()) {
        text = doc.array().first().toString();
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        *error = QStringLiteral("the answer holds no web link");
        return false;
    }
    *out = url;
    return true;
}

bool aliases(const QByteArray &body, QStringList *out, QString *error)
{
    return textList(body, "list", "alias", "alias", out, error);
}

bool forwards(const QByteArray &body, QStringList *out, QString *error)
{
    // Documented as {"targets": [{"target": "..."}]}; bare strings are taken as well; no
    // targets is no forwarding.
    return textList(body, "targets", "target", "target", out, error);
}

bool autoresponder(const QByteArray &body, Autoresponder *out, QString *error)
{
    QJsonObject o;
    if (!object(body, &o, error))
        return false;
    // The schema nests the fields under "autoresponder"; the example has them at the top.
    const QJsonValue nested = o.value(QLatin1String("autoresponder"));
    if (nested.isObject())
        o = nested.toObject();
    const QJsonValue subject = o.value(QLatin1String("subject"));
    const QJsonValue text = o.value(QLatin1String("body"));
    if ((!subject.isUndefined() && !subject.isNull() && !subject.isString())
        || (!text.isUndefined() && !text.isNull() && !text.isString())) {
        *error = QStringLiteral("the autoresponder's subject or body is not text");
        return false;
    }
    if (!o.contains(QLatin1String("active")) && !o.contains(QLatin1String("body"))) {
        *error = QStringLiteral("neither 'active' nor 'body'");
        return false;
    }
    out->active = flag(o.value(QLatin1String("active")));
    out->subject = subject.toString();
    out->body = text.toString();
    return true;
}

} // namespace Parser
} // namespace Hostway
