#include "ui/registry/providerviews.h"

#include "ui/hostway/hostwayview.h"
#include "ui/ice/iceview.h"
#include "ui/ikoula/ikoulaview.h"
#include "ui/webitel/webitelview.h"

namespace {

template<typename View>
ProviderViews::Factory factory()
{
    return [](const ProviderView::Host &host, QObject *parent) { return new View(host, parent); };
}

} // namespace

ProviderViews::ProviderViews()
{
    // One line per provider (the ids of core/providers/<id>/<id>module.cpp).
    add(QStringLiteral("hostway"), factory<HostwayView>());
    add(QStringLiteral("ikoula"), factory<IkoulaView>());
    add(QStringLiteral("ice"), factory<IceView>());
    add(QStringLiteral("webitel"), factory<WebitelView>());
}

ProviderViews &ProviderViews::instance()
{
    static ProviderViews views;
    return views;
}

bool ProviderViews::add(const QString &providerId, Factory factory)
{
    for (const auto &entry : std::as_const(m_factories)) {
        if (entry.first == providerId)
            return false;
    }
    m_factories.append({providerId, std::move(factory)});
    return true;
}

QHash<QString, ProviderView *> ProviderViews::make(const ProviderView::Host &host, QObject *parent) const
{
    QHash<QString, ProviderView *> views;
    for (const auto &[id, make] : m_factories)
        views.insert(id, make(host, parent));
    return views;
}
