// AuditLog: JSON lines that survive a torn write, rotation by size, owner-only, no link
// followed; AuditedSender: a line before and after each send, the outcome it means, no secret.
#include "core/audit/auditedsender.h"
#include "core/audit/auditlog.h"
#include "core/providers/hostway/hostwayerrors.h"
#include "core/providers/hostway/mailboxoperations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

AuditEntry entry(const QString &change, AuditEntry::Outcome outcome, const QDateTime &time)
{
    AuditEntry e;
    e.time = time;
    e.changeId = change;
    e.via = QStringLiteral("mailroomctl");
    e.accountName = QStringLiteral("Support");
    e.accountId = QStringLiteral("acc-1");
    e.provider = QStringLiteral("hostway");
    e.kind = QStringLiteral("hostway.mailbox.update");
    e.description = QStringLiteral("Set quota of a@test.com to 5 MB");
    e.target = QStringLiteral("mailbox:test.com/a");
    e.outcome = outcome;
    return e;
}

/// Answers every send with the error it is given, and counts the sends.
class ScriptedSender final : public OperationSender
{
public:
    explicit ScriptedSender(ApiError answer, int httpStatus) : m_answer(std::move(answer)), m_status(httpStatus) {}
    void send(Operation &, QObject *, Sent done) override
    {
        ++sends;
        done(m_answer, m_status);
    }
    void findConflict(const Draft &, int, QObject *, Compared done) override { done({}, {}); }
    void findApplied(const Operation &, const ApiError &, QObject *, Checked done) override { done({}, false); }
    int sends = 0;

private:
    ApiError m_answer;
    int m_status;
};

} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesRoundTripAndTornLinesAreSkipped();
    void changesKeepTheLastLineAtTheFirstTime();
    void rotatesBySize();
    void ownerOnlyAndNeverThroughALink();
    void senderWritesBeforeAndAfter_data();
    void senderWritesBeforeAndAfter();
    void unwritableLogSendsNothing();
};

void TestAuditLog::linesRoundTripAndTornLinesAreSkipped()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-12-02T10:00:00.123Z"), Qt::ISODateWithMs);
    AuditEntry refused = entry(QStringLiteral("c1"), AuditEntry::Outcome::Refused, t);
    refused.httpStatus = 400;
    refused.message = QStringLiteral("quota: too large");
    refused.draft = QStringLiteral("d-9");
    QString error;
    QVERIFY(log.append(entry(QStringLiteral("c1"), AuditEntry::Outcome::Sending, t), &error));
    QVERIFY(log.append(refused, &error));
    {
        QFile file(log.file());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\": \"2026-12-02T10:00:01Z\", \"chan");   // a crash mid-line
    }
    int skipped = -1;
    const QList<AuditEntry> lines = log.read(&skipped);
    QCOMPARE(skipped, 1);
    QCOMPARE(lines.size(), 2);
    const AuditEntry &back = lines.at(1);
    QCOMPARE(back.time, t);
    QCOMPARE(back.outcome, AuditEntry::Outcome::Refused);
    QCOMPARE(back.httpStatus, 400);
    QCOMPARE(back.message, refused.message);
    QCOMPARE(back.draft, QStringLiteral("d-9"));
    QCOMPARE(back.accountName, QStringLiteral("Support"));
    QCOMPARE(back.kind, refused.kind);
    QCOMPARE(back.target, refused.target);
}

void TestAuditLog::changesKeepTheLastLineAtTheFirstTime()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const QList<AuditEntry> lines = {
        entry(QStringLiteral("a"), AuditEntry::Outcome::Sending, t0),
        entry(QStringLiteral("b"), AuditEntry::Outcome::Sending, t0.addSecs(1)),
        entry(QStringLiteral("a"), AuditEntry::Outcome::Done, t0.addSecs(5)),
        entry(QStringLiteral("c"), AuditEntry::Outcome::Drafted, t0.addSecs(2)),
    };
    const QList<AuditEntry> changes = AuditLog::changes(lines);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).changeId, QStringLiteral("c"));   // newest first
    QCOMPARE(changes.at(1).changeId, QStringLiteral("b"));
    QCOMPARE(changes.at(1).outcome, AuditEntry::Outcome::Sending);   // no answer recorded
    QCOMPARE(changes.at(2).changeId, QStringLiteral("a"));
    QCOMPARE(changes.at(2).outcome, AuditEntry::Outcome::Done);
    QCOMPARE(changes.at(2).time, t0);
}

void TestAuditLog::rotatesBySize()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), 1000, 2);
    QString error;
    for (int i = 0; i < 40; ++i)
        QVERIFY(log.append(entry(QStringLiteral("c%1").arg(i), AuditEntry::Outcome::Done, QDateTime::currentDateTimeUtc()), &error));
    QVERIFY(QFile::exists(log.file() + QStringLiteral(".1")));
    QVERIFY(QFile::exists(log.file() + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(log.file() + QStringLiteral(".3")));   // the oldest beyond `keep` is gone
    QVERIFY(QFileInfo(log.file()).size() < 1400);
    const QList<AuditEntry> lines = log.read();
    QVERIFY(lines.size() < 40);
    QCOMPARE(lines.last().changeId, QStringLiteral("c39"));
    for (int i = 1; i < lines.size(); ++i)   // oldest first, across the files
        QVERIFY(lines.at(i - 1).changeId.mid(1).toInt() < lines.at(i).changeId.mid(1).toInt());
}

void TestAuditLog::ownerOnlyAndNeverThroughALink()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QString error;
    QVERIFY(log.append(entry(QStringLiteral("c"), AuditEntry::Outcome::Done, QDateTime::currentDateTimeUtc()), &error));
    QCOMPARE(QFile(log.file()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QFile(elsewhere).open(QIODevice::WriteOnly));
    const QString linked = dir.filePath(QStringLiteral("linked.jsonl"));
    QVERIFY(QFile::link(elsewhere, linked));
    AuditLog viaLink(linked);
    QVERIFY(!viaLink.append(entry(QStringLiteral("c"), AuditEntry::Outcome::Done, QDateTime::currentDateTimeUtc()), &error));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QCOMPARE(QFileInfo(elsewhere).size(), 0);
}

void TestAuditLog::senderWritesBeforeAndAfter_data()
{
    QTest::addColumn<ApiError>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<AuditEntry::Outcome>("outcome");
    QTest::newRow("done") << ApiError() << 201 << AuditEntry::Outcome::Done;
    QTest::newRow("refused, echoing the password")
        << ApiError::fromHttp(400, R"({"password": "Password S3cret!Pass#1 was used before"})", Hostway::readErrorBody) << 400 << AuditEntry::Outcome::Refused;
    QTest::newRow("timeout: unknown") << ApiError(ApiError::Kind::Timeout, QStringLiteral("30 s")) << 0 << AuditEntry::Outcome::Failed;
    QTest::newRow("server error: unknown") << ApiError::fromHttp(503, {}) << 503 << AuditEntry::Outcome::Failed;
}

void TestAuditLog::senderWritesBeforeAndAfter()
{
    QFETCH(ApiError, answer);
    QFETCH(int, status);
    QFETCH(AuditEntry::Outcome, outcome);
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    auto *inner = new ScriptedSender(answer, status);
    AuditedSender sender(std::unique_ptr<OperationSender>(inner), &log,
                         {QStringLiteral("Mailroom"), QStringLiteral("Support"), QStringLiteral("acc-1"), QStringLiteral("hostway"), {}});
    CreateMailbox op(QStringLiteral("test.com"), QStringLiteral("sales"), 500, false, PasswordSource::Provided,
                     QStringLiteral("S3cret!Pass#1"));
    bool called = false;
    sender.send(op, this, [&](const ApiError &error, int) {
        called = true;
        QCOMPARE(error.kind(), answer.kind());
    });
    QVERIFY(called);
    QCOMPARE(inner->sends, 1);
    const QList<AuditEntry> lines = log.read();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).outcome, AuditEntry::Outcome::Sending);
    QCOMPARE(lines.at(1).outcome, outcome);
    QCOMPARE(lines.at(0).changeId, lines.at(1).changeId);
    QCOMPARE(lines.at(1).httpStatus, status);
    QCOMPARE(lines.at(1).description, op.describe());
    QCOMPARE(lines.at(1).target, QStringLiteral("mailbox:test.com/sales"));
    QCOMPARE(lines.at(1).via, QStringLiteral("Mailroom"));
    QCOMPARE(lines.at(1).message.isEmpty(), !answer.isError());
    QFile file(log.file());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("S3cret!Pass#1"));
}

void TestAuditLog::unwritableLogSendsNothing()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(QDir().mkpath(log.file()));   // a folder where the file should be: cannot be appended to
    auto *inner = new ScriptedSender(ApiError(), 200);
    AuditedSender sender(std::unique_ptr<OperationSender>(inner), &log, {});
    DeleteMailbox op(QStringLiteral("test.com"), QStringLiteral("sales"));
    ApiError got;
    sender.send(op, this, [&](const ApiError &error, int) { got = error; });
    QCOMPARE(inner->sends, 0);
    QCOMPARE(got.kind(), ApiError::Kind::Setup);
    QVERIFY2(got.message().contains(QStringLiteral("audit log")), qPrintable(got.message()));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
