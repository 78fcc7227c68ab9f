// UiStyle's helpers for several rows: the names a question shows (all of a few, the first six
// of many and how many more) and the rows selected, top first whatever order they were
// selected in.
#include "ui/uistyle.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

class TestUiStyle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesInBrief_data();
    void namesInBrief();
    void selectedRowsTopFirst();
};

void TestUiStyle::namesInBrief_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << 1 << QStringLiteral("n1");
    QTest::newRow("eight, all named") << 8 << QStringLiteral("n1, n2, n3, n4, n5, n6, n7, n8");
    // No translator: the source's own words, "(s)" and all.
    QTest::newRow("nine: six and three more") << 9 << QStringLiteral("n1, n2, n3, n4, n5, n6 and 3 more");
    QTest::newRow("a thousand") << 1000 << QStringLiteral("n1, n2, n3, n4, n5, n6 and 994 more");
}

void TestUiStyle::namesInBrief()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names.append(QStringLiteral("n%1").arg(i));
    QCOMPARE(UiStyle::namesInBrief(names), expected);
}

void TestUiStyle::selectedRowsTopFirst()
{
    // GIVEN a table of five rows WHEN rows 3, 0 and 2 are selected in that order
    QStandardItemModel model(5, 2);
    for (int row = 0; row < 5; ++row)
        model.setItem(row, 1, new QStandardItem(QStringLiteral("r%1").arg(row)));
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (int row : {3, 0, 2})
        view.selectionModel()->select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // THEN they come top first, in the column asked for
    const QList<QModelIndex> rows = UiStyle::selectedRows(&view, 1);
    QStringList texts;
    for (const QModelIndex &index : rows)
        texts.append(index.data().toString());
    QCOMPARE(texts, (QStringList{QStringLiteral("r0"), QStringLiteral("r2"), QStringLiteral("r3")}));
}

QTEST_MAIN(TestUiStyle)
#include "tst_uistyle.moc"
