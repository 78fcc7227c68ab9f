#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/// Where an account's API lives, without secrets: the base URL (https://api.hostway.com),
/// the account id a provider puts in its paths or bodies (Hostway's /accounts/{account},
/// ICE's organisation) and the API user name (Ikoula's login). Operations build their
/// requests from it.
struct ApiEndpoint
{
    ApiEndpoint(QUrl base = {}, QString account = {}, QString user = {})
        : baseUrl(std::move(base)), accountId(std::move(account)), userName(std::move(user)) {}

    QUrl baseUrl;
    QString accountId;
    QString userName;
};

/// `base` (a provider's configured base URL, which may carry a path such as /engine) with
/// `path` appended after its own path; one slash between them whatever `base` ends with.
[[nodiscard]] QUrl appendPath(QUrl base, const QString &path);

/// One HTTP request exactly as Mailroom will send it, minus the credentials, which the
/// sending job adds. Operations produce it, previews show it, ApiJob sends it.
struct HttpRequest
{
    QByteArray method;                                   ///< "GET", "PUT", "DELETE", "POST"
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;        ///< in sending order
    QByteArray body;                                     ///< empty for none
    /// A POST that changes nothing at the provider (a login): it may be sent again like a GET.
    bool safeToRepeat = false;
    /// Every value in the JSON body is a secret, whatever its name (Hostway's secret answers,
    /// keyed by question): logs and previews mask them all (redactedBody()).
    bool everyValueSecret = false;
    /// The answer is itself a secret (a single sign-on link): logs say it came, never what it is.
    bool secretResponse = false;

    /// Safe requests may be retried after a network failure; changes (PUT, POST, DELETE)
    /// never are, and reach the server at most once (ApiJob).
    [[nodiscard]] bool isRetriable() const { return method == "GET" || method == "HEAD" || safeToRepeat; }

    /// The body with its secrets masked, for logs and previews (Redaction::body()).
    [[nodiscard]] QByteArray redactedBody() const;
    /// Method, URL, headers and body as text, with secrets masked (see redaction.h).
    [[nodiscard]] QString toDisplayText() const;
    /// The same request as a curl command line for `user` (HTTP Basic): the account password
    /// is left as the placeholder $MAILROOM_PASSWORD and secrets in the body as <secret>.
    [[nodiscard]] QString toCurl(const QString &user) const;
};
