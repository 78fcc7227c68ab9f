#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

class ProviderModule;
struct Provider;

/// The one list of providers core knows (GNOME Online Accounts' idea): the four built-in
/// modules, in the order the GUI lists them, and any a test adds. Everything else asks it by
/// the account's provider id and never compares that id itself.
class ProviderRegistry final
{
public:
    /// The registry, with the built-in providers (made at first use, after the translators
    /// are installed, so their names are translated).
    static ProviderRegistry &instance();

    /// Adds `module` after the others; a module with an id already listed replaces nothing
    /// and is dropped (returns false).
    bool add(std::unique_ptr<ProviderModule> module);
    /// The module of provider `id`, or null for an id no module has.
    [[nodiscard]] const ProviderModule *find(const QString &id) const;
    /// Every module, in order.
    [[nodiscard]] QList<const ProviderModule *> modules() const;
    /// Every module's descriptor, in order.
    [[nodiscard]] const QList<Provider> &descriptors() const { return m_descriptors; }

    ~ProviderRegistry();

private:
    ProviderRegistry();

    std::vector<std::unique_ptr<ProviderModule>> m_modules;
    QList<Provider> m_descriptors;
};
