#include "ui/sizeformat.h"

#include <QLocale>

namespace SizeFormat {

QString megabytes(qint64 mb)
{
    const QLocale locale;
    if (mb < 1024)
        return QCoreApplication::translate("SizeFormat", "%1 MB").arg(locale.toString(mb));
    return QCoreApplication::translate("SizeFormat", "%1 GB (%2 MB)")
        .arg(locale.toString(static_cast<double>(mb) / 1024.0, 'f', 1), locale.toString(mb));
}

} // namespace SizeFormat
