// The providers' readers of error bodies (the seven Hostway shapes, Webitel's, Ikoula's,
// ICE's) through ApiError::fromHttp: the first byte picks a status from 400 to 599, the rest
// is the body, read by each reader in turn.
#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayerrors.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ikoula/ikoulaparser.h"
#include "core/providers/webitel/webitelclient.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    for (ApiError::BodyReader reader : {Hostway::readErrorBody, IkoulaParser::errorBody, IceClient::readErrorBody,
                                        WebitelClient::readErrorBody, ApiError::BodyReader(nullptr)}) {
        const ApiError error = ApiError::fromHttp(400 + data[0] % 200, body, reader);
        (void)error.message();
        (void)error.fieldMessage(QStringLiteral("password"));
    }
    (void)IkoulaParser::errorText(QJsonDocument::fromJson(body).object().value(QLatin1String("error")));
    (void)ApiError::providerRefusal(QString::fromUtf8(body.left(300)), 200, body).message();
    return 0;
}
