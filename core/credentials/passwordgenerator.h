#pragma once

#include <QString>

#include <functional>

/// Generates passwords from the system's cryptographically secure random source
/// (QRandomGenerator::system()). The rules a password must meet are the provider's: each
/// provider passes its own check (Hostway::Rules::generatePassword, IkoulaOperation).
namespace PasswordGenerator {

/// A 16-character password of letters of both cases, digits and specials, without look-alike
/// characters (0/O, 1/l/I), drawn again until `acceptable` takes it; empty when 10,000 draws
/// were all refused (a check that cannot pass).
[[nodiscard]] QString generate(const std::function<bool(const QString &password)> &acceptable);

/// True when `password` holds a lower-case and a capital letter, a digit and a special: the
/// check for providers that document no rules of their own.
[[nodiscard]] bool hasEveryKindOfCharacter(const QString &password);

} // namespace PasswordGenerator
