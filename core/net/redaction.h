#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

/// Masks secrets before anything reaches a log, an error message or a preview.
namespace Redaction {

/// The mask that replaces every secret.
inline constexpr char kMask[] = "****";

/// True for header names that carry credentials: Authorization, Cookie, Set-Cookie, X-Key,
/// X-Access-Token, and anything containing "token", "password" or "secret".
[[nodiscard]] bool isSecretHeader(const QByteArray &name);

/// True for JSON keys and query parameters that carry secrets (password, pass, token,
/// authToken, secret, crypted_password, signature, key...). Case-insensitive.
[[nodiscard]] bool isSecretField(const QString &name);

/// The header value, or the mask when the header is secret. For "Basic xyz" keeps the scheme.
[[nodiscard]] QByteArray header(const QByteArray &name, const QByteArray &value);

/// A JSON body with every secret field's value masked, at any depth; a form-encoded body
/// (a=1&b=2) with secret fields' values masked. Any other body
/// is returned as is when it holds no "password" text, else replaced by a note. With
/// `everyValueSecret`, every text and number in a JSON body is masked, whatever its key, and
/// any other body is withheld.
[[nodiscard]] QByteArray body(const QByteArray &body, bool everyValueSecret = false);

/// The URL without user info and with secret query parameters masked.
[[nodiscard]] QString url(const QUrl &url);

/// Text from outside (a provider's message, a journal's) made safe to show on a terminal or a
/// label: control characters (terminal escapes included) become spaces, tabs and new lines
/// stay, and past `maxChars` it is cut with a note of how much more there was (a provider's
/// raw body stays in ApiError::rawBody(), and mailroomctl --verbose logs it).
[[nodiscard]] QString printable(const QString &text, int maxChars = 2000);

} // namespace Redaction
