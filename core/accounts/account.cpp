#include "core/accounts/account.h"

#include "core/accounts/provider.h"
#include "core/drafts/draftaccount.h"
#include "core/registry/providermodule.h"
#include "core/registry/providerregistry.h"

#include <QHostAddress>

QString Account::keychainKey() const
{
    return provider + QLatin1Char(':') + userName + QLatin1Char('@') + baseUrl.host() + QLatin1Char(':') + accountId;
}

DraftAccount Account::draftAccount() const
{
    return {provider, baseUrl, accountId, userName, Provider::of(provider).needsPublicKey ? publicKeyPem : QByteArray()};
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
    if (const ProviderModule *module = ProviderRegistry::instance().find(provider))
        problems.append(module->accountProblems(*this));
    else
        problems.append(tr("Mailroom does not know the provider \"%1\".").arg(provider));
    if (userName.trimmed().isEmpty())
        problems.append(tr("Enter the user name."));
    return problems;
}
