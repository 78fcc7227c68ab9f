#pragma once

#include "sandbox/sandboxexchange.h"

#include <QJsonArray>
#include <QJsonObject>

/// The answers of the Hostway simulator in the shapes of seed 003 (shared/api/NOTES.md,
/// "Errors, seven shapes"), shared by its handlers.
namespace Sandbox::HostwayResponses {

inline Response json(int status, const QJsonObject &object)
{
    return Response::json(status, QJsonDocument(object));
}

/// Error shape (1): {"<kind>": {"message", "code", "details"}}.
inline Response envelope(int status, const QString &kind, const QString &message, const QJsonValue &details = QString())
{
    return json(status, QJsonObject{{kind, QJsonObject{{QStringLiteral("message"), message},
                                                       {QStringLiteral("code"), status},
                                                       {QStringLiteral("details"), details}}}});
}

/// Error shape (2): a flat map {"<field>": "message"}, answered 400.
inline Response fieldError(const QString &field, const QString &message)
{
    return json(400, QJsonObject{{field, message}});
}

/// The "POST data error" envelope a body that is no JSON object gets (the mailbox PUT page's
/// badRequest wording).
inline Response notAnObject()
{
    return envelope(400, QStringLiteral("badRequest"), QStringLiteral("POST data error"),
                    QJsonObject{{QStringLiteral("message"), QStringLiteral("Request body must be a JSON object")}});
}

/// 401 with the Basic challenge: no credentials, wrong ones, or ones without permission.
inline Response unauthorized()
{
    Response r = Response::empty(401);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Hostway\"")});
    return r;
}

/// The HTTP Basic user and password of `request` (the password may hold ':'); false when it
/// carries none.
inline bool basicCredentials(const Request &request, QString *user, QString *password)
{
    const QByteArray prefix = QByteArrayLiteral("Basic ");
    if (!request.authorization.startsWith(prefix))
        return false;
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(request.authorization.mid(prefix.size())));
    const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    *user = decoded.left(colon);
    *password = decoded.mid(colon + 1);
    return true;
}

/// A links list of one {key: href, rel}; `key` is "href" or, as some pages print, "location".
inline QJsonArray link(const QString &href, const QString &rel, const QString &key = QStringLiteral("href"))
{
    return QJsonArray{QJsonObject{{key, href}, {QStringLiteral("rel"), rel}}};
}

/// The request's body as a JSON object; false when it is not one.
inline bool bodyObject(const Request &request, QJsonObject *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

} // namespace Sandbox::HostwayResponses
