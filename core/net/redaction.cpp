#include "core/net/redaction.h"

#include "core/net/httprequest.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <limits>

namespace Redaction {

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower == "x-key" || lower.contains("token")
        || lower.contains("password") || lower.contains("secret");
}

bool isSecretField(const QString &name)
{
    const QString lower = name.toLower();
    static const char *const exact[] = {"pass", "key", "signature", "authorization", "pwd"};
    for (const char *word : exact) {
        if (lower == QLatin1String(word))
            return true;
    }
    static const char *const parts[] = {"password", "token", "secret", "crypted", "credential"};
    for (const char *word : parts) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

QByteArray header(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return value;
    const int space = value.indexOf(' ');
    if (name.compare("authorization", Qt::CaseInsensitive) == 0 && space > 0)
        return value.left(space + 1) + kMask;
    return kMask;
}

namespace {

QJsonValue redactValue(const QJsonValue &value, bool all);

QJsonObject redactObject(const QJsonObject &object, bool all)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretField(it.key()) && !it.value().isNull())
            out.insert(it.key(), QLatin1String(kMask));
        else
            out.insert(it.key(), redactValue(it.value(), all));
    }
    return out;
}

/// `all`: every text and number is masked.
QJsonValue redactValue(const QJsonValue &value, bool all)
{
    if (value.isObject())
        return redactObject(value.toObject(), all);
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(redactValue(item, all));
        return out;
    }
    if (all && (value.isString() || value.isDouble()))
        return QLatin1String(kMask);
    return value;
}

} // namespace

QByteArray body(const QByteArray &body, bool everyValueSecret)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return QJsonDocument(redactObject(doc.object(), everyValueSecret)).toJson(QJsonDocument::Compact);
        return QJsonDocument(redactValue(doc.array(), everyValueSecret).toArray()).toJson(QJsonDocument::Compact);
    }
    if (everyValueSecret)
        return QByteArrayLiteral("(body withheld: it holds secrets)");
    static const QRegularExpression form(QStringLiteral("^[^=&\\s]+=[^&\\s]*(&[^=&\\s]+=[^&\\s]*)*$"));
    if (form.match(QString::fromLatin1(body)).hasMatch()) {   // application/x-www-form-urlencoded
        QByteArray out;
        for (const QByteArray &pair : body.split('&')) {
            const int eq = pair.indexOf('=');
            const QByteArray name = pair.left(eq);
            if (!out.isEmpty())
                out += '&';
            out += name + '=' + (isSecretField(QUrl::fromPercentEncoding(name)) ? QByteArray(kMask) : pair.mid(eq + 1));
        }
        return out;
    }
    const QByteArray lower = body.toLower();
    if (lower.contains("password") || lower.contains("token") || lower.contains("secret"))
        return QByteArrayLiteral("(body withheld: it may contain a secret)");
    return body;
}

QString url(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        QUrlQuery masked;
        for (const auto &item : items)
            masked.addQueryItem(item.first, isSecretField(item.first) ? QString::fromLatin1(kMask) : item.second);
        copy.setQuery(masked);
    }
    return copy.toString();
}

QString printable(const QString &text, int maxChars)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxChars));
    for (const QChar c : text) {
        if (out.size() >= maxChars)
            break;
        const char16_t u = c.unicode();
        // Control characters (terminal escapes), and bidirectional overrides that reorder text.
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029
                             || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        out.append(control ? QChar(u' ') : c);
    }
    if (text.size() > maxChars) {
        // Computed apart: lupdate 6.4 loops forever on this expression inside translate().
        const int more = int(std::min<qsizetype>(text.size() - maxChars, std::numeric_limits<int>::max()));
        out += QCoreApplication::translate("Redaction", " [... %n more character(s)]", nullptr, more);
    }
    return out;
}

} // namespace Redaction

QUrl appendPath(QUrl base, const QString &path)
{
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    base.setPath(prefix + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return base;
}

QByteArray HttpRequest::redactedBody() const
{
    return Redaction::body(body, everyValueSecret);
}

QString HttpRequest::toDisplayText() const
{
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + Redaction::url(url) + QLatin1Char('\n');
    for (const auto &h : headers)
        text += QString::fromLatin1(h.first) + QStringLiteral(": ") + QString::fromUtf8(Redaction::header(h.first, h.second)) + QLatin1Char('\n');
    if (!body.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(redactedBody()) + QLatin1Char('\n');
    return text;
}

namespace {
/// Single-quoted for POSIX shells.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

QString HttpRequest::toCurl(const QString &user) const
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"), QString::fromLatin1(method), shellQuote(Redaction::url(url))};
    parts << QStringLiteral("-u") << QStringLiteral("\"%1:$MAILROOM_PASSWORD\"").arg(QString(user).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
    for (const auto &h : headers)
        parts << QStringLiteral("-H") << shellQuote(QString::fromLatin1(h.first) + QStringLiteral(": ") + QString::fromUtf8(Redaction::header(h.first, h.second)));
    if (!body.isEmpty()) {
        QString text = QString::fromUtf8(redactedBody());
        text.replace(QStringLiteral("\"****\""), QStringLiteral("\"<secret>\""));
        parts << QStringLiteral("--data-raw") << shellQuote(text);
    }
    return parts.join(QLatin1Char(' '));
}
