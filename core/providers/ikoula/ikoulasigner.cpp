#include "core/providers/ikoula/ikoulasigner.h"

#include <QCoreApplication>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>

#include <algorithm>
#include <memory>

namespace IkoulaSigner {

namespace {

struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
struct KeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct CtxFree { void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); } };

QString tr(const char *text)
{
    return QCoreApplication::translate("IkoulaSigner", text);
}

std::unique_ptr<EVP_PKEY, KeyFree> readPublicKey(const QByteArray &pem, QString *error)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    std::unique_ptr<EVP_PKEY, KeyFree> key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key) {
        ERR_clear_error();
        *error = tr("The Ikoula public key is not a PEM public key (-----BEGIN PUBLIC KEY-----).");
        return nullptr;
    }
    if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
        *error = tr("The Ikoula public key is not an RSA key.");
        return nullptr;
    }
    return key;
}

/// PHP's urlencode(): unreserved A-Z a-z 0-9 - _ . ; a space becomes "+".
QByteArray phpUrlEncode(const QString &text)
{
    QByteArray encoded = QUrl::toPercentEncoding(text, QByteArray(" "), QByteArray("~"));
    encoded.replace(' ', '+');
    return encoded;
}

} // namespace

QByteArray hmacKey(const QByteArray &pem)
{
    const int begin = pem.indexOf("-----BEGIN");
    if (begin < 0)
        return {};
    const int bodyStart = pem.indexOf('\n', pem.indexOf("-----", begin + 10));
    const int end = pem.indexOf("-----END", bodyStart);
    if (bodyStart < 0 || end < 0)
        return {};
    QByteArray body = pem.mid(bodyStart, end - bodyStart);
    body.replace('\r', QByteArray()).replace('\n', QByteArray()).replace(' ', QByteArray());
    return body;
}

QByteArray canonicalString(QList<Parameter> parameters)
{
    std::stable_sort(parameters.begin(), parameters.end(),
                     [](const Parameter &a, const Parameter &b) { return a.first < b.first; });
    QByteArray text;
    for (const Parameter &p : std::as_const(parameters)) {
        if (!text.isEmpty())
            text += '&';
        text += phpUrlEncode(p.first) + '=' + phpUrlEncode(p.second);
    }
    text.replace('+', QByteArrayLiteral("%20"));
    return text.toLower();
}

QByteArray signature(const QList<Parameter> &parameters, const QByteArray &key)
{
    const QByteArray text = canonicalString(parameters);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha1(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(text.constData()), static_cast<size_t>(text.size()), digest, &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<int>(length)).toBase64();
}

bool isUsablePublicKey(const QByteArray &pem, QString *error)
{
    return readPublicKey(pem, error) != nullptr;
}

QByteArray encryptPassword(const QByteArray &pem, const QString &password, QString *error)
{
    const auto key = readPublicKey(pem, error);
    if (!key)
        return {};
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    const QByteArray plain = password.toUtf8();
    size_t length = 0;
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0
        || EVP_PKEY_encrypt(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(plain.constData()),
                            static_cast<size_t>(plain.size())) <= 0) {
        ERR_clear_error();
        *error = tr("OpenSSL could not encrypt with the Ikoula public key.");
        return {};
    }
    QByteArray out(static_cast<int>(length), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length,
                         reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<size_t>(plain.size())) <= 0) {
        ERR_clear_error();
        *error = tr("The password is too long for the Ikoula public key.");
        return {};
    }
    out.resize(static_cast<int>(length));
    return out.toBase64();
}

} // namespace IkoulaSigner
