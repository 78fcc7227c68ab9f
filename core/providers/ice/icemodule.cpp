#include "core/providers/ice/icemodule.h"

#include "core/accounts/account.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/iceoperation.h"
#include "core/providers/ice/icesender.h"
#include "core/providers/ice/icesettingsstore.h"
#include "core/registry/providerconnection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

#include <utility>
#include <vector>

namespace {

class IceConnection final : public ProviderConnection
{
public:
    IceConnection(const Account &account, const ConnectionContext &context)
        : m_client(std::make_unique<IceClient>(context.nam, account.baseUrl))
        , m_accountKey(account.keychainKey())
    {
        m_client->setTracker(context.tracker);
        m_client->setFieldNames(Ice::fieldNamesFromId(account.fieldSpelling));
        if (context.credentials)
            m_store = std::make_unique<IceSettingsStore>(IceSettingsStore::defaultFolder(), context.credentials);
    }

    void setCredentials(const Account &account, const QString &password) override
    {
        m_client->setCredentials(account.accountId.toInt(), account.userName, password);
    }
    void setTimeoutSeconds(int seconds) override { m_client->setTimeoutSeconds(seconds); }
    /// A login (POST Authenticate/Login, for the token): ICE's own check of the organisation, user
    /// and password.
    void checkSignIn(const Account &account, QObject *context, SignInChecked done) override
    {
        Q_UNUSED(account)
        m_client->signIn(context, [done](const ApiError &error) { done(error, true); });
    }

    bool adopt(const Account &was, const Account &now) override
    {
        if (!ProviderConnection::adopt(was, now))
            return false;
        m_client->setFieldNames(Ice::fieldNamesFromId(now.fieldSpelling));   // the same client: its token stays good
        return true;
    }

    std::unique_ptr<OperationSender> makeSender() override
    {
        if (!m_store)
            return std::make_unique<IceSender>(m_client.get());
        // What ICE accepted is remembered, keychain included, as a live change's is.
        return std::make_unique<IceSender>(m_client.get(), [this](const Ice::ServerSettings &settings) {
            ++m_saving;
            m_store->save(m_accountKey, settings, m_store.get(), [this](bool) {
                if (--m_saving == 0)
                    settled();
            });
        });
    }

    void whenSettled(QObject *context, std::function<void()> done) override
    {
        if (m_saving == 0)
            return ProviderConnection::whenSettled(context, std::move(done));
        m_waiting.emplace_back(QPointer<QObject>(context), std::move(done));
    }

    QObject *client() const override { return m_client.get(); }

private:
    void settled()
    {
        auto waiting = std::exchange(m_waiting, {});
        for (auto &[context, done] : waiting) {
            if (context)
                done();
        }
    }

    std::unique_ptr<IceClient> m_client;
    std::unique_ptr<IceSettingsStore> m_store;
    QString m_accountKey;
    int m_saving = 0;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_waiting;
};

} // namespace

IceModule::IceModule()
{
    m_descriptor.id = QStringLiteral("ice");
    m_descriptor.name = QCoreApplication::translate("Provider", "ICE EmailAdmin");
    m_descriptor.icon = QStringLiteral(":/icons/provider-ice.svg");
    m_descriptor.defaultBaseUrl = QStringLiteral("https://www.enterice.com");
    m_descriptor.capabilities = Provider::ServerSettings | Provider::Drafts | Provider::FieldSpellings;
    m_descriptor.needsAccountId = true;
    m_descriptor.userAddsDomains = true;
    // ICE's "domains" are skills of an organisation (seeds/001, Update Email Server: SkillId).
    Provider::Terms &terms = m_descriptor.terms;
    terms.domain = QCoreApplication::translate("Provider", "Skill %1");
    terms.domainIcon = QStringLiteral(":/icons/organisation.svg");
    terms.addDomain = QCoreApplication::translate("Provider", "Add &Skill\u2026");
    terms.settings = QCoreApplication::translate("Provider", "Email Server");
    terms.accountId = QCoreApplication::translate("Provider", "&Organisation id:");
    terms.accountIdHint = QCoreApplication::translate("Provider", "e.g. 59");
    terms.accountTooltip = QCoreApplication::translate("Provider", "%1: organisation %2 at %3, as %4");
    // The seed's example and its table spell three fields apart (shared/api/NOTES.md).
    m_descriptor.spellings = {
        {Ice::fieldNamesId(Ice::FieldNames::Example), QCoreApplication::translate("Provider", "As in ICE's example (OrgId, Pop3UserName)")},
        {Ice::fieldNamesId(Ice::FieldNames::Table), QCoreApplication::translate("Provider", "As in ICE's table (OrganizationId, Pop3Username)")}};
    m_descriptor.spellingsTooltip = QCoreApplication::translate(
        "Provider", "ICE documents two spellings of three fields; keep the example's unless your ICE server refuses it.");
}

std::unique_ptr<ProviderConnection> IceModule::connect(const Account &account, const ConnectionContext &context) const
{
    return std::make_unique<IceConnection>(account, context);
}

QStringList IceModule::accountProblems(const Account &account) const
{
    if (account.accountId.trimmed().toInt() <= 0)
        return {QCoreApplication::translate("Account", "Enter the organisation id (a number, such as 59).")};
    return {};
}

std::unique_ptr<Operation> IceModule::readOperation(const QJsonObject &json, QString *error) const
{
    if (json.value(QLatin1String("kind")).toString() != QLatin1String(IceOperation::kKind))
        return nullptr;
    return IceOperation::fromJson(json, error);
}
