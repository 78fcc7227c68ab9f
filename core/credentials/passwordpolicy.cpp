#include "core/credentials/passwordpolicy.h"

#include <algorithm>

bool PasswordPolicy::isAcceptable(const QString &password, const QString &username, const QString &domain) const
{
    if (password.isEmpty())
        return false;
    const QList<PasswordCheck> checks = check(password, username, domain);
    return std::all_of(checks.cbegin(), checks.cend(), [](const PasswordCheck &c) { return c.met; });
}
