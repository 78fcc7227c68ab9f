#pragma once

#include <QByteArray>
#include <QString>

/// Files the user asked to hold secrets (generated passwords to hand out).
namespace SecretFile {

/// Writes `data` to `path`, readable and writable by the owner only from before the first
/// byte; an existing file is tightened first. False with *error.
bool writeOwnerOnly(const QString &path, const QByteArray &data, QString *error);

} // namespace SecretFile
