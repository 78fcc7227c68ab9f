#pragma once

#include "sandbox/sandboxexchange.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace Sandbox {

/// Simulates Webitel's email settings API (seed 004_ccfa19ff1fa62297.txt) and its login
/// (shared/api/BEYOND-SEEDS.md): POST /login answers {key, token, expires (ms since epoch),
/// username, role}; every /api/v2 call needs X-Key and X-Access-Token, and an expired token
/// answers 401 {"status":"error","info":"Token Expired"}. Settings are per domain (CRUD) and
/// echo the SMTP password, as documented.
///
/// Choices where the documentation is silent: GET of a domain without settings answers 404
/// {"status":"error","info":"Not found"}; POST on a domain that has settings, PUT or DELETE
/// on one that has none, and a body without provider "smtp", options.host or a port from 1
/// to 65535 answer 400 with the reason in "info". The test email answers
/// {"status":"OK","info":"Test email sent to <to>"} and sends nothing.
class WebitelSimulator final
{
public:
    explicit WebitelSimulator(bool demoData);

    static bool owns(const QString &path);
    Response handle(const Request &request);

    /// How long a token lives, in milliseconds (tests shorten it). Default: one hour.
    void setTokenLifetimeMs(qint64 ms) { m_tokenLifetimeMs = ms; }
    /// Makes every issued token expired now (a test of re-login).
    void expireTokens();
    /// The stored settings of `domain` as Webitel keeps them ({} when none), for tests.
    [[nodiscard]] QJsonObject settingsOf(const QString &domain) const { return m_settings.value(domain); }

private:
    struct Session
    {
        QString username;
        QByteArray token;
        qint64 expiresMs = 0;
    };

    Response login(const Request &request);
    Response settings(const Request &request, const QString &domain);
    Response sendTest(const Request &request, const QString &domain, const QString &to);

    QHash<QString, QString> m_users;              ///< username -> password
    QHash<QByteArray, Session> m_sessions;        ///< by X-Key
    QHash<QString, QJsonObject> m_settings;       ///< by domain
    qint64 m_tokenLifetimeMs = 3600 * 1000;
    int m_idCounter = 0;
};

} // namespace Sandbox
