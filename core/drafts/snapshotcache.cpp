#include "core/drafts/snapshotcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

SnapshotCache::SnapshotCache(QString folder)
    : m_folder(std::move(folder))
{
}

QString SnapshotCache::pathFor(const QString &accountKey, const QString &domain) const
{
    const QByteArray name = QCryptographicHash::hash((accountKey + QLatin1Char('\n') + domain.toLower()).toUtf8(),
                                                     QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_folder).filePath(QString::fromLatin1(name) + QStringLiteral(".json"));
}

bool SnapshotCache::save(const QString &accountKey, const QString &domain, const DomainSnapshot &snapshot) const
{
    QDir().mkpath(m_folder);
    QJsonObject json = snapshot.toJson();
    json.insert(QStringLiteral("domain"), domain);
    QSaveFile file(pathFor(accountKey, domain));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
}

std::optional<DomainSnapshot> SnapshotCache::load(const QString &accountKey, const QString &domain) const
{
    QFile file(pathFor(accountKey, domain));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QLatin1String("domain")).toString().compare(domain, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QString error;   // a damaged cache is as good as none: the domain is loaded again
    return DomainSnapshot::fromJson(json, &error);
}

int SnapshotCache::prune(int maxAgeDays) const
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-maxAgeDays);
    int removed = 0;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.lastModified().toUTC() < limit && QFile::remove(file.filePath()))
            ++removed;
    }
    return removed;
}
