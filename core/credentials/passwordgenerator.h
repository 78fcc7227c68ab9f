#pragma once

#include <QString>

/// Generates passwords from the system's cryptographically secure random source
/// (QRandomGenerator::system()).
namespace PasswordGenerator {

/// A 16-character password that meets every Hostway mailbox rule for `name`@`domain`
/// (letters of both cases, digits and specials; no forbidden prefix or substring).
QString hostwayMailboxPassword(const QString &name, const QString &domain);

} // namespace PasswordGenerator
