// Ikoula's tolerant wsexch readers (IkoulaParser) on arbitrary bytes.
#include "core/providers/ikoula/ikoulaparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonObject answer;
    QString error;
    if (!IkoulaParser::object(body, &answer, &error))
        return 0;
    (void)IkoulaParser::subscriptions(answer);
    (void)IkoulaParser::schema(answer);
    (void)IkoulaParser::billing(answer);
    (void)IkoulaParser::bal(answer);
    return 0;
}
