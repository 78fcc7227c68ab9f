#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

/// Output helpers of mailroomctl.
namespace CtlOutput {

/// Rows as left-aligned columns separated by two spaces, the first row being the header.
QByteArray table(const QList<QStringList> &rows);
/// Writes to standard output, unchanged, and flushes.
void out(const QByteArray &data);
/// Writes "mailroomctl: `text`" and a newline to standard error.
void err(const QString &text);

} // namespace CtlOutput
