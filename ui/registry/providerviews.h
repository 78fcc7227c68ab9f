#pragma once

#include "ui/registry/providerview.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

/// The GUI's registry of providers, beside core's ProviderRegistry: one factory of a
/// ProviderView per provider id, the four built-in ones and any a test adds. MainWindow
/// makes one view of each for itself.
class ProviderViews final
{
public:
    /// Makes the view of one window, parented to `parent`.
    using Factory = std::function<ProviderView *(const ProviderView::Host &host, QObject *parent)>;

    /// The registry, with the built-in providers' views.
    static ProviderViews &instance();

    /// Adds the view of provider `providerId`; false (and nothing replaced) when it has one.
    bool add(const QString &providerId, Factory factory);
    /// A view of every provider listed, by provider id, parented to `parent`.
    [[nodiscard]] QHash<QString, ProviderView *> make(const ProviderView::Host &host, QObject *parent) const;

private:
    ProviderViews();

    QList<std::pair<QString, Factory>> m_factories;
};
