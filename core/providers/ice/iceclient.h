#pragma once

#include "core/net/apijob.h"
#include "core/net/jobtracker.h"
#include "core/providers/ice/icetypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

/// Talks to ICE EmailAdmin (seed 001_15ceedbe4445e338.txt) under <base URL>/ICEAPI/api.
/// Logs in with POST Authenticate/Login {OrganisationID, UserName, Password} (BEYOND-SEEDS.md,
/// "ICE"), keeps the JWT it answers and sends it as "Token" inside each JSON body; logs in
/// again when the JWT's exp is less than a minute away and once more after a 401.
/// Success is {"Message": "Success"}, compared trimmed and case-insensitively (the seed prints
/// " Success"); any other Message is the provider's refusal. ICE publishes no call that reads
/// the settings back.
class IceClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const ApiError &error, const T &value)>;

    IceClient(QNetworkAccessManager *nam, QUrl baseUrl, QObject *parent = nullptr);

    /// The `exp` claim of the JWT ICE's login answers, in seconds since the epoch; 0 when it
    /// is missing, unreadable or no plausible time.
    [[nodiscard]] static qint64 tokenExpiry(const QString &token);
    /// Reads an ICE error body (ApiError::BodyReader): {"Message": text} (seed
    /// 001_15ceedbe4445e338.txt), else the body as plain text.
    [[nodiscard]] static ApiError::ProviderWords readErrorBody(const QByteArray &body);

    /// The transfer timeout and the whole call's deadline of every request, in seconds.
    void setTimeoutSeconds(int seconds) { m_policy.setTimeoutSeconds(seconds); }
    /// The organisation (OrganisationID of the login), the user and the password (a secret).
    void setCredentials(int organisationId, const QString &user, const QString &password);
    void setTracker(JobTracker *tracker) { m_tracker = tracker; }
    [[nodiscard]] int loginCount() const { return m_logins; }

    /// The spelling of the fields sent (the account's setting; Example by default).
    void setFieldNames(Ice::FieldNames names) { m_fieldNames = names; }
    [[nodiscard]] Ice::FieldNames fieldNames() const { return m_fieldNames; }

    /// POST EmailAdmin/UpdateEmailServer with fieldNames(). Refuses settings with problems()
    /// before sending (Kind::Setup). `done` gets the provider's Message.
    void updateEmailServer(const Ice::ServerSettings &settings, QObject *context, Callback<QString> done);
    /// The same with the field spelling `names` (a drafted change keeps the one it was
    /// previewed with).
    void updateEmailServer(const Ice::ServerSettings &settings, Ice::FieldNames names, QObject *context, Callback<QString> done);

    /// The UpdateEmailServer body, with the field names `names` (Example: OrgId,
    /// Pop3UserName, Pop3Pollrate...; Table: OrganizationId, Pop3Username, Pop3pollrate)
    /// plus the table-only EmailServerId (when set) and IsActive.
    [[nodiscard]] static QJsonObject toJson(const Ice::ServerSettings &settings, const QString &token,
                                            Ice::FieldNames names = Ice::FieldNames::Example);
    /// The request as it will be sent with `names`, for previews: token and passwords masked.
    [[nodiscard]] HttpRequest preview(const Ice::ServerSettings &settings, Ice::FieldNames names) const;
    /// preview() with fieldNames().
    [[nodiscard]] HttpRequest preview(const Ice::ServerSettings &settings) const { return preview(settings, m_fieldNames); }

    /// Logs in afresh with the credentials set (the token kept for the calls after it):
    /// proves the user name and password, for the account dialog's check.
    void signIn(QObject *context, std::function<void(const ApiError &)> done) { login(context, std::move(done)); }

private:
    void login(QObject *context, std::function<void(const ApiError &)> done);
    void post(const Ice::ServerSettings &settings, Ice::FieldNames names, QObject *context, Callback<QString> done, bool retried, bool fresh);
    [[nodiscard]] QUrl url(const QString &path) const;

    QPointer<QNetworkAccessManager> m_nam;
    RequestPolicy m_policy;
    QUrl m_baseUrl;
    int m_organisationId = 0;
    QString m_user;
    QString m_password;
    QString m_token;
    qint64 m_expiresSecs = 0;   ///< the JWT's exp (seconds since the epoch); 0 = unknown
    int m_logins = 0;
    Ice::FieldNames m_fieldNames = Ice::FieldNames::Example;
    QPointer<JobTracker> m_tracker;
};
