#pragma once

#include <QByteArray>
#include <QString>

/// Files the user asked to hold secrets (generated passwords to hand out).
namespace SecretFile {

/// Writes `data` to `path`, readable and writable by the owner only from before the first
/// byte; an existing file is tightened first. False with *error.
bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *error);

/// Appends `data` to `path` (created owner-only if missing; an existing file is tightened
/// first) and waits until it is on disk (fsync), so that a secret written before a request is
/// sent survives a crash right after. A symbolic link or anything but a regular file is
/// refused. False with *error.
bool appendOwnerOnly(const QString &path, const QByteArray &data, QString *error);

} // namespace SecretFile
