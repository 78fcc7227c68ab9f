#include "core/credentials/credentialstore.h"

#include "core/net/networklog.h"

#include <qt6keychain/keychain.h>

namespace {

CredentialStore::Result resultOf(const QKeychain::Job *job)
{
    CredentialStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = CredentialStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = CredentialStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = CredentialStore::Status::NoBackend;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = CredentialStore::Status::Denied;
        break;
    default:
        result.status = CredentialStore::Status::Failed;
        break;
    }
    if (job->error() != QKeychain::NoError)
        result.message = job->errorString();
    // QtKeychain's libsecret backend reports a missing D-Bus session or Secret Service as
    // OtherError ("Could not connect: ...", "Cannot autolaunch D-Bus without X11 $DISPLAY"):
    // for the user that is "no keychain service".
    if (result.status == CredentialStore::Status::Failed) {
        static const char *const unavailable[] = {"D-Bus", "DBus", "Could not connect", "org.freedesktop.secrets",
                                                  "ServiceUnknown", "not provided by any"};
        for (const char *marker : unavailable) {
            if (result.message.contains(QLatin1String(marker), Qt::CaseInsensitive))
                result.status = CredentialStore::Status::NoBackend;
        }
    }
    return result;
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);   // never write secrets into a plain file
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void CredentialStore::read(const QString &key, QObject *context, std::function<void(const Result &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result.status == Status::Ok)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        qCInfo(lcCredentials) << "read" << key << "status" << static_cast<int>(result.status) << result.message;
        done(result);
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, std::function<void(const Result &)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *finished) {
        const Result result = resultOf(finished);
        qCInfo(lcCredentials) << "write" << key << "status" << static_cast<int>(result.status) << result.message;
        done(result);
    });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context, std::function<void(const Result &)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        done(resultOf(finished));
    });
    job->start();
}
