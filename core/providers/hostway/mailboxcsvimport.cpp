#include "core/providers/hostway/mailboxcsvimport.h"

#include "core/drafts/csv.h"
#include "core/providers/hostway/hostwayrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace MailboxCsvImport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MailboxCsvImport", text);
}

std::optional<bool> flag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return false;
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return true;
    return std::nullopt;
}

} // namespace

Result read(const QByteArray &csv, const QString &domain, const DomainSnapshot *snapshot)
{
    Result result;
    QList<Csv::Record> records;
    QString error;
    if (!Csv::parse(csv, &records, &error)) {
        result.problems.append({0, error});
        return result;
    }
    if (records.isEmpty()) {
        result.problems.append({1, tr("The file is empty: it needs a header row with name, quota, master and password.")});
        return result;
    }
    const QStringList header = records.first().fields;
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    QStringList missing;
    for (const char *name : {"name", "quota", "master", "password"}) {
        if (!column.contains(QLatin1String(name)))
            missing.append(QLatin1String(name));
    }
    if (!missing.isEmpty()) {
        result.problems.append({records.first().line, tr("The header row lacks the column(s): %1.").arg(missing.join(QStringLiteral(", ")))});
        return result;
    }

    QSet<QString> seen;
    // The snapshot's names, indexed once: a million rows against a large domain stay linear.
    QSet<QString> existing;
    if (snapshot) {
        existing.reserve(snapshot->mailboxes.size());
        for (const SnapshotMailbox &m : snapshot->mailboxes)
            existing.insert(m.username.toLower());
    }
    QList<Row> rows;
    for (int r = 1; r < records.size(); ++r) {
        const Csv::Record &record = records.at(r);
        const auto field = [&](const char *name) { return record.fields.value(column.value(QLatin1String(name))); };
        if (record.fields.size() != header.size()) {
            result.problems.append({record.line, tr("%1 fields where the header has %2.").arg(record.fields.size()).arg(header.size())});
            continue;
        }
        const QString name = field("name").trimmed();
        QStringList reasons;
        const QString nameProblem = Hostway::Rules::mailboxNameProblem(name);
        if (!nameProblem.isEmpty())
            reasons.append(nameProblem);
        else if (seen.contains(name.toLower()))
            reasons.append(tr("%1 appears twice in the file.").arg(name));
        else if (existing.contains(name.toLower()))
            reasons.append(tr("A mailbox %1@%2 already exists.").arg(name, domain));
        seen.insert(name.toLower());

        int quota = 0;
        const QString quotaText = field("quota").trimmed();
        if (!quotaText.isEmpty()) {
            bool ok = false;
            quota = quotaText.toInt(&ok);
            if (!ok || quota <= 0)
                reasons.append(tr("The quota must be a whole number of MB greater than 0 (or empty for the default)."));
        }
        const auto master = flag(field("master"));
        if (!master)
            reasons.append(tr("master must be true or false."));
        const QString password = field("password");
        if (!password.isEmpty()) {
            const QStringList broken = Hostway::Rules::passwordProblems(password, name, domain);
            if (!broken.isEmpty())
                reasons.append(tr("The password breaks these rules: %1.").arg(broken.join(QStringLiteral("; "))));
        }
        if (!reasons.isEmpty()) {
            result.problems.append({record.line, reasons.join(QLatin1Char(' '))});
            continue;
        }
        rows.append({std::make_shared<CreateMailbox>(domain, name, quota, master.value_or(false),
                                                     password.isEmpty() ? PasswordSource::Generate : PasswordSource::Provided),
                     password});
    }
    if (rows.isEmpty() && result.problems.isEmpty())
        result.problems.append({records.last().line, tr("The file has a header but no mailbox.")});
    if (result.problems.isEmpty())
        result.rows = rows;
    return result;
}

Result readFile(const QString &path, const QString &domain, const DomainSnapshot *snapshot)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result{{}, {{0, QCoreApplication::translate("MailboxCsvImport", "Cannot read %1: %2").arg(path, file.errorString())}}};
    if (file.size() > kMaxFileBytes)
        return Result{{}, {{0, QCoreApplication::translate("MailboxCsvImport", "%1 is larger than %2 MB, about a million rows; split it.")
                                   .arg(path).arg(kMaxFileBytes / (1024 * 1024))}}};
    return read(file.readAll(), domain, snapshot);
}

} // namespace MailboxCsvImport
