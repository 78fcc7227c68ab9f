// IkoulaSigner: the HMAC-SHA1 signature against a vector worked out by hand from
// BEYOND-SEEDS.md (and cross-checked with Qt's own HMAC), and the RSA password encryption
// checked by decrypting with the demo private key.
#include "core/providers/ikoula/ikoulasigner.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

class TestIkoulaSigner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hmacKeyIsThePemBody();
    void canonicalStringFollowsTheDocumentedSteps();
    void signatureMatchesTheKnownVector();
    void encryptedPasswordDecryptsWithThePrivateKey();
    void unusableKeysAreRefused_data();
    void unusableKeysAreRefused();

private:
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QList<IkoulaSigner::Parameter> vectorParameters()
    {
        return {{QStringLiteral("login"), QStringLiteral("admin")},
                {QStringLiteral("format"), QStringLiteral("json")},
                {QStringLiteral("crypted_password"), QStringLiteral("Ab+/==")},
                {QStringLiteral("email_bal"), QStringLiteral("jean.dupont@exemple.fr")},
                {QStringLiteral("display_name"), QStringLiteral("Jean Dupont ~ \u00C9")}};
    }
};

void TestIkoulaSigner::hmacKeyIsThePemBody()
{
    const QByteArray pem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOC\r\nAQ8AMIIBCgKCAQEAtest\n-----END PUBLIC KEY-----\n";
    QCOMPARE(IkoulaSigner::hmacKey(pem), QByteArray("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtest"));
    QVERIFY(IkoulaSigner::hmacKey("no pem here").isEmpty());
}

void TestIkoulaSigner::canonicalStringFollowsTheDocumentedSteps()
{
    // GIVEN parameters in any order, with "+", "/", "=", a space, "~" and a non-ASCII letter
    // THEN sorted by name, PHP-urlencoded (~ too), "+" as %20, all lower case.
    QCOMPARE(IkoulaSigner::canonicalString(vectorParameters()),
             QByteArray("crypted_password=ab%2b%2f%3d%3d&display_name=jean%20dupont%20%7e%20%c3%89"
                        "&email_bal=jean.dupont%40exemple.fr&format=json&login=admin"));
}

void TestIkoulaSigner::signatureMatchesTheKnownVector()
{
    const QByteArray key = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtest";
    // Worked out with Python's hmac module from the string above.
    QCOMPARE(IkoulaSigner::signature(vectorParameters(), key), QByteArray("u6NCfYhjYhU/66kEfUowY7NmzEI="));
    // And with Qt's HMAC, independent of OpenSSL.
    const QByteArray text = "crypted_password=ab%2b%2f%3d%3d&display_name=jean%20dupont%20%7e%20%c3%89"
                            "&email_bal=jean.dupont%40exemple.fr&format=json&login=admin";
    QCOMPARE(IkoulaSigner::signature(vectorParameters(), key),
             QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha1).toBase64());
}

void TestIkoulaSigner::encryptedPasswordDecryptsWithThePrivateKey()
{
    const QByteArray publicPem = readFile(QStringLiteral(SANDBOX_DEMO_DIR "/ikoula-public.pem"));
    const QByteArray privatePem = readFile(QStringLiteral(SANDBOX_DEMO_DIR "/ikoula-private.pem"));
    QVERIFY(!publicPem.isEmpty() && !privatePem.isEmpty());
    QString error;
    const QByteArray first = IkoulaSigner::encryptPassword(publicPem, QStringLiteral("s\u00E9same-42"), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    const QByteArray second = IkoulaSigner::encryptPassword(publicPem, QStringLiteral("s\u00E9same-42"), &error);
    QVERIFY(first != second);   // PKCS#1 v1.5 padding is random
    QCOMPARE(QByteArray::fromBase64(first).size(), 256);   // a 2048-bit key

    BIO *bio = BIO_new_mem_buf(privatePem.constData(), static_cast<int>(privatePem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, nullptr);
    QVERIFY(ctx && EVP_PKEY_decrypt_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0);
    const QByteArray cipher = QByteArray::fromBase64(first);
    unsigned char plain[512];
    size_t length = sizeof plain;
    const int decrypted = EVP_PKEY_decrypt(ctx, plain, &length, reinterpret_cast<const unsigned char *>(cipher.constData()),
                                           static_cast<size_t>(cipher.size()));
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    BIO_free(bio);
    QVERIFY(decrypted > 0);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(plain), static_cast<int>(length)), QStringLiteral("s\u00E9same-42"));
}

void TestIkoulaSigner::unusableKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not PEM") << QByteArray("ssh-rsa AAAAB3NzaC1yc2E admin@host");
    QTest::newRow("broken body") << QByteArray("-----BEGIN PUBLIC KEY-----\nnot base64 at all\n-----END PUBLIC KEY-----\n");
    QTest::newRow("private key given") << readFile(QStringLiteral(SANDBOX_DEMO_DIR "/ikoula-private.pem"));
}

void TestIkoulaSigner::unusableKeysAreRefused()
{
    QFETCH(QByteArray, pem);
    QString error;
    QVERIFY(IkoulaSigner::encryptPassword(pem, QStringLiteral("x"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(!IkoulaSigner::isUsablePublicKey(pem, &error));
}

QTEST_GUILESS_MAIN(TestIkoulaSigner)
#include "tst_ikoulasigner.moc"
