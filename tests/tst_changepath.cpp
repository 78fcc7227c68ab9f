// ChangePath against the Hostway sandbox over loopback: one path validates, drafts or sends,
// writes the audit lines, and reports done, drafted, invalid (per field), refused (per
// field), failed (outcome unknown) and cancelled.
#include "core/audit/auditlog.h"
#include "core/changes/changepath.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using Status = ChangeOutcome::Status;

class TestChangePath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsAndAuditsADoneChange();
    void invalidChangeSendsNothingAndNamesTheField();
    void providerRefusalNamesTheField();
    void missingDomainIsRefused();
    void unreachableProviderIsAnUnknownOutcome();
    void draftedChangeSendsNothing();
    void draftRefusalSendsNothing();
    void declinedCredentialsCancel();
    void refusedCredentialsAreReported();
    void submitAllStopsAtTheFirstNotDone();

private:
    ChangeRoute route(const QString &password = SandboxFixture::password());
    ChangeOutcome submit(const ChangeRoute &route, std::shared_ptr<Operation> op);
    ChangeOutcome submitAll(const ChangeRoute &route, QList<std::shared_ptr<Operation>> ops);
    int mailboxQuota(const QString &domain, const QString &name);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<ChangePath> m_path;
    int m_sendersMade = 0;
};

void TestChangePath::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Hostway::Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_dir = std::make_unique<QTemporaryDir>();
    m_log = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    m_path = std::make_unique<ChangePath>(m_log.get());
    m_sendersMade = 0;
}

void TestChangePath::cleanup()
{
    m_path.reset();
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

ChangeRoute TestChangePath::route(const QString &password)
{
    ChangeRoute r;
    r.subject = {QStringLiteral("Mailroom"), QStringLiteral("Support desk"), QStringLiteral("acc-1"), QStringLiteral("hostway"), {}};
    r.sender = [this, password](QObject *, std::function<void(std::unique_ptr<OperationSender>)> ready) {
        ++m_sendersMade;
        m_client->setCredentials(SandboxFixture::user(), password);
        ready(std::make_unique<HostwaySender>(m_client.get()));
    };
    return r;
}

ChangeOutcome TestChangePath::submitAll(const ChangeRoute &route, QList<std::shared_ptr<Operation>> ops)
{
    std::optional<ChangeOutcome> result;
    m_path->submitAll(route, std::move(ops), this, [&](const ChangeOutcome &o) { result = o; });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 15000);
    return result.value_or(ChangeOutcome{Status::Cancelled, ApiError(ApiError::Kind::Timeout, QStringLiteral("no outcome")), 0});
}

ChangeOutcome TestChangePath::submit(const ChangeRoute &route, std::shared_ptr<Operation> op)
{
    return submitAll(route, {std::move(op)});
}

int TestChangePath::mailboxQuota(const QString &domain, const QString &name)
{
    int quota = -1;
    bool done = false;
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
    m_client->fetchMailbox(domain, name, this, [&](const ApiError &error, const Hostway::Mailbox &m) {
        quota = error.isError() ? -1 : m.quotaMb;
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 10000);
    return quota;
}

void TestChangePath::sendsAndAuditsADoneChange()
{
    auto op = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    op->setQuotaMb(321);
    const ChangeOutcome o = submit(route(), op);
    QCOMPARE(o.status, Status::Done);
    QVERIFY(o.ok());
    QCOMPARE(o.accepted, 1);
    QCOMPARE(mailboxQuota(QStringLiteral("test.com"), QStringLiteral("john.smith")), 321);
    const QList<AuditEntry> lines = m_log->read();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).outcome, AuditEntry::Outcome::Sending);
    QCOMPARE(lines.at(1).outcome, AuditEntry::Outcome::Done);
    QCOMPARE(lines.at(1).accountName, QStringLiteral("Support desk"));
    QCOMPARE(lines.at(1).description, op->describe());
    QVERIFY(lines.at(1).httpStatus >= 200 && lines.at(1).httpStatus < 300);
}

void TestChangePath::invalidChangeSendsNothingAndNamesTheField()
{
    auto op = std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("new.one"), 100, false,
                                              PasswordSource::Provided, QStringLiteral("short"));
    const ChangeOutcome o = submit(route(), op);
    QCOMPARE(o.status, Status::Invalid);
    QCOMPARE(o.error.kind(), ApiError::Kind::Setup);
    QVERIFY2(!o.error.fieldMessage(QStringLiteral("password")).isEmpty(), qPrintable(o.error.message()));
    QCOMPARE(m_sendersMade, 0);
    QVERIFY(m_log->read().isEmpty());
}

void TestChangePath::providerRefusalNamesTheField()
{
    // john.smith used pWord123$ before: the sandbox refuses it again (seed 003, password rules).
    auto op = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    op->setPassword(QStringLiteral("pWord123$"));
    const ChangeOutcome o = submit(route(), op);
    QCOMPARE(o.status, Status::Refused);
    QVERIFY2(!o.error.fieldMessage(QStringLiteral("password")).isEmpty(), qPrintable(o.error.message()));
    const QList<AuditEntry> changes = AuditLog::changes(m_log->read());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().outcome, AuditEntry::Outcome::Refused);
    QVERIFY(changes.first().httpStatus >= 400);
    QVERIFY2(changes.first().message.contains(QStringLiteral("password")), qPrintable(changes.first().message));
    QVERIFY(!changes.first().message.contains(QStringLiteral("pWord123$")));
}

void TestChangePath::missingDomainIsRefused()
{
    const ChangeOutcome o = submit(route(), std::make_shared<DeleteMailbox>(QStringLiteral("nosuch.example"), QStringLiteral("x")));
    QCOMPARE(o.status, Status::Refused);
    QCOMPARE(o.error.kind(), ApiError::Kind::NotFound);
}

void TestChangePath::unreachableProviderIsAnUnknownOutcome()
{
    const QUrl base = m_sandbox->baseUrl();
    m_sandbox.reset();   // nothing listens there any more
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Hostway::Endpoint{base, SandboxFixture::accountId()});
    const ChangeOutcome o = submit(route(), std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith")));
    QCOMPARE(o.status, Status::Failed);
    const QList<AuditEntry> changes = AuditLog::changes(m_log->read());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().outcome, AuditEntry::Outcome::Failed);
}

void TestChangePath::draftedChangeSendsNothing()
{
    ChangeRoute r = route();
    QList<std::shared_ptr<Operation>> drafted;
    r.drafter = [&](std::shared_ptr<Operation> op) {
        drafted.append(op);
        return ApiError();
    };
    auto op = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    op->setQuotaMb(77);
    const ChangeOutcome o = submit(r, op);
    QCOMPARE(o.status, Status::Drafted);
    QCOMPARE(drafted.size(), 1);
    QCOMPARE(m_sendersMade, 0);
    QVERIFY(mailboxQuota(QStringLiteral("test.com"), QStringLiteral("john.smith")) != 77);
    const QList<AuditEntry> lines = m_log->read();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().outcome, AuditEntry::Outcome::Drafted);
}

void TestChangePath::draftRefusalSendsNothing()
{
    ChangeRoute r = route();
    r.drafter = [](std::shared_ptr<Operation>) { return ApiError(ApiError::Kind::Setup, QStringLiteral("the draft is for another account")); };
    const ChangeOutcome o = submit(r, std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith")));
    QCOMPARE(o.status, Status::Invalid);
    QVERIFY(o.error.message().contains(QStringLiteral("another account")));
    QCOMPARE(m_sendersMade, 0);
    QVERIFY(m_log->read().isEmpty());
}

void TestChangePath::declinedCredentialsCancel()
{
    ChangeRoute r = route();
    r.sender = [](QObject *, std::function<void(std::unique_ptr<OperationSender>)> ready) { ready(nullptr); };
    const ChangeOutcome o = submit(r, std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith")));
    QCOMPARE(o.status, Status::Cancelled);
    QVERIFY(m_log->read().isEmpty());
    QVERIFY(mailboxQuota(QStringLiteral("test.com"), QStringLiteral("john.smith")) >= 0);
}

void TestChangePath::refusedCredentialsAreReported()
{
    ChangeRoute r = route(QStringLiteral("wrong password"));
    int told = 0;
    r.credentialsRefused = [&told] { ++told; };
    const ChangeOutcome o = submit(r, std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith")));
    QCOMPARE(o.status, Status::Refused);
    QCOMPARE(o.error.kind(), ApiError::Kind::Authentication);
    QCOMPARE(told, 1);
}

void TestChangePath::submitAllStopsAtTheFirstNotDone()
{
    auto first = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    first->setQuotaMb(55);
    auto refused = std::make_shared<DeleteMailbox>(QStringLiteral("nosuch.example"), QStringLiteral("x"));
    auto never = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    never->setQuotaMb(66);
    const ChangeOutcome o = submitAll(route(), {first, refused, never});
    QCOMPARE(o.status, Status::Refused);
    QCOMPARE(o.accepted, 1);
    QCOMPARE(mailboxQuota(QStringLiteral("test.com"), QStringLiteral("john.smith")), 55);
    QCOMPARE(AuditLog::changes(m_log->read()).size(), 2);

    // One invalid operation: none is sent.
    auto invalid = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    invalid->setQuotaMb(-5);
    QCOMPARE(submitAll(route(), {never, invalid}).status, Status::Invalid);
    QCOMPARE(mailboxQuota(QStringLiteral("test.com"), QStringLiteral("john.smith")), 55);
}

QTEST_GUILESS_MAIN(TestChangePath)
#include "tst_changepath.moc"
