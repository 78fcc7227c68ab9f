// BatchRun against the Hostway sandbox over loopback: several rows sent as one batch, each
// with its own outcome and audit lines; a row's refusal does not stop the others; a row with
// a problem keeps the whole batch from being sent; generated passwords go out one per mailbox
// and are reported once; Cancel stops the rows not sent yet; no password, nothing sent.
#include "core/audit/auditlog.h"
#include "core/changes/batchrun.h"
#include "core/drafts/draftapplier.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayrules.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Status = DraftApplier::EntryStatus;

class TestBatchRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyRowHasItsOwnOutcome();
    void aRowWithAProblemKeepsTheBatchFromBeingSent();
    void eachMailboxGetsItsOwnGeneratedPassword();
    void cancelStopsTheRowsNotSentYet();
    void cancelledResetsKeepTheirPasswordsInView();
    void declinedPasswordSendsNothing();

private:
    ChangeRoute route(bool givePassword = true);
    std::unique_ptr<BatchRun> batch(QList<std::shared_ptr<Operation>> operations, bool givePassword = true);
    static bool finish(BatchRun *run);
    static std::shared_ptr<Operation> quota(const QString &name, int mb);
    int mailboxQuota(const QString &name);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_log;
};

void TestBatchRun::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Hostway::Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
    m_dir = std::make_unique<QTemporaryDir>();
    m_log = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

void TestBatchRun::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

ChangeRoute TestBatchRun::route(bool givePassword)
{
    ChangeRoute r;
    r.subject = {QStringLiteral("Mailroom"), QStringLiteral("Support desk"), QStringLiteral("acc-1"), QStringLiteral("hostway"), {}};
    r.sender = [this, givePassword](QObject *, std::function<void(std::unique_ptr<OperationSender>)> ready) {
        ready(givePassword ? std::make_unique<HostwaySender>(m_client.get()) : nullptr);
    };
    return r;
}

std::unique_ptr<BatchRun> TestBatchRun::batch(QList<std::shared_ptr<Operation>> operations, bool givePassword)
{
    const DraftAccount account(QStringLiteral("hostway"), m_sandbox->baseUrl(), SandboxFixture::accountId(), SandboxFixture::user());
    return std::make_unique<BatchRun>(route(givePassword), account, std::move(operations), m_log.get());
}

bool TestBatchRun::finish(BatchRun *run)
{
    QSignalSpy finished(run, &BatchRun::finished);
    run->start();
    return finished.count() == 1 || finished.wait(20000);
}

std::shared_ptr<Operation> TestBatchRun::quota(const QString &name, int mb)
{
    auto op = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), name);
    op->setQuotaMb(mb);
    return op;
}

int TestBatchRun::mailboxQuota(const QString &name)
{
    int quota = -1;
    bool done = false;
    m_client->fetchMailbox(QStringLiteral("test.com"), name, this, [&](const ApiError &error, const Hostway::Mailbox &m) {
        quota = error.isError() ? -1 : m.quotaMb;
        done = true;
    });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return done; }, 10000);
    return quota;
}

void TestBatchRun::everyRowHasItsOwnOutcome()
{
    // GIVEN four rows, the third for a name Hostway refuses (its pattern has no hyphen)
    auto run = batch({quota(QStringLiteral("test"), 300), quota(QStringLiteral("test1"), 300),
                      quota(QStringLiteral("nobody-here"), 300), quota(QStringLiteral("jack.smith"), 300)});
    QVERIFY(!run->check().isError());
    // WHEN the batch runs
    QVERIFY(finish(run.get()));
    // THEN the other three are done, the third refused, and the provider has the new quotas
    QVERIFY(!run->error().isError());
    QVERIFY(!run->isRunning());
    const QList<DraftApplier::Outcome> &outcomes = run->applier()->outcomes();
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes.at(0).status, Status::Done);
    QCOMPARE(outcomes.at(1).status, Status::Done);
    QCOMPARE(outcomes.at(2).status, Status::Refused);
    QVERIFY(!outcomes.at(2).message.isEmpty());
    QCOMPARE(outcomes.at(3).status, Status::Done);
    QCOMPARE(run->doneCount(), 3);
    QCOMPARE(mailboxQuota(QStringLiteral("test")), 300);
    QCOMPARE(mailboxQuota(QStringLiteral("test1")), 300);
    QCOMPARE(mailboxQuota(QStringLiteral("jack.smith")), 300);
    // AND each row is audited: a line before it leaves, one with its outcome
    const QList<AuditEntry> lines = m_log->read();
    QCOMPARE(lines.size(), 8);
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(), [](const AuditEntry &e) { return e.outcome == AuditEntry::Outcome::Done; }), 3);
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(), [](const AuditEntry &e) { return e.outcome == AuditEntry::Outcome::Refused; }), 1);
}

void TestBatchRun::aRowWithAProblemKeepsTheBatchFromBeingSent()
{
    const int before = m_sandbox->server()->requestCount();
    auto run = batch({quota(QStringLiteral("test"), 400), quota(QStringLiteral("test1"), 0)});
    const ApiError problems = run->check();
    QVERIFY(problems.isError());
    QVERIFY2(problems.message().contains(QStringLiteral("test1@test.com")), qPrintable(problems.message()));
    QVERIFY(finish(run.get()));
    QVERIFY(run->error().isError());
    QCOMPARE(run->applier(), nullptr);
    QCOMPARE(run->doneCount(), 0);
    QCOMPARE(m_sandbox->server()->requestCount(), before);
    QCOMPARE(mailboxQuota(QStringLiteral("test")), 10);
}

void TestBatchRun::eachMailboxGetsItsOwnGeneratedPassword()
{
    QHash<QString, QString> sent;   // mailbox path -> password in the PUT body
    m_sandbox->server()->setRequestObserver([&sent](const Sandbox::Request &request) {
        if (request.method == "PUT")
            sent.insert(request.path, QJsonDocument::fromJson(request.body).object().value(QStringLiteral("password")).toString());
    });
    QList<std::shared_ptr<Operation>> rows;
    for (const QString &name : {QStringLiteral("test"), QStringLiteral("test2")}) {
        auto op = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), name);
        op->setGeneratePassword();
        rows.append(op);
    }
    auto run = batch(rows);
    QVERIFY(finish(run.get()));
    m_sandbox->server()->setRequestObserver({});
    QCOMPARE(run->doneCount(), 2);
    const QList<DraftApplier::GeneratedPassword> generated = run->applier()->generatedPasswords();
    QCOMPARE(generated.size(), 2);
    QCOMPARE(sent.size(), 2);
    QStringList addresses;
    for (const DraftApplier::GeneratedPassword &g : generated) {
        addresses.append(g.address);
        const QString name = g.address.section(QLatin1Char('@'), 0, 0);
        bool matched = false;
        for (auto it = sent.cbegin(); it != sent.cend(); ++it)
            matched = matched || (it.key().contains(QLatin1Char('/') + name + QLatin1Char('/')) && it.value() == g.password);
        QVERIFY2(matched, qPrintable(g.address));
        QVERIFY(Hostway::Rules::passwordProblems(g.password, name, QStringLiteral("test.com")).isEmpty());
    }
    addresses.sort();
    QCOMPARE(addresses, (QStringList{QStringLiteral("test2@test.com"), QStringLiteral("test@test.com")}));
    QVERIFY(generated.at(0).password != generated.at(1).password);
    // The audit log never holds a password.
    const QByteArray audit = [this] {
        QFile file(m_dir->filePath(QStringLiteral("audit.jsonl")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!audit.isEmpty());
    for (const DraftApplier::GeneratedPassword &g : generated)
        QVERIFY(!audit.contains(g.password.toUtf8()));
}

void TestBatchRun::cancelStopsTheRowsNotSentYet()
{
    m_sandbox->server()->setDelayMs(300);
    QList<std::shared_ptr<Operation>> rows;
    const QStringList names{QStringLiteral("test"), QStringLiteral("test1"), QStringLiteral("test2"), QStringLiteral("john.smith"),
                            QStringLiteral("jack.smith"), QStringLiteral("mfg-mbox")};
    for (int i = 0; i < 3; ++i) {
        for (const QString &name : names)
            rows.append(quota(name, 600 + i));
    }
    auto run = batch(rows);
    QSignalSpy finished(run.get(), &BatchRun::finished);
    QSignalSpy started(run.get(), &BatchRun::started);
    run->start();
    QVERIFY(started.count() == 1 || started.wait(5000));
    QVERIFY(run->isRunning());
    // Cancel while the first rows are on the wire (the sandbox answers 300 ms late)
    QTRY_VERIFY_WITH_TIMEOUT(run->applier()->outcomes().at(0).status == Status::Running, 5000);
    run->cancel();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QVERIFY(!run->isRunning());
    // Each mailbox's rows go in order, so the last round cannot have gone out before Cancel.
    const QList<DraftApplier::Outcome> &outcomes = run->applier()->outcomes();
    QVERIFY(run->doneCount() < rows.size());
    for (qsizetype i = 2 * names.size(); i < outcomes.size(); ++i)
        QVERIFY2(outcomes.at(i).status != Status::Done, qPrintable(outcomes.at(i).description));
    for (const DraftApplier::Outcome &o : outcomes)
        QVERIFY2(o.status != Status::Pending && o.status != Status::Running, qPrintable(o.description));
}

void TestBatchRun::cancelledResetsKeepTheirPasswordsInView()
{
    // GIVEN resets on the wire, the provider slow to answer
    m_sandbox->server()->setDelayMs(400);
    QList<std::shared_ptr<Operation>> rows;
    for (const QString &name : {QStringLiteral("test"), QStringLiteral("test1"), QStringLiteral("test2")}) {
        auto op = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), name);
        op->setGeneratePassword();
        rows.append(op);
    }
    auto run = batch(rows);
    QSignalSpy finished(run.get(), &BatchRun::finished);
    QSignalSpy started(run.get(), &BatchRun::started);
    run->start();
    QVERIFY(started.count() == 1 || started.wait(5000));
    QVERIFY(run->uncertainPasswords().isEmpty());   // nothing to say while running
    QTRY_VERIFY_WITH_TIMEOUT(run->applier()->outcomes().at(0).status == Status::Running, 5000);
    // WHEN cancelled before the provider answers
    run->cancel();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    // THEN none is done, and the password of each row that was sent is still shown, as
    // perhaps in effect (the provider may have taken it)
    QCOMPARE(run->doneCount(), 0);
    QVERIFY(run->applier()->generatedPasswords().isEmpty());
    const QList<DraftApplier::GeneratedPassword> uncertain = run->uncertainPasswords();
    QVERIFY(!uncertain.isEmpty());
    QCOMPARE(uncertain.first().address, QStringLiteral("test@test.com"));
    QVERIFY(Hostway::Rules::passwordProblems(uncertain.first().password, QStringLiteral("test"), QStringLiteral("test.com")).isEmpty());
}

void TestBatchRun::declinedPasswordSendsNothing()
{
    const int before = m_sandbox->server()->requestCount();
    auto run = batch({quota(QStringLiteral("test"), 700), quota(QStringLiteral("test1"), 700)}, false);
    QVERIFY(finish(run.get()));
    QCOMPARE(run->error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(run->applier(), nullptr);
    QCOMPARE(m_sandbox->server()->requestCount(), before);
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
