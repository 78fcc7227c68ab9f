// Webitel's email settings answer (WebitelClient::parse) on arbitrary bytes.
#include "core/providers/webitel/webitelclient.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Webitel::EmailSettings settings;
    QString error;
    if (WebitelClient::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &settings, &error))
        (void)WebitelClient::toJson(settings);
    return 0;
}
