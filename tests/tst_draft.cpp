// Draft files: every operation kind round-trips, files are saved atomically, corrupt and
// future-version files give a clear error and stay untouched, offline validation.
#include "core/drafts/draft.h"
#include "core/drafts/draftfolder.h"
#include "core/drafts/journal.h"
#include "core/drafts/snapshotcache.h"
#include "core/providers/hostway/mailboxcsvimport.h"
#include "core/providers/hostway/mailboxoperations.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestDraft final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oversizedFilesAreRefusedUnread();
    void roundTripOfEveryKind();
    void savedFileHasNoSecret();
    void refusedFiles_data();
    void refusedFiles();
    void validationChecksReferences();
    void csvImport_data();
    void csvImport();
    void folderTidyArchivesAppliedDrafts();
    void snapshotCachePrunesOldDomains();

private:
    static Draft sample();
};

Draft TestDraft::sample()
{
    DraftAccount account;
    account.baseUrl = QUrl(QStringLiteral("https://api.hostway.com"));
    account.accountId = QStringLiteral("test-account123");
    account.userName = QStringLiteral("admin");
    Draft draft = Draft::create(account);
    DomainSnapshot snapshot;
    snapshot.fetchedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    snapshot.mailboxes = {{QStringLiteral("john.smith"), 10, true, QStringLiteral("imap")},
                          {QStringLiteral("test"), 10, false, QStringLiteral("imap")}};
    draft.snapshots.insert(QStringLiteral("test.com"), snapshot);
    draft.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("new.one"), 50, true,
                                                 PasswordSource::Provided, QStringLiteral("Secr3t!Value")));
    draft.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("gen.one"), 0, false, PasswordSource::Generate));
    auto quota = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    quota->setQuotaMb(85);
    quota->setMaster(false);
    draft.append(quota);
    auto password = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("test"));
    password->setPassword(QStringLiteral("An0ther!Secret"));
    draft.append(password);
    draft.append(std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("test")));
    return draft;
}

void TestDraft::roundTripOfEveryKind()
{
    const Draft draft = sample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.mailroom-draft"));
    QString error;
    QVERIFY2(draft.save(path, &error), qPrintable(error));
    const auto back = Draft::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, draft.id);
    QCOMPARE(back->entries.size(), 5);
    for (int i = 0; i < draft.entries.size(); ++i) {
        QCOMPARE(back->entries.at(i).id, draft.entries.at(i).id);
        QCOMPARE(back->entries.at(i).operation->toJson(), draft.entries.at(i).operation->toJson());
        QCOMPARE(back->entries.at(i).operation->describe(), draft.entries.at(i).operation->describe());
    }
    QCOMPARE(back->snapshots.value(QStringLiteral("test.com")).mailboxes.size(), 2);
    QCOMPARE(back->snapshots.value(QStringLiteral("test.com")).fetchedAt, draft.snapshots.value(QStringLiteral("test.com")).fetchedAt);
    QCOMPARE(back->account.accountId, QStringLiteral("test-account123"));
    QCOMPARE(back->toJson(), draft.toJson());
    // A password typed while drafting is in the keychain, not the file: still valid.
    QVERIFY(back->validate().isEmpty());
}

void TestDraft::savedFileHasNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.mailroom-draft"));
    QString error;
    QVERIFY(sample().save(path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("Secr3t!Value"));
    QVERIFY(!text.contains("An0ther!Secret"));
    QVERIFY(text.contains("\"password\": \"provided\""));
    QVERIFY(text.contains("\"password\": \"generate\""));
}

void TestDraft::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray(R"({"format": "mailroom-draft", "version": 1, "id": "x", "operations": [)") << "damaged";
    QTest::newRow("not a draft") << QByteArray(R"({"hello": 1})") << "not a Mailroom draft";
    QTest::newRow("future version") << QByteArray(R"({"format": "mailroom-draft", "version": 99, "id": "x"})") << "newer Mailroom";
    const QByteArray head = R"({"format": "mailroom-draft", "version": 1, "id": "x",
        "account": {"provider": "hostway", "baseUrl": "https://api.hostway.com", "accountId": "a", "userName": "u"}, )";
    QTest::newRow("unknown operation") << head + R"("operations": [{"id": "a", "kind": "hostway.teleport"}]})"
                                       << "Operation 1";
    QTest::newRow("duplicate ids") << head + R"("operations": [
        {"id": "a", "kind": "hostway.mailbox.delete", "domain": "d.com", "name": "x"},
        {"id": "a", "kind": "hostway.mailbox.delete", "domain": "d.com", "name": "y"}]})" << "id of another";
    // Wrong types are refused, never read as a default (master "true" read as false demoted
    // the real master mailbox; quotas were dropped without a word).
    const auto op = [&head](const QByteArray &fields) -> QByteArray {
        return head + R"("operations": [{"id": "a", )" + fields + "}]}";
    };
    const QByteArray update = R"("kind": "hostway.mailbox.update", "domain": "d.com", "name": "x", )";
    const QByteArray create = R"("kind": "hostway.mailbox.create", "domain": "d.com", "name": "x", "password": "generate", )";
    QTest::newRow("master as text") << op(update + R"("master": "true")") << R"("master" must be true or false, not the text "true")";
    QTest::newRow("quota as text") << op(create + R"("quota": "100")") << R"("quota" must be a whole number, not the text "100")";
    QTest::newRow("quota 1e308") << op(create + R"("quota": 1e308)") << R"("quota" must be from 1 to 2147483647)";
    QTest::newRow("quota 100.5") << op(create + R"("quota": 100.5)") << R"("quota" must be a whole number, not the number 100.5)";
    QTest::newRow("quota 3e9") << op(create + R"("quota": 3e9)") << R"("quota" must be from 1 to 2147483647, not 3000000000)";
    QTest::newRow("quota 0") << op(create + R"("quota": 0)") << R"("quota" must be from 1)";
    QTest::newRow("name as number") << op(R"("kind": "hostway.mailbox.delete", "domain": "d.com", "name": 5)") << R"("name" must be a text, not the number 5)";
    // An update's password is "provided" (in the keychain) or "generate" (a reset of several at once).
    QTest::newRow("password unknown on update") << op(update + R"("password": "random")") << R"("password" must be one of provided, generate.)";
    // A secret's wrong value is never repeated in the message (it would reach a terminal).
    QTest::newRow("a password in the file") << op(R"("kind": "hostway.mailbox.create", "domain": "d.com", "name": "x", "password": "Hunter2!xyz")")
                                            << R"("password" must be one of generate, provided.)";
    QTest::newRow("kind as number") << op(R"("kind": 7)") << R"("kind" must be the text)";
    QTest::newRow("id as number") << head + R"("operations": [{"id": 3, "kind": "hostway.mailbox.delete", "domain": "d.com", "name": "x"}]})"
                                  << R"("id" must be a text)";
    QTest::newRow("operations {}") << head + R"("operations": {}})" << R"("operations" must be a list, not an object)";
    QTest::newRow("operations null") << head + R"("operations": null})" << R"("operations" must be a list, not null)";
    QTest::newRow("operations missing") << QByteArray(head).chopped(2) + "}" << R"("operations" is missing)";
    QTest::newRow("operation not an object") << head + R"("operations": [5]})" << "Operation 1 is the number 5";
    QTest::newRow("no account") << QByteArray(R"({"format": "mailroom-draft", "version": 1, "id": "x", "operations": []})") << R"("account" is missing)";
    QTest::newRow("version as text") << QByteArray(R"({"format": "mailroom-draft", "version": "1", "id": "x"})") << "no valid \"version\"";
    QTest::newRow("snapshot quota as text") << head + R"("snapshots": {"d.com": {"fetched": "", "mailboxes": [{"username": "x", "quota": "10"}]}}, "operations": []})"
                                            << R"(mailbox 1: "quota" must be a whole number)";
    QTest::newRow("Ikoula parameters not a list") << QByteArray(R"({"format": "mailroom-draft", "version": 1, "id": "x",
        "account": {"provider": "ikoula", "baseUrl": "https://api.ikoula.com", "accountId": "", "userName": "u"},
        "operations": [{"id": "a", "kind": "ikoula.delete-bal", "subscription": "1", "organisation": "2", "parameters": {}}]})")
                                                  << R"("parameters" must be a list)";
    QTest::newRow("Webitel port as text") << QByteArray(R"({"format": "mailroom-draft", "version": 1, "id": "x",
        "account": {"provider": "webitel", "baseUrl": "https://w.example", "accountId": "", "userName": "u"},
        "operations": [{"id": "a", "kind": "webitel.settings.create", "domain": "d.com",
                        "settings": {"from": "a@d.com", "options": {"host": "smtp.d.com", "port": "587"}}}]})")
                                          << R"(settings.options: "port" must be a whole number)";
    QTest::newRow("ICE switch as text") << QByteArray(R"({"format": "mailroom-draft", "version": 1, "id": "x",
        "account": {"provider": "ice", "baseUrl": "https://ice.example", "accountId": "59", "userName": "u"},
        "operations": [{"id": "a", "kind": "ice.email-server.update", "settings": {"ssl": "yes"}}]})")
                                        << R"(settings: "ssl" must be true or false)";
}

void TestDraft::refusedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.mailroom-draft"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    QVERIFY(!Draft::load(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("Hunter2")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);   // untouched
}

void TestDraft::validationChecksReferences()
{
    Draft draft = sample();
    QVERIFY(draft.validate().isEmpty());
    draft.append(std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("test")));   // deleted already
    draft.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"), 0, false, PasswordSource::Generate));
    auto updateNew = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("new.one"));
    updateNew->setQuotaMb(60);   // created earlier in the draft: fine
    draft.append(updateNew);
    draft.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("bad-name"), 0, false, PasswordSource::Generate));
    const auto problems = draft.validate();
    QStringList where;
    for (const DraftProblem &p : problems)
        where.append(QStringLiteral("%1:%2").arg(p.index).arg(p.field));
    QCOMPARE(where, (QStringList{QStringLiteral("5:name"), QStringLiteral("6:name"), QStringLiteral("8:name")}));
}

void TestDraft::csvImport_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("problems");   // "line: words"
    QTest::newRow("good, any column order, quoted, CRLF") << QByteArray("password,name,master,quota,comment\r\n"
                                                                         "\"Zq9!abcd\",alice,true,100,\"first, with comma\"\r\n"
                                                                         ",bob,,,\r\n"
                                                                         ",\"carol.d\",no,250,\"multi\nline\"\r\n")
                                                          << 3 << QStringList{};
    QTest::newRow("bad rows with line numbers") << QByteArray("name,quota,master,password\n"
                                                              "ok.one,10,false,\n"
                                                              "bad-name,10,false,\n"
                                                              "two,-5,maybe,\n"
                                                              "three,10,false,abc1234\n"
                                                              "ok.one,10,false,\n"
                                                              "test,10,false,\n")
                                                << 0
                                                << QStringList{QStringLiteral("3: letters"), QStringLiteral("4: quota"), QStringLiteral("4: master"),
                                                               QStringLiteral("5: rules"), QStringLiteral("6: twice"), QStringLiteral("7: already exists")};
    QTest::newRow("missing columns") << QByteArray("name,quota\nx,1\n") << 0 << QStringList{QStringLiteral("1: master, password")};
    QTest::newRow("broken quoting") << QByteArray("name,quota,master,password\n\"unclosed,1,true,\n") << 0 << QStringList{QStringLiteral("0: Line")};
    QTest::newRow("not UTF-8") << QByteArray("name,quota,master,password\nbad\xff,1,true,\n") << 0 << QStringList{QStringLiteral("0: UTF-8")};
    QTest::newRow("header only") << QByteArray("name,quota,master,password\n") << 0 << QStringList{QStringLiteral("1: no mailbox")};
    // Issue 12, item 14: a name of any length imported and validated; 64 is the limit.
    QTest::newRow("name too long") << QByteArray("name,quota,master,password\n" + QByteArray(65, 'a') + ",10,false,\n" + QByteArray(64, 'b') + ",10,false,\n")
                                   << 0 << QStringList{QStringLiteral("2: at most 64 characters")};
}

void TestDraft::csvImport()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, rows);
    QFETCH(QStringList, problems);
    DomainSnapshot snapshot;
    snapshot.mailboxes = {{QStringLiteral("test"), 10, false, QStringLiteral("imap")}};
    const auto result = MailboxCsvImport::read(csv, QStringLiteral("test.com"), &snapshot);
    QCOMPARE(result.rows.size(), rows);
    for (const QString &expected : problems) {
        const int line = expected.section(QStringLiteral(": "), 0, 0).toInt();
        const QString words = expected.section(QStringLiteral(": "), 1);
        const bool found = std::any_of(result.problems.cbegin(), result.problems.cend(), [&](const MailboxCsvImport::Problem &p) {
            return p.line == line && p.message.contains(words);
        });
        QVERIFY2(found, qPrintable(expected));
    }
    if (rows == 3) {
        QCOMPARE(result.rows.at(0).password, QStringLiteral("Zq9!abcd"));
        QCOMPARE(result.rows.at(0).operation->quotaMb(), 100);
        QVERIFY(result.rows.at(0).operation->master());
        QCOMPARE(result.rows.at(1).operation->passwordSource(), PasswordSource::Generate);
        QCOMPARE(result.rows.at(2).operation->name(), QStringLiteral("carol.d"));
    }
}

namespace {

void age(const QString &path, int days)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-days), QFileDevice::FileModificationTime));
}

} // namespace

void TestDraft::folderTidyArchivesAppliedDrafts()
{
    // GIVEN a drafts folder: one draft applied in full, one half applied, one empty, and an
    // archived draft of 40 days ago
    QTemporaryDir dir;
    const auto write = [&dir](const Draft &d, const QString &name, int doneCount) {
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY(d.save(path, &error));
        if (doneCount < 0)
            return;
        Journal journal(Journal::pathFor(path));
        QVERIFY(journal.open(&error));
        for (int i = 0; i < doneCount; ++i)
            QVERIFY(journal.record(d.entries.at(i).id, Journal::State::Done));
    };
    const Draft full = sample();
    QVERIFY(full.entries.size() >= 2);
    write(full, QStringLiteral("full.mailroom-draft"), int(full.entries.size()));
    write(sample(), QStringLiteral("half.mailroom-draft"), 1);
    write(Draft::create(DraftAccount()), QStringLiteral("empty.mailroom-draft"), -1);
    QDir().mkpath(dir.filePath(QStringLiteral("applied")));
    write(sample(), QStringLiteral("applied/old.mailroom-draft"), 0);
    age(dir.filePath(QStringLiteral("applied/old.mailroom-draft")), 40);

    // WHEN the folder is tidied
    const DraftFolder::Tidied tidied = DraftFolder::tidy(dir.path(), 30);

    // THEN the applied draft and its journal are archived, the old one deleted, the rest kept
    QCOMPARE(tidied.archived, 1);
    QCOMPARE(tidied.deleted, 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("full.mailroom-draft"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("applied/full.mailroom-draft"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("applied/full.mailroom-draft.journal"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("half.mailroom-draft"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("empty.mailroom-draft"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("applied/old.mailroom-draft"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("applied/old.mailroom-draft.journal"))));
    // AND a second pass changes nothing
    const DraftFolder::Tidied again = DraftFolder::tidy(dir.path(), 30);
    QCOMPARE(again.archived + again.deleted, 0);
}

void TestDraft::snapshotCachePrunesOldDomains()
{
    QTemporaryDir dir;
    const SnapshotCache cache(dir.path());
    DomainSnapshot snapshot;
    snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    snapshot.mailboxes.append({QStringLiteral("john"), 10, false, QStringLiteral("imap")});
    QVERIFY(cache.save(QStringLiteral("key"), QStringLiteral("old.example"), snapshot));
    QVERIFY(cache.save(QStringLiteral("key"), QStringLiteral("new.example"), snapshot));
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (file.readAll().contains("old.example"))
            age(dir.filePath(name), 100);
    }
    QCOMPARE(cache.prune(90), 1);
    QVERIFY(!cache.load(QStringLiteral("key"), QStringLiteral("old.example")));
    QVERIFY(cache.load(QStringLiteral("key"), QStringLiteral("new.example")));
}

void TestDraft::oversizedFilesAreRefusedUnread()
{
    // Issue 12, item 15: a file past the documented size is refused before it is read.
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("huge.mailroom-draft"), QStringLiteral("huge.csv")}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Draft::kMaxFileBytes + 1));   // sparse: nothing is written
    }
    QString error;
    QVERIFY(!Draft::load(dir.filePath(QStringLiteral("huge.mailroom-draft")), &error));
    QVERIFY2(error.contains(QLatin1String("larger than a draft may be")), qPrintable(error));
    const auto result = MailboxCsvImport::readFile(dir.filePath(QStringLiteral("huge.csv")), QStringLiteral("test.com"), nullptr);
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QLatin1String("larger than 64 MB")));
}

QTEST_GUILESS_MAIN(TestDraft)
#include "tst_draft.moc"
