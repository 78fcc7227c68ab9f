#include "core/accounts/account.h"

#include "core/drafts/draftaccount.h"
#include "core/providers/ikoula/ikoulasigner.h"

#include <QHostAddress>

QString Account::keychainKey() const
{
    return provider + QLatin1Char(':') + userName + QLatin1Char('@') + baseUrl.host() + QLatin1Char(':') + accountId;
}

DraftAccount Account::draftAccount() const
{
    return {provider, baseUrl, accountId, userName, provider == QLatin1String("ikoula") ? publicKeyPem : QByteArray()};
}

bool Account::owns(const DraftAccount &draft) const
{
    return draft.provider == provider && draft.baseUrl == baseUrl && draft.accountId == accountId && draft.userName == userName;
}

QString Account::baseUrlProblem(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("Enter the provider's base URL, such as https://api.hostway.com or https://app.webitel.com/engine.");
    if (baseUrl.scheme() == QLatin1String("https"))
        return {};
    const QHostAddress host(baseUrl.host());
    const bool loopback = host.isLoopback() || baseUrl.host() == QLatin1String("localhost");
    if (baseUrl.scheme() != QLatin1String("http") || !loopback)
        return tr("The base URL must start with https:// (plain http is only allowed on this computer, for the sandbox).");
    return {};
}

QStringList Account::problems() const
{
    QStringList problems;
    if (displayName.trimmed().isEmpty())
        problems.append(tr("Enter a display name."));
    const QString urlProblem = baseUrlProblem(baseUrl);
    if (!urlProblem.isEmpty())
        problems.append(urlProblem);
    if (provider == QLatin1String("hostway") && accountId.trimmed().isEmpty())
        problems.append(tr("Enter the account id."));
    if (provider == QLatin1String("ice") && accountId.trimmed().toInt() <= 0)
        problems.append(tr("Enter the organisation id (a number, such as 59)."));
    if (provider == QLatin1String("ikoula")) {
        QString reason;
        if (publicKeyPem.trimmed().isEmpty())
            problems.append(tr("Paste Ikoula's RSA public key or load it from its PEM file."));
        else if (!IkoulaSigner::isUsablePublicKey(publicKeyPem, &reason))
            problems.append(reason);
    }
    if (userName.trimmed().isEmpty())
        problems.append(tr("Enter the user name."));
    return problems;
}
