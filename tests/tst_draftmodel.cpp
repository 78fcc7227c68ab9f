// DraftSession (undo, redo, move, remove, autosave) and DraftModel under a live
// QAbstractItemModelTester.
#include "core/providers/hostway/mailboxoperations.h"
#include "models/draftmodel.h"
#include "models/draftsession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDraftModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsUndoRedoAndAutosave();
};

void TestDraftModel::editsUndoRedoAndAutosave()
{
    QTemporaryDir dir;
    DraftSession session(DraftAccount{QStringLiteral("hostway"), QUrl(QStringLiteral("https://api.hostway.com")),
                                      QStringLiteral("acct"), QStringLiteral("admin")},
                         dir.filePath(QStringLiteral("drafts")));
    DomainSnapshot snapshot;
    snapshot.mailboxes = {{QStringLiteral("john.smith"), 10, false, QStringLiteral("imap")}};
    session.setSnapshot(QStringLiteral("test.com"), snapshot);
    DraftModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // GIVEN three operations, one of them invalid against the snapshot
    session.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("a.one"), 0, false, PasswordSource::Generate));
    auto quota = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    quota->setQuotaMb(20);
    session.append(quota);
    session.append(std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("nobody")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.problemCount(), 1);
    QVERIFY(model.index(2, DraftModel::StatusColumn).data().toString().contains(QLatin1String("no mailbox nobody")));
    QVERIFY(model.index(2, 0).data(DraftModel::HasProblemRole).toBool());
    QCOMPARE(model.index(0, DraftModel::StatusColumn).data().toString(), QStringLiteral("ready"));

    // WHEN the invalid one is removed, the others swapped, then everything undone and redone
    session.remove(2);
    QCOMPARE(model.problemCount(), 0);
    session.move(0, 1);
    QVERIFY(model.index(0, DraftModel::OperationColumn).data().toString().startsWith(QLatin1String("Change mailbox john.smith")));
    session.undoStack()->undo();
    QVERIFY(model.index(0, DraftModel::OperationColumn).data().toString().startsWith(QLatin1String("Create mailbox a.one")));
    session.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    session.undoStack()->redo();
    session.undoStack()->redo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Create mailbox a.one@test.com, with a generated password"));

    // THEN the draft is autosaved, and reads back the same
    QSignalSpy saved(&session, &DraftSession::saved);
    QVERIFY(saved.wait(5000));
    QString error;
    const auto back = Draft::load(session.path(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), session.draft().toJson());
}

QTEST_MAIN(TestDraftModel)
#include "tst_draftmodel.moc"
