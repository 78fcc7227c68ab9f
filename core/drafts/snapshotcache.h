#pragma once

#include "core/drafts/draft.h"

#include <optional>

/// The last full list of each domain's mailboxes, kept on disk (JSON, atomically) so that a
/// domain can be opened and drafted against with no network. Holds no secret.
class SnapshotCache
{
public:
    /// Files go under `folder` (the application's cache folder in the app).
    explicit SnapshotCache(QString folder);

    /// Stores `snapshot` of `domain` for the account known by `accountKey` (Account::keychainKey()).
    bool save(const QString &accountKey, const QString &domain, const DomainSnapshot &snapshot) const;
    /// The stored snapshot, if any.
    [[nodiscard]] std::optional<DomainSnapshot> load(const QString &accountKey, const QString &domain) const;
    /// Deletes the snapshots not written for `maxAgeDays` days (domains no longer opened);
    /// returns how many.
    int prune(int maxAgeDays) const;

private:
    [[nodiscard]] QString pathFor(const QString &accountKey, const QString &domain) const;

    QString m_folder;
};
