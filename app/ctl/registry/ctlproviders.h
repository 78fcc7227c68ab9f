#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class CtlProvider;

/// mailroomctl's registry of providers, beside core's ProviderRegistry and the window's
/// ProviderViews: one CtlProvider per provider id, the four built-in ones (Hostway first, the
/// default without --provider) and any a test adds.
class CtlProviders final
{
public:
    /// The registry, with the built-in providers.
    static CtlProviders &instance();

    /// Adds `provider` after the others; false (and dropped) when its id is listed.
    bool add(std::unique_ptr<CtlProvider> provider);
    /// The provider `id`, or null.
    [[nodiscard]] const CtlProvider *find(const QString &id) const;
    /// The one used without --provider (the first).
    [[nodiscard]] const CtlProvider &defaultProvider() const { return *m_providers.front(); }
    /// Every provider, in order.
    [[nodiscard]] QList<const CtlProvider *> all() const;
    /// Every provider's id, in order.
    [[nodiscard]] QStringList ids() const;
    /// Every provider's commands, "noun verb", in order.
    [[nodiscard]] QStringList commands() const;
    /// The ids of the providers that offer `command` ("noun verb"), in order.
    [[nodiscard]] QStringList offering(const QString &command) const;
    /// Every provider's section of --help, in order.
    [[nodiscard]] QString usage() const;

    ~CtlProviders();

private:
    CtlProviders();

    std::vector<std::unique_ptr<CtlProvider>> m_providers;
};
