#pragma once

#include "core/credentials/credentialstore.h"
#include "core/drafts/icesender.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class AccountStore;
class HostwayClient;
class IceClient;
class IkoulaClient;
class WebitelClient;
class JobTracker;
class OperationSender;
class QNetworkAccessManager;
struct Account;

/// Gives out one ready client per account, of the account's provider (HostwayClient,
/// IkoulaClient, IceClient or WebitelClient). The password comes from the keychain; when
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

    /// Calls `done` with the account's client, with credentials set, or with nullptr when the
    /// account is unknown or the user declined to give a password. `done` is not called if
    /// `context` is destroyed first.
    void withClient(const QString &accountId, QObject *context, std::function<void(HostwayClient *)> done);
    /// The account's client whatever its credentials, creating it; null for unknown accounts.
    HostwayClient *client(const QString &accountId);
    /// The Webitel client of a Webitel account, with its password (asked like withClient());
    /// nullptr for accounts of other providers.
    void withWebitel(const QString &accountId, QObject *context, std::function<void(WebitelClient *)> done);
    /// The Ikoula client of an Ikoula account, with its password and public key.
    void withIkoula(const QString &accountId, QObject *context, std::function<void(IkoulaClient *)> done);
    /// The ICE client of an ICE account, with its organisation id and password.
    void withIce(const QString &accountId, QObject *context, std::function<void(IceClient *)> done);

    /// An OperationSender over the account's client, for applying its drafts, or nullptr as
    /// withClient(). `iceSent` is told of ICE settings accepted (to remember them).
    void withSender(const QString &accountId, QObject *context, std::function<void(std::unique_ptr<OperationSender>)> done,
                    IceSender::Accepted iceSent = {});

    /// Uses `password` for the account from now on and stores it in the keychain.
    void setPassword(const QString &accountId, const QString &password);
    /// Forgets the account's password for this session (after the provider refused it).
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
    /// Calls `done` with the account's session once it has a password, or with nullptr.
    void withSession(const QString &accountId, QObject *context, std::function<void(Session *)> done);
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
};
