#pragma once

#include "core/providers/hostway/contactoperations.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <memory>

/// Contacts of a Hostway global address list as CSV (RFC 4180, UTF-8, core/drafts/csv.h):
/// a header row of the seed's field keys (name, email, displayName, firstName, ..., any order,
/// compared without case), one contact per row. read() makes the CreateContact of each row;
/// write() gives every field of every contact, in the schema's order, so what write() gives,
/// read() takes.
namespace ContactCsv {

struct Problem
{
    int line = 0;
    QString message;   ///< translated
};

struct Result
{
    QList<std::shared_ptr<CreateContact>> operations;   ///< empty when problems is not
    QList<Problem> problems;
};

/// Reads the contacts to create in `domain`. The header needs name, email and displayName;
/// a column that is no contact field is a problem (its data would be lost), as is a row with
/// a bad field, a name twice in the file, or a name in `existing` (lower-case names of the
/// domain's contacts; null: not checked). Every problem is reported with its line, and then
/// no operation is returned at all: nothing is half-imported.
Result read(const QByteArray &csv, const QString &domain, const QSet<QString> *existing);
/// read() of the file at `path`; a file that cannot be read or is larger than 64 MB gives a
/// Result with that one problem (line 0).
Result readFile(const QString &path, const QString &domain, const QSet<QString> *existing);

/// `contacts` as CSV: the header of every key, then a row each.
QByteArray write(const QList<Hostway::Contact> &contacts);

} // namespace ContactCsv
