#include "core/registry/providerregistry.h"

#include "core/accounts/provider.h"
#include "core/providers/hostway/hostwaymodule.h"
#include "core/providers/ice/icemodule.h"
#include "core/providers/ikoula/ikoulamodule.h"
#include "core/providers/webitel/webitelmodule.h"
#include "core/registry/providermodule.h"

ProviderRegistry::ProviderRegistry()
{
    // The built-in providers, in the order the GUI lists them: one line each.
    add(std::make_unique<HostwayModule>());
    add(std::make_unique<IkoulaModule>());
    add(std::make_unique<IceModule>());
    add(std::make_unique<WebitelModule>());
}

ProviderRegistry::~ProviderRegistry() = default;

ProviderRegistry &ProviderRegistry::instance()
{
    static ProviderRegistry registry;
    return registry;
}

bool ProviderRegistry::add(std::unique_ptr<ProviderModule> module)
{
    if (!module || find(module->descriptor().id))
        return false;
    m_descriptors.append(module->descriptor());
    m_modules.push_back(std::move(module));
    return true;
}

const ProviderModule *ProviderRegistry::find(const QString &id) const
{
    for (const auto &module : m_modules) {
        if (module->descriptor().id == id)
            return module.get();
    }
    return nullptr;
}

QList<const ProviderModule *> ProviderRegistry::modules() const
{
    QList<const ProviderModule *> modules;
    for (const auto &module : m_modules)
        modules.append(module.get());
    return modules;
}
