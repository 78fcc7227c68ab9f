#pragma once

#include "core/net/apijob.h"
#include "core/net/jobtracker.h"
#include "core/providers/ikoula/ikoulacalls.h"
#include "core/providers/ikoula/ikoulatypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

/// Talks to Ikoula's Exchange API, wsexch (seed 000_ff00a10b076e969b.txt), at
/// <base URL>/wsexch/<action>. Every call carries login, crypted_password (the account
/// password RSA-encrypted with the account's Ikoula public key), format=json and the
/// HMAC-SHA1 signature of all parameters (BEYOND-SEEDS.md, "Ikoula"; see IkoulaSigner).
/// The three reads (list, schema-subscr, billing-by-subscrid) are GETs with every parameter
/// in the query; changes are POSTs with the authentication in the query ("must always be
/// passed in GET") and the action's parameters as a form body, so they are never retried.
///
/// Errors: an HTTP error status, or a JSON "error" (string or list) on any status, become an
/// ApiError with the provider's words and the raw body; a call missing one of the seed's
/// mandatory parameters is refused before sending (Kind::Setup).
class IkoulaClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const ApiError &error, const T &value)>;

    IkoulaClient(QNetworkAccessManager *nam, QUrl baseUrl, QObject *parent = nullptr);

    /// The transfer timeout and the whole call's deadline of every request, in seconds.
    void setTimeoutSeconds(int seconds) { m_policy.setTimeoutSeconds(seconds); }
    /// The API login and its password (a secret, kept in memory only).
    void setCredentials(const QString &login, const QString &password);
    /// The account's Ikoula RSA public key, PEM text.
    void setPublicKey(const QByteArray &pem);
    void setTracker(JobTracker *tracker) { m_tracker = tracker; }

    /// Sends `call`; `done` gets the answer's JSON object ({} for an empty body).
    void send(const IkoulaCall &call, QObject *context, Callback<QJsonObject> done);

    /// wsexch/list: the subscriptions and their organisations.
    void listSubscriptions(QObject *context, Callback<QList<Ikoula::Subscription>> done);
    /// wsexch/schema-subscr: an organisation's mailboxes, distribution lists and contacts.
    void fetchSchema(const QString &subscriptionId, const QString &organisationId, QObject *context,
                     Callback<Ikoula::OrganisationSchema> done);
    /// wsexch/billing-by-subscrid.
    void fetchBilling(const QString &subscriptionId, QObject *context, Callback<QList<Ikoula::BillingLine>> done);
    /// wsexch/update-bal, which wants every field: loads the BAL from schema-subscr, applies
    /// `change` to its details, sends them all. NotFound when the BAL is not in the schema.
    void updateBalMerged(const QString &subscriptionId, const QString &organisationId, const QString &email,
                         std::function<void(Ikoula::BalDetails &)> change, QObject *context, Callback<QJsonObject> done);

    /// The request `call` becomes, for previews: the authentication parameters are shown as
    /// masks (they are computed when the call is sent).
    [[nodiscard]] HttpRequest preview(const IkoulaCall &call) const;

    /// The password of a reset-password answer ("password_bal", "password" or
    /// "new_password"), or empty when the provider sent none (it mailed it instead).
    [[nodiscard]] static QString resetPasswordOf(const QJsonObject &answer);

private:
    [[nodiscard]] HttpRequest build(const IkoulaCall &call, const QByteArray &cryptedPassword, bool sign) const;
    [[nodiscard]] QUrl actionUrl(const QString &action) const;

    QPointer<QNetworkAccessManager> m_nam;
    RequestPolicy m_policy;
    QUrl m_baseUrl;
    QString m_login;
    QString m_password;
    QByteArray m_publicKey;
    QByteArray m_cryptedPassword;   ///< cached: RSA is costly and the server decrypts any
    QPointer<JobTracker> m_tracker;
};
