#include "core/providers/webitel/webitelmodule.h"

#include "core/accounts/account.h"
#include "core/providers/webitel/webitelclient.h"
#include "core/providers/webitel/webiteloperation.h"
#include "core/providers/webitel/webitelsender.h"
#include "core/registry/providerconnection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

class WebitelConnection final : public ProviderConnection
{
public:
    WebitelConnection(const Account &account, const ConnectionContext &context)
        : m_client(std::make_unique<WebitelClient>(context.nam, account.baseUrl))
    {
        m_client->setTracker(context.tracker);
    }

    void setCredentials(const Account &account, const QString &password) override
    {
        m_client->setCredentials(account.userName, password);
    }
    void setTimeoutSeconds(int seconds) override { m_client->setTimeoutSeconds(seconds); }
    std::unique_ptr<OperationSender> makeSender() override { return std::make_unique<WebitelSender>(m_client.get()); }
    /// A login (POST /login): Webitel's own check of the user and password.
    void checkSignIn(const Account &account, QObject *context, SignInChecked done) override
    {
        Q_UNUSED(account)
        m_client->signIn(context, [done](const ApiError &error) { done(error, true); });
    }
    QObject *client() const override { return m_client.get(); }

private:
    std::unique_ptr<WebitelClient> m_client;
};

} // namespace

WebitelModule::WebitelModule()
{
    m_descriptor.id = QStringLiteral("webitel");
    m_descriptor.name = QCoreApplication::translate("Provider", "Webitel email settings");
    m_descriptor.icon = QStringLiteral(":/icons/provider-webitel.svg");
    m_descriptor.defaultBaseUrl = QStringLiteral("https://app.webitel.com/engine");
    m_descriptor.capabilities = Provider::ServerSettings | Provider::ReadSettingsBack | Provider::Drafts;
    m_descriptor.userAddsDomains = true;
}

std::unique_ptr<ProviderConnection> WebitelModule::connect(const Account &account, const ConnectionContext &context) const
{
    return std::make_unique<WebitelConnection>(account, context);
}

std::unique_ptr<Operation> WebitelModule::readOperation(const QJsonObject &json, QString *error) const
{
    if (!json.value(QLatin1String("kind")).toString().startsWith(QLatin1String(WebitelOperation::kKindPrefix)))
        return nullptr;
    return WebitelOperation::fromJson(json, error);
}
