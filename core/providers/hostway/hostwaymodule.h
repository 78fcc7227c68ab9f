#pragma once

#include "core/accounts/provider.h"
#include "core/providers/hostway/hostwaytypes.h"
#include "core/registry/providermodule.h"

/// Hostway Email API (seeds 002_0eb8292a766efff0.txt and 003_aa31f808b2178cb3.txt): a HostwayClient per account, HostwaySender for its
/// changes; an account needs the {account} id of /accounts/{account}.
class HostwayModule final : public ProviderModule
{
public:
    HostwayModule();

    [[nodiscard]] const Provider &descriptor() const override { return m_descriptor; }
    [[nodiscard]] std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                              const ConnectionContext &context) const override;
    [[nodiscard]] QStringList accountProblems(const Account &account) const override;
    [[nodiscard]] std::unique_ptr<Operation> readOperation(const QJsonObject &json, QString *error) const override;
    /// Where `account`'s calls go: its base URL and its {account} id.
    [[nodiscard]] static Hostway::Endpoint endpointOf(const Account &account);

private:
    Provider m_descriptor;
};
