#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

/// RFC 4180 CSV through libcsv (Debian's libcsv-dev): UTF-8, quoted fields, CRLF line ends.
namespace Csv {

/// One parsed record and the line of the file where it ends (1-based).
struct Record
{
    int line = 0;
    QStringList fields;
};

/// Rows as CSV; every field quoted.
QByteArray write(const QList<QStringList> &rows);
/// Parses `data` strictly (malformed quoting, invalid UTF-8: false with *error naming the
/// line). Empty lines are skipped.
bool parse(const QByteArray &data, QList<Record> *records, QString *error);

} // namespace Csv
