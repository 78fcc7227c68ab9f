#include "core/providers/hostway/hostwaymodule.h"

#include "core/accounts/account.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysearch.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/autoresponderoperation.h"
#include "core/providers/hostway/blackwhiteoperations.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "core/providers/hostway/forwardoperations.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "core/providers/hostway/migrationreport.h"
#include "core/providers/hostway/secretoperations.h"
#include "core/providers/hostway/spamfilteroperation.h"
#include "core/providers/hostway/contactoperations.h"
#include "core/providers/hostway/exchangeorderoperation.h"
#include "core/providers/hostway/infostoreoperation.h"
#include "core/providers/hostway/domainwebmailoperation.h"
#include "core/providers/hostway/webmailoperations.h"
#include "core/providers/hostway/mailboxowner.h"
#include "core/registry/providerconnection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

class HostwayConnection final : public ProviderConnection
{
public:
    HostwayConnection(const Account &account, const ConnectionContext &context)
        : m_client(std::make_unique<HostwayClient>(context.nam, HostwayModule::endpointOf(account)))
    {
        m_client->setTracker(context.tracker);
    }

    void setCredentials(const Account &account, const QString &password) override
    {
        m_client->setCredentials(account.userName, password);
    }
    void setTimeoutSeconds(int seconds) override { m_client->setTimeoutSeconds(seconds); }
    std::unique_ptr<OperationSender> makeSender() override { return std::make_unique<HostwaySender>(m_client.get()); }
    std::unique_ptr<AccountSearch> search(const Account &account, const SearchTerm &term) override
    {
        return std::make_unique<HostwaySearch>(m_client.get(), account, term);
    }
    /// An owner reads its own mailbox's webmail (a 404 says it has none, signed in all the
    /// same); an administrator its first domain (a 404 says the domain is gone, the
    /// credentials taken). Hostway has no account-level read: without a domain, nothing.
    void checkSignIn(const Account &account, QObject *context, SignInChecked done) override
    {
        // A 404 with a JSON body (Hostway's error shapes) got past the credentials; another
        // server's 404 page (a wrong base URL) is no sign-in and is said as it is.
        const auto accepted = [done](const ApiError &error) {
            const bool hostwaysNotFound = error.kind() == ApiError::Kind::NotFound && error.rawBody().trimmed().startsWith('{');
            done(hostwaysNotFound ? ApiError() : error, true);
        };
        if (const auto owner = Hostway::MailboxOwner::of(account)) {
            m_client->fetchWebmail(owner->domain, owner->name, context,
                                   [accepted](const ApiError &error, const Hostway::Webmail &) { accepted(error); })
                ->setFailureShownByCaller(true);
            return;
        }
        if (account.domains.isEmpty()) {
            done(ApiError(), false);
            return;
        }
        m_client->fetchDomain(account.domains.first(), context, [accepted](const ApiError &error, const Hostway::DomainInfo &) { accepted(error); })
            ->setFailureShownByCaller(true);
    }
    QObject *client() const override { return m_client.get(); }

private:
    std::unique_ptr<HostwayClient> m_client;
};

} // namespace

HostwayModule::HostwayModule()
{
    m_descriptor.id = QStringLiteral("hostway");
    m_descriptor.name = QCoreApplication::translate("Provider", "Hostway Email API");
    m_descriptor.icon = QStringLiteral(":/icons/provider-hostway.svg");
    m_descriptor.defaultBaseUrl = QStringLiteral("https://api.hostway.com");
    m_descriptor.capabilities = Provider::Mailboxes | Provider::Drafts | Provider::BasicAuthentication;
    m_descriptor.needsAccountId = true;
    m_descriptor.userAddsDomains = true;
    // A mailbox owner reaches the /email/{domain}/... shortcuts only (seed 003 sections 93-98,
    // 102-115): no mailbox list, no domain of its own, but its changes may be drafted.
    const Provider::Capabilities owner = Provider::Drafts | Provider::BasicAuthentication;
    m_descriptor.kinds = {
        {QLatin1String(Hostway::kAdminKind), QCoreApplication::translate("Provider", "Account administrator"),
         QCoreApplication::translate("Provider", "e.g. admin@partner-realm"), m_descriptor.capabilities, true, true},
        {QLatin1String(Hostway::kOwnerKind), QCoreApplication::translate("Provider", "Mailbox owner"),
         QCoreApplication::translate("Provider", "name@domain: the mailbox's own address"), owner, false, false},
        {QLatin1String(Hostway::kExchangeOwnerKind), QCoreApplication::translate("Provider", "Exchange mailbox owner"),
         QCoreApplication::translate("Provider", "name@domain: the mailbox's own address"), owner, false, false},
    };
}

std::unique_ptr<ProviderConnection> HostwayModule::connect(const Account &account, const ConnectionContext &context) const
{
    return std::make_unique<HostwayConnection>(account, context);
}

QStringList HostwayModule::accountProblems(const Account &account) const
{
    if (Hostway::MailboxOwner::isOwnerKind(account.kind)) {
        // The owner's calls have no {account} id: one given would be ignored, so none is kept.
        if (!account.accountId.isEmpty())
            return {QCoreApplication::translate("Account", "A mailbox owner signs in without an account id.")};
        if (!account.userName.trimmed().isEmpty() && !Hostway::MailboxOwner::of(account))
            return {QCoreApplication::translate("Account", "Enter the mailbox's address as the user name, such as john.smith@example.com.")};
        return {};
    }
    if (account.accountId.trimmed().isEmpty())
        return {QCoreApplication::translate("Account", "Enter the account id.")};
    return {};
}

std::unique_ptr<Operation> HostwayModule::readOperation(const QJsonObject &json, QString *error) const
{
    const QString kind = json.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String(CreateMailbox::kKind))
        return CreateMailbox::fromJson(json, error);
    if (kind == QLatin1String(UpdateMailbox::kKind))
        return UpdateMailbox::fromJson(json, error);
    if (kind == QLatin1String(DeleteMailbox::kKind))
        return DeleteMailbox::fromJson(json, error);
    if (kind == QLatin1String(SetForwards::kKind))
        return SetForwards::fromJson(json, error);
    if (kind == QLatin1String(RemoveForward::kKind))
        return RemoveForward::fromJson(json, error);
    if (kind == QLatin1String(AddBlackWhite::kKind))
        return AddBlackWhite::fromJson(json, error);
    if (kind == QLatin1String(RemoveBlackWhite::kKind))
        return RemoveBlackWhite::fromJson(json, error);
    if (kind == QLatin1String(CreateWebmail::kKind))
        return CreateWebmail::fromJson(json, error);
    if (kind == QLatin1String(SetWebmail::kKind))
        return SetWebmail::fromJson(json, error);
    if (kind == QLatin1String(ReportMigration::kKind))
        return ReportMigration::fromJson(json, error);
    if (kind == QLatin1String(SetSpamFilter::kKind))
        return SetSpamFilter::fromJson(json, error);
    if (kind == QLatin1String(SetInfoStoreQuota::kKind))
        return SetInfoStoreQuota::fromJson(json, error);
    if (kind == QLatin1String(OrderExchangeMailbox::kKind))
        return OrderExchangeMailbox::fromJson(json, error);
    if (kind == QLatin1String(SubmitOrder::kKind))
        return SubmitOrder::fromJson(json, error);
    if (kind == QLatin1String(CreateContact::kKind))
        return CreateContact::fromJson(json, error);
    if (kind == QLatin1String(UpdateContact::kKind))
        return UpdateContact::fromJson(json, error);
    if (kind == QLatin1String(DeleteContact::kKind))
        return DeleteContact::fromJson(json, error);
    if (kind == QLatin1String(SetDomainWebmailUpgrade::kKind))
        return SetDomainWebmailUpgrade::fromJson(json, error);
    if (kind == QLatin1String(SetAutoresponder::kKind))
        return SetAutoresponder::fromJson(json, error);
    if (kind == QLatin1String(CreateExchange::kKind))
        return CreateExchange::fromJson(json, error);
    if (kind == QLatin1String(UpdateExchange::kKind))
        return UpdateExchange::fromJson(json, error);
    if (kind == QLatin1String(DeleteExchange::kKind))
        return DeleteExchange::fromJson(json, error);
    if (kind == QLatin1String(SetSecretAnswers::kKind))
        return SetSecretAnswers::fromJson(json, error);
    if (kind == QLatin1String(ResetPasswordByAnswers::kKind))
        return ResetPasswordByAnswers::fromJson(json, error);
    return nullptr;
}

Hostway::Endpoint HostwayModule::endpointOf(const Account &account)
{
    return {account.baseUrl, account.accountId};
}
