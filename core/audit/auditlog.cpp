#include "core/audit/auditlog.h"

#include "core/credentials/secretfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace {

struct OutcomeName
{
    AuditEntry::Outcome outcome;
    const char *name;
};

constexpr OutcomeName kOutcomes[] = {
    {AuditEntry::Outcome::Sending, "sending"}, {AuditEntry::Outcome::Done, "done"},
    {AuditEntry::Outcome::Refused, "refused"}, {AuditEntry::Outcome::Failed, "failed"},
    {AuditEntry::Outcome::Drafted, "drafted"},
};

QString rotated(const QString &file, int n)
{
    return file + QLatin1Char('.') + QString::number(n);
}

} // namespace

QString AuditEntry::outcomeName(Outcome outcome)
{
    for (const OutcomeName &o : kOutcomes) {
        if (o.outcome == outcome)
            return QString::fromLatin1(o.name);
    }
    return {};
}

bool AuditEntry::outcomeFromName(const QString &name, Outcome *outcome)
{
    for (const OutcomeName &o : kOutcomes) {
        if (name == QLatin1String(o.name)) {
            *outcome = o.outcome;
            return true;
        }
    }
    return false;
}

QString AuditEntry::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sending: return QCoreApplication::translate("AuditEntry", "No answer recorded");
    case Outcome::Done: return QCoreApplication::translate("AuditEntry", "Done");
    case Outcome::Refused: return QCoreApplication::translate("AuditEntry", "Refused");
    case Outcome::Failed: return QCoreApplication::translate("AuditEntry", "Outcome unknown");
    case Outcome::Drafted: return QCoreApplication::translate("AuditEntry", "Drafted");
    }
    return {};
}

QString AuditLog::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

AuditLog::AuditLog(QString file, qint64 maxBytes, int keep)
    : m_file(std::move(file))
    , m_maxBytes(maxBytes)
    , m_keep(std::max(keep, 1))
{
}

QByteArray AuditLog::toLine(const AuditEntry &e)
{
    QJsonObject o{
        {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("change"), e.changeId},
        {QStringLiteral("via"), e.via},
        {QStringLiteral("accountName"), e.accountName},
        {QStringLiteral("account"), e.accountId},
        {QStringLiteral("provider"), e.provider},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("describe"), e.description},
        {QStringLiteral("target"), e.target},
        {QStringLiteral("outcome"), AuditEntry::outcomeName(e.outcome)},
    };
    if (!e.draft.isEmpty())
        o.insert(QStringLiteral("draft"), e.draft);
    if (e.httpStatus)
        o.insert(QStringLiteral("status"), e.httpStatus);
    if (!e.message.isEmpty())
        o.insert(QStringLiteral("message"), e.message);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool AuditLog::fromLine(const QByteArray &line, AuditEntry *entry)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.changeId = o.value(QStringLiteral("change")).toString();
    if (!e.time.isValid() || e.changeId.isEmpty()
        || !AuditEntry::outcomeFromName(o.value(QStringLiteral("outcome")).toString(), &e.outcome))
        return false;
    e.via = o.value(QStringLiteral("via")).toString();
    e.draft = o.value(QStringLiteral("draft")).toString();
    e.accountName = o.value(QStringLiteral("accountName")).toString();
    e.accountId = o.value(QStringLiteral("account")).toString();
    e.provider = o.value(QStringLiteral("provider")).toString();
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.description = o.value(QStringLiteral("describe")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.httpStatus = o.value(QStringLiteral("status")).toInt();
    e.message = o.value(QStringLiteral("message")).toString();
    *entry = std::move(e);
    return true;
}

void AuditLog::rotateIfFull()
{
    if (QFileInfo(m_file).size() < m_maxBytes)
        return;
    QFile::remove(rotated(m_file, m_keep));
    for (int n = m_keep - 1; n >= 1; --n)
        QFile::rename(rotated(m_file, n), rotated(m_file, n + 1));
    QFile::rename(m_file, rotated(m_file, 1));
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    const QString folder = QFileInfo(m_file).absolutePath();
    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("AuditLog", "the folder %1 could not be made").arg(folder);
        return false;
    }
    rotateIfFull();
    return SecretFile::appendOwnerOnly(m_file, toLine(entry) + '\n', error);
}

QList<AuditEntry> AuditLog::read(int *skipped) const
{
    QList<AuditEntry> entries;
    int bad = 0;
    for (int n = m_keep; n >= 0; --n) {
        QFile file(n == 0 ? m_file : rotated(m_file, n));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            AuditEntry e;
            if (fromLine(line, &e))
                entries.append(std::move(e));
            else
                ++bad;
        }
    }
    if (skipped)
        *skipped = bad;
    return entries;
}

QList<AuditEntry> AuditLog::changes(const QList<AuditEntry> &lines)
{
    QList<AuditEntry> result;
    QHash<QString, qsizetype> byId;
    for (const AuditEntry &line : lines) {
        const auto it = byId.constFind(line.changeId);
        if (it == byId.cend()) {
            byId.insert(line.changeId, result.size());
            result.append(line);
            continue;
        }
        AuditEntry &change = result[*it];
        const QDateTime started = change.time;
        change = line;
        change.time = started;
    }
    std::stable_sort(result.begin(), result.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.time > b.time; });
    return result;
}
