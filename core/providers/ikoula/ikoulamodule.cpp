#include "core/providers/ikoula/ikoulamodule.h"

#include "core/accounts/account.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaoperation.h"
#include "core/providers/ikoula/ikoulasearch.h"
#include "core/providers/ikoula/ikoulasender.h"
#include "core/providers/ikoula/ikoulasigner.h"
#include "core/registry/providerconnection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

class IkoulaConnection final : public ProviderConnection
{
public:
    IkoulaConnection(const Account &account, const ConnectionContext &context)
        : m_client(std::make_unique<IkoulaClient>(context.nam, account.baseUrl))
    {
        m_client->setTracker(context.tracker);
        m_client->setPublicKey(account.publicKeyPem);
    }

    void setCredentials(const Account &account, const QString &password) override
    {
        m_client->setCredentials(account.userName, password);
    }
    void setTimeoutSeconds(int seconds) override { m_client->setTimeoutSeconds(seconds); }
    std::unique_ptr<OperationSender> makeSender() override { return std::make_unique<IkoulaSender>(m_client.get()); }
    std::unique_ptr<AccountSearch> search(const Account &account, const SearchTerm &term) override
    {
        return std::make_unique<IkoulaSearch>(m_client.get(), account, term);
    }
    /// wsexch/list: the subscriptions, read with the login and its signature.
    void checkSignIn(const Account &account, QObject *context, SignInChecked done) override
    {
        Q_UNUSED(account)
        m_client->listSubscriptions(context, [done](const ApiError &error, const QList<Ikoula::Subscription> &) { done(error, true); });
    }
    QObject *client() const override { return m_client.get(); }

private:
    std::unique_ptr<IkoulaClient> m_client;
};

} // namespace

IkoulaModule::IkoulaModule()
{
    m_descriptor.id = QStringLiteral("ikoula");
    m_descriptor.name = QCoreApplication::translate("Provider", "Ikoula Exchange");
    m_descriptor.icon = QStringLiteral(":/icons/provider-ikoula.svg");
    m_descriptor.defaultBaseUrl = QStringLiteral("https://api.ikoula.com");
    m_descriptor.capabilities = Provider::Mailboxes | Provider::Drafts | Provider::DistributionLists | Provider::Contacts
                              | Provider::Subscriptions | Provider::Billing;
    m_descriptor.needsPublicKey = true;
}

std::unique_ptr<ProviderConnection> IkoulaModule::connect(const Account &account, const ConnectionContext &context) const
{
    return std::make_unique<IkoulaConnection>(account, context);
}

QStringList IkoulaModule::accountProblems(const Account &account) const
{
    if (account.publicKeyPem.trimmed().isEmpty())
        return {QCoreApplication::translate("Account", "Paste Ikoula's RSA public key or load it from its PEM file.")};
    QString reason;
    if (!IkoulaSigner::isUsablePublicKey(account.publicKeyPem, &reason))
        return {reason};
    return {};
}

std::unique_ptr<Operation> IkoulaModule::readOperation(const QJsonObject &json, QString *error) const
{
    if (!json.value(QLatin1String("kind")).toString().startsWith(QLatin1String(IkoulaOperation::kKindPrefix)))
        return nullptr;
    return IkoulaOperation::fromJson(json, error);
}
