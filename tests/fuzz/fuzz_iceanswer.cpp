// ICE's answers (seed 001): the JSON object with Message and Token, and the JWT's expiry.
#include "core/providers/ice/iceclient.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    (void)answer.value(QLatin1String("Message")).toString();
    (void)IceClient::tokenExpiry(answer.value(QLatin1String("Token")).toString());
    (void)IceClient::tokenExpiry(QString::fromUtf8(body));   // a token as it comes
    return 0;
}
