#include "core/accounts/sessionmanager.h"

#include "core/accounts/accountstore.h"
#include "core/net/jobtracker.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/webitel/webitelclient.h"

#include <QNetworkAccessManager>

struct SessionManager::Session
{
    std::unique_ptr<HostwayClient> client;
    std::unique_ptr<WebitelClient> webitel;
    bool hasPassword = false;
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
        const Hostway::Endpoint endpoint = account->hostwayEndpoint();
        if ((*it)->client->endpoint().baseUrl != endpoint.baseUrl || (*it)->client->endpoint().accountId != endpoint.accountId)
            m_sessions.erase(it);
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
    s->client = std::make_unique<HostwayClient>(m_nam, account->hostwayEndpoint());
    s->client->setTracker(m_tracker);
    s->webitel = std::make_unique<WebitelClient>(m_nam, account->baseUrl);
    s->webitel->setTracker(m_tracker);
    const QString remembered = m_credentials->remembered(account->keychainKey());
    if (!remembered.isEmpty()) {
        s->client->setCredentials(account->userName, remembered);
        s->webitel->setCredentials(account->userName, remembered);
        s->hasPassword = true;
    }
    m_sessions.insert(accountId, s);
    return s.get();
}

HostwayClient *SessionManager::client(const QString &accountId)
{
    Session *s = session(accountId);
    return s ? s->client.get() : nullptr;
}

void SessionManager::withClient(const QString &accountId, QObject *context, std::function<void(HostwayClient *)> done)
{
    Session *s = session(accountId);
    if (!s) {
        done(nullptr);
        return;
    }
    if (s->hasPassword) {
        done(s->client.get());
        return;
    }
    const QString key = m_accounts->find(accountId)->keychainKey();
    QPointer<QObject> guard(context);
    m_credentials->read(key, this, [this, accountId, guard, done = std::move(done)](const CredentialStore::Result &result) {
        if (!guard)
            return;
        Session *current = session(accountId);
        const auto account = m_accounts->find(accountId);
        if (!current || !account) {
            done(nullptr);
            return;
        }
        if (result.status == CredentialStore::Status::Ok && !result.secret.isEmpty()) {
            m_noKeychain = false;
            current->client->setCredentials(account->userName, result.secret);
            current->webitel->setCredentials(account->userName, result.secret);
            current->hasPassword = true;
            done(current->client.get());
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
                                 std::function<void(HostwayClient *)> done)
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
        setPassword(accountId, *password);
        done(client(accountId));
    });
}

void SessionManager::withWebitel(const QString &accountId, QObject *context, std::function<void(WebitelClient *)> done)
{
    withClient(accountId, context, [this, accountId, done = std::move(done)](HostwayClient *client) {
        Session *s = client ? session(accountId) : nullptr;
        done(s ? s->webitel.get() : nullptr);
    });
}

void SessionManager::setPassword(const QString &accountId, const QString &password)
{
    Session *s = session(accountId);
    const auto account = m_accounts->find(accountId);
    if (!s || !account)
        return;
    s->client->setCredentials(account->userName, password);
    s->webitel->setCredentials(account->userName, password);
    s->hasPassword = true;
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
    if (Session *s = m_sessions.value(accountId).get()) {
        s->client->setCredentials(account ? account->userName : QString(), QString());
        s->webitel->setCredentials(account ? account->userName : QString(), QString());
        s->hasPassword = false;
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
