#include "core/accounts/provider.h"

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
