#pragma once

#include "core/drafts/draftaccount.h"
#include "core/operations/operation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

/// A mailbox as last seen at the provider, for offline drafting and conflict checks.
struct SnapshotMailbox
{
    QString username;
    int quotaMb = 0;
    bool master = false;
    QString type;
};

/// What was loaded of one domain, and when.
struct DomainSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DomainSnapshot)

public:
    QDateTime fetchedAt;
    QList<SnapshotMailbox> mailboxes;

    [[nodiscard]] const SnapshotMailbox *find(const QString &username) const;
    /// {"fetched": ISO 8601, "mailboxes": [{username, quota, master, type}]}, as in draft files.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads toJson()'s form strictly: a field of another type is an error, never a default.
    static std::optional<DomainSnapshot> fromJson(const QJsonObject &json, QString *error);
};

/// One operation of a draft, with its own stable id (the journal and the keychain use it).
struct DraftEntry
{
    QString id;
    std::shared_ptr<Operation> operation;
};

/// A problem with one entry of a draft (offline validation).
struct DraftProblem
{
    QString entryId;
    int index = -1;          ///< position of the entry in the draft
    QString field;
    QString message;         ///< translated
};

/// An ordered list of operations prepared offline, with the state they were drafted against.
/// Saved as versioned JSON (schema in the README, "Draft files"), atomically, and never
/// holding a secret: a password typed while drafting is in the keychain under
/// passwordKey(), or the operation says "generate".
class Draft
{
    Q_DECLARE_TR_FUNCTIONS(Draft)

public:
    /// The version this build writes; it reads 1..kVersion and refuses newer files.
    static constexpr int kVersion = 1;
    /// The largest draft file read (64 MB, some 300,000 operations): a larger one is refused
    /// before it is read, so memory stays proportional to a draft a person can review.
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    QString id;                              ///< UUID
    QDateTime created;
    QDateTime modified;
    DraftAccount account;
    QMap<QString, DomainSnapshot> snapshots; ///< by domain
    QList<DraftEntry> entries;

    /// A new, empty draft with a fresh id.
    static Draft create(const DraftAccount &account);

    /// Appends `operation` with a new entry id; returns the id.
    QString append(std::shared_ptr<Operation> operation);

    [[nodiscard]] QJsonObject toJson() const;
    /// Reads a draft; on failure returns nullopt and sets *error (translated).
    static std::optional<Draft> fromJson(const QJsonObject &json, QString *error);

    /// Reads `path`; a missing, corrupt or future-version file gives nullopt and *error, and is
    /// left untouched.
    static std::optional<Draft> load(const QString &path, QString *error);
    /// Writes `path` atomically (QSaveFile): the old file stays whole if anything fails.
    bool save(const QString &path, QString *error) const;

    /// Each operation's own rules, plus references: an update or delete must target a mailbox
    /// in the snapshot or created earlier in the draft (and not deleted since); a create must
    /// not target one that exists. Without a snapshot of a domain only the rules are checked.
    [[nodiscard]] QList<DraftProblem> validate() const;

    /// Every keychain key this draft's secrets may be kept under: each entry's secretNames()
    /// and, for an entry whose password is generated, its passwordKey(). Deleted when the
    /// draft is archived or discarded.
    [[nodiscard]] QStringList secretKeys() const;
    /// The keychain key of the password of entry `entryId`.
    [[nodiscard]] QString passwordKey(const QString &entryId) const;
    /// The keychain key of entry `entryId`'s secret `name` (Operation::secretNames()):
    /// passwordKey() for "password", "<passwordKey>:<name>" for the others.
    [[nodiscard]] QString secretKey(const QString &entryId, const QString &name) const;
};
