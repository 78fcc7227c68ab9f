#pragma once

#include "core/accounts/provider.h"
#include "core/registry/providermodule.h"

/// Ikoula Exchange, wsexch (seed 000_ff00a10b076e969b.txt): an IkoulaClient per account,
/// signing with the account's RSA public key, IkoulaSender for its changes.
class IkoulaModule final : public ProviderModule
{
public:
    IkoulaModule();

    [[nodiscard]] const Provider &descriptor() const override { return m_descriptor; }
    [[nodiscard]] std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                              const ConnectionContext &context) const override;
    /// The public key must be there and usable (IkoulaSigner).
    [[nodiscard]] QStringList accountProblems(const Account &account) const override;
    [[nodiscard]] std::unique_ptr<Operation> readOperation(const QJsonObject &json, QString *error) const override;

private:
    Provider m_descriptor;
};
