#include "core/accounts/account.h"

#include <QHostAddress>

QString Account::keychainKey() const
{
    return provider + QLatin1Char(':') + userName + QLatin1Char('@') + baseUrl.host() + QLatin1Char(':') + accountId;
}

QStringList Account::problems() const
{
    QStringList problems;
    if (displayName.trimmed().isEmpty())
        problems.append(tr("Enter a display name."));
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        problems.append(tr("Enter the provider's base URL, such as https://api.hostway.com or https://app.webitel.com/engine."));
    } else if (baseUrl.scheme() != QLatin1String("https")) {
        const QHostAddress host(baseUrl.host());
        const bool loopback = host.isLoopback() || baseUrl.host() == QLatin1String("localhost");
        if (baseUrl.scheme() != QLatin1String("http") || !loopback)
            problems.append(tr("The base URL must start with https:// (plain http is only allowed on this computer, for the sandbox)."));
    }
    if (provider == QLatin1String("hostway") && accountId.trimmed().isEmpty())
        problems.append(tr("Enter the account id."));
    if (userName.trimmed().isEmpty())
        problems.append(tr("Enter the user name."));
    return problems;
}
