#include "core/accounts/provider.h"

#include "core/accounts/account.h"
#include "core/registry/providerregistry.h"

const QList<Provider> &Provider::all()
{
    return ProviderRegistry::instance().descriptors();
}

const Provider &Provider::of(const QString &id)
{
    for (const Provider &p : all()) {
        if (p.id == id)
            return p;
    }
    return all().constFirst();
}

const Provider::Kind *Provider::kind(const QString &id) const
{
    if (kinds.isEmpty())
        return nullptr;
    for (const Kind &k : kinds) {
        if (k.id == id)
            return &k;
    }
    return &kinds.constFirst();
}

Provider Provider::forAccount(const Account &account)
{
    Provider p = of(account.provider);
    if (const Kind *k = p.kind(account.kind)) {
        p.capabilities = k->capabilities;
        p.needsAccountId = k->needsAccountId;
        p.userAddsDomains = k->userAddsDomains;
    }
    return p;
}

Provider::Terms Provider::defaultTerms()
{
    Terms t;
    t.domain = QStringLiteral("%1");
    t.domainIcon = QStringLiteral(":/icons/domain.svg");
    t.addDomain = tr("Add &Domain\u2026");
    t.settings = tr("Email Settings");
    t.accountId = tr("Account &id:");
    t.accountIdHint = tr("the {account} of /accounts/{account}/...");
    t.accountTooltip = tr("%1: account %2 at %3, as %4");
    return t;
}
