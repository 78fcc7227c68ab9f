// What is previewed is what is sent, for each provider: a change goes through the change
// path (as a live edit of the GUI or the CLI does) to the sandbox over loopback, and the
// request that reached the sandbox is compared with request() of the same operation, the
// preview the Draft pane and --dry-run show: method, URL, every header the preview shows,
// and the body, field by field. Only what the preview masks (credentials, signatures,
// encrypted logins) is compared by presence alone.
#include "core/changes/changepath.h"
#include "core/net/redaction.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/iceoperation.h"
#include "core/providers/ice/icesender.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaoperation.h"
#include "core/providers/ikoula/ikoulasender.h"
#include "core/providers/webitel/webitelclient.h"
#include "core/providers/webitel/webiteloperation.h"
#include "core/providers/webitel/webitelsender.h"
#include "sandbox/ikoulasimulator.h"
#include "requestcompare.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

class TestPreviewIsSent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hostway();
    void ikoula();
    void ice();
    void webitel();

private:
    /// Sends `op` through the change path with `sender`; returns the request that reached
    /// the sandbox for it (the last one with the preview's method and path).
    Sandbox::Request sendAndCapture(std::unique_ptr<OperationSender> sender, const std::shared_ptr<Operation> &op, const ApiEndpoint &endpoint);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QList<Sandbox::Request> m_seen;
};

void TestPreviewIsSent::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_seen.clear();
    m_sandbox->server()->setRequestObserver([this](const Sandbox::Request &r) { m_seen.append(r); });
}

void TestPreviewIsSent::cleanup()
{
    m_nam.reset();
    m_sandbox.reset();
}

Sandbox::Request TestPreviewIsSent::sendAndCapture(std::unique_ptr<OperationSender> sender, const std::shared_ptr<Operation> &op,
                                                   const ApiEndpoint &endpoint)
{
    ChangePath path(nullptr);
    ChangeRoute route;
    auto shared = std::make_shared<std::unique_ptr<OperationSender>>(std::move(sender));
    route.sender = [shared](QObject *, std::function<void(std::unique_ptr<OperationSender>)> ready) { ready(std::move(*shared)); };
    std::optional<ChangeOutcome> outcome;
    path.submit(route, op, this, [&](const ChangeOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
        return {};
    if (outcome->status != ChangeOutcome::Status::Done)
        qWarning().noquote() << "not done:" << outcome->error.message();
    const HttpRequest preview = op->request(endpoint);
    for (auto it = m_seen.crbegin(); it != m_seen.crend(); ++it) {
        if (it->method == preview.method && it->path == preview.url.path())
            return *it;
    }
    return {};
}

void TestPreviewIsSent::hostway()
{
    HostwayClient client(m_nam.get(), Hostway::Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    client.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    auto op = std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("preview.user"), 250, true,
                                              PasswordSource::Provided, QStringLiteral("Xy9$abcdEF"));
    const Sandbox::Request sent = sendAndCapture(std::make_unique<HostwaySender>(&client), op, client.endpoint());
    const HttpRequest preview = op->request(client.endpoint());
    compareWithSent(preview, sent);
    QVERIFY(preview.body.contains("Xy9$abcdEF"));   // a typed password is sent, and previewed masked only on screen
    QVERIFY(!preview.toDisplayText().contains(QLatin1String("Xy9$abcdEF")));
}

void TestPreviewIsSent::ikoula()
{
    IkoulaClient client(m_nam.get(), m_sandbox->baseUrl());
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    client.setPublicKey(Sandbox::IkoulaSimulator::demoPublicKey());
    auto op = std::make_shared<IkoulaOperation>(IkoulaCalls::addContact(QStringLiteral("2031"), QStringLiteral("preview@vins-rhone.fr"),
                                                                        QStringLiteral("Preview")),
                                                QStringLiteral("10442"), QStringLiteral("2031"));
    const ApiEndpoint endpoint{m_sandbox->baseUrl(), {}, QStringLiteral("admin")};
    compareWithSent(op->request(endpoint), sendAndCapture(std::make_unique<IkoulaSender>(&client), op, endpoint));
}

void TestPreviewIsSent::ice()
{
    IceClient client(m_nam.get(), m_sandbox->baseUrl());
    client.setCredentials(59, QStringLiteral("admin"), QStringLiteral("sandbox"));
    Ice::ServerSettings s;
    s.organisationId = 59;
    s.skillId = 663;
    s.smtp = {QStringLiteral("smtp.mail.com"), QStringLiteral("harry"), QStringLiteral("Smtp-Pass1"), QStringLiteral("harry@mail.com"),
              QStringLiteral("587"), QStringLiteral("10")};
    s.pop3 = {QStringLiteral("pop3.mail.com"), QStringLiteral("alex"), QStringLiteral("Pop-Pass1"), QStringLiteral("alex@mail.com"),
              QStringLiteral("995"), QStringLiteral("10")};
    auto op = std::make_shared<IceOperation>(s);
    const ApiEndpoint endpoint{m_sandbox->baseUrl(), QStringLiteral("59"), QStringLiteral("admin")};
    compareWithSent(op->request(endpoint), sendAndCapture(std::make_unique<IceSender>(&client), op, endpoint));
}

void TestPreviewIsSent::webitel()
{
    WebitelClient client(m_nam.get(), m_sandbox->baseUrl());
    client.setCredentials(QStringLiteral("admin@demo.webitel"), QStringLiteral("sandbox"));
    Webitel::EmailSettings s;
    s.from = QStringLiteral("pbx@other.webitel");
    s.host = QStringLiteral("smtp.other.webitel");
    s.port = 587;
    s.user = QStringLiteral("pbx");
    s.password = QStringLiteral("smtp-secret");
    auto op = std::make_shared<WebitelOperation>(WebitelOperation::Action::Create, QStringLiteral("other.webitel"), s);
    const ApiEndpoint endpoint{m_sandbox->baseUrl(), {}, QStringLiteral("admin@demo.webitel")};
    compareWithSent(op->request(endpoint), sendAndCapture(std::make_unique<WebitelSender>(&client), op, endpoint));
}

QTEST_GUILESS_MAIN(TestPreviewIsSent)
#include "tst_previewissent.moc"
