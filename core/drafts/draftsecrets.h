#pragma once

#include "core/drafts/draftapplier.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class CredentialStore;
class Operation;
class QObject;
struct Draft;

/// The keychain side of a draft's secrets, one way for the GUI and mailroomctl: what an
/// operation holds in memory when it is drafted is written to the keychain under
/// Draft::secretKey(), read back when the draft is applied (DraftApplier::setSecrets) and
/// removed when it is discarded. A draft file never holds a secret.
///
/// A secret the keychain refuses would live in this process's memory only, which a draft
/// outlives: the window and mailroomctl both take the change back out of the draft, say why,
/// and remove() what was kept.
class DraftSecrets final
{
public:
    using Secret = QPair<QString, QString>;   ///< keychain key, secret

    /// `credentials` and `context` (the receiver of the keychain's answers) are not owned.
    DraftSecrets(CredentialStore *credentials, QObject *context);

    /// The secrets `operation`, entry `entryId` of `draft`, holds in memory, by keychain key.
    [[nodiscard]] static QList<Secret> typed(const Draft &draft, const QString &entryId, const Operation &operation);
    /// Remembers `secrets` for the process and writes them to the keychain one after another;
    /// `done` gets an empty string when all are there, else the keychain's refusal, at which
    /// it stops (the next would fail alike). Every one stays remembered; those written before
    /// the refusal stay in the keychain (remove() takes them back).
    void store(QList<Secret> secrets, std::function<void(const QString &failure)> done) const;
    /// Reads a draft's secret for the applier: remembered first, then the keychain.
    [[nodiscard]] DraftApplier::SecretReader reader() const;
    /// Keeps a generated password for the applier: remembered, and written to the keychain;
    /// `refused` (may be empty) hears each keychain refusal.
    [[nodiscard]] DraftApplier::SecretWriter writer(std::function<void(const QString &failure)> refused = {}) const;
    /// Removes every secret of `draft` (Draft::secretKeys()) from memory and the keychain.
    void forget(const Draft &draft) const;
    /// Removes `secrets` from memory and the keychain (a draft that was not saved after all).
    void remove(const QList<Secret> &secrets) const;

private:
    CredentialStore *m_credentials;
    QObject *m_context;
};
