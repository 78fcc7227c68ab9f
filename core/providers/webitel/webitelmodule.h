#pragma once

#include "core/accounts/provider.h"
#include "core/registry/providermodule.h"

/// Webitel email settings (seed 004_ccfa19ff1fa62297.txt): a WebitelClient per account, WebitelSender for its
/// changes; the settings can be read back.
class WebitelModule final : public ProviderModule
{
public:
    WebitelModule();

    [[nodiscard]] const Provider &descriptor() const override { return m_descriptor; }
    [[nodiscard]] std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                              const ConnectionContext &context) const override;
    [[nodiscard]] std::unique_ptr<Operation> readOperation(const QJsonObject &json, QString *error) const override;

private:
    Provider m_descriptor;
};
