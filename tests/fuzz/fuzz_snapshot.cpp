// The snapshot cache's reader (DomainSnapshot::fromJson) on arbitrary bytes.
#include "core/drafts/draft.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto snapshot = DomainSnapshot::fromJson(QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).object(), &error);
    if (snapshot) {
        (void)snapshot->toJson();
        (void)snapshot->find(QStringLiteral("john.smith"));
    }
    return 0;
}
