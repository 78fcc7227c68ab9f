#include "core/drafts/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <csv.h>

namespace Csv {

QByteArray write(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            const QByteArray field = row.at(i).toUtf8();
            QByteArray quoted(field.size() * 2 + 2, Qt::Uninitialized);
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

namespace {

struct ParseState
{
    QList<Record> *records = nullptr;
    QStringList current;
    int line = 1;
    bool badUtf8 = false;
    int badLine = 0;
};

void onField(void *data, size_t size, void *user)
{
    auto *state = static_cast<ParseState *>(user);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(static_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (decoder.hasError() && !state->badUtf8) {
        state->badUtf8 = true;
        state->badLine = state->line;
    }
    state->current.append(text);
}

void onRecord(int, void *user)
{
    auto *state = static_cast<ParseState *>(user);
    state->records->append({state->line, state->current});
    state->current.clear();
}

} // namespace

bool parse(const QByteArray &data, QList<Record> *records, QString *error)
{
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        *error = QStringLiteral("libcsv could not start");
        return false;
    }
    ParseState state;
    state.records = records;
    // Fed line by line so each record knows the line it ends on.
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        const size_t length = static_cast<size_t>(end - start);
        if (csv_parse(&parser, data.constData() + start, length, onField, onRecord, &state) != length) {
            *error = QCoreApplication::translate("Csv", "Line %1: %2").arg(state.line).arg(QString::fromLatin1(csv_strerror(csv_error(&parser))));
            csv_free(&parser);
            return false;
        }
        if (data.at(end - 1) == '\n')
            ++state.line;
        start = end;
    }
    if (csv_fini(&parser, onField, onRecord, &state) != 0) {
        *error = QCoreApplication::translate("Csv", "Line %1: %2").arg(state.line).arg(QString::fromLatin1(csv_strerror(csv_error(&parser))));
        csv_free(&parser);
        return false;
    }
    csv_free(&parser);
    if (state.badUtf8) {
        *error = QCoreApplication::translate("Csv", "Line %1: the file is not valid UTF-8.").arg(state.badLine);
        return false;
    }
    return true;
}

} // namespace Csv
