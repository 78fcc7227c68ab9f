#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

/// Output helpers of mailroomctl.
namespace CtlOutput {

/// Rows as left-aligned columns separated by two spaces, the first row being the header.
QByteArray table(const QList<QStringList> &rows);
/// Rows as RFC 4180 CSV (quoted by libcsv), CRLF line ends, UTF-8.
QByteArray csv(const QList<QStringList> &rows);

} // namespace CtlOutput
