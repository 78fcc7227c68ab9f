#pragma once

#include <QStringList>

#include <memory>

class CredentialStore;
class JobTracker;
class Operation;
class ProviderConnection;
class QJsonObject;
class QNetworkAccessManager;
struct Account;
struct Provider;

/// What a connection is made with: the network access manager (never global), the tracker
/// of requests in flight (may be null) and the credential store (for what a provider keeps
/// in the keychain besides the password, such as ICE's remembered settings; may be null).
struct ConnectionContext
{
    QNetworkAccessManager *nam = nullptr;
    JobTracker *tracker = nullptr;
    CredentialStore *credentials = nullptr;
};

/// One provider, as core knows it: its descriptor, its connection for an account, and the
/// rules of its account fields. One subclass per provider, in that provider's folder
/// (core/providers/<id>/), listed once in ProviderRegistry. Shared code asks a module; it
/// never names a provider.
class ProviderModule
{
public:
    virtual ~ProviderModule() = default;

    /// Its id, name, icon, default base URL and capabilities.
    [[nodiscard]] virtual const Provider &descriptor() const = 0;
    /// A connection for `account`, without its password yet (ProviderConnection::setCredentials).
    [[nodiscard]] virtual std::unique_ptr<ProviderConnection> connect(const Account &account,
                                                                      const ConnectionContext &context) const = 0;
    /// What the provider's own fields of `account` lack (translated, one sentence each), empty
    /// when nothing does. The fields every account has are Account::problems()' own.
    [[nodiscard]] virtual QStringList accountProblems(const Account &account) const;
    /// Reads one of its operations written by Operation::toJson(): null and *error when the
    /// kind is its own and the rest is wrong; null and *error empty when the kind is not its
    /// own (Operation::fromJson asks the next module).
    [[nodiscard]] virtual std::unique_ptr<Operation> readOperation(const QJsonObject &json, QString *error) const = 0;
};
