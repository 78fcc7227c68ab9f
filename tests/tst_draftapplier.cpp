// DraftApplier against the sandbox over loopback: the issue's scenario (20 creations, 5 quota
// changes, 3 deletions), bounded parallelism with per-object order, conflicts, stop or
// continue on refusal, and resuming from a journal without applying anything twice.
#include "core/drafts/draftapplier.h"
#include "core/drafts/journal.h"
#include "core/net/jobtracker.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayrules.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Status = DraftApplier::EntryStatus;

class TestDraftApplier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void issueScenarioWithBoundedParallelism();
    void conflicts_data();
    void conflicts();
    void conflictChecksReadTheListOnceWhenThatIsCheaper();
    void stopOrContinueOnRefusal();
    void resumesWithoutApplyingTwice();
    void readiedAheadOfAStopIsForgottenThenSentOnce();
    void providedPasswordComesFromTheSecretStore();
    void generatedPasswordIsSentOnlyOnceKept_data();
    void generatedPasswordIsSentOnlyOnceKept();
    void foundAppliedCreationReportsItsPassword();

private:
    Draft draftWithSnapshot(const QString &domain);
    std::unique_ptr<DraftApplier> applier(const Draft &draft, DraftApplier::Options options = {});
    bool run(DraftApplier &applier);
    std::optional<Hostway::Mailbox> mailbox(const QString &domain, const QString &name);
    void sendNow(const Operation &op);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
    std::unique_ptr<HostwaySender> m_sender;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    QHash<QString, QString> m_secrets;
};

void TestDraftApplier::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Hostway::Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
    m_sender = std::make_unique<HostwaySender>(m_client.get());
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("draft.journal")));
    QString error;
    QVERIFY(m_journal->open(&error));
    m_secrets.clear();
}

void TestDraftApplier::cleanup()
{
    m_journal.reset();
    m_sender.reset();
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

Draft TestDraftApplier::draftWithSnapshot(const QString &domain)
{
    Draft draft = Draft::create({QStringLiteral("hostway"), m_sandbox->baseUrl(), SandboxFixture::accountId(), SandboxFixture::user()});
    bool done = false;
    m_client->fetchAllUsernames(domain, {}, this, [&](const ApiError &, const QList<Hostway::MailboxSummary> &all) {
        DomainSnapshot snapshot;
        snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        for (const auto &m : all)
            snapshot.mailboxes.append({m.username, m.quotaMb, m.master, m.type});
        draft.snapshots.insert(domain, snapshot);
        done = true;
    });
    [[maybe_unused]] const bool fetched = QTest::qWaitFor([&] { return done; }, 10000);
    return draft;
}

std::unique_ptr<DraftApplier> TestDraftApplier::applier(const Draft &draft, DraftApplier::Options options)
{
    auto a = std::make_unique<DraftApplier>(draft, m_journal.get(), m_sender.get(), options);
    a->setSecrets([this](const QString &key, auto answer) { answer(m_secrets.contains(key) ? std::optional<QString>(m_secrets.value(key)) : std::nullopt); },
                  [this](const QString &key, const QString &secret, auto stored) { m_secrets.insert(key, secret); stored(true); });
    return a;
}

bool TestDraftApplier::run(DraftApplier &a)
{
    QSignalSpy finished(&a, &DraftApplier::finished);
    a.start();
    return finished.count() == 1 || finished.wait(30000);
}

std::optional<Hostway::Mailbox> TestDraftApplier::mailbox(const QString &domain, const QString &name)
{
    std::optional<Hostway::Mailbox> result;
    bool done = false;
    m_client->fetchMailbox(domain, name, this, [&](const ApiError &error, const Hostway::Mailbox &m) {
        if (!error.isError())
            result = m;
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 10000);
    return result;
}

void TestDraftApplier::sendNow(const Operation &op)
{
    bool done = false;
    m_client->send(op.request(m_client->endpoint()), this, [&](ApiJob *) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
}

void TestDraftApplier::issueScenarioWithBoundedParallelism()
{
    const QString domain = QStringLiteral("big.example");
    Draft draft = draftWithSnapshot(domain);
    for (int i = 0; i < 20; ++i)
        draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("new.%1").arg(i), 100 + i, false, PasswordSource::Generate));
    for (int i = 0; i < 5; ++i) {
        auto quota = std::make_shared<UpdateMailbox>(domain, i < 2 ? QStringLiteral("new.%1").arg(i) : QStringLiteral("bob.%1").arg(i * 10 + 1, 4, 10, QLatin1Char('0')));
        quota->setQuotaMb(4242);
        draft.append(quota);   // two of them follow a creation of the same mailbox: order kept
    }
    for (const char *name : {"carol.0002", "dave.0003", "erin.0004"})
        draft.append(std::make_shared<DeleteMailbox>(domain, QLatin1String(name)));
    QVERIFY(draft.validate().isEmpty());

    JobTracker tracker;
    int maxInFlight = 0;
    connect(&tracker, &JobTracker::inFlightChanged, this, [&](int n) { maxInFlight = std::max(maxInFlight, n); });
    m_client->setTracker(&tracker);
    auto a = applier(draft, {4, false, {}});
    QSignalSpy progress(a.get(), &DraftApplier::progress);
    QVERIFY(run(*a));
    QVERIFY(a->allDone());
    QVERIFY(maxInFlight > 1);
    QVERIFY(maxInFlight <= 4);
    QCOMPARE(progress.last().at(0).toInt(), 28);
    QCOMPARE(a->generatedPasswords().size(), 20);
    for (const auto &g : a->generatedPasswords())
        QVERIFY(Hostway::Rules::isPasswordAcceptable(g.password, g.address.section(QLatin1Char('@'), 0, 0), domain));

    QCOMPARE(mailbox(domain, QStringLiteral("new.7"))->quotaMb, 107);
    QCOMPARE(mailbox(domain, QStringLiteral("new.0"))->quotaMb, 4242);   // created, then changed
    QCOMPARE(mailbox(domain, QStringLiteral("new.1"))->quotaMb, 4242);
    QCOMPARE(mailbox(domain, QStringLiteral("bob.0021"))->quotaMb, 4242);
    QVERIFY(!mailbox(domain, QStringLiteral("carol.0002")));
    for (const DraftEntry &entry : std::as_const(draft.entries))
        QCOMPARE(m_journal->state(entry.id), Journal::State::Done);
}

void TestDraftApplier::conflicts_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("finalQuota");
    QTest::newRow("apply anyway") << int(DraftApplier::ConflictChoice::ApplyAnyway) << int(Status::Done) << 30;
    QTest::newRow("skip") << int(DraftApplier::ConflictChoice::Skip) << int(Status::Skipped) << 77;
    QTest::newRow("stop") << int(DraftApplier::ConflictChoice::Stop) << int(Status::Failed) << 77;
}

void TestDraftApplier::conflicts()
{
    QFETCH(int, choice);
    QFETCH(int, status);
    QFETCH(int, finalQuota);
    const QString domain = QStringLiteral("test.com");
    Draft draft = draftWithSnapshot(domain);   // test has 10 MB here
    auto mine = std::make_shared<UpdateMailbox>(domain, QStringLiteral("test"));
    mine->setQuotaMb(30);
    draft.append(mine);
    draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("after.conflict"), 0, false, PasswordSource::Generate));

    UpdateMailbox someoneElse(domain, QStringLiteral("test"));   // after the snapshot
    someoneElse.setQuotaMb(77);
    sendNow(someoneElse);

    auto a = applier(draft, {1, false, {}});
    QString seen;
    a->setConflictResolver([&](const DraftEntry &, const QString &what, auto choose) {
        seen = what;
        choose(DraftApplier::ConflictChoice(choice));
    });
    QVERIFY(run(*a));
    QVERIFY2(seen.contains(QLatin1String("quota 10 MB, now 77 MB")), qPrintable(seen));
    QCOMPARE(int(a->outcomes().at(0).status), status);
    QCOMPARE(mailbox(domain, QStringLiteral("test"))->quotaMb, finalQuota);
    const bool stopped = choice == int(DraftApplier::ConflictChoice::Stop);
    QCOMPARE(a->outcomes().at(1).status, stopped ? Status::Failed : Status::Done);   // not sent, and says so
    if (stopped)
        QVERIFY(a->outcomes().at(1).message.contains(QLatin1String("not sent")));
}

void TestDraftApplier::conflictChecksReadTheListOnceWhenThatIsCheaper()
{
    QStringList reads;
    m_sandbox->server()->setRequestObserver([&reads](const Sandbox::Request &r) {
        if (r.method == "GET")
            reads.append(r.path.section(QLatin1Char('/'), -1));   // "usernames" or "mailbox"
    });
    const auto guard = qScopeGuard([this] { m_sandbox->server()->setRequestObserver({}); });

    // GIVEN four changes to test.com (8 mailboxes: one page of the list)
    const QString small = QStringLiteral("test.com");
    Draft draft = draftWithSnapshot(small);
    reads.clear();
    draft.append(std::make_shared<CreateMailbox>(small, QStringLiteral("once.a"), 10, false, PasswordSource::Generate));
    draft.append(std::make_shared<CreateMailbox>(small, QStringLiteral("once.b"), 10, false, PasswordSource::Generate));
    auto quota = std::make_shared<UpdateMailbox>(small, QStringLiteral("test1"));
    quota->setQuotaMb(20);
    draft.append(quota);
    draft.append(std::make_shared<DeleteMailbox>(small, QStringLiteral("test2")));
    // WHEN it is applied four at a time
    auto a = applier(draft, {4, false, {}});
    QVERIFY(run(*a));
    // THEN the domain was listed once for all four checks, and no mailbox was read alone
    for (const auto &o : a->outcomes())
        QCOMPARE(o.status, Status::Done);
    QCOMPARE(reads.count(QStringLiteral("usernames")), 1);
    QCOMPARE(reads.count(QStringLiteral("mailbox")), 0);

    // GIVEN two changes to big.example (2,000 mailboxes: six pages), WHEN applied with a fresh sender
    const QString big = QStringLiteral("big.example");
    Draft few = draftWithSnapshot(big);
    reads.clear();
    const QString first = few.snapshots.value(big).mailboxes.at(0).username;
    const QString second = few.snapshots.value(big).mailboxes.at(1).username;
    for (const QString &name : {first, second}) {
        auto u = std::make_shared<UpdateMailbox>(big, name);
        u->setQuotaMb(4321);
        few.append(u);
    }
    m_sender = std::make_unique<HostwaySender>(m_client.get());
    m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("few.journal")));
    QString error;
    QVERIFY(m_journal->open(&error));
    auto b = applier(few, {4, false, {}});
    QVERIFY(run(*b));
    // THEN each was read by its own GET: fewer round trips than the six pages
    QCOMPARE(reads.count(QStringLiteral("usernames")), 0);
    QCOMPARE(reads.count(QStringLiteral("mailbox")), 2);
    QCOMPARE(mailbox(big, first)->quotaMb, 4321);
}

void TestDraftApplier::stopOrContinueOnRefusal()
{
    const QString domain = QStringLiteral("test.com");
    for (const bool continueOnError : {false, true}) {
        Draft draft = draftWithSnapshot(domain);
        auto reuse = std::make_shared<UpdateMailbox>(domain, QStringLiteral("john.smith"));
        reuse->setPassword(QStringLiteral("pWord123$"));   // used before: the provider refuses
        draft.append(reuse);
        const QString name = continueOnError ? QStringLiteral("later.two") : QStringLiteral("later.one");
        draft.append(std::make_shared<CreateMailbox>(domain, name, 0, false, PasswordSource::Generate));
        auto a = applier(draft, {1, continueOnError, {}});
        QVERIFY(run(*a));
        QCOMPARE(a->outcomes().at(0).status, Status::Refused);
        QCOMPARE(a->outcomes().at(0).httpStatus, 400);
        QVERIFY(a->outcomes().at(0).message.contains(QLatin1String("more than once")));
        QCOMPARE(a->outcomes().at(1).status, continueOnError ? Status::Done : Status::Failed);
        QCOMPARE(mailbox(domain, name).has_value(), continueOnError);
        const QByteArray report = DraftApplier::reportCsv(a->outcomes());
        QVERIFY(report.startsWith("\"index\",\"operation\",\"status\",\"http_status\",\"message\"\r\n"));
        QVERIFY(report.contains("\"refused\",\"400\""));
    }
}

void TestDraftApplier::resumesWithoutApplyingTwice()
{
    const QString domain = QStringLiteral("test.com");
    Draft draft = draftWithSnapshot(domain);
    const QString done = draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("r.done"), 10, false, PasswordSource::Provided,
                                                                      QStringLiteral("Zq9!first")));
    const QString appliedUnknown = draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("r.applied"), 10, false,
                                                                                PasswordSource::Provided, QStringLiteral("Zq9!second")));
    const QString notApplied = draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("r.pending"), 10, false,
                                                                            PasswordSource::Provided, QStringLiteral("Zq9!third")));
    // GIVEN an earlier run that applied the first two, recorded the first as done, and was
    // killed with the second and third started but no answer recorded
    sendNow(*draft.entries.at(0).operation);
    sendNow(*draft.entries.at(1).operation);
    QVERIFY(m_journal->record(done, Journal::State::Started));
    QVERIFY(m_journal->record(done, Journal::State::Done, 201));
    QVERIFY(m_journal->record(appliedUnknown, Journal::State::Started));
    QVERIFY(m_journal->record(notApplied, Journal::State::Started));
    m_journal.reset();
    m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("draft.journal")));
    QString error;
    QVERIFY(m_journal->open(&error));

    // WHEN the draft is applied again
    const int before = m_sandbox->server()->requestCount();
    auto a = applier(draft, {1, false, {}});
    QVERIFY(run(*a));

    // THEN nothing is sent twice: done is skipped, the unknown ones are checked first
    QVERIFY(a->allDone());
    QCOMPARE(a->outcomes().at(0).message, QStringLiteral("done in an earlier run"));
    QCOMPARE(a->outcomes().at(1).message, QStringLiteral("found applied after an interruption"));
    QCOMPARE(a->outcomes().at(2).httpStatus, 201);
    QCOMPARE(m_sandbox->server()->requestCount() - before, 3);   // GET, GET, PUT
    QVERIFY(mailbox(domain, QStringLiteral("r.pending")));
}

void TestDraftApplier::readiedAheadOfAStopIsForgottenThenSentOnce()
{
    // GIVEN one in flight, a refusal first, and a creation readied behind it: checked and
    // recorded "started" while the refused one was on the wire
    const QString domain = QStringLiteral("test.com");
    Draft draft = draftWithSnapshot(domain);
    auto reuse = std::make_shared<UpdateMailbox>(domain, QStringLiteral("john.smith"));
    reuse->setPassword(QStringLiteral("pWord123$"));   // used before: the provider refuses
    const QString refused = draft.append(reuse);
    const QString behind = draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("ahead.one"), 10, false,
                                                                        PasswordSource::Provided, QStringLiteral("Zq9!ahead")));
    QStringList puts;
    m_sandbox->server()->setRequestObserver([&puts](const Sandbox::Request &r) {
        if (r.method == "PUT")
            puts.append(r.path);
    });
    const auto guard = qScopeGuard([this] { m_sandbox->server()->setRequestObserver({}); });
    auto a = applier(draft, {1, false, {}});
    QVERIFY(run(*a));
    // THEN the stop keeps it from the wire, and the journal, which had it "started", forgets
    // it: a later run checks it as new (for conflicts) instead of asking if it was applied
    QCOMPARE(a->outcomes().at(0).status, Status::Refused);
    QCOMPARE(a->outcomes().at(1).status, Status::Failed);
    QCOMPARE(m_journal->state(refused), Journal::State::Refused);
    QCOMPARE(m_journal->state(behind), Journal::State::None);
    m_journal.reset();   // its last records written
    QFile file(m_dir->filePath(QStringLiteral("draft.journal")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray lines = file.readAll();
    QCOMPARE(lines.count(QStringLiteral("\"entry\":\"%1\"").arg(behind).toUtf8()), 2);   // started, then none
    QVERIFY(!Journal::parse(lines).states.contains(behind));
    QVERIFY(!mailbox(domain, QStringLiteral("ahead.one")));
    QCOMPARE(puts.size(), 1);   // john.smith's, refused
    // WHEN the draft is applied again (from the file, as a later run does)
    m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("draft.journal")));
    QString error;
    QVERIFY(m_journal->open(&error));
    auto b = applier(draft, {1, false, {}});
    QVERIFY(run(*b));
    // THEN the creation is sent once
    QCOMPARE(b->outcomes().at(0).status, Status::Refused);   // not sent again
    QCOMPARE(b->outcomes().at(1).status, Status::Done);
    QVERIFY(mailbox(domain, QStringLiteral("ahead.one")));
    QCOMPARE(puts.size(), 2);
    QVERIFY(puts.last().endsWith(QLatin1String("/ahead.one/mailbox")));
}

void TestDraftApplier::providedPasswordComesFromTheSecretStore()
{
    // A draft read from a file carries no password: it is fetched from the keychain by key.
    const QString domain = QStringLiteral("test.com");
    Draft draft = draftWithSnapshot(domain);
    const QString withSecret = draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("kc.one"), 0, false, PasswordSource::Provided));
    const QString without = draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("kc.two"), 0, false, PasswordSource::Provided));
    m_secrets.insert(draft.passwordKey(withSecret), QStringLiteral("Kc9!secret"));
    auto a = applier(draft, {1, true, {}});
    QVERIFY(run(*a));
    QCOMPARE(a->outcomes().at(0).status, Status::Done);
    QCOMPARE(a->outcomes().at(1).status, Status::Refused);
    QVERIFY(a->outcomes().at(1).message.contains(QLatin1String("keychain")));
    QVERIFY(!mailbox(domain, QStringLiteral("kc.two")));
    Q_UNUSED(without)
}

void TestDraftApplier::generatedPasswordIsSentOnlyOnceKept_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<bool>("file");
    QTest::addColumn<bool>("sent");
    QTest::newRow("keychain only") << true << false << true;
    QTest::newRow("passwords file only") << false << true << true;
    QTest::newRow("neither") << false << false << false;
}

void TestDraftApplier::generatedPasswordIsSentOnlyOnceKept()
{
    QFETCH(bool, keychain);
    QFETCH(bool, file);
    QFETCH(bool, sent);
    // GIVEN a creation with a generated password, a keychain that may refuse it, and perhaps
    // a passwords file
    const QString domain = QStringLiteral("test.com");
    Draft draft = draftWithSnapshot(domain);
    draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("kept.one"), 0, false, PasswordSource::Generate));
    DraftApplier a(draft, m_journal.get(), m_sender.get(), {});
    a.setSecrets([](const QString &, auto answer) { answer(std::nullopt); },
                 [this, keychain](const QString &key, const QString &secret, auto stored) {
                     if (keychain)
                         m_secrets.insert(key, secret);
                     stored(keychain);
                 });
    QStringList inFile;
    if (file) {
        a.setPasswordKeeper([&inFile](const QString &address, const QString &password, QString *) {
            inFile.append(address + QLatin1Char(',') + password);
            return true;
        });
    }
    const int before = m_sandbox->server()->requestCount();
    // WHEN it is applied
    QVERIFY(run(a));
    // THEN it is sent only when its password is kept somewhere before, and kept before sending
    QCOMPARE(bool(mailbox(domain, QStringLiteral("kept.one"))), sent);
    QCOMPARE(a.outcomes().at(0).status, sent ? Status::Done : Status::Failed);
    if (!sent) {
        QVERIFY2(a.outcomes().at(0).message.contains(QLatin1String("Not sent")), qPrintable(a.outcomes().at(0).message));
        QCOMPARE(m_sandbox->server()->requestCount() - before, 1 + 1);   // the conflict check and our probe; no PUT
        return;
    }
    QCOMPARE(a.generatedPasswords().size(), 1);
    const QString password = a.generatedPasswords().at(0).password;
    QCOMPARE(m_secrets.value(draft.passwordKey(draft.entries.at(0).id)), keychain ? password : QString());
    QCOMPARE(inFile, file ? QStringList{QStringLiteral("kept.one@test.com,") + password} : QStringList());
}

void TestDraftApplier::foundAppliedCreationReportsItsPassword()
{
    // GIVEN a creation an interrupted run sent (journal "started", password in the keychain)
    // and that did land
    const QString domain = QStringLiteral("test.com");
    Draft draft = draftWithSnapshot(domain);
    const QString id = draft.append(std::make_shared<CreateMailbox>(domain, QStringLiteral("landed.one"), 0, false, PasswordSource::Generate));
    const QString password = QStringLiteral("Quiet-Maple-73-Birch");
    m_secrets.insert(draft.passwordKey(id), password);
    sendNow(CreateMailbox(domain, QStringLiteral("landed.one"), 0, false, PasswordSource::Provided, password));
    QVERIFY(m_journal->record(id, Journal::State::Started));
    // WHEN the draft is applied again
    auto a = applier(draft);
    QVERIFY(run(*a));
    // THEN it is found applied, and its password is shown to its owner
    QCOMPARE(a->outcomes().at(0).status, Status::Done);
    QCOMPARE(a->generatedPasswords().size(), 1);
    QCOMPARE(a->generatedPasswords().at(0).address, QStringLiteral("landed.one@test.com"));
    QCOMPARE(a->generatedPasswords().at(0).password, password);
}

QTEST_GUILESS_MAIN(TestDraftApplier)
#include "tst_draftapplier.moc"
