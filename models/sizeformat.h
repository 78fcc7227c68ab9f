#pragma once

#include <QCoreApplication>
#include <QString>

/// The one way Mailroom shows a quota or a size: whole megabytes in the user's locale
/// ("850 MB", "2,048 MB"; French "2 048 Mo"), the unit every quota field is edited in, so a
/// value reads the same in the table, the details, the dialogs and the status bar.
namespace SizeFormat {

/// A size given in MB (Hostway's quotas and usage): "2,048 MB".
QString megabytes(qint64 mb);

/// A size given in KB (Ikoula's quotas and usage), shown in MB: "2,048 MB" when whole,
/// "0.3 MB" or "1,536.5 MB" to one decimal otherwise.
QString kilobytes(qint64 kb);

/// Usage against a quota, both in MB: "120 MB of 2,048 MB".
QString usage(qint64 usedMb, qint64 quotaMb);

} // namespace SizeFormat
