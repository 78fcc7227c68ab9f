#pragma once

#include <QCoreApplication>
#include <QString>

/// Sizes for people, in the user's locale.
namespace SizeFormat {

/// "850 MB", "19.3 GB (19,320 MB)": the exact MB figure is kept next to the rounded one.
QString megabytes(qint64 mb);

} // namespace SizeFormat
