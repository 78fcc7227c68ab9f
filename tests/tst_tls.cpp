// TLS is always verified and an HTTPS request is never redirected to plain HTTP, checked
// against a local HTTPS server (tests/data/localhost.crt).
#include "core/net/apijob.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSslKey>
#include <QTest>

class TestTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateFails();
    void trustedCertificateSucceeds();
    void httpsToHttpRedirectIsRefused();
    void httpsToHttpsRedirectIsFollowed();
    void httpsRedirectToAnotherPortIsRefused();

private:
    ApiError get(const QString &path, bool trust, int *status = nullptr);

    QHttpServer m_tls;
    QHttpServer m_plain;
    QHttpServer m_otherTls;
    int m_otherTlsHits = 0;
    quint16 m_tlsPort = 0;
    quint16 m_plainPort = 0;
    int m_plainHits = 0;
    QSslCertificate m_certificate;
};

void TestTls::initTestCase()
{
    QFile certFile(QStringLiteral(TEST_DATA_DIR "/localhost.crt"));
    QFile keyFile(QStringLiteral(TEST_DATA_DIR "/localhost.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_certificate.isNull() && !key.isNull());

    m_plainPort = m_plain.listen(QHostAddress::LocalHost, 0);
    m_plain.route(QStringLiteral("/"), [this] {
        ++m_plainHits;
        return QHttpServerResponse(QByteArrayLiteral("plain"));
    });
    m_tls.sslSetup(m_certificate, key);
    m_tlsPort = m_tls.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_tlsPort && m_plainPort);
    m_tls.route(QStringLiteral("/ok"), [] { return QHttpServerResponse(QByteArrayLiteral("secure")); });
    m_tls.route(QStringLiteral("/to-plain"), [this] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::SeeOther);
        response.setHeader(QByteArrayLiteral("Location"), QStringLiteral("http://127.0.0.1:%1/").arg(m_plainPort).toUtf8());
        return response;
    });
    m_otherTls.sslSetup(m_certificate, key);
    const quint16 otherPort = m_otherTls.listen(QHostAddress::LocalHost, 0);
    QVERIFY(otherPort);
    m_otherTls.route(QStringLiteral("/ok"), [this] {
        ++m_otherTlsHits;
        return QHttpServerResponse(QByteArrayLiteral("other"));
    });
    m_tls.route(QStringLiteral("/to-other-tls"), [otherPort] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::TemporaryRedirect);
        response.setHeader(QByteArrayLiteral("Location"), QStringLiteral("https://127.0.0.1:%1/ok").arg(otherPort).toUtf8());
        return response;
    });
    m_tls.route(QStringLiteral("/to-tls"), [this] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::SeeOther);
        response.setHeader(QByteArrayLiteral("Location"), QStringLiteral("https://127.0.0.1:%1/ok").arg(m_tlsPort).toUtf8());
        return response;
    });
}

ApiError TestTls::get(const QString &path, bool trust, int *status)
{
    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_tlsPort).arg(path));
    RequestPolicy policy;
    policy.maxRetries = 0;
    if (trust)
        policy.extraCaCertificates = {m_certificate};
    // A fresh manager per request: a manager reuses its connections whatever the TLS
    // configuration of the next request (see RequestPolicy::extraCaCertificates).
    auto *nam = new QNetworkAccessManager(this);
    auto *job = new ApiJob(nam, request, policy);
    ApiError error;
    bool done = false;
    connect(job, &ApiJob::finished, this, [&](ApiJob *j) {
        error = j->error();
        if (status)
            *status = j->httpStatus();
        done = true;
    });
    job->start();
    const bool finished = QTest::qWaitFor([&] { return done; }, 15000);
    nam->deleteLater();
    return finished ? error : ApiError(ApiError::Kind::Timeout, QStringLiteral("test"));
}

void TestTls::untrustedCertificateFails()
{
    const ApiError error = get(QStringLiteral("/ok"), false);
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QVERIFY(error.isTransportOrAuth());
    QVERIFY(error.message().contains(QLatin1String("never ignores certificate errors")));
}

void TestTls::trustedCertificateSucceeds()
{
    int status = 0;
    const ApiError error = get(QStringLiteral("/ok"), true, &status);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(status, 200);
}

void TestTls::httpsToHttpRedirectIsRefused()
{
    const int before = m_plainHits;
    const ApiError error = get(QStringLiteral("/to-plain"), true);
    QCOMPARE(error.kind(), ApiError::Kind::Redirect);
    QTest::qWait(100);
    QCOMPARE(m_plainHits, before);   // nothing was sent in the clear
}

void TestTls::httpsToHttpsRedirectIsFollowed()
{
    int status = 0;
    const ApiError error = get(QStringLiteral("/to-tls"), true, &status);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(status, 200);
}

void TestTls::httpsRedirectToAnotherPortIsRefused()
{
    const ApiError error = get(QStringLiteral("/to-other-tls"), true);
    QCOMPARE(error.kind(), ApiError::Kind::Redirect);
    QTest::qWait(100);
    QCOMPARE(m_otherTlsHits, 0);   // the credentials stayed with the provider's server
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
