#pragma once

#include "core/accounts/provider.h"
#include "core/registry/providermodule.h"

/// ICE EmailAdmin (seed 001_15ceedbe4445e338.txt): an IceClient per account, for its
/// organisation id, IceSender for its changes. ICE cannot give settings back, so the
/// connection remembers what ICE accepted in an IceSettingsStore (defaultFolder()) when the
/// context has a credential store.
class IceModule final : public ProviderModule
{
public:
    IceModule();

    [[nodiscard]] const Provider &descriptor() const override { return m_descriptor; }
    [[nodiscard]] std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                              const ConnectionContext &context) const override;
    /// The organisation id must be a positive number.
    [[nodiscard]] QStringList accountProblems(const Account &account) const override;
    [[nodiscard]] std::unique_ptr<Operation> readOperation(const QJsonObject &json, QString *error) const override;

private:
    Provider m_descriptor;
};
