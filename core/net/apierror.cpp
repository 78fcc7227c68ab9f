#include "core/net/apierror.h"

#include "core/net/redaction.h"

#include <QJsonObject>
#include <QStringList>

QList<ApiError::FieldMessage> ApiError::flatFields(const QJsonObject &object)
{
    QList<FieldMessage> fields;
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

ApiError::ProviderWords ApiError::plainText(const QByteArray &body)
{
    return {QString::fromUtf8(body.left(500)), {}};
}

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

ApiError ApiError::fromHttp(int status, const QByteArray &body, BodyReader reader)
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
        return error;
    const ProviderWords words = reader ? reader(trimmed) : plainText(trimmed);
    error.m_providerMessage = words.message;
    error.m_fields = words.fields;
    return error;
}

ApiError ApiError::providerRefusal(const QString &providerMessage, int httpStatus, const QByteArray &body, const QList<FieldMessage> &fields)
{
    ApiError error(Kind::Refused, QString(), httpStatus);
    error.m_providerMessage = providerMessage;
    error.m_fields = fields;
    error.m_rawBody = body;
    return error;
}

bool ApiError::saysAlready(const FieldMessage &field) const
{
    return !m_providerMessage.isEmpty() && m_providerMessage.contains(field.message);
}

QString ApiError::providerWords() const
{
    QStringList words;
    if (!m_providerMessage.isEmpty())
        words.append(m_providerMessage);
    for (const FieldMessage &f : m_fields) {
        if (!saysAlready(f))
            words.append(f.field + QStringLiteral(": ") + f.message);
    }
    return words.join(QStringLiteral("; "));
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
    // invalid()'s one problem, and a refusal whose fields carry its own words (Ikoula's), are said already.
    const bool saidAlready = (m_fields.size() == 1 && m_fields.first().message == m_detail)
                             || std::all_of(m_fields.cbegin(), m_fields.cend(), [this](const FieldMessage &f) { return saysAlready(f); });
    for (int i = 0; i < std::min<qsizetype>(saidAlready ? 0 : m_fields.size(), 50); ++i)
        text += QStringLiteral("\n%1: %2").arg(Redaction::printable(m_fields.at(i).field, 200), Redaction::printable(m_fields.at(i).message));
    if (m_fields.size() > 50)
        text += QLatin1Char('\n') + tr("... and %n more field message(s)", nullptr, int(m_fields.size() - 50));
    return text;
}
