#pragma once

#include "core/credentials/credentialstore.h"
#include "core/registry/providerconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class AccountStore;
class JobTracker;
class OperationSender;
class QNetworkAccessManager;
struct Account;

/// Gives out one ready connection per account, made by the account's ProviderModule (so its
/// client is a HostwayClient, an IkoulaClient, ...). The password comes from the keychain; when
/// the keychain has none (or there is no keychain service) the password prompt is asked, and
/// the answer is stored in the keychain when one is available, else kept for this session
/// only. Never writes a password anywhere else.
class SessionManager final : public QObject
{
    Q_OBJECT

public:
    /// Asks the user for an account's password; calls `answer` with it, or with nullopt when
    /// the user declines. `reason` says why it is asked (translated).
    using PasswordPrompt = std::function<void(const Account &account, const QString &reason,
                                              std::function<void(std::optional<QString>)> answer)>;

    SessionManager(AccountStore *accounts, CredentialStore *credentials, QNetworkAccessManager *nam,
                   JobTracker *tracker, QObject *parent = nullptr);
    ~SessionManager() override;

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    /// Whether a password answered to the prompt is stored in the keychain (the window: yes,
    /// so it is asked once) or used for this session only (mailroomctl: a mistyped password
    /// must not be kept before the provider has taken it).
    void setStoresPromptedPasswords(bool store) { m_storePrompted = store; }

    /// Calls `done` with the account's connection, with credentials set, or with nullptr when
    /// the account is unknown or the user declined to give a password. `done` is not called
    /// if `context` is destroyed first.
    void withConnection(const QString &accountId, QObject *context, std::function<void(ProviderConnection *)> done);
    /// As withConnection(), but never asks: nullptr when neither the session nor the keychain
    /// has a password (or the provider refused the one kept). For work the user did not ask
    /// of this account in particular (Search Everywhere), which must not pop up prompts.
    void withConnectionQuietly(const QString &accountId, QObject *context, std::function<void(ProviderConnection *)> done);
    /// As withConnection(), with the connection's client as its provider's own type, `Client`
    /// (HostwayClient, IkoulaClient, ...): nullptr for an account of another provider. For
    /// the provider's own code, which knows its client's type.
    template <class Client>
    void withClient(const QString &accountId, QObject *context, std::function<void(Client *)> done)
    {
        withConnection(accountId, context, [done = std::move(done)](ProviderConnection *c) {
            done(c ? qobject_cast<Client *>(c->client()) : nullptr);
        });
    }
    /// The account's client whatever its credentials, creating it; null for unknown accounts
    /// and accounts of another provider than `Client`'s.
    template <class Client>
    Client *client(const QString &accountId)
    {
        ProviderConnection *c = connection(accountId);
        return c ? qobject_cast<Client *>(c->client()) : nullptr;
    }

    /// An OperationSender over the account's connection, for the change path and for
    /// applying its drafts, or nullptr as withConnection(). It must not outlive this manager.
    void withSender(const QString &accountId, QObject *context, std::function<void(std::unique_ptr<OperationSender>)> done);

    /// Calls `done` with the account's password, found as withConnection() finds it (session
    /// memory, the keychain, then the prompt), or with nullopt as withConnection() gives null.
    /// For mailroomctl, whose commands make their clients themselves, and Test Connection.
    /// `mayAsk` false: never prompts (a password the provider refused gives nullopt).
    void withPassword(const QString &accountId, QObject *context, std::function<void(std::optional<QString>)> done, bool mayAsk = true);
    /// Signs in as `account` (typed in the account dialog, maybe not saved yet) with
    /// `password`, through a connection of its own that stores nothing and is gone after the
    /// answer: ProviderConnection::checkSignIn. `done` is not called if `context` goes first.
    void checkSignIn(const Account &account, const QString &password, QObject *context, ProviderConnection::SignInChecked done);
    /// Uses `password` for the account from now on and stores it in the keychain.
    void setPassword(const QString &accountId, const QString &password);
    /// Forgets the account's password for this session (after the provider refused it): the
    /// next connection asks the prompt instead of reading the same password from the keychain
    /// again, and the answer replaces the keychain's.
    void forgetPassword(const QString &accountId);
    /// Forgets the account entirely and removes its password from the keychain.
    void removeAccount(const QString &accountId);

    /// The credential store (draft passwords are kept there under the draft's id).
    [[nodiscard]] CredentialStore *credentials() const { return m_credentials; }

    /// True when the last keychain access found no keychain service.
    [[nodiscard]] bool keychainUnavailable() const { return m_noKeychain; }

Q_SIGNALS:
    /// The keychain could not be used; `message` says what it means for the user.
    void keychainProblem(const QString &message);

private:
    struct Session;
    Session *session(const QString &accountId);
    ProviderConnection *connection(const QString &accountId);
    /// Calls `done` with the account's session once it has a password, or with nullptr;
    /// asks the prompt when `mayAsk` and nothing else has the password.
    void withSession(const QString &accountId, QObject *context, std::function<void(Session *)> done, bool mayAsk = true);
    void askPassword(const QString &accountId, const QString &reason, QObject *context,
                     std::function<void(Session *)> done);
    void setSessionPassword(Session *session, const Account &account, const QString &password);
    void storePassword(const Account &account, const QString &password);

    AccountStore *m_accounts;
    CredentialStore *m_credentials;
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<JobTracker> m_tracker;
    PasswordPrompt m_prompt;
    QHash<QString, std::shared_ptr<Session>> m_sessions;
    bool m_noKeychain = false;
    bool m_storePrompted = true;
};
