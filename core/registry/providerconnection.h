#pragma once

#include <QString>

#include <functional>
#include <memory>

class AccountSearch;
class ApiError;
class OperationSender;
class QObject;
struct Account;
struct SearchTerm;

/// One account's link to its provider: the provider's client, made for the account's base URL
/// and identity, and the OperationSender over it. Made by ProviderModule::connect(); shared
/// code uses it through this interface only, and only the provider's own folders look at
/// client() (as their own client type).
class ProviderConnection
{
public:
    virtual ~ProviderConnection() = default;

    /// Sets the account's user name (and ids) with `password` on the client; an empty
    /// password clears it (after the provider refused it).
    virtual void setCredentials(const Account &account, const QString &password) = 0;
    /// The limit of one whole call, retries included, in seconds (`--timeout`, the GUI setting).
    virtual void setTimeoutSeconds(int seconds) = 0;
    /// Takes the fields of an edited account that need no new client (ICE's field names) and
    /// returns true; false when the edit needs a fresh connection. The default compares the
    /// fields every client is made with: provider, base URL, account id, user name, key.
    [[nodiscard]] virtual bool adopt(const Account &was, const Account &now);
    /// A sender over this connection's client, for the change path and the draft applier. It
    /// must not outlive the connection.
    [[nodiscard]] virtual std::unique_ptr<OperationSender> makeSender() = 0;
    /// Calls `done` once what the connection writes on this computer after an accepted change
    /// is written (ICE's remembered settings, which ICE cannot give back); at once when
    /// nothing is pending. Not called if `context` is destroyed first.
    virtual void whenSettled(QObject *context, std::function<void()> done);
    /// A search of `account` for `term` (the window's Search Everywhere), not started yet;
    /// it must not outlive the connection. The default matches the account's own domains by
    /// name (DomainNameSearch); a provider whose API can list its objects looks there too.
    [[nodiscard]] virtual std::unique_ptr<AccountSearch> search(const Account &account, const SearchTerm &term);
    /// What checkSignIn() reports: the provider's refusal or the transport's failure (no
    /// error when it signed in), and whether anything could be checked at all.
    using SignInChecked = std::function<void(const ApiError &error, bool checked)>;
    /// Checks, with one cheap read, that the credentials set work, before the user relies on
    /// them (the account dialog's Save). `checked` false: the provider has no call to check
    /// them with yet (Hostway without a domain); the default. `done` is not called if
    /// `context` is destroyed first.
    virtual void checkSignIn(const Account &account, QObject *context, SignInChecked done);
    /// The provider's own client (a HostwayClient, an IkoulaClient, ...).
    [[nodiscard]] virtual QObject *client() const = 0;
};
