#include "core/providers/hostway/contactcsv.h"

#include "core/drafts/csv.h"
#include "core/providers/hostway/mailboxcsvimport.h"

#include <QCoreApplication>
#include <QFile>

using Hostway::Contact;
using Hostway::ContactField;

namespace ContactCsv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactCsv", text);
}

} // namespace

Result read(const QByteArray &csv, const QString &domain, const QSet<QString> *existing)
{
    Result result;
    QList<Csv::Record> records;
    QString error;
    // Spreadsheets write a UTF-8 byte order mark first: it is no part of the first column's name.
    const QByteArray bom("\xEF\xBB\xBF");
    if (!Csv::parse(csv.startsWith(bom) ? csv.mid(bom.size()) : csv, &records, &error)) {
        result.problems.append({0, error});
        return result;
    }
    if (records.isEmpty()) {
        result.problems.append({1, tr("The file is empty: it needs a header row with at least name, email and displayName.")});
        return result;
    }
    const Csv::Record &header = records.first();
    QList<ContactField> columns;
    QStringList unknown;
    for (const QString &title : header.fields) {
        const auto field = Hostway::contactFieldOf(title.trimmed());
        if (!field || columns.contains(*field))
            unknown.append(title.trimmed());
        else
            columns.append(*field);
    }
    if (!unknown.isEmpty()) {
        result.problems.append({header.line, tr("The header row has column(s) that are no contact field, or twice: %1. The fields are the "
                                                "keys Hostway uses: name, email, displayName, firstName, lastName, company...")
                                                 .arg(unknown.join(QStringLiteral(", ")))});
        return result;
    }
    QStringList missing;
    for (ContactField required : {ContactField::Name, ContactField::Email, ContactField::DisplayName}) {
        if (!columns.contains(required))
            missing.append(Hostway::contactKey(required));
    }
    if (!missing.isEmpty()) {
        result.problems.append({header.line, tr("The header row lacks the column(s): %1.").arg(missing.join(QStringLiteral(", ")))});
        return result;
    }

    QSet<QString> seen;
    QList<std::shared_ptr<CreateContact>> operations;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Csv::Record &record = records.at(r);
        if (record.fields.size() != columns.size()) {
            result.problems.append({record.line, tr("%1 fields where the header has %2.").arg(record.fields.size()).arg(columns.size())});
            continue;
        }
        Contact contact;
        for (qsizetype c = 0; c < columns.size(); ++c)
            contact.set(columns.at(c), record.fields.at(c).trimmed());
        auto op = std::make_shared<CreateContact>(domain, contact);
        QStringList reasons;
        for (const ValidationProblem &p : op->validate())
            reasons.append(p.message);
        const QString key = contact.name().toLower();
        if (reasons.isEmpty() && seen.contains(key))
            reasons.append(tr("%1 appears twice in the file.").arg(contact.name()));
        else if (reasons.isEmpty() && existing && existing->contains(key))
            reasons.append(tr("%1 is in the address list already: edit it there, or leave it out of the file.").arg(contact.name()));
        seen.insert(key);
        if (!reasons.isEmpty()) {
            result.problems.append({record.line, reasons.join(QLatin1Char(' '))});
            continue;
        }
        op->setExpected(QJsonValue(QJsonValue::Null));   // drafted as absent: one made meanwhile is a conflict
        operations.append(std::move(op));
    }
    if (operations.isEmpty() && result.problems.isEmpty())
        result.problems.append({header.line, tr("The file has a header row but no contact.")});
    if (result.problems.isEmpty())
        result.operations = std::move(operations);
    return result;
}

Result readFile(const QString &path, const QString &domain, const QSet<QString> *existing)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {{0, tr("Cannot read %1: %2").arg(path, file.errorString())}}};
    // The same bound as the mailbox import: a file of about a million rows.
    if (file.size() > MailboxCsvImport::kMaxFileBytes)
        return {{}, {{0, tr("%1 is larger than 64 MB: split it.").arg(path)}}};
    return read(file.readAll(), domain, existing);
}

QByteArray write(const QList<Contact> &contacts)
{
    QList<QStringList> rows;
    rows.reserve(contacts.size() + 1);
    QStringList header;
    for (ContactField field : Hostway::contactFields())
        header.append(Hostway::contactKey(field));
    rows.append(header);
    for (const Contact &contact : contacts)
        rows.append(QStringList(contact.values.cbegin(), contact.values.cend()));
    return Csv::write(rows);
}

} // namespace ContactCsv
