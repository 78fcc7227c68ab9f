// SearchResultsModel: hits streaming into groups under a live QAbstractItemModelTester, and
// the keyboard's steps over the rows that cannot be opened.
#include "models/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

SearchHit hit(const QString &account, const QString &name, SearchHit::Kind kind = SearchHit::Kind::Mailbox)
{
    SearchHit h;
    h.accountId = account;
    h.kind = kind;
    h.name = name;
    h.object = kind == SearchHit::Kind::Mailbox ? name.section(QLatin1Char('@'), 0, 0) : QString();
    return h;
}

/// The model's contents as text: "group: hit, hit | group: ..." (KDE's habit).
QString dump(const QAbstractItemModel &model)
{
    QStringList groups;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        QStringList hits;
        for (int r = 0; r < model.rowCount(group); ++r)
            hits.append(model.index(r, 0, group).data().toString());
        groups.append(group.data().toString() + QStringLiteral(": ") + hits.join(QStringLiteral(", ")));
    }
    return groups.join(QStringLiteral(" | "));
}

} // namespace

class TestSearchResultsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void hitsStreamIntoTheirGroups();
    void keyboardStepsOverNotes();
    void notesCannotBeSelected();
    void groupsKeepTheAccountsOrder();
    void clearEmptiesEverything();

private:
    std::unique_ptr<SearchResultsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSearchResultsModel::init()
{
    m_tester.reset();
    m_model = std::make_unique<SearchResultsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                                          m_model.get());
}

void TestSearchResultsModel::hitsStreamIntoTheirGroups()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->add(QStringLiteral("a"), QStringLiteral("Hostway"), {hit(QStringLiteral("a"), QStringLiteral("john.smith@test.com"))});
    m_model->add(QStringLiteral("b"), QStringLiteral("Ikoula"), {hit(QStringLiteral("b"), QStringLiteral("p.morel@cabinet-morel.fr"))});
    m_model->add(QStringLiteral("a"), QStringLiteral("Hostway"),
                 {hit(QStringLiteral("a"), QStringLiteral("jack.smith@test.com")),
                  hit(QStringLiteral("a"), QStringLiteral("3 more in big.example"), SearchHit::Kind::More)});
    m_model->add(QStringLiteral("c"), QStringLiteral("Empty"), {});
    QCOMPARE(dump(*m_model), QStringLiteral("Hostway (2): john.smith@test.com, jack.smith@test.com, 3 more in big.example"
                                            " | Ikoula (1): p.morel@cabinet-morel.fr"));
    QCOMPARE(changed.size(), 1);   // the first group's count
    QCOMPARE(m_model->openableCount(), 3);
    const QModelIndex jack = m_model->index(1, 0, m_model->index(0, 0));
    QCOMPARE(m_model->hit(jack)->object, QStringLiteral("jack.smith"));
    QCOMPARE(jack.siblingAtColumn(SearchResultsModel::KindColumn).data().toString(), QStringLiteral("Mailbox"));
    QCOMPARE(m_model->headerData(SearchResultsModel::KindColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));
    QCOMPARE(jack.data(SearchResultsModel::AccountIdRole).toString(), QStringLiteral("a"));
    QVERIFY(!m_model->hit(m_model->index(0, 0)));   // a group is no hit
}

void TestSearchResultsModel::keyboardStepsOverNotes()
{
    m_model->add(QStringLiteral("a"), QStringLiteral("A"),
                 {hit(QStringLiteral("a"), QStringLiteral("one@x")), hit(QStringLiteral("a"), QStringLiteral("cannot"), SearchHit::Kind::Problem)});
    m_model->add(QStringLiteral("b"), QStringLiteral("B"), {hit(QStringLiteral("b"), QStringLiteral("two@y"))});
    const QModelIndex first = m_model->nextHit({}, 1);
    QCOMPARE(first.data().toString(), QStringLiteral("one@x"));
    const QModelIndex second = m_model->nextHit(first, 1);
    QCOMPARE(second.data().toString(), QStringLiteral("two@y"));   // over the problem and the group
    QCOMPARE(m_model->nextHit(second, 1), second);                 // stays at the end
    QCOMPARE(m_model->nextHit(second, -1), first);
    QCOMPARE(m_model->nextHit({}, -1), second);                    // Up from the box: the last
    QCOMPARE(m_model->nextHit(second.siblingAtColumn(SearchResultsModel::KindColumn), -1), first);
}

void TestSearchResultsModel::notesCannotBeSelected()
{
    m_model->add(QStringLiteral("a"), QStringLiteral("A"),
                 {hit(QStringLiteral("a"), QStringLiteral("one@x")), hit(QStringLiteral("a"), QStringLiteral("more"), SearchHit::Kind::More)});
    const QModelIndex group = m_model->index(0, 0);
    QVERIFY(m_model->flags(m_model->index(0, 0, group)) & Qt::ItemIsSelectable);
    QVERIFY(!(m_model->flags(m_model->index(1, 0, group)) & Qt::ItemIsSelectable));
    QVERIFY(!(m_model->flags(group) & Qt::ItemIsSelectable));
    QCOMPARE(m_model->index(1, 0, group).data(SearchResultsModel::OpenableRole).toBool(), false);
    QVERIFY(m_model->nextHit({}, 1).isValid());
    m_model->clear();
    QVERIFY(!m_model->nextHit({}, 1).isValid());
}

void TestSearchResultsModel::groupsKeepTheAccountsOrder()
{
    // The third account answers first, the first last: the groups read in the tree's order,
    // and a hit's index taken before stays on that hit.
    m_model->add(QStringLiteral("c"), QStringLiteral("C"), {hit(QStringLiteral("c"), QStringLiteral("three@x"))}, 2);
    const QPersistentModelIndex three = m_model->index(0, 0, m_model->index(0, 0));
    m_model->add(QStringLiteral("a"), QStringLiteral("A"), {hit(QStringLiteral("a"), QStringLiteral("one@x"))}, 0);
    m_model->add(QStringLiteral("b"), QStringLiteral("B"), {hit(QStringLiteral("b"), QStringLiteral("two@x"))}, 1);
    m_model->add(QStringLiteral("a"), QStringLiteral("A"), {hit(QStringLiteral("a"), QStringLiteral("uno@x"))}, 0);
    QCOMPARE(dump(*m_model), QStringLiteral("A (2): one@x, uno@x | B (1): two@x | C (1): three@x"));
    QVERIFY(three.isValid());
    QCOMPARE(three.data().toString(), QStringLiteral("three@x"));
    QCOMPARE(three.parent().row(), 2);
    QCOMPARE(m_model->nextHit(three, -1).data().toString(), QStringLiteral("two@x"));
}

void TestSearchResultsModel::clearEmptiesEverything()
{
    m_model->add(QStringLiteral("a"), QStringLiteral("A"), {hit(QStringLiteral("a"), QStringLiteral("one@x"))});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->openableCount(), 0);
}

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
