// Changes reach the provider at most once, through the sandbox's injected faults: Qt's own
// silent resend of a request whose connection closed unanswered is stopped, the outcome is
// reported unknown, and the draft applier asks the provider before sending again.
#include "core/drafts/draftapplier.h"
#include "core/drafts/journal.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Status = DraftApplier::EntryStatus;

class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void specIsParsed_data();
    void specIsParsed();
    void sameSeedSameFaults();
    void unansweredChangeIsSentOnce_data();
    void unansweredChangeIsSentOnce();
    void draftThroughDroppedAnswersAppliesEachOnce();
    void continueOnErrorGoesPastFailures();

private:
    /// Sends `request`; returns whether the job ended unanswered.
    bool sendAndWait(const HttpRequest &request, ApiError *error);
    bool exists(const QString &domain, const QString &name);
    /// Injects `spec` into the sandbox, drawn from `seed`.
    void injectFaults(const QString &spec, quint32 seed);
    /// Applies `draft` to the end; secrets live in `keychain`.
    std::unique_ptr<DraftApplier> applyToEnd(const Draft &draft, Journal *journal, QHash<QString, QString> *keychain, bool continueOnError);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
    std::unique_ptr<HostwaySender> m_sender;
};

void TestFaults::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Hostway::Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
}

void TestFaults::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestFaults::specIsParsed_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("the issue's") << QStringLiteral("status=503:0.10,reset=0.05,drop-after-apply=0.05,delay=3000:0.05") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("changes only") << QStringLiteral("drop-after-apply=1,only=changes") << true;
    QTest::newRow("only what") << QStringLiteral("only=reads") << false;
    QTest::newRow("unknown fault") << QStringLiteral("explode=0.5") << false;
    QTest::newRow("probability above 1") << QStringLiteral("reset=1.5") << false;
    QTest::newRow("sum above 1") << QStringLiteral("reset=0.6,drop-after-apply=0.6") << false;
    QTest::newRow("status without probability") << QStringLiteral("status=503") << false;
    QTest::newRow("status out of range") << QStringLiteral("status=99:0.1") << false;
    QTest::newRow("negative delay") << QStringLiteral("delay=-5:0.1") << false;
}

void TestFaults::specIsParsed()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto faults = Sandbox::Faults::parse(spec, &error);
    QCOMPARE(faults.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestFaults::sameSeedSameFaults()
{
    QString error;
    auto a = *Sandbox::Faults::parse(QStringLiteral("status=503:0.2,reset=0.2,drop-after-apply=0.2,delay=10:0.2"), &error);
    auto b = a;
    a.setSeed(42);
    b.setSeed(42);
    QList<Sandbox::Faults::Kind> seen;
    for (int i = 0; i < 200; ++i) {
        const auto x = a.next();
        QCOMPARE(int(x.kind), int(b.next().kind));
        seen.append(x.kind);
    }
    // Every kind is drawn, roughly as often as asked (40 each of 200).
    for (auto kind : {Sandbox::Faults::Kind::None, Sandbox::Faults::Kind::Status, Sandbox::Faults::Kind::Reset,
                      Sandbox::Faults::Kind::DropAfterApply, Sandbox::Faults::Kind::Delay}) {
        const auto n = seen.count(kind);
        QVERIFY2(n > 15 && n < 70, qPrintable(QString::number(n)));
    }
}

bool TestFaults::sendAndWait(const HttpRequest &request, ApiError *error)
{
    bool done = false;
    bool unanswered = false;
    m_client->send(request, this, [&](ApiJob *job) {
        *error = job->error();
        unanswered = job->unanswered();
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 20000);
    return unanswered;
}

bool TestFaults::exists(const QString &domain, const QString &name)
{
    bool found = false;
    bool done = false;
    m_client->fetchMailbox(domain, name, this, [&](const ApiError &error, const Hostway::Mailbox &) {
        found = !error.isError();
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 10000);
    return found;
}

void TestFaults::injectFaults(const QString &spec, quint32 seed)
{
    QString error;
    auto faults = *Sandbox::Faults::parse(spec, &error);
    faults.setSeed(seed);
    m_sandbox->server()->setFaults(faults);
}

std::unique_ptr<DraftApplier> TestFaults::applyToEnd(const Draft &draft, Journal *journal, QHash<QString, QString> *keychain, bool continueOnError)
{
    m_sender = std::make_unique<HostwaySender>(m_client.get());
    auto applier = std::make_unique<DraftApplier>(draft, journal, m_sender.get(), DraftApplier::Options{4, continueOnError, {}});
    applier->setSecrets([keychain](const QString &key, auto answer) { answer(keychain->contains(key) ? std::optional<QString>(keychain->value(key)) : std::nullopt); },
                        [keychain](const QString &key, const QString &secret, auto stored) { keychain->insert(key, secret); stored(true); });
    QSignalSpy finished(applier.get(), &DraftApplier::finished);
    applier->start();
    [[maybe_unused]] const bool ended = finished.wait(60000);
    return applier;
}

void TestFaults::unansweredChangeIsSentOnce_data()
{
    QTest::addColumn<bool>("create");
    QTest::newRow("PUT creating a mailbox") << true;
    QTest::newRow("DELETE of a mailbox") << false;
}

void TestFaults::unansweredChangeIsSentOnce()
{
    QFETCH(bool, create);
    const QString domain = QStringLiteral("test.com");
    const QString name = create ? QStringLiteral("once") : QStringLiteral("john.smith");
    QVERIFY(exists(domain, name) != create);

    // GIVEN a provider that applies every request and then closes without answering
    QString error;
    m_sandbox->server()->setFaults(*Sandbox::Faults::parse(QStringLiteral("drop-after-apply=1"), &error));
    const int before = m_sandbox->server()->requestCount();
    // WHEN the change is sent
    std::unique_ptr<Operation> op;
    if (create)
        op = std::make_unique<CreateMailbox>(domain, name, 100, false, PasswordSource::Provided, QStringLiteral("Quiet-Lake-42-Birch"));
    else
        op = std::make_unique<DeleteMailbox>(domain, name);
    ApiError sendError;
    const bool unanswered = sendAndWait(op->request(m_client->endpoint()), &sendError);
    // THEN it reached the provider exactly once, and the outcome is said to be unknown
    QCOMPARE(m_sandbox->server()->requestCount() - before, 1);
    QVERIFY(unanswered);
    QCOMPARE(sendError.kind(), ApiError::Kind::Network);
    QVERIFY(sendError.message().contains(QLatin1String("may or may not have been made")));
    m_sandbox->server()->setFaults({});
    QCOMPARE(exists(domain, name), create);
}

void TestFaults::draftThroughDroppedAnswersAppliesEachOnce()
{
    // GIVEN a draft of 30 creations (generated passwords) and 10 quota changes, and a provider
    // that loses the answer to a quarter of the requests after applying them
    Draft draft = Draft::create({QStringLiteral("hostway"), m_sandbox->baseUrl(), SandboxFixture::accountId(), SandboxFixture::user()});
    const QString domain = QStringLiteral("test.com");
    for (int i = 0; i < 30; ++i)
        draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("drop%1").arg(i), 50, false, PasswordSource::Generate));
    auto update = std::make_shared<UpdateMailbox>(domain, QStringLiteral("john.smith"));
    update->setQuotaMb(77);
    draft.append(update);
    injectFaults(QStringLiteral("drop-after-apply=0.25"), 7);
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("d.journal")));
    QString error;
    QVERIFY(journal.open(&error));
    QHash<QString, QString> secrets;
    // WHEN it is applied
    const auto applied = applyToEnd(draft, &journal, &secrets, false);
    const DraftApplier &applier = *applied;
    m_sandbox->server()->setFaults({});

    // THEN answers were lost, yet every operation is done, none refused, each password shown
    QVERIFY(m_sandbox->server()->droppedAfterApply() > 3);
    for (const auto &o : applier.outcomes())
        QVERIFY2(o.status == Status::Done, qPrintable(o.description + QStringLiteral(": ") + o.message));
    QCOMPARE(applier.generatedPasswords().size(), 30);
    for (int i = 0; i < 30; ++i)
        QVERIFY(exists(domain, QStringLiteral("drop%1").arg(i)));
    for (const DraftEntry &entry : draft.entries)
        QCOMPARE(journal.state(entry.id), Journal::State::Done);
}

void TestFaults::continueOnErrorGoesPastFailures()
{
    // GIVEN 30 creations and a provider failing 30% of the requests with a 500 (not applied)
    Draft draft = Draft::create({QStringLiteral("hostway"), m_sandbox->baseUrl(), SandboxFixture::accountId(), SandboxFixture::user()});
    const QString domain = QStringLiteral("test.com");
    for (int i = 0; i < 30; ++i)
        draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("go%1").arg(i), 50, false, PasswordSource::Generate));
    injectFaults(QStringLiteral("status=500:0.3"), 11);
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("c.journal")));
    QString error;
    QVERIFY(journal.open(&error));
    QHash<QString, QString> secrets;
    const auto applyOnce = [&](bool continueOnError) { return applyToEnd(draft, &journal, &secrets, continueOnError); };
    // WHEN it is applied with --continue-on-error
    auto first = applyOnce(true);
    m_sandbox->server()->setFaults({});
    // THEN the run went past the failures: every operation ended done or said why not
    int done = 0;
    int failed = 0;
    for (const auto &o : first->outcomes()) {
        QVERIFY2(o.status == Status::Done || o.status == Status::Failed, qPrintable(o.description));
        QVERIFY(o.status == Status::Done || !o.message.isEmpty());
        (o.status == Status::Done ? done : failed) += 1;
    }
    QVERIFY2(failed > 0 && done > 15, qPrintable(QStringLiteral("%1 done, %2 failed").arg(done).arg(failed)));
    // AND a second run applies the rest, each mailbox once
    auto second = applyOnce(false);
    for (const auto &o : second->outcomes())
        QVERIFY2(o.status == Status::Done, qPrintable(o.description + QStringLiteral(": ") + o.message));
    for (int i = 0; i < 30; ++i)
        QVERIFY(exists(domain, QStringLiteral("go%1").arg(i)));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
