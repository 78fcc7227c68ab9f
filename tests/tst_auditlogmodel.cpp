// AuditLogModel and AuditFilterProxy under QAbstractItemModelTester: one row per change,
// newest first, reload, and the account, outcome and text filters.
#include "core/audit/auditlog.h"
#include "models/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class TestAuditLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFiltersAndReload();
};

namespace {

AuditEntry line(const QString &change, const QString &account, AuditEntry::Outcome outcome, const QString &description, int secondsAgo)
{
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    e.changeId = change;
    e.via = QStringLiteral("Mailroom");
    e.accountId = account;
    e.accountName = account.toUpper();
    e.provider = QStringLiteral("hostway");
    e.kind = QStringLiteral("hostway.mailbox.update");
    e.description = description;
    e.outcome = outcome;
    return e;
}

} // namespace

void TestAuditLogModel::rowsFiltersAndReload()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QString error;
    QVERIFY(log.append(line(QStringLiteral("1"), QStringLiteral("a"), AuditEntry::Outcome::Sending, QStringLiteral("Set quota of x@a.com"), 50), &error));
    QVERIFY(log.append(line(QStringLiteral("1"), QStringLiteral("a"), AuditEntry::Outcome::Done, QStringLiteral("Set quota of x@a.com"), 49), &error));
    QVERIFY(log.append(line(QStringLiteral("2"), QStringLiteral("b"), AuditEntry::Outcome::Sending, QStringLiteral("Delete mailbox y@b.com"), 20), &error));
    QVERIFY(log.append(line(QStringLiteral("2"), QStringLiteral("b"), AuditEntry::Outcome::Refused, QStringLiteral("Delete mailbox y@b.com"), 19), &error));

    AuditLogModel model(&log);
    AuditFilterProxy proxy;
    proxy.setSourceModel(&model);
    auto *modelTester = new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    auto *proxyTester = new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    Q_UNUSED(modelTester)
    Q_UNUSED(proxyTester)
    QCOMPARE(model.rowCount(), 0);   // nothing before reload()
    QCOMPARE(model.reload(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AuditLogModel::ChangeColumn).data().toString(), QStringLiteral("Delete mailbox y@b.com"));
    QCOMPARE(model.index(0, AuditLogModel::OutcomeColumn).data().toString(), QStringLiteral("Refused"));
    QCOMPARE(model.index(1, AuditLogModel::OutcomeColumn).data().toString(), QStringLiteral("Done"));
    QCOMPARE(model.index(1, AuditLogModel::AccountColumn).data().toString(), QStringLiteral("A"));
    QCOMPARE(model.accounts().size(), 2);

    proxy.setAccountId(QStringLiteral("a"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setAccountId({});
    proxy.setOutcome(AuditEntry::Outcome::Refused);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, AuditLogModel::ChangeColumn).data().toString(), QStringLiteral("Delete mailbox y@b.com"));
    proxy.setOutcome(std::nullopt);
    proxy.setText(QStringLiteral("QUOTA"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText({});
    proxy.sort(AuditLogModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, AuditLogModel::ChangeColumn).data().toString(), QStringLiteral("Set quota of x@a.com"));

    // A new change, and a torn line: reload shows the one and counts the other.
    QVERIFY(log.append(line(QStringLiteral("3"), QStringLiteral("a"), AuditEntry::Outcome::Sending, QStringLiteral("Create mailbox z@a.com"), 0), &error));
    QFile file(log.file());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"time\":");
    file.close();
    QCOMPARE(model.reload(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AuditLogModel::OutcomeColumn).data().toString(), QStringLiteral("No answer recorded"));
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
