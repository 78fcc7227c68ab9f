#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

/// Ikoula's request authentication (shared/api/BEYOND-SEEDS.md, "Ikoula"), through OpenSSL:
/// the account password encrypted with Ikoula's RSA public key, and the HMAC-SHA1 signature
/// over all other parameters.
namespace IkoulaSigner {

/// One request parameter, name as sent on the wire (lower case).
using Parameter = QPair<QString, QString>;

/// The HMAC key: the base64 body of the PEM public key, without the BEGIN/END lines and
/// without newlines. Empty when `pem` holds no PEM block.
[[nodiscard]] QByteArray hmacKey(const QByteArray &pem);

/// The text that is signed: the parameters sorted by name, each "name=value" URL-encoded as
/// PHP's urlencode does (everything but A-Z a-z 0-9 - _ . as %XX, a space as "+"), joined
/// with "&", every "+" replaced by "%20", the whole string lower-cased.
[[nodiscard]] QByteArray canonicalString(QList<Parameter> parameters);

/// The `signature` parameter: base64(HMAC-SHA1(canonicalString(parameters), key)).
/// `parameters` must not contain "signature" itself.
[[nodiscard]] QByteArray signature(const QList<Parameter> &parameters, const QByteArray &key);

/// The `crypted_password` parameter: `password` (UTF-8) encrypted with the RSA public key in
/// `pem` (PKCS#1 v1.5 padding), base64. RSA padding is random, so two calls differ. Empty,
/// with *error set, when the key cannot be read or is not RSA.
[[nodiscard]] QByteArray encryptPassword(const QByteArray &pem, const QString &password, QString *error);

/// True when `pem` holds an RSA public key OpenSSL can read; else *error says why.
[[nodiscard]] bool isUsablePublicKey(const QByteArray &pem, QString *error);

} // namespace IkoulaSigner
