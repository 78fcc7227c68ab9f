// The journal reader (Journal::parse) on arbitrary bytes.
#include "core/drafts/journal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)Journal::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
