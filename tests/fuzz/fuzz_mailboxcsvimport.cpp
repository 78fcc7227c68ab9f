// The mailbox CSV import against a small snapshot: every row checked, problems or operations.
#include "core/providers/hostway/mailboxcsvimport.h"

#include "core/drafts/draft.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const DomainSnapshot snapshot = [] {
        DomainSnapshot s;
        s.mailboxes = {{QStringLiteral("john.smith"), 10, true, QStringLiteral("imap")}, {QStringLiteral("test"), 10, false, QStringLiteral("imap")}};
        return s;
    }();
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = MailboxCsvImport::read(csv, QStringLiteral("test.com"), size % 2 ? &snapshot : nullptr);
    for (const auto &row : result.rows)
        (void)row.operation->describe();
    return 0;
}
