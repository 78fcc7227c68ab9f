#include "app/ctl/ctloutput.h"

#include "core/net/redaction.h"

#include <cstdio>

namespace CtlOutput {

QByteArray table(const QList<QStringList> &input)
{
    // Cells come from providers and files: no terminal escapes, no line breaks, no floods.
    QList<QStringList> rows;
    rows.reserve(input.size());
    for (const QStringList &row : input) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(Redaction::printable(cell, 500).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' ')));
        rows.append(cells);
    }
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

void out(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray data = (QStringLiteral("mailroomctl: ") + Redaction::printable(text, 20000) + QLatin1Char('\n')).toUtf8();
    std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stderr);
}

} // namespace CtlOutput
