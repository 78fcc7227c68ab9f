#include "core/accounts/sessionmanager.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/provider.h"
#include "core/drafts/operationsender.h"
#include "core/net/apierror.h"
#include "core/net/jobtracker.h"
#include "core/registry/providermodule.h"
#include "core/registry/providerregistry.h"

#include <QNetworkAccessManager>

/// One account's connection, made by its provider's module.
struct SessionManager::Session
{
    std::unique_ptr<ProviderConnection> connection;
    bool hasPassword = false;
    QString password;   ///< the one its connection has; in memory only
    bool refused = false;   ///< the provider refused the password: ask, do not read the keychain again
    Account madeFor;   ///< the account's fields the client was made with (no password)
};

SessionManager::SessionManager(AccountStore *accounts, CredentialStore *credentials, QNetworkAccessManager *nam,
                               JobTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_nam(nam)
    , m_tracker(tracker)
{
    // An edited account gets a fresh client (base URL or user may have changed).
    connect(accounts, &AccountStore::accountChanged, this, [this](const QString &id) {
        const auto it = m_sessions.find(id);
        const auto account = m_accounts->find(id);
        if (it == m_sessions.end() || !account)
            return;
        // Adding a domain changes nothing the client holds: keep it (pages point at it).
        if (!(*it)->connection->adopt((*it)->madeFor, *account))
            return void(m_sessions.erase(it));
        (*it)->madeFor = *account;
    });
}

SessionManager::~SessionManager() = default;

SessionManager::Session *SessionManager::session(const QString &accountId)
{
    auto it = m_sessions.find(accountId);
    if (it != m_sessions.end())
        return it->get();
    const auto account = m_accounts->find(accountId);
    if (!account)
        return nullptr;
    auto s = std::make_shared<Session>();
    s->madeFor = *account;
    // Accounts saved before Mailroom knew providers have none: Provider::of() says Hostway's.
    const ProviderModule *module = ProviderRegistry::instance().find(Provider::of(account->provider).id);
    s->connection = module->connect(*account, {m_nam, m_tracker, m_credentials});
    const QString remembered = m_credentials->remembered(account->keychainKey());
    if (!remembered.isEmpty())
        setSessionPassword(s.get(), *account, remembered);
    m_sessions.insert(accountId, s);
    return s.get();
}

void SessionManager::setSessionPassword(Session *s, const Account &account, const QString &password)
{
    s->connection->setCredentials(account, password);
    s->password = password;
    s->hasPassword = !password.isEmpty();
    if (s->hasPassword)
        s->refused = false;
}

ProviderConnection *SessionManager::connection(const QString &accountId)
{
    Session *s = session(accountId);
    return s ? s->connection.get() : nullptr;
}

void SessionManager::withConnection(const QString &accountId, QObject *context, std::function<void(ProviderConnection *)> done)
{
    withSession(accountId, context, [done = std::move(done)](Session *s) { done(s ? s->connection.get() : nullptr); });
}

void SessionManager::withSender(const QString &accountId, QObject *context, std::function<void(std::unique_ptr<OperationSender>)> done)
{
    withSession(accountId, context, [done = std::move(done)](Session *s) {
        done(s ? s->connection->makeSender() : nullptr);
    });
}

void SessionManager::withPassword(const QString &accountId, QObject *context, std::function<void(std::optional<QString>)> done, bool mayAsk)
{
    withSession(accountId, context, [done = std::move(done)](Session *s) { done(s ? std::optional<QString>(s->password) : std::nullopt); }, mayAsk);
}

void SessionManager::withConnectionQuietly(const QString &accountId, QObject *context, std::function<void(ProviderConnection *)> done)
{
    withSession(accountId, context, [done = std::move(done)](Session *s) { done(s ? s->connection.get() : nullptr); }, false);
}

void SessionManager::checkSignIn(const Account &account, const QString &password, QObject *context, ProviderConnection::SignInChecked done)
{
    // The connection lives in a holder under `context`: it goes with the dialog, or after the answer.
    struct Holder : QObject
    {
        using QObject::QObject;
        std::unique_ptr<ProviderConnection> connection;
    };
    auto *holder = new Holder(context);
    const ProviderModule *module = ProviderRegistry::instance().find(Provider::of(account.provider).id);
    // No tracker: a check is the dialog's, which says what failed; the status bar stays out of it.
    holder->connection = module->connect(account, {m_nam, nullptr, nullptr});
    holder->connection->setCredentials(account, password);
    holder->connection->checkSignIn(account, holder, [holder, done = std::move(done)](const ApiError &error, bool checked) {
        holder->deleteLater();
        done(error, checked);
    });
}

void SessionManager::withSession(const QString &accountId, QObject *context, std::function<void(Session *)> done, bool mayAsk)
{
    Session *s = session(accountId);
    if (!s) {
        done(nullptr);
        return;
    }
    if (s->hasPassword) {
        done(s);
        return;
    }
    if (s->refused && !mayAsk) {
        done(nullptr);
        return;
    }
    if (s->refused) {
        // The keychain holds the password the provider refused: the user gives the right one.
        askPassword(accountId, tr("The provider refused the password kept for this account: enter it again."), context, std::move(done));
        return;
    }
    const QString key = m_accounts->find(accountId)->keychainKey();
    QPointer<QObject> guard(context);
    m_credentials->read(key, this, [this, accountId, guard, mayAsk, done = std::move(done)](const CredentialStore::Result &result) {
        Session *current = session(accountId);
        const auto account = m_accounts->find(accountId);
        // What the keychain gave is kept even when the asker has gone (a search superseded
        // by the next keystroke): the next asker does not read, or unlock, it again.
        if (current && account && result.status == CredentialStore::Status::Ok && !result.secret.isEmpty()) {
            m_noKeychain = false;
            setSessionPassword(current, *account, result.secret);
        }
        if (!guard)
            return;
        if (!current || !account) {
            done(nullptr);
            return;
        }
        if (current->hasPassword) {
            done(current);
            return;
        }
        if (!mayAsk) {
            done(nullptr);
            return;
        }
        QString reason;
        if (result.status == CredentialStore::Status::NoBackend) {
            m_noKeychain = true;
            reason = tr("No keychain service is available, so Mailroom cannot remember this password: it will ask for it once per session and store it nowhere.");
            Q_EMIT keychainProblem(reason);
        } else if (result.status == CredentialStore::Status::Denied) {
            reason = tr("Access to the keychain was refused: Mailroom will keep the password for this session only.");
        } else if (result.status == CredentialStore::Status::Failed) {
            reason = tr("The keychain failed (%1): Mailroom will keep the password for this session only.").arg(result.message);
        }
        askPassword(accountId, reason, guard, done);
    });
}

void SessionManager::askPassword(const QString &accountId, const QString &reason, QObject *context,
                                 std::function<void(Session *)> done)
{
    const auto account = m_accounts->find(accountId);
    if (!m_prompt || !account) {
        done(nullptr);
        return;
    }
    QPointer<QObject> guard(context);
    m_prompt(*account, reason, [this, accountId, guard, done = std::move(done)](std::optional<QString> password) {
        if (!guard)
            return;
        if (!password || password->isEmpty()) {
            done(nullptr);
            return;
        }
        if (m_storePrompted) {
            setPassword(accountId, *password);
        } else if (Session *s = session(accountId); s && m_accounts->find(accountId)) {
            setSessionPassword(s, *m_accounts->find(accountId), *password);
        }
        done(session(accountId));
    });
}

void SessionManager::setPassword(const QString &accountId, const QString &password)
{
    Session *s = session(accountId);
    const auto account = m_accounts->find(accountId);
    if (!s || !account)
        return;
    setSessionPassword(s, *account, password);
    storePassword(*account, password);
}

void SessionManager::storePassword(const Account &account, const QString &password)
{
    const QString key = account.keychainKey();
    m_credentials->write(key, password, this, [this, key, password](const CredentialStore::Result &result) {
        if (result.status == CredentialStore::Status::Ok) {
            m_credentials->forget(key);
            return;
        }
        // Session memory only: never a file.
        m_credentials->remember(key, password);
        if (result.status == CredentialStore::Status::NoBackend) {
            m_noKeychain = true;
            Q_EMIT keychainProblem(tr("No keychain service is available: the password is kept for this session only."));
        } else {
            Q_EMIT keychainProblem(tr("The password could not be saved in the keychain (%1); it is kept for this session only.").arg(result.message));
        }
    });
}

void SessionManager::forgetPassword(const QString &accountId)
{
    const auto account = m_accounts->find(accountId);
    if (account)
        m_credentials->forget(account->keychainKey());
    if (Session *s = m_sessions.value(accountId).get(); s && account) {
        setSessionPassword(s, *account, QString());
        s->refused = true;
    }
}

void SessionManager::removeAccount(const QString &accountId)
{
    const auto account = m_accounts->find(accountId);
    if (account) {
        m_credentials->forget(account->keychainKey());
        m_credentials->remove(account->keychainKey(), this, [](const CredentialStore::Result &) {});
    }
    m_sessions.remove(accountId);
}
