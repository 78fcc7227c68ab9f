#include "sandbox/hostwaypasswordpolicy.h"

#include <algorithm>

namespace Sandbox {

QString hostwayPasswordViolation(const QString &password, const QString &username,
                                 const QString &domain, const QStringList &history)
{
    if (password.size() < 8)
        return QStringLiteral("Password should be at least 8 characters long");
    if (password.size() > 128)
        return QStringLiteral("Password should be at most 128 characters long");
    const auto has = [&password](auto predicate) {
        return std::any_of(password.cbegin(), password.cend(), predicate);
    };
    if (!has([](QChar c) { return c.isDigit(); }))
        return QStringLiteral("Password should have at least one digit");
    if (!has([](QChar c) { return c.isUpper(); }))
        return QStringLiteral("Password should have at least one capital letter");
    if (!has([](QChar c) { return c.isLower(); }))
        return QStringLiteral("Password should have at least one lower case letter");
    if (!has([](QChar c) { return !c.isLetterOrNumber() && c != QLatin1Char('_'); }))
        return QStringLiteral("Password should contain at least one special character");
    if (password.startsWith(QLatin1String("pass"), Qt::CaseInsensitive))
        return QStringLiteral("Password should not start with the phrase 'pass' case-insensitively");
    if (password.startsWith(QLatin1String("abc"), Qt::CaseInsensitive))
        return QStringLiteral("Password should not start with 'abc' case-insensitively");
    if (password.startsWith(QLatin1String("123")))
        return QStringLiteral("Password should not start with 123");
    const QString secondLevel = domain.section(QLatin1Char('.'), -2, -2);
    if (!secondLevel.isEmpty() && password.contains(secondLevel, Qt::CaseInsensitive))
        return QStringLiteral("Password must not contain the second-level domain");
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return QStringLiteral("Password must not contain the username");
    if (username.size() >= 3 && password.startsWith(username.left(3), Qt::CaseInsensitive))
        return QStringLiteral("Password must not start with the first 3 letters from the username");
    if (history.contains(password))
        return QStringLiteral("Password must not be used more than once");
    return {};
}

} // namespace Sandbox
