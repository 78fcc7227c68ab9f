#pragma once

#include "core/net/apijob.h"
#include "core/net/jobtracker.h"
#include "core/providers/webitel/webiteltypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

/// Talks to Webitel's email settings API (seed 004_ccfa19ff1fa62297.txt). Logs in with
/// POST /login (shared/api/BEYOND-SEEDS.md) on first use, sends the answer's key and token
/// as X-Key and X-Access-Token, logs in again before the token's "expires" and once more
/// when an answer says 401 "Token Expired". Errors are {"status":"error","info":...} bodies,
/// read into ApiError's provider message. The SMTP password echoed by every answer is kept
/// in EmailSettings::password only; logs mask it.
class WebitelClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const ApiError &error, const T &value)>;

    WebitelClient(QNetworkAccessManager *nam, QUrl baseUrl, QObject *parent = nullptr);

    /// The transfer timeout and the whole call's deadline of every request, in seconds.
    void setTimeoutSeconds(int seconds) { m_policy.setTimeoutSeconds(seconds); }
    void setCredentials(const QString &user, const QString &password);
    void setTracker(JobTracker *tracker) { m_tracker = tracker; }
    /// Number of logins so far (tests check re-login).
    [[nodiscard]] int loginCount() const { return m_logins; }

    /// GET settings; Kind::NotFound when the domain has none.
    void fetchSettings(const QString &domain, QObject *context, Callback<Webitel::EmailSettings> done);
    /// POST (create) when `create`, else PUT (update); answers the stored settings.
    void saveSettings(const QString &domain, const Webitel::EmailSettings &settings, bool create, QObject *context,
                      Callback<Webitel::EmailSettings> done);
    /// DELETE the domain's settings.
    void deleteSettings(const QString &domain, QObject *context, Callback<QString> done);
    /// POST .../settings/test/{to}: Webitel sends a test email with the domain's settings.
    void sendTest(const QString &domain, const QString &to, QObject *context, Callback<QString> done);

    /// The request for `method` on `path` of `domain` at `baseUrl`, without X-Key and
    /// X-Access-Token (added when sent): operations preview it.
    [[nodiscard]] static HttpRequest request(const QUrl &baseUrl, const QByteArray &method, const QString &path,
                                             const QString &domain, const QByteArray &body);
    /// The path of "send test email" to `to`: /api/v2/email/settings/test/{to}.
    [[nodiscard]] static QString testPath(const QString &to);

    /// The JSON body Webitel takes for `settings`.
    static QJsonObject toJson(const Webitel::EmailSettings &settings);
    /// Reads a Webitel error body (ApiError::BodyReader): {"status": "error", "info": text,
    /// "code": n} (BEYOND-SEEDS.md, Webitel), else the body as plain text.
    [[nodiscard]] static ApiError::ProviderWords readErrorBody(const QByteArray &body);
    /// Reads a settings answer; false with *error when it is not one.
    static bool parse(const QByteArray &body, Webitel::EmailSettings *out, QString *error);

    /// Logs in afresh with the credentials set (the token kept for the calls after it):
    /// proves the user name and password, for the account dialog's check.
    void signIn(QObject *context, std::function<void(const ApiError &)> done) { login(context, std::move(done)); }

private:
    /// Sends with a valid token, logging in first if needed and once more on "Token Expired".
    /// `done` gets the error, and the job unless the login failed.
    void call(const QByteArray &method, const QString &path, const QString &domain, const QByteArray &body, QObject *context,
              std::function<void(const ApiError &, ApiJob *)> done, bool retried = false, bool freshToken = false);
    void login(QObject *context, std::function<void(const ApiError &)> done);
    [[nodiscard]] QUrl url(const QString &path) const;

    QPointer<QNetworkAccessManager> m_nam;
    RequestPolicy m_policy;
    QUrl m_baseUrl;
    QString m_user;
    QString m_password;
    QByteArray m_key;
    QByteArray m_token;
    qint64 m_expiresMs = 0;
    int m_logins = 0;
    QPointer<JobTracker> m_tracker;
};
