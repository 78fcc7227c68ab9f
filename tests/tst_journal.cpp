// Journal: records made durable on its writer thread (recordThen), several with one fsync, in
// the order asked, record()'s included; what is still waiting written by the destructor; a
// journal that cannot write says so; an answer never reaches a context that is gone.
#include "core/drafts/journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

class TestJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordThenIsDurableInOrder();
    void recordWritesWhatWaitsFirst();
    void destructorWritesWhatWaits();
    void unopenedJournalAnswersFalse();
    void noAnswerToAContextGone();

private:
    /// The states a fresh Journal reads from the file (what a resumed run would see).
    Journal::Records reread() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("d.journal"));
}

Journal::Records TestJournal::reread() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Journal::parse(file.readAll());
}

void TestJournal::recordThenIsDurableInOrder()
{
    // GIVEN an open journal
    Journal journal(m_path);
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    QObject context;
    QStringList answers;
    // WHEN three records are asked for at once
    journal.recordThen(QStringLiteral("a"), Journal::State::Started, 0, {}, &context, [&](bool ok) { answers << QStringLiteral("a started %1").arg(ok); });
    journal.recordThen(QStringLiteral("a"), Journal::State::Done, 201, {}, &context, [&](bool ok) { answers << QStringLiteral("a done %1").arg(ok); });
    journal.recordThen(QStringLiteral("b"), Journal::State::Refused, 400, QStringLiteral("no"), &context,
                       [&](bool ok) { answers << QStringLiteral("b refused %1").arg(ok); });
    // THEN the journal says them at once, the answers come in order, each written
    QCOMPARE(journal.state(QStringLiteral("a")), Journal::State::Done);
    QCOMPARE(journal.message(QStringLiteral("b")), QStringLiteral("no"));
    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers, (QStringList{QStringLiteral("a started 1"), QStringLiteral("a done 1"), QStringLiteral("b refused 1")}));
    // AND a resumed run reads them from the file
    const Journal::Records records = reread();
    QCOMPARE(records.states.value(QStringLiteral("a")), Journal::State::Done);
    QCOMPARE(records.states.value(QStringLiteral("b")), Journal::State::Refused);
    QCOMPARE(records.messages.value(QStringLiteral("b")), QStringLiteral("no"));
}

void TestJournal::recordWritesWhatWaitsFirst()
{
    Journal journal(m_path);
    QString error;
    QVERIFY(journal.open(&error));
    QObject context;
    bool answered = false;
    // GIVEN a record waiting for the writer thread (or just written by it)
    journal.recordThen(QStringLiteral("x"), Journal::State::Started, 0, {}, &context, [&](bool ok) { answered = ok; });
    // WHEN a later record of the same entry is made durable at once
    QVERIFY(journal.record(QStringLiteral("x"), Journal::State::Done, 201));
    // THEN the file ends with the later one: the order asked, whoever wrote it
    QCOMPARE(reread().states.value(QStringLiteral("x")), Journal::State::Done);
    QCOMPARE(journal.state(QStringLiteral("x")), Journal::State::Done);
    QTRY_VERIFY(answered);
}

void TestJournal::destructorWritesWhatWaits()
{
    int answers = 0;
    QObject context;
    {
        Journal journal(m_path);
        QString error;
        QVERIFY(journal.open(&error));
        for (int i = 0; i < 50; ++i)
            journal.recordThen(QStringLiteral("e%1").arg(i), Journal::State::Started, 0, {}, &context, [&](bool) { ++answers; });
    }   // gone before any answer was taken in
    const Journal::Records records = reread();
    QCOMPARE(records.states.size(), 50);
    QCOMPARE(records.states.value(QStringLiteral("e49")), Journal::State::Started);
    QCoreApplication::processEvents();
    QCOMPARE(answers, 0);   // nobody is waiting: no call into a journal that is gone
}

void TestJournal::unopenedJournalAnswersFalse()
{
    Journal journal(m_path);   // never opened
    QObject context;
    std::optional<bool> answer;
    journal.recordThen(QStringLiteral("a"), Journal::State::Started, 0, {}, &context, [&](bool ok) { answer = ok; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!*answer);
    QVERIFY(!journal.record(QStringLiteral("a"), Journal::State::Done));
    QVERIFY(!QFile::exists(m_path));
}

void TestJournal::noAnswerToAContextGone()
{
    Journal journal(m_path);
    QString error;
    QVERIFY(journal.open(&error));
    bool called = false;
    QObject other;
    bool otherCalled = false;
    {
        QObject context;
        journal.recordThen(QStringLiteral("a"), Journal::State::Started, 0, {}, &context, [&](bool) { called = true; });
    }
    journal.recordThen(QStringLiteral("b"), Journal::State::Started, 0, {}, &other, [&](bool) { otherCalled = true; });
    QTRY_VERIFY(otherCalled);   // answered after "a", in order
    QVERIFY(!called);
    QCOMPARE(reread().states.value(QStringLiteral("a")), Journal::State::Started);   // written all the same
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
