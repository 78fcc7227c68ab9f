#pragma once

#include "core/providers/ice/icetypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class CredentialStore;

/// Mailroom's memory of the last email server settings it sent to ICE for each skill: ICE
/// publishes no call that reads them back (seed 001_15ceedbe4445e338.txt). The settings go
/// to a JSON file (atomically, no password in it); the three passwords go to the keychain
/// under "<account key>:skill:<id>:smtp|pop3|imap". Without a keychain they are not kept,
/// and load() answers the settings without them.
class IceSettingsStore final : public QObject
{
    Q_OBJECT

public:
    /// What load() found: the settings (passwords from the keychain when it had them) and
    /// when they were sent.
    struct Saved
    {
        Ice::ServerSettings settings;
        QDateTime sentAt;            ///< UTC
        bool passwordsKept = false;  ///< false when the keychain could not give them back
    };

    /// Files go under `folder`: defaultFolder() in the GUI and the CLI, a test's own in tests.
    IceSettingsStore(QString folder, CredentialStore *credentials, QObject *parent = nullptr);
    /// The folder the GUI and mailroomctl share: "<application data>/ice".
    static QString defaultFolder();

    /// Remembers `settings` as sent now. `done(passwordsKept)` once the keychain answered.
    void save(const QString &accountKey, const Ice::ServerSettings &settings, QObject *context,
              std::function<void(bool passwordsKept)> done);
    /// The remembered settings of `skillId`, or nullopt when none were sent from here.
    void load(const QString &accountKey, int skillId, QObject *context, std::function<void(std::optional<Saved>)> done);

    /// The file holding a skill's settings (tests check it holds no secret).
    [[nodiscard]] QString pathFor(const QString &accountKey, int skillId) const;

private:
    QString m_folder;
    QPointer<CredentialStore> m_credentials;
};
