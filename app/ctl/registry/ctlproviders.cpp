#include "app/ctl/registry/ctlproviders.h"

#include "app/ctl/hostway/hostwayctlprovider.h"
#include "app/ctl/ice/icectlprovider.h"
#include "app/ctl/ikoula/ikoulactlprovider.h"
#include "app/ctl/registry/ctlprovider.h"
#include "app/ctl/webitel/webitelctlprovider.h"

CtlProviders::CtlProviders()
{
    // One line per provider (the ids of core/providers/<id>/<id>module.cpp); Hostway first.
    add(std::make_unique<HostwayCtlProvider>());
    add(std::make_unique<WebitelCtlProvider>());
    add(std::make_unique<IkoulaCtlProvider>());
    add(std::make_unique<IceCtlProvider>());
}

CtlProviders::~CtlProviders() = default;

CtlProviders &CtlProviders::instance()
{
    static CtlProviders providers;
    return providers;
}

bool CtlProviders::add(std::unique_ptr<CtlProvider> provider)
{
    if (!provider || find(provider->id()))
        return false;
    m_providers.push_back(std::move(provider));
    return true;
}

const CtlProvider *CtlProviders::find(const QString &id) const
{
    for (const auto &provider : m_providers) {
        if (provider->id() == id)
            return provider.get();
    }
    return nullptr;
}

QList<const CtlProvider *> CtlProviders::all() const
{
    QList<const CtlProvider *> list;
    for (const auto &p : m_providers)
        list.append(p.get());
    return list;
}

QStringList CtlProviders::ids() const
{
    QStringList ids;
    for (const auto &provider : m_providers)
        ids.append(provider->id());
    return ids;
}

QStringList CtlProviders::commands() const
{
    QStringList commands;
    for (const auto &provider : m_providers) {
        for (const QString &command : provider->commands()) {
            if (!commands.contains(command))
                commands.append(command);
        }
    }
    return commands;
}

QStringList CtlProviders::offering(const QString &command) const
{
    QStringList ids;
    for (const auto &provider : m_providers) {
        if (provider->commands().contains(command))
            ids.append(provider->id());
    }
    return ids;
}

QString CtlProviders::usage() const
{
    QString text;
    for (const auto &provider : m_providers)
        text += QLatin1Char('\n') + provider->usage();
    return text;
}
