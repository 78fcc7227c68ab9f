// The Apply confirmation sums a draft up in the user's terms: how many changes, how many
// delete, and on how many objects of each kind, each object counted once (issue 13).
#include "core/operations/operationsummary.h"
#include "core/providers/hostway/contactoperations.h"
#include "core/providers/hostway/exchangeorderoperation.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "core/providers/ikoula/ikoulacalls.h"
#include "core/providers/ikoula/ikoulaoperation.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <memory>

class TestOperationSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsEachObjectOnce();
    void ikoulaNamesListsAndContacts();
    void oneChangeReadsSingular();
    void anOrderIsNoDeletion();
    void nothingSaysNothing();
    void frenchSaysItInFrench();

private:
    QTranslator m_english;   // the application's own: it gives English its plural forms
};

namespace {

QList<const Operation *> pointers(const std::vector<std::unique_ptr<Operation>> &operations)
{
    QList<const Operation *> out;
    for (const auto &operation : operations)
        out.append(operation.get());
    return out;
}

} // namespace

void TestOperationSummary::initTestCase()
{
    QVERIFY2(m_english.load(QStringLiteral("mailroom_en"), QStringLiteral(MAILROOM_QM_DIR)), MAILROOM_QM_DIR);
    QCoreApplication::installTranslator(&m_english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));   // how a list is joined
}

void TestOperationSummary::countsEachObjectOnce()
{
    // GIVEN two changes to John (one in other letter case), a deletion and a contact
    std::vector<std::unique_ptr<Operation>> ops;
    auto quota = std::make_unique<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    quota->setQuotaMb(85);
    ops.push_back(std::move(quota));
    auto master = std::make_unique<UpdateMailbox>(QStringLiteral("Test.com"), QStringLiteral("John.Smith"));
    master->setMaster(true);
    ops.push_back(std::move(master));
    ops.push_back(std::make_unique<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("test2")));
    ops.push_back(std::make_unique<DeleteContact>(QStringLiteral("test.com"), QStringLiteral("reception")));
    // THEN four changes, two of them deletions, on two mailboxes and one contact
    QCOMPARE(OperationSummary::describe(pointers(ops)), QStringLiteral("4 changes, 2 deletions, on 2 mailboxes and 1 contact"));
}

void TestOperationSummary::ikoulaNamesListsAndContacts()
{
    // GIVEN Ikoula calls: a password, a list with two members added, a contact and an alias removed
    std::vector<std::unique_ptr<Operation>> ops;
    const auto add = [&ops](IkoulaCall call) { ops.push_back(std::make_unique<IkoulaOperation>(std::move(call), QString(), QString())); };
    add(IkoulaCalls::changePassword(QStringLiteral("anna@x.fr"), QStringLiteral("S3cret!pass")));
    add(IkoulaCalls::addListMember(QStringLiteral("team@x.fr"), QStringLiteral("anna@x.fr")));
    add(IkoulaCalls::addListMember(QStringLiteral("team@x.fr"), QStringLiteral("bob@x.fr")));
    add(IkoulaCalls::deleteContact(QStringLiteral("c-17")));
    add(IkoulaCalls::deleteAlias(QStringLiteral("sales@x.fr")));
    // THEN the members count for their list (the object that changes), kinds in a fixed order
    QCOMPARE(OperationSummary::describe(pointers(ops)),
             QStringLiteral("5 changes, 1 deletion, on 1 mailbox, 1 alias, 1 distribution list, and 1 contact"));
}

void TestOperationSummary::oneChangeReadsSingular()
{
    const DeleteMailbox remove(QStringLiteral("test.com"), QStringLiteral("test2"));
    QCOMPARE(OperationSummary::describe({&remove}), QStringLiteral("1 change, 1 deletion, on 1 mailbox"));
}

void TestOperationSummary::anOrderIsNoDeletion()
{
    // GIVEN an order submitted (it cannot be undone: it spends money) and a domain-wide change
    const SubmitOrder order(QStringLiteral("ord-7"), QStringLiteral("owner-1"), QStringLiteral("test.com"), QStringLiteral("ex.one"),
                            QStringLiteral("9.99"));
    QVERIFY(order.isDestructive());
    // THEN it is counted as a change on an order, not as a deletion
    QCOMPARE(OperationSummary::describe({&order}), QStringLiteral("1 change, on 1 order"));
}

void TestOperationSummary::nothingSaysNothing()
{
    QVERIFY(OperationSummary::describe({}).isEmpty());
    QVERIFY(OperationSummary::describe({nullptr}).isEmpty());
}

void TestOperationSummary::frenchSaysItInFrench()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral("mailroom_fr"), QStringLiteral(MAILROOM_QM_DIR)));
    QCoreApplication::installTranslator(&french);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto back = qScopeGuard([&french] {
        QCoreApplication::removeTranslator(&french);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    const DeleteMailbox one(QStringLiteral("test.com"), QStringLiteral("test2"));
    const DeleteMailbox two(QStringLiteral("test.com"), QStringLiteral("test3"));
    const DeleteContact contact(QStringLiteral("test.com"), QStringLiteral("reception"));
    QCOMPARE(OperationSummary::describe({&one, &two, &contact}),
             QStringLiteral("3 modifications, dont 3 suppressions, sur 2 boîtes aux lettres et 1 contact"));
}

QTEST_GUILESS_MAIN(TestOperationSummary)
#include "tst_operationsummary.moc"
