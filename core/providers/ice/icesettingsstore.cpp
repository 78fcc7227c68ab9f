#include "core/providers/ice/icesettingsstore.h"

#include "core/credentials/credentialstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

namespace {

const char *const kServers[] = {"smtp", "pop3", "imap"};

Ice::MailServer &server(Ice::ServerSettings &s, int i)
{
    return i == 0 ? s.smtp : i == 1 ? s.pop3 : s.imap;
}

QString secretKey(const QString &accountKey, int skillId, int server)
{
    return QStringLiteral("%1:skill:%2:%3").arg(accountKey).arg(skillId).arg(QLatin1String(kServers[server]));
}

} // namespace

IceSettingsStore::IceSettingsStore(QString folder, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_credentials(credentials)
{
}

QString IceSettingsStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ice");
}

QString IceSettingsStore::pathFor(const QString &accountKey, int skillId) const
{
    const QByteArray name = QCryptographicHash::hash((accountKey + QLatin1Char('\n') + QString::number(skillId)).toUtf8(),
                                                     QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_folder).filePath(QStringLiteral("ice-") + QString::fromLatin1(name) + QStringLiteral(".json"));
}

void IceSettingsStore::save(const QString &accountKey, const Ice::ServerSettings &settings, QObject *context,
                            std::function<void(bool)> done)
{
    QDir().mkpath(m_folder);
    QJsonObject json = Ice::toJson(settings);
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("sentAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    Ice::ServerSettings copy = settings;
    QSaveFile file(pathFor(accountKey, settings.skillId));
    const bool written = file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) >= 0 && file.commit();
    if (!m_credentials) {
        done(false);
        return;
    }
    // Three keychain writes (an empty password removes the old one); done after the last.
    auto pending = std::make_shared<int>(3);
    auto allKept = std::make_shared<bool>(written);
    QPointer<QObject> guard(context);
    for (int i = 0; i < 3; ++i) {
        const QString key = secretKey(accountKey, settings.skillId, i);
        const auto finish = [pending, allKept, guard, done](const CredentialStore::Result &result) {
            if (result.status != CredentialStore::Status::Ok && result.status != CredentialStore::Status::NotFound)
                *allKept = false;
            if (--*pending == 0 && guard)
                done(*allKept);
        };
        if (server(copy, i).password.isEmpty())
            m_credentials->remove(key, this, finish);
        else
            m_credentials->write(key, server(copy, i).password, this, finish);
    }
}

void IceSettingsStore::load(const QString &accountKey, int skillId, QObject *context, std::function<void(std::optional<Saved>)> done)
{
    QFile file(pathFor(accountKey, skillId));
    const QJsonObject json = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    if (json.value(QLatin1String("version")).toInt() != 1) {
        done(std::nullopt);
        return;
    }
    auto saved = std::make_shared<Saved>();
    saved->settings = Ice::fromJson(json);
    saved->sentAt = QDateTime::fromString(json.value(QLatin1String("sentAt")).toString(), Qt::ISODate);
    if (!m_credentials) {
        done(*saved);
        return;
    }
    saved->passwordsKept = true;
    auto pending = std::make_shared<int>(3);
    QPointer<QObject> guard(context);
    for (int i = 0; i < 3; ++i) {
        m_credentials->read(secretKey(accountKey, skillId, i), this, [saved, pending, guard, done, i](const CredentialStore::Result &result) {
            if (result.status == CredentialStore::Status::Ok)
                server(saved->settings, i).password = result.secret;
            else if (result.status != CredentialStore::Status::NotFound)
                saved->passwordsKept = false;
            if (--*pending == 0 && guard)
                done(*saved);
        });
    }
}
