// The draft loader: any bytes as a draft file, then what a loaded draft is used for.
#include "core/drafts/draft.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QString error;
    const std::optional<Draft> draft = Draft::fromJson(doc.object(), &error);
    if (!draft)
        return 0;
    (void)draft->validate();
    (void)draft->toJson();
    (void)draft->secretKeys();
    const ApiEndpoint endpoint = draft->account.endpoint();
    for (const DraftEntry &entry : draft->entries) {
        (void)entry.operation->describe();
        (void)entry.operation->request(endpoint).toDisplayText();
    }
    return 0;
}
