// BatchModel under a live QAbstractItemModelTester: a row per change, "waiting" before the
// run, each row's outcome as it comes (the provider's words for a refusal, in red), and
// "not sent" for every row when the batch could not start.
#include "core/changes/batchrun.h"
#include "core/drafts/draftapplier.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "models/batchmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestBatchModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheRun();
    void rowsSayNotSentWhenNothingWas();

private:
    static QList<std::shared_ptr<Operation>> quotas(const QStringList &names, int mb);
};

QList<std::shared_ptr<Operation>> TestBatchModel::quotas(const QStringList &names, int mb)
{
    QList<std::shared_ptr<Operation>> rows;
    for (const QString &name : names) {
        auto op = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), name);
        op->setQuotaMb(mb);
        rows.append(op);
    }
    return rows;
}

void TestBatchModel::rowsFollowTheRun()
{
    SandboxFixture sandbox;
    QNetworkAccessManager nam;
    HostwayClient client(&nam, Hostway::Endpoint{sandbox.baseUrl(), SandboxFixture::accountId()});
    client.setCredentials(SandboxFixture::user(), SandboxFixture::password());
    ChangeRoute route;
    route.sender = [&client](QObject *, std::function<void(std::unique_ptr<OperationSender>)> ready) {
        ready(std::make_unique<HostwaySender>(&client));
    };
    const DraftAccount account(QStringLiteral("hostway"), sandbox.baseUrl(), SandboxFixture::accountId(), SandboxFixture::user());
    BatchRun run(route, account, quotas({QStringLiteral("test"), QStringLiteral("bad-name"), QStringLiteral("test2")}, 900), nullptr);
    BatchModel model(&run);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BatchModel::ColumnCount));
    QCOMPARE(model.index(0, BatchModel::ChangeColumn).data().toString(), QStringLiteral("Change mailbox test@test.com: quota to 900 MB"));
    QCOMPARE(model.index(0, BatchModel::OutcomeColumn).data().toString(), QStringLiteral("waiting"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&run, &BatchRun::finished);
    run.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(changed.count() >= 3);
    QCOMPARE(model.index(0, BatchModel::OutcomeColumn).data().toString(), QStringLiteral("done"));
    QCOMPARE(model.index(0, 0).data(BatchModel::StatusRole).toInt(), int(DraftApplier::EntryStatus::Done));
    const QModelIndex refused = model.index(1, BatchModel::OutcomeColumn);
    QVERIFY2(refused.data().toString().startsWith(QStringLiteral("refused: ")), qPrintable(refused.data().toString()));
    QVERIFY(refused.data(Qt::ForegroundRole).value<QBrush>().color().red() > 200);
    QCOMPARE(model.index(2, BatchModel::OutcomeColumn).data().toString(), QStringLiteral("done"));
}

void TestBatchModel::rowsSayNotSentWhenNothingWas()
{
    ChangeRoute route;
    route.sender = [](QObject *, std::function<void(std::unique_ptr<OperationSender>)> ready) { ready(nullptr); };
    BatchRun run(route, DraftAccount(), quotas({QStringLiteral("test"), QStringLiteral("test2")}, 900), nullptr);
    BatchModel model(&run);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    run.start();
    QCOMPARE(changed.count(), 1);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(model.index(row, BatchModel::OutcomeColumn).data().toString(), QStringLiteral("not sent"));
}

QTEST_GUILESS_MAIN(TestBatchModel)
#include "tst_batchmodel.moc"
