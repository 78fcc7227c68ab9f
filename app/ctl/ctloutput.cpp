#include "app/ctl/ctloutput.h"

#include <csv.h>

namespace CtlOutput {

QByteArray table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], static_cast<int>(row.at(i).size()));
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out += line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray csv(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            const QByteArray field = row.at(i).toUtf8();
            QByteArray quoted(static_cast<qsizetype>(field.size()) * 2 + 2, Qt::Uninitialized);
            const size_t written = csv_write(quoted.data(), static_cast<size_t>(quoted.size()), field.constData(),
                                             static_cast<size_t>(field.size()));
            quoted.truncate(static_cast<qsizetype>(written));
            if (i > 0)
                out += ',';
            out += quoted;
        }
        out += "\r\n";
    }
    return out;
}

} // namespace CtlOutput
