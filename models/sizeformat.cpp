#include "models/sizeformat.h"

#include <QLocale>

namespace SizeFormat {

QString megabytes(qint64 mb)
{
    return QCoreApplication::translate("SizeFormat", "%1 MB").arg(QLocale().toString(mb));
}

QString kilobytes(qint64 kb)
{
    if (kb % 1024 == 0)
        return megabytes(kb / 1024);
    return QCoreApplication::translate("SizeFormat", "%1 MB").arg(QLocale().toString(static_cast<double>(kb) / 1024.0, 'f', 1));
}

QString usage(qint64 usedMb, qint64 quotaMb)
{
    return QCoreApplication::translate("SizeFormat", "%1 of %2").arg(megabytes(usedMb), megabytes(quotaMb));
}

} // namespace SizeFormat
