#pragma once

#include "core/net/apierror.h"
#include "core/net/httprequest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>

class OneShotBody;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/// How a job sends: credentials and limits. Values in milliseconds.
struct RequestPolicy
{
    QByteArray authorization;     ///< the Authorization header value; never logged
    int transferTimeoutMs = 30000;///< aborts a transfer that makes no progress for this long
    /// The whole call, retries and their waits included: a server that answers a byte at a
    /// time, or asks to retry later than this, ends as a timeout when it runs out.
    int deadlineMs = 60000;
    /// The largest answer read (no documented answer comes near 32 MB); a larger one is
    /// refused as malformed before it fills the memory.
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxRetries = 2;           ///< for retriable (safe) requests only
    int retryBaseDelayMs = 500;   ///< doubled at each retry; Retry-After wins, capped at 30 s
    int maxRedirects = 5;
    /// Certificate authorities trusted in addition to the system's (an on-premises provider
    /// with a private CA). Peers are always verified; nothing here ignores an error.
    /// QNetworkAccessManager reuses connections to a host whatever this list says: use one
    /// manager per trust setting.
    QList<QSslCertificate> extraCaCertificates;
    /// Reads the provider's error bodies (its own, from its folder); null: as plain text.
    ApiError::BodyReader errorBody = nullptr;

    /// Sets the transfer timeout and the whole call's deadline to `seconds` (1 s to a day):
    /// mailroomctl's --timeout, for every provider's client.
    void setTimeoutSeconds(int seconds);
};

/// One HTTP request to a provider, as a QObject with a typed result (the network job of
/// Nextcloud's AbstractNetworkJob, simplified): transfer timeout, TLS always verified,
/// HTTPS to HTTP redirects and redirects to another origin (scheme, host, port) refused, so
/// the credentials never leave the provider's server; same-origin redirects followed, safe requests retried a bounded number of
/// times on network failures, 429 and 502-504 (honouring Retry-After), errors parsed into
/// ApiError. Logs through the "mailroom.http" category with secrets redacted.
///
/// A request that is not retriable (PUT, POST, DELETE) reaches the server at most once per
/// job: Qt's own silent resend after a connection closed with no answer is stopped (see
/// OneShotBody), and such a job ends with Kind::Network and unanswered() true: the change
/// may or may not have been made, and only the provider can tell.
///
/// The job deletes itself after emitting finished().
class ApiJob final : public QObject
{
    Q_OBJECT

public:
    ApiJob(QNetworkAccessManager *nam, HttpRequest request, RequestPolicy policy,
           QObject *parent = nullptr);
    ~ApiJob() override;

    /// Sends the request. Call once.
    void start();
    /// Instead of start(): sends nothing and finishes with `error` (the caller found the
    /// request unusable), from the event loop like any answer.
    void refuse(ApiError error);
    /// Aborts the request; finished() follows with Kind::Cancelled.
    void cancel();

    [[nodiscard]] const HttpRequest &request() const { return m_request; }
    [[nodiscard]] int httpStatus() const { return m_status; }
    [[nodiscard]] const QByteArray &responseBody() const { return m_body; }
    [[nodiscard]] QByteArray responseHeader(const QByteArray &name) const;
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] bool succeeded() const { return !m_error.isError(); }
    /// True when the request was sent but the connection closed before any answer: its
    /// outcome is unknown (a change may have been applied).
    [[nodiscard]] bool unanswered() const { return m_unanswered; }
    /// The caller says this job's failure in its own words where it was asked (a pane's
    /// line): the window's status bar (JobTracker) does not repeat it.
    void setFailureShownByCaller(bool shown) { m_failureShownByCaller = shown; }
    [[nodiscard]] bool failureShownByCaller() const { return m_failureShownByCaller; }
    /// Number of attempts made (1 without retries).
    [[nodiscard]] int attempts() const { return m_attempts; }

    /// True when `a` and `b` have the same scheme, host and port (the default port of the
    /// scheme when none is given).
    [[nodiscard]] static bool isSameOrigin(const QUrl &a, const QUrl &b);

    /// The body as a JSON object; on failure sets error() to Kind::Malformed and returns {}.
    QJsonObject jsonObject();

Q_SIGNALS:
    void finished(ApiJob *job);

private:
    void sendAttempt();
    void onFinished();
    void finish(ApiError error);
    void onDeadline();
    void watchSize(qint64 received);
    [[nodiscard]] int retryDelayMs() const;

    QPointer<QNetworkAccessManager> m_nam;
    HttpRequest m_request;
    RequestPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotBody> m_bodyDevice;   ///< the body of a non-retriable request
    QUrl m_currentUrl;   ///< the URL being fetched, following accepted redirects
    QTimer *m_retryTimer = nullptr;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_elapsed;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    QByteArray m_body;
    ApiError m_error;
    int m_status = 0;
    int m_attempts = 0;
    int m_redirects = 0;   ///< redirects followed so far
    QSet<QUrl> m_visited;  ///< where they led
    bool m_cancelled = false;
    QString m_redirectRefused;   ///< why a redirect was refused; empty when none was
    bool m_finished = false;
    bool m_unanswered = false;
    bool m_failureShownByCaller = false;
    bool m_deadlinePassed = false;
    bool m_tooLarge = false;
};
