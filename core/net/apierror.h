#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QJsonObject;

/// What went wrong with one request, whatever the provider: transport failures and the
/// providers' error bodies, in one shape. The raw body is always kept.
///
/// Each provider reads its own error bodies (a BodyReader in its folder, set on its client's
/// RequestPolicy): Hostway's seven shapes, Ikoula's {"error": ...}, ICE's {"Message": ...},
/// Webitel's {"status": "error", "info": ...}. This class knows none of them.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,            ///< success
        Network,         ///< host unreachable, connection refused or reset
        Timeout,         ///< no transfer within the timeout
        Tls,             ///< certificate or handshake failure; never ignored
        Redirect,        ///< a refused redirect (HTTPS to HTTP, too many hops)
        Authentication,  ///< 401 or 403
        NotFound,        ///< 404
        Conflict,        ///< 409
        Refused,         ///< another 4xx: the provider refused the request as sent
        Server,          ///< 5xx
        Malformed,       ///< a 2xx whose body could not be read
        Cancelled,       ///< cancelled by the user
        Setup,           ///< nothing was sent: the account's settings or the input are unusable
    };

    /// One message of the provider about one field ("password": "Required").
    struct FieldMessage
    {
        QString field;    ///< the provider's key: a field, a JSON path or an address
        QString message;
    };

    /// What a provider's error body says: its own message and its messages per field.
    struct ProviderWords
    {
        QString message;
        QList<FieldMessage> fields;
    };
    /// Reads one provider's error body (not empty, trimmed). Never fails: what it cannot read
    /// it gives back as plainText().
    using BodyReader = ProviderWords (*)(const QByteArray &body);

    ApiError() = default;
    ApiError(Kind kind, QString detail, int httpStatus = 0);

    /// An HTTP error answer: the kind from the status (a 2xx gives Kind::None), the provider's
    /// words from `body` read by `reader` (null: plainText()).
    [[nodiscard]] static ApiError fromHttp(int status, const QByteArray &body, BodyReader reader = nullptr);
    /// A body no reader understands: its first 500 bytes as the message.
    [[nodiscard]] static ProviderWords plainText(const QByteArray &body);
    /// Every value of a flat JSON object as a field message (numbers as text); empty when a
    /// value is neither a string nor a number.
    [[nodiscard]] static QList<FieldMessage> flatFields(const QJsonObject &object);

    /// A refusal carried by a successful HTTP status (Ikoula's {"error": ...} on a 200, ICE's
    /// {"Message": "The request is invalid."}): Kind::Refused with the provider's words.
    /// `fields`: the fields it is about, when the provider's words say (Ikoula names parameters).
    [[nodiscard]] static ApiError providerRefusal(const QString &providerMessage, int httpStatus, const QByteArray &body,
                                                  const QList<FieldMessage> &fields = {});
    /// A change that failed its offline checks (Operation::validate()): Kind::Setup, nothing
    /// sent, with one field message per problem, as a provider's refusal would carry them.
    [[nodiscard]] static ApiError invalid(const QList<FieldMessage> &problems);

    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    /// The provider's own top-level message ("Quota must be greater than 0"), if any.
    [[nodiscard]] QString providerMessage() const { return m_providerMessage; }
    [[nodiscard]] const QList<FieldMessage> &fieldMessages() const { return m_fields; }
    /// The provider's message about `field`, or an empty string.
    [[nodiscard]] QString fieldMessage(const QString &field) const;
    /// The provider's words on one line, for a log or a result column: its message, then each
    /// field message the message does not already hold ("field: message"), joined by "; ".
    /// Empty when the provider said nothing.
    [[nodiscard]] QString providerWords() const;
    [[nodiscard]] QByteArray rawBody() const { return m_rawBody; }

    /// True for failures that say nothing about the request itself: network, timeout, TLS,
    /// redirect and authentication (mailroomctl's exit code 3).
    [[nodiscard]] bool isTransportOrAuth() const;

    /// A translated sentence for people: what happened and what to do next, with the
    /// provider's messages. Never contains a secret.
    [[nodiscard]] QString message() const;

private:
    /// True when the provider's message already holds what `field` says.
    [[nodiscard]] bool saysAlready(const FieldMessage &field) const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_providerMessage;
    QList<FieldMessage> m_fields;
    QByteArray m_rawBody;
};
