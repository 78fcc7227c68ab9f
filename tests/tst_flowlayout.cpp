// FlowLayout, the row of buttons that wraps: one row when the width allows, more rows when
// it does not, never narrower than its widest button, hidden buttons taking no place.
#include "ui/flowlayout.h"

#include <QPushButton>
#include <QTest>
#include <QWidget>

class TestFlowLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowWhenWideEnough();
    void wrapsWhenNarrow();
    void hiddenButtonsTakeNoPlace();

private:
    /// A widget with six buttons of growing text in a FlowLayout of 6 px spacing, no margins.
    struct Row
    {
        Row()
        {
            layout = new FlowLayout(&widget);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->setSpacing(6);
            for (const char *text : {"New", "Edit", "Change Password", "Reset Password", "Delete", "Add to List"}) {
                buttons.append(new QPushButton(QLatin1String(text), &widget));
                layout->addWidget(buttons.constLast());
            }
        }
        /// Lays the row out `width` px wide, as tall as it asks; the distinct tops of the buttons shown.
        QList<int> rowsAt(int width)
        {
            widget.resize(width, layout->heightForWidth(width));
            layout->setGeometry(QRect(0, 0, width, layout->heightForWidth(width)));
            QList<int> tops;
            for (QPushButton *b : buttons) {
                if (!b->isHidden() && !tops.contains(b->geometry().top()))
                    tops.append(b->geometry().top());
            }
            return tops;
        }
        int oneRowWidth() const { return layout->sizeHint().width(); }

        QWidget widget;
        FlowLayout *layout = nullptr;
        QList<QPushButton *> buttons;
    };
};

void TestFlowLayout::oneRowWhenWideEnough()
{
    // GIVEN six buttons WHEN the row is as wide as they are side by side
    Row row;
    const int width = row.oneRowWidth();
    int sum = 0;
    for (QPushButton *b : row.buttons)
        sum += b->sizeHint().width();
    QCOMPARE(width, sum + 5 * 6);
    // THEN they stand on one row, left to right, in their order, 6 px apart
    QCOMPARE(row.rowsAt(width).size(), 1);
    for (qsizetype i = 1; i < row.buttons.size(); ++i)
        QCOMPARE(row.buttons.at(i)->geometry().left(), row.buttons.at(i - 1)->geometry().right() + 1 + 6);
    QCOMPARE(row.layout->heightForWidth(width), row.buttons.first()->sizeHint().height());
}

void TestFlowLayout::wrapsWhenNarrow()
{
    // GIVEN six buttons WHEN the row has a little less than they need THEN the last goes below
    Row row;
    const int width = row.oneRowWidth();
    QCOMPARE(row.rowsAt(width - 1).size(), 2);
    QCOMPARE(row.buttons.last()->geometry().left(), 0);
    QVERIFY(row.layout->heightForWidth(width - 1) > row.layout->heightForWidth(width));
    // AND at the widest button's width, each has a row of its own, inside the width
    int widest = 0;
    for (QPushButton *b : row.buttons)
        widest = std::max(widest, b->sizeHint().width());
    QCOMPARE(row.layout->minimumSize().width(), widest);
    QCOMPARE(row.rowsAt(widest).size(), 6);
    for (QPushButton *b : row.buttons)
        QVERIFY(b->geometry().right() < widest);
}

void TestFlowLayout::hiddenButtonsTakeNoPlace()
{
    // GIVEN six buttons, two of them hidden
    Row row;
    const int before = row.oneRowWidth();
    row.buttons.at(1)->hide();
    row.buttons.at(4)->hide();
    // THEN the row is narrower by their widths and spacing, and the others close up
    QCOMPARE(row.oneRowWidth(), before - row.buttons.at(1)->sizeHint().width() - row.buttons.at(4)->sizeHint().width() - 2 * 6);
    QCOMPARE(row.rowsAt(row.oneRowWidth()).size(), 1);
    QCOMPARE(row.buttons.at(2)->geometry().left(), row.buttons.at(0)->geometry().right() + 1 + 6);
}

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
