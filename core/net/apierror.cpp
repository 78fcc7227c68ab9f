#include "core/net/apierror.h"

#include "core/net/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

/// A flat field map: every value a string (or number). Empty when it is not one.
QList<ApiError::FieldMessage> flatFields(const QJsonObject &object)
{
    QList<ApiError::FieldMessage> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            fields.append({it.key(), v.toString()});
        else if (v.isDouble())
            fields.append({it.key(), QString::number(v.toDouble())});
        else
            return {};
    }
    return fields;
}

} // namespace

QString ApiError::errorText(const QJsonValue &value)
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

namespace {

bool isEnvelope(const QJsonObject &object)
{
    if (object.size() != 1 || !object.begin().value().isObject())
        return false;
    const QJsonObject inner = object.begin().value().toObject();
    return inner.contains(QLatin1String("message")) || inner.contains(QLatin1String("code"))
        || inner.contains(QLatin1String("details"));
}

} // namespace

ApiError ApiError::invalid(const QList<FieldMessage> &problems)
{
    ApiError error(Kind::Setup, problems.size() == 1 ? problems.first().message : tr("the change is not valid."));
    error.m_fields = problems;
    return error;
}

ApiError::ApiError(Kind kind, QString detail, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_detail(Redaction::printable(detail))
{
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    if (status >= 200 && status < 300)
        return {};
    Kind kind = Kind::Refused;
    if (status == 401 || status == 403)
        kind = Kind::Authentication;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 409)
        kind = Kind::Conflict;
    else if (status >= 500)
        kind = Kind::Server;
    ApiError error(kind, QString(), status);
    error.m_rawBody = body;

    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return error;   // shape 6: no body

    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError && trimmed.startsWith('"')) {
        // Shape 7: a bare fragment such as "details": {"": "Shorter than minimum length 3"}
        doc = QJsonDocument::fromJson("{" + trimmed + "}", &parseError);
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error.m_providerMessage = QString::fromUtf8(trimmed.left(500));   // shape 5: plain text
        return error;
    }

    QJsonObject object = doc.object();
    if (isEnvelope(object)) {   // shape 1
        const QJsonObject inner = object.begin().value().toObject();
        error.m_providerMessage = inner.value(QLatin1String("message")).toString();
        const QJsonValue details = inner.value(QLatin1String("details"));
        if (details.isObject()) {
            const QJsonObject d = details.toObject();
            if (d.size() == 1 && d.contains(QLatin1String("message")))
                error.m_providerMessage += QStringLiteral(": ") + d.value(QLatin1String("message")).toString();
            else
                error.m_fields = flatFields(d);
        } else if (details.isString() && !details.toString().isEmpty()) {
            error.m_providerMessage += QStringLiteral(": ") + details.toString();
        }
        return error;
    }
    if (object.value(QLatin1String("status")).toString() == QLatin1String("error") && object.contains(QLatin1String("info"))) {
        error.m_providerMessage = object.value(QLatin1String("info")).toString();   // Webitel
        return error;
    }
    if (const QString ikoula = errorText(object.value(QLatin1String("error"))); !ikoula.isEmpty()) {
        error.m_providerMessage = ikoula;   // Ikoula: "error" as a string or a list
        return error;
    }
    if (object.size() == 1 && object.contains(QLatin1String("details")) && object.value(QLatin1String("details")).isObject())
        object = object.value(QLatin1String("details")).toObject();   // shape 7, parsed
    if (object.size() == 1 && object.contains(QLatin1String("computeFault"))) {   // shape 4
        error.m_providerMessage = object.value(QLatin1String("computeFault")).toString();
        return error;
    }
    if (object.size() == 1 && object.value(QLatin1String("message")).isString()) {   // shape 3
        error.m_providerMessage = object.value(QLatin1String("message")).toString();
        return error;
    }
    if (object.size() == 1 && object.value(QLatin1String("Message")).isString()) {   // ICE
        error.m_providerMessage = object.value(QLatin1String("Message")).toString().trimmed();
        return error;
    }
    error.m_fields = flatFields(object);   // shape 2
    if (error.m_fields.isEmpty())
        error.m_providerMessage = QString::fromUtf8(trimmed.left(500));
    return error;
}

ApiError ApiError::providerRefusal(const QString &providerMessage, int httpStatus, const QByteArray &body)
{
    ApiError error(Kind::Refused, QString(), httpStatus);
    error.m_providerMessage = providerMessage;
    error.m_rawBody = body;
    return error;
}

QString ApiError::fieldMessage(const QString &field) const
{
    for (const FieldMessage &f : m_fields) {
        if (f.field.compare(field, Qt::CaseInsensitive) == 0)
            return f.message;
    }
    return {};
}

bool ApiError::isTransportOrAuth() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Redirect:
    case Kind::Authentication:
        return true;
    default:
        return false;
    }
}

QString ApiError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = tr("Could not reach the provider (%1). Check the base URL and the network connection.").arg(m_detail);
        break;
    case Kind::Timeout:
        text = tr("The provider did not answer in time. Try again later.");
        break;
    case Kind::Tls:
        text = tr("The secure connection failed (%1). Mailroom never ignores certificate errors: check the base URL or the server's certificate.").arg(m_detail);
        break;
    case Kind::Redirect:
        text = tr("The provider redirected the request somewhere Mailroom will not follow (%1).").arg(m_detail);
        break;
    case Kind::Authentication:
        text = tr("The provider rejected the credentials (HTTP %1). Check the account's user name and password.").arg(m_httpStatus);
        break;
    case Kind::NotFound:
        text = tr("Not found (HTTP 404): the domain, account or mailbox does not exist, or was removed meanwhile.");
        break;
    case Kind::Conflict:
        text = tr("Conflict (HTTP 409): the object already exists or is in a state that forbids this change.");
        break;
    case Kind::Refused:
        text = tr("The provider refused the request (HTTP %1).").arg(m_httpStatus);
        break;
    case Kind::Server:
        text = tr("The provider failed to handle the request (HTTP %1). Try again later.").arg(m_httpStatus);
        break;
    case Kind::Malformed:
        text = tr("The provider's answer could not be read (%1).").arg(m_detail);
        break;
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    case Kind::Setup:
        text = tr("Nothing was sent: %1").arg(m_detail);
        break;
    }
    if (!m_providerMessage.isEmpty())
        text += QLatin1Char(' ') + tr("Provider says: %1").arg(Redaction::printable(m_providerMessage));
    // At most 50 field messages of 2,000 characters: a hostile answer cannot flood a terminal.
    const bool saidAlready = m_fields.size() == 1 && m_fields.first().message == m_detail;   // invalid()'s one problem
    for (int i = 0; i < std::min<qsizetype>(saidAlready ? 0 : m_fields.size(), 50); ++i)
        text += QStringLiteral("\n%1: %2").arg(Redaction::printable(m_fields.at(i).field, 200), Redaction::printable(m_fields.at(i).message));
    if (m_fields.size() > 50)
        text += QLatin1Char('\n') + tr("... and %n more field message(s)", nullptr, int(m_fields.size() - 50));
    return text;
}
