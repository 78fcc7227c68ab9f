#include "core/credentials/passwordgenerator.h"

#include <QRandomGenerator>

#include <algorithm>

namespace PasswordGenerator {

QString generate(const std::function<bool(const QString &password)> &acceptable)
{
    // No look-alike characters, and specials that survive shells and CSV.
    static const QString alphabet = QStringLiteral(
        "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=?@^");
    QRandomGenerator *random = QRandomGenerator::system();
    for (int draw = 0; draw < 10'000; ++draw) {
        QString password;
        password.reserve(16);
        for (int i = 0; i < 16; ++i)
            password.append(alphabet.at(static_cast<int>(random->bounded(static_cast<quint32>(alphabet.size())))));
        if (!acceptable || acceptable(password))
            return password;
    }
    return {};
}

bool hasEveryKindOfCharacter(const QString &password)
{
    const auto any = [&password](auto test) { return std::any_of(password.cbegin(), password.cend(), test); };
    return any([](QChar c) { return c.isLower(); }) && any([](QChar c) { return c.isUpper(); })
           && any([](QChar c) { return c.isDigit(); }) && any([](QChar c) { return !c.isLetterOrNumber(); });
}

} // namespace PasswordGenerator
