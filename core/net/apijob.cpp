#include "core/net/apijob.h"

#include <algorithm>

#include "core/net/networklog.h"
#include "core/net/oneshotbody.h"
#include "core/net/redaction.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

void RequestPolicy::setTimeoutSeconds(int seconds)
{
    transferTimeoutMs = deadlineMs = std::clamp(seconds, 1, 86400) * 1000;
}

ApiJob::ApiJob(QNetworkAccessManager *nam, HttpRequest request, RequestPolicy policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_policy(std::move(policy))
{
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiJob::responseHeader(const QByteArray &name) const
{
    for (const auto &h : m_responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void ApiJob::start()
{
    m_elapsed.start();
    if (m_policy.deadlineMs > 0) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &ApiJob::onDeadline);
        m_deadline->start(m_policy.deadlineMs);
    }
    sendAttempt();
}

void ApiJob::onDeadline()
{
    if (m_finished)
        return;
    m_deadlinePassed = true;
    if (m_reply) {
        m_reply->abort();   // onFinished() reports the timeout
        return;
    }
    finish(ApiError(ApiError::Kind::Timeout, tr("no answer within %n second(s)", nullptr, m_policy.deadlineMs / 1000)));
}

void ApiJob::watchSize(qint64 received)
{
    if (received <= m_policy.maxResponseBytes || m_tooLarge || !m_reply)
        return;
    m_tooLarge = true;
    m_reply->abort();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_retryTimer && m_retryTimer->isActive()) {
        m_retryTimer->stop();
        finish(ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    if (m_reply)
        m_reply->abort();
}

void ApiJob::sendAttempt()
{
    if (!m_nam) {
        finish(ApiError(ApiError::Kind::Network, tr("no network access")));
        return;
    }
    ++m_attempts;
    QNetworkRequest request(m_request.url);
    for (const auto &h : std::as_const(m_request.headers))
        request.setRawHeader(h.first, h.second);
    if (!m_policy.authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_policy.authorization);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // No cookie jar: a cookie travels only where a request names it (Hostway's OwnerId), never
    // from one account's answer into another account's request on the same manager.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!m_policy.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_policy.extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    qCInfo(lcHttp).noquote() << m_request.method << Redaction::url(m_request.url)
                             << (m_attempts > 1 ? QStringLiteral("(attempt %1)").arg(m_attempts) : QString());
    if (!m_request.body.isEmpty())
        qCDebug(lcHttp).noquote() << "  body:" << QString::fromUtf8(m_request.redactedBody());

    if (m_request.isRetriable()) {
        m_reply = m_nam->sendCustomRequest(request, m_request.method, m_request.body);
    } else {
        // At most once: Qt must not resend a change by itself (see OneShotBody).
        delete m_bodyDevice;
        m_bodyDevice = new OneShotBody(m_request.body, this);
        m_reply = m_nam->sendCustomRequest(request, m_request.method, m_bodyDevice);
    }
    // The lambdas use the reply they were made for: m_reply is null once it finished, and a
    // signal already queued by Qt's HTTP thread may still arrive (mailroom-screenshots crashed
    // so when an account was removed with its requests in flight).
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        bool known = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known)
            watchSize(announced);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) { watchSize(received); });
    m_currentUrl = m_request.url;
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        // Compare with our own record: by now the reply's url() already is the target.
        const QUrl from = std::exchange(m_currentUrl, target);
        if (from.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
            qCWarning(lcHttp).noquote() << "refused redirect from HTTPS to" << Redaction::url(target);
            m_redirectRefused = tr("from HTTPS to HTTP, %1").arg(Redaction::url(target));
            reply->abort();
            return;
        }
        if (!isSameOrigin(m_request.url, target)) {
            // The credentials (Authorization, a token header, a token in the body) are the
            // provider's: none of the four documents a redirect to another server.
            qCWarning(lcHttp).noquote() << "refused redirect to another origin:" << Redaction::url(target);
            m_redirectRefused = tr("to another server, %1, which would receive the account's credentials").arg(Redaction::url(target));
            reply->abort();
            return;
        }
        if (target == m_request.url || m_visited.contains(target)) {
            qCWarning(lcHttp).noquote() << "refused redirect loop back to" << Redaction::url(target);
            m_redirectRefused = tr("in a loop, back to %1").arg(Redaction::url(target));
            reply->abort();
            return;
        }
        m_visited.insert(target);
        ++m_redirects;
        qCInfo(lcHttp).noquote() << "  redirected to" << Redaction::url(target);
        Q_EMIT reply->redirectAllowed();
    });
}

bool ApiJob::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

int ApiJob::retryDelayMs() const
{
    bool ok = false;
    const int retryAfter = responseHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
    if (ok && retryAfter >= 0)
        return std::min(retryAfter, 30) * 1000;
    return m_policy.retryBaseDelayMs * (1 << std::min(m_attempts - 1, 5));
}

void ApiJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);   // nothing more of it reaches this job
    reply->deleteLater();

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_responseHeaders = reply->rawHeaderPairs();
    QNetworkReply::NetworkError netError = reply->error();
    qCInfo(lcHttp).noquote() << "  ->" << m_status << netError << m_elapsed.elapsed() << "ms";
    qCDebug(lcHttp).noquote() << "  response:"
                              << (m_request.secretResponse ? QStringLiteral("(withheld: it is a secret)") : QString::fromUtf8(Redaction::body(m_body).left(2000)));

    if (m_cancelled) {
        finish(ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    if (m_tooLarge || m_body.size() > m_policy.maxResponseBytes) {
        m_body.clear();
        finish(ApiError(ApiError::Kind::Malformed, tr("the answer is larger than %1 MB, more than any documented answer; it was not read")
                                                       .arg(m_policy.maxResponseBytes / (1024 * 1024))));
        return;
    }
    if (m_deadlinePassed) {
        if (!m_request.isRetriable())
            m_unanswered = true;   // sent, and no complete answer: the change may have landed
        finish(ApiError(ApiError::Kind::Timeout, tr("no complete answer within %n second(s)", nullptr, m_policy.deadlineMs / 1000)));
        return;
    }
    if (!m_redirectRefused.isEmpty()) {
        finish(ApiError(ApiError::Kind::Redirect, m_redirectRefused));
        return;
    }

    ApiError error;
    bool transient = false;
    // A connection-level failure wins over a status line already read: a reset in the middle
    // of a body, a redirect loop, a redirect to a host that does not resolve.
    const bool connectionFailed = (netError > QNetworkReply::NoError && netError < QNetworkReply::ProxyConnectionRefusedError)
                                  || netError == QNetworkReply::TooManyRedirectsError || netError == QNetworkReply::InsecureRedirectError
                                  || netError == QNetworkReply::ProtocolFailure || netError == QNetworkReply::ProtocolUnknownError;
    bool announced = false;
    const qint64 length = m_responseHeaders.isEmpty() ? -1 : responseHeader(QByteArrayLiteral("Content-Length")).trimmed().toLongLong(&announced);
    const bool cutShort = announced && m_request.method != "HEAD" && m_status != 204 && m_status != 304 && m_body.size() < length;
    if ((m_status == 307 || m_status == 308) && !m_request.isRetriable()) {
        // Not followed (see OneShotBody); the provider did not apply the change.
        error = ApiError(ApiError::Kind::Redirect,
                         tr("HTTP %1 to %2; Mailroom does not send a change on to another address, and nothing was changed. Check the account's base URL")
                             .arg(m_status).arg(Redaction::url(QUrl(QString::fromUtf8(responseHeader(QByteArrayLiteral("Location")))))),
                         m_status);
    } else if (m_status > 0 && m_status < 200) {
        // No final answer (Qt 6.4 reports 100 after some redirect loops).
        error = ApiError(m_redirects > 0 ? ApiError::Kind::Redirect : ApiError::Kind::Network,
                         m_redirects > 0 ? tr("in a loop, with no final answer") : tr("no final answer (HTTP %1)").arg(m_status));
    } else if (m_status >= 300 && m_status < 400 && m_status != 304) {
        // Qt hands back the last redirect it would not follow: a loop, or no usable Location.
        error = ApiError(ApiError::Kind::Redirect, m_redirects >= m_policy.maxRedirects
                                                       ? tr("more than %n redirects, a loop", nullptr, m_policy.maxRedirects)
                                                       : tr("HTTP %1 without a place Mailroom can follow").arg(m_status),
                         m_status);
    } else if (m_status == 0 || connectionFailed || cutShort) {
        if (cutShort && netError == QNetworkReply::NoError)
            netError = QNetworkReply::RemoteHostClosedError;
        switch (netError) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error = ApiError(ApiError::Kind::Timeout, reply->errorString());
            transient = true;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error = ApiError(ApiError::Kind::Tls, reply->errorString());
            break;
        case QNetworkReply::ContentReSendError:
        case QNetworkReply::RemoteHostClosedError:
            if (!m_request.isRetriable()) {
                // Sent, and no answer: the change may have been made. Never sent again here.
                m_unanswered = true;
                error = ApiError(ApiError::Kind::Network, tr("the connection closed before the provider answered, so the change may or may not have been made"));
                break;
            }
            error = ApiError(ApiError::Kind::Network, cutShort ? tr("the answer was cut short (%1 of %2 bytes)").arg(m_body.size()).arg(length)
                                                               : reply->errorString());
            transient = true;
            break;
        case QNetworkReply::TooManyRedirectsError:
            error = ApiError(ApiError::Kind::Redirect, tr("more than %n redirects, a loop", nullptr, m_policy.maxRedirects));
            break;
        case QNetworkReply::InsecureRedirectError:
            error = ApiError(ApiError::Kind::Redirect, reply->errorString());
            break;
        case QNetworkReply::HostNotFoundError:
            error = ApiError(ApiError::Kind::Network, tr("the host %1 is not known").arg(m_currentUrl.host()));
            transient = true;
            break;
        default:
            error = ApiError(ApiError::Kind::Network, cutShort ? tr("the answer was cut short (%1 of %2 bytes)").arg(m_body.size()).arg(length)
                                                               : reply->errorString());
            transient = true;
            break;
        }
    } else {
        error = ApiError::fromHttp(m_status, m_body, m_policy.errorBody);
        transient = m_status == 429 || m_status == 502 || m_status == 503 || m_status == 504;
    }

    if (error.isError() && transient && m_request.isRetriable() && m_attempts <= m_policy.maxRetries
        && (m_policy.deadlineMs <= 0 || m_elapsed.elapsed() + retryDelayMs() < m_policy.deadlineMs)) {
        const int delay = retryDelayMs();
        qCInfo(lcHttp) << "  retrying in" << delay << "ms";
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
        }
        m_retryTimer->start(delay);
        return;
    }
    finish(error);
}

void ApiJob::refuse(ApiError error)
{
    QTimer::singleShot(0, this, [this, error = std::move(error)] { finish(error); });
}

void ApiJob::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_error.isError() && m_error.kind() != ApiError::Kind::Cancelled)
        qCWarning(lcHttp).noquote() << m_request.method << Redaction::url(m_request.url) << "failed:" << m_error.message();
    Q_EMIT finished(this);
    deleteLater();
}

QJsonObject ApiJob::jsonObject()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = ApiError(ApiError::Kind::Malformed,
                           parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : tr("expected a JSON object"));
        return {};
    }
    return doc.object();
}
