#include "core/providers/hostway/hostwayerrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hostway {

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

ApiError::ProviderWords readErrorBody(const QByteArray &body)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError && body.startsWith('"')) {
        // Shape 7: a bare fragment such as "details": {"": "Shorter than minimum length 3"}
        doc = QJsonDocument::fromJson("{" + body + "}", &parseError);
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::plainText(body);   // shape 5: plain text

    ApiError::ProviderWords words;
    QJsonObject object = doc.object();
    if (isEnvelope(object)) {   // shape 1
        const QJsonObject inner = object.begin().value().toObject();
        words.message = inner.value(QLatin1String("message")).toString();
        const QJsonValue details = inner.value(QLatin1String("details"));
        if (details.isObject()) {
            const QJsonObject d = details.toObject();
            if (d.size() == 1 && d.contains(QLatin1String("message")))
                words.message += QStringLiteral(": ") + d.value(QLatin1String("message")).toString();
            else
                words.fields = ApiError::flatFields(d);
        } else if (details.isString() && !details.toString().isEmpty()) {
            words.message += QStringLiteral(": ") + details.toString();
        }
        return words;
    }
    if (object.size() == 1 && object.contains(QLatin1String("details")) && object.value(QLatin1String("details")).isObject())
        object = object.value(QLatin1String("details")).toObject();   // shape 7, parsed
    if (object.size() == 1 && object.contains(QLatin1String("computeFault"))) {   // shape 4
        words.message = object.value(QLatin1String("computeFault")).toString();
        return words;
    }
    if (object.size() == 1 && object.value(QLatin1String("message")).isString()) {   // shape 3
        words.message = object.value(QLatin1String("message")).toString();
        return words;
    }
    words.fields = ApiError::flatFields(object);   // shape 2
    if (words.fields.isEmpty())
        return ApiError::plainText(body);
    return words;
}

QString messageStatsProblem(const ApiError &error)
{
    switch (error.httpStatus()) {
    case 404:
        return QCoreApplication::translate("Hostway", "Hostway has no message counts for this mailbox: it is a virtual mailbox, or no longer exists (refresh the list).");
    case 500:
        return QCoreApplication::translate("Hostway", "Hostway is missing this domain's records (HTTP 500): ask Hostway's support to check the domain.");
    case 502:
        return QCoreApplication::translate("Hostway", "Hostway could not reach the mailbox to count its messages (HTTP 502). Try again in a few minutes.");
    default:
        return error.message();
    }
}

} // namespace Hostway
