#include "core/drafts/draftsecrets.h"

#include "core/credentials/credentialstore.h"
#include "core/drafts/draft.h"
#include "core/operations/operation.h"

#include <memory>

DraftSecrets::DraftSecrets(CredentialStore *credentials, QObject *context)
    : m_credentials(credentials)
    , m_context(context)
{
}

QList<DraftSecrets::Secret> DraftSecrets::typed(const Draft &draft, const QString &entryId, const Operation &operation)
{
    QList<Secret> secrets;
    const QStringList names = operation.secretNames();
    for (const QString &name : names) {
        if (!operation.secret(name).isEmpty())
            secrets.append({draft.secretKey(entryId, name), operation.secret(name)});
    }
    return secrets;
}

namespace {

struct Storing
{
    QList<DraftSecrets::Secret> left;
    std::function<void(const QString &)> done;
};

void storeNext(CredentialStore *credentials, QObject *context, std::shared_ptr<Storing> storing)
{
    if (storing->left.isEmpty())
        return storing->done(QString());
    const auto [key, secret] = storing->left.takeFirst();
    credentials->write(key, secret, context, [credentials, context, storing, key = key](const CredentialStore::Result &result) {
        if (result.status != CredentialStore::Status::Ok)
            return storing->done(result.message.isEmpty() ? QStringLiteral("the keychain refused it") : result.message);
        credentials->forget(key);   // the keychain has it; memory need not
        storeNext(credentials, context, storing);
    });
}

} // namespace

void DraftSecrets::store(QList<Secret> secrets, std::function<void(const QString &failure)> done) const
{
    for (const auto &[key, secret] : std::as_const(secrets))
        m_credentials->remember(key, secret);   // until the keychain has it
    storeNext(m_credentials, m_context, std::make_shared<Storing>(Storing{std::move(secrets), std::move(done)}));
}

DraftApplier::SecretReader DraftSecrets::reader() const
{
    return [credentials = m_credentials, context = m_context](const QString &key, std::function<void(std::optional<QString>)> answer) {
        const QString remembered = credentials->remembered(key);
        if (!remembered.isEmpty())
            return answer(remembered);
        credentials->read(key, context, [answer = std::move(answer)](const CredentialStore::Result &r) {
            answer(r.status == CredentialStore::Status::Ok ? std::optional<QString>(r.secret) : std::nullopt);
        });
    };
}

DraftApplier::SecretWriter DraftSecrets::writer(std::function<void(const QString &failure)> refused) const
{
    return [credentials = m_credentials, context = m_context, refused = std::move(refused)](
               const QString &key, const QString &secret, std::function<void(bool)> stored) {
        credentials->remember(key, secret);
        credentials->write(key, secret, context, [refused, stored = std::move(stored)](const CredentialStore::Result &r) {
            const bool kept = r.status == CredentialStore::Status::Ok;
            if (!kept && refused)
                refused(r.message);
            stored(kept);
        });
    };
}

void DraftSecrets::remove(const QList<Secret> &secrets) const
{
    for (const Secret &secret : secrets) {
        m_credentials->forget(secret.first);
        m_credentials->remove(secret.first, m_context, [](const CredentialStore::Result &) {});
    }
}

void DraftSecrets::forget(const Draft &draft) const
{
    const QStringList keys = draft.secretKeys();
    for (const QString &key : keys) {
        m_credentials->forget(key);
        m_credentials->remove(key, m_context, [](const CredentialStore::Result &) {});
    }
}
