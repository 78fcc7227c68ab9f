#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

/// Secrets in the OS keychain through QtKeychain, with its plaintext fallback off: a secret
/// is never written anywhere else. When no keychain service runs (NoBackend), callers keep
/// the secret for the session with remember() and ask for it again next time.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,     ///< no secret under that key
        NoBackend,    ///< no keychain service: tell the user, keep secrets in memory only
        Denied,       ///< the user or the system refused access
        Failed,       ///< anything else; see message
    };

    struct Result
    {
        Status status = Status::Failed;
        QString secret;    ///< for reads with Status::Ok
        QString message;   ///< QtKeychain's explanation when not Ok
    };

    /// `service` names the keychain collection: the application id.
    explicit CredentialStore(QString service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, std::function<void(const Result &)> done);
    void write(const QString &key, const QString &secret, QObject *context, std::function<void(const Result &)> done);
    void remove(const QString &key, QObject *context, std::function<void(const Result &)> done);

    /// Session memory, for when the keychain is unavailable or declined. Never persisted.
    void remember(const QString &key, const QString &secret) { m_session.insert(key, secret); }
    [[nodiscard]] QString remembered(const QString &key) const { return m_session.value(key); }
    void forget(const QString &key) { m_session.remove(key); }

private:
    QString m_service;
    QHash<QString, QString> m_session;
};
