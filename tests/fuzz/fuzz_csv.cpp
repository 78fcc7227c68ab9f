// The CSV reader (libcsv through Csv::parse), and writing back what it read.
#include "core/drafts/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<Csv::Record> records;
    QString error;
    if (!Csv::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &records, &error))
        return 0;
    QList<QStringList> rows;
    for (const Csv::Record &record : std::as_const(records))
        rows.append(record.fields);
    (void)Csv::write(rows);
    return 0;
}
