// Issue 3's promise, end to end with real processes: a draft of 20 creations, 5 quota changes
// and 3 deletions, applied by `mailroomctl draft apply` against a slowed-down
// `mailroom-sandbox`, killed (SIGKILL) half way, then run again: it resumes from its journal,
// sends nothing twice, and the provider ends in exactly the intended state.
#include "core/credentials/credentialstore.h"
#include "core/drafts/draft.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxoperations.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestDraftResume final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedApplyResumesWithoutApplyingTwice();
    void corruptDraftIsLeftUntouched();
    void invalidDraftIsNotApplied();
    void importedPasswordsTravelThroughTheKeychain();

private:
    struct Record
    {
        QString entry;
        QString state;
    };
    QList<Record> journal() const;
    QProcess *startApply();
    std::optional<Hostway::Mailbox> mailbox(const QString &name);

    QProcess m_sandbox;
    QUrl m_base;
    QTemporaryDir m_dir;
    QString m_draftPath;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HostwayClient> m_client;
};

void TestDraftResume::initTestCase()
{
    m_sandbox.start(QStringLiteral(SANDBOX_PATH), {QStringLiteral("--delay-ms"), QStringLiteral("60")});
    QVERIFY(m_sandbox.waitForStarted());
    QVERIFY(m_sandbox.waitForReadyRead(10000));
    const auto match = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)")).match(QString::fromUtf8(m_sandbox.readLine()));
    QVERIFY(match.hasMatch());
    m_base = QUrl(match.captured(1));
    m_client = std::make_unique<HostwayClient>(&m_nam, Hostway::Endpoint{m_base, QStringLiteral("test-account123")});
    m_client->setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    m_draftPath = m_dir.filePath(QStringLiteral("issue3.mailroom-draft"));
}

void TestDraftResume::cleanupTestCase()
{
    m_sandbox.terminate();
    m_sandbox.waitForFinished(5000);
}

QList<TestDraftResume::Record> TestDraftResume::journal() const
{
    QList<Record> records;
    QFile file(m_draftPath + QStringLiteral(".journal"));
    if (!file.open(QIODevice::ReadOnly))
        return records;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            records.append({o.value(QLatin1String("entry")).toString(), o.value(QLatin1String("state")).toString()});
    }
    return records;
}

QProcess *TestDraftResume::startApply()
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILROOM_PASSWORD"), QStringLiteral("sandbox"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(MAILROOMCTL_PATH), {QStringLiteral("draft"), QStringLiteral("apply"), m_draftPath,
                                                      QStringLiteral("--parallel"), QStringLiteral("2"),
                                                      QStringLiteral("--passwords-out"), m_dir.filePath(QStringLiteral("passwords.csv"))});
    return process;
}

std::optional<Hostway::Mailbox> TestDraftResume::mailbox(const QString &name)
{
    std::optional<Hostway::Mailbox> result;
    bool done = false;
    m_client->fetchMailbox(QStringLiteral("test.com"), name, this, [&](const ApiError &error, const Hostway::Mailbox &m) {
        if (!error.isError())
            result = m;
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 10000);
    return result;
}

void TestDraftResume::killedApplyResumesWithoutApplyingTwice()
{
    // GIVEN the draft of issue 3's "done when", drafted against a snapshot of test.com
    Draft draft = Draft::create({QStringLiteral("hostway"), m_base, QStringLiteral("test-account123"), QStringLiteral("admin")});
    DomainSnapshot snapshot;
    snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    for (const char *name : {"test", "test1", "test2", "john.smith", "jack.smith", "mfg-mbox"})
        snapshot.mailboxes.append({QLatin1String(name), mailbox(QLatin1String(name))->quotaMb, mailbox(QLatin1String(name))->master, QStringLiteral("imap")});
    draft.snapshots.insert(QStringLiteral("test.com"), snapshot);
    for (int i = 0; i < 20; ++i)
        draft.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("staff.%1").arg(i), 200 + i, false, PasswordSource::Generate));
    const QStringList changed{QStringLiteral("test"), QStringLiteral("test1"), QStringLiteral("test2"), QStringLiteral("staff.3"), QStringLiteral("staff.19")};
    for (const QString &name : changed) {
        auto quota = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), name);
        quota->setQuotaMb(999);
        draft.append(quota);
    }
    for (const char *name : {"jack.smith", "mfg-mbox", "staff.7"})
        draft.append(std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QLatin1String(name)));
    const auto problems = draft.validate();
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    QString error;
    QVERIFY(draft.save(m_draftPath, &error));

    // WHEN the apply is killed after a few operations are done
    QProcess *first = startApply();
    QVERIFY(first->waitForStarted());
    QVERIFY(QTest::qWaitFor([this] {
        const auto records = journal();
        return std::count_if(records.cbegin(), records.cend(), [](const Record &r) { return r.state == QLatin1String("done"); }) >= 6;
    }, 30000));
    ::kill(static_cast<pid_t>(first->processId()), SIGKILL);
    QVERIFY(first->waitForFinished(5000));
    const QList<Record> beforeResume = journal();
    QSet<QString> doneBefore;
    for (const Record &r : beforeResume) {
        if (r.state == QLatin1String("done"))
            doneBefore.insert(r.entry);
    }
    QVERIFY2(doneBefore.size() < 28, "the kill came too late to test a resume");
    // AND every creation the killed run sent has its password on disk already
    const auto passwordRows = [this] {
        QFile file(m_dir.filePath(QStringLiteral("passwords.csv")));
        QStringList addresses;
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray &line : lines.mid(1)) {
                if (!line.trimmed().isEmpty())
                    addresses.append(QString::fromUtf8(line.split(',').first()).remove(QLatin1Char('"')));
            }
        }
        return addresses;
    };
    const QStringList keptBeforeResume = passwordRows();
    for (const Record &r : beforeResume) {
        const int index = int(std::find_if(draft.entries.cbegin(), draft.entries.cend(), [&r](const DraftEntry &e) { return e.id == r.entry; })
                              - draft.entries.cbegin());
        if (index < 20)
            QVERIFY2(keptBeforeResume.contains(QStringLiteral("staff.%1@test.com").arg(index)), qPrintable(r.entry));
    }

    // THEN running it again resumes and finishes
    QProcess *second = startApply();
    QSignalSpy finished(second, &QProcess::finished);
    QVERIFY(finished.wait(60000));
    const QByteArray out = second->readAllStandardOutput();
    const QByteArray err = second->readAllStandardError();
    QVERIFY2(second->exitCode() == 0, err.constData());
    QVERIFY(out.contains("done in an earlier run"));
    QVERIFY(err.contains("resuming from"));
    QVERIFY2(err.contains("generated password(s) added to"), err.constData());
    QFile passwords(m_dir.filePath(QStringLiteral("passwords.csv")));
    QCOMPARE(passwords.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(passwords.open(QIODevice::ReadOnly));
    const QByteArray exported = passwords.readAll();
    QVERIFY(exported.startsWith("\"address\",\"password\"\r\n"));
    QCOMPARE(exported.count("\"address\""), 1);   // one header across both runs
    const QStringList kept = passwordRows();
    for (int i = 0; i < 20; ++i)
        QVERIFY2(kept.contains(QStringLiteral("staff.%1@test.com").arg(i)), qPrintable(QString::number(i)));
    if (qEnvironmentVariableIntValue("MAILROOM_REQUIRE_KEYCHAIN") == 1) {
        // the killed run's passwords came back from the keychain: none was made twice
        QCOMPARE(kept.size(), 20);
        // and, the draft being done, its passwords left the keychain
        CredentialStore keychain(QStringLiteral("org.mailroom.Mailroom"));
        std::optional<CredentialStore::Status> status;
        keychain.read(draft.passwordKey(draft.entries.at(0).id), this, [&status](const CredentialStore::Result &r) { status = r.status; });
        QVERIFY(QTest::qWaitFor([&status] { return status.has_value(); }, 10000));
        QCOMPARE(*status, CredentialStore::Status::NotFound);
    }

    // AND nothing done before the kill was sent again, and every entry is done once
    const QList<Record> all = journal();
    QHash<QString, int> doneCount;
    for (int i = static_cast<int>(beforeResume.size()); i < all.size(); ++i)
        QVERIFY2(!doneBefore.contains(all.at(i).entry), "an entry done before the kill was started again");
    for (const Record &r : all) {
        if (r.state == QLatin1String("done"))
            ++doneCount[r.entry];
    }
    QCOMPARE(doneCount.size(), 28);
    for (auto it = doneCount.cbegin(); it != doneCount.cend(); ++it)
        QCOMPARE(it.value(), 1);

    // AND the provider holds exactly the intended state
    for (int i = 0; i < 20; ++i) {
        const auto m = mailbox(QStringLiteral("staff.%1").arg(i));
        if (i == 7) {
            QVERIFY(!m);
            continue;
        }
        QVERIFY2(m, qPrintable(QStringLiteral("staff.%1").arg(i)));
        QCOMPARE(m->quotaMb, (i == 3 || i == 19) ? 999 : 200 + i);
    }
    for (const char *name : {"test", "test1", "test2"})
        QCOMPARE(mailbox(QLatin1String(name))->quotaMb, 999);
    QVERIFY(!mailbox(QStringLiteral("jack.smith")));
    QVERIFY(!mailbox(QStringLiteral("mfg-mbox")));
    QCOMPARE(mailbox(QStringLiteral("john.smith"))->quotaMb, 10);   // untouched
}

void TestDraftResume::corruptDraftIsLeftUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.mailroom-draft"));
    const QByteArray content = R"({"format": "mailroom-draft", "version": 1, "id": "x", "operations": [{"id":)";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    for (const char *verb : {"show", "validate", "apply"}) {
        QProcess process;
        process.start(QStringLiteral(MAILROOMCTL_PATH), {QStringLiteral("draft"), QLatin1String(verb), path});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("damaged"));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QVERIFY(!QFile::exists(path + QStringLiteral(".journal")));
}

void TestDraftResume::invalidDraftIsNotApplied()
{
    Draft draft = Draft::create({QStringLiteral("hostway"), m_base, QStringLiteral("test-account123"), QStringLiteral("admin")});
    draft.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("bad-name"), 0, false, PasswordSource::Generate));
    const QString path = m_dir.filePath(QStringLiteral("invalid.mailroom-draft"));
    QString error;
    QVERIFY(draft.save(path, &error));
    for (const char *verb : {"validate", "apply"}) {
        QProcess process;
        process.start(QStringLiteral(MAILROOMCTL_PATH), {QStringLiteral("draft"), QLatin1String(verb), path});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("operation 1"));
    }
    QVERIFY(!mailbox(QStringLiteral("bad-name")));
}

void TestDraftResume::importedPasswordsTravelThroughTheKeychain()
{
    if (qEnvironmentVariableIntValue("MAILROOM_REQUIRE_KEYCHAIN") != 1)
        QSKIP("needs the keychain of scripts/test.sh");
    const QString csv = m_dir.filePath(QStringLiteral("with-passwords.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,quota,master,password\nkc.user,40,false,Kc9!Imported\n");
    file.close();
    const QString draftPath = m_dir.filePath(QStringLiteral("imported.mailroom-draft"));
    const auto ctl = [](const QStringList &arguments, const QByteArray &password = "sandbox") {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MAILROOM_PASSWORD"), QString::fromUtf8(password));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MAILROOMCTL_PATH), arguments);
        process.waitForFinished(30000);
        return std::make_pair(process.exitCode(), process.readAllStandardError());
    };
    const QStringList account{QStringLiteral("--base-url"), m_base.toString(), QStringLiteral("--account"),
                              QStringLiteral("test-account123"), QStringLiteral("--user"), QStringLiteral("admin")};
    auto [code, err] = ctl(QStringList(account) << QStringLiteral("draft") << QStringLiteral("import-csv") << QStringLiteral("--kind")
                                                 << QStringLiteral("mailboxes") << QStringLiteral("--domain") << QStringLiteral("test.com")
                                                 << csv << QStringLiteral("-o") << draftPath);
    QVERIFY2(code == 0, err.constData());
    QFile draftFile(draftPath);
    QVERIFY(draftFile.open(QIODevice::ReadOnly));
    QVERIFY(!draftFile.readAll().contains("Kc9!Imported"));
    std::tie(code, err) = ctl({QStringLiteral("draft"), QStringLiteral("apply"), draftPath});
    QVERIFY2(code == 0, err.constData());
    QCOMPARE(mailbox(QStringLiteral("kc.user"))->quotaMb, 40);
    // The imported password is the one set: setting it again is refused as reused.
    UpdateMailbox again(QStringLiteral("test.com"), QStringLiteral("kc.user"));
    again.setPassword(QStringLiteral("Kc9!Imported"));
    int status = 0;
    bool done = false;
    m_client->send(again.request(m_client->endpoint()), this, [&](ApiJob *job) { status = job->httpStatus(); done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(status, 400);
}

QTEST_GUILESS_MAIN(TestDraftResume)
#include "tst_draftresume.moc"
