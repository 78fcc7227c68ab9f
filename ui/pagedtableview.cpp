#include "ui/pagedtableview.h"

#include <QHeaderView>
#include <QScrollBar>

PagedTableView::PagedTableView(QWidget *parent)
    : QTableView(parent)
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
}

void PagedTableView::setTotalRows(int total)
{
    if (m_total == total)
        return;
    m_total = total;
    updateGeometries();
}

void PagedTableView::updateGeometries()
{
    if (m_adjusting)
        return;   // re-entered (a viewport resize): the outer call finishes the job
    QScrollBar *bar = verticalScrollBar();
    const int value = bar->value();
    // The base sets the range of the rows loaded, which would pull a thumb dragged past them
    // back; the range is widened to the total and the value put back.
    m_adjusting = true;
    QTableView::updateGeometries();
    const int loaded = model() ? model()->rowCount(rootIndex()) : 0;
    if (m_total > loaded)
        bar->setRange(0, qMax(bar->maximum(), m_total - bar->pageStep()));
    bar->setValue(value);
    m_adjusting = false;
    syncToBar();
}

void PagedTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (dy != 0 && !m_adjusting)
        syncToBar();
}

void PagedTableView::syncToBar()
{
    const int loaded = model() ? model()->rowCount(rootIndex()) : 0;
    const int row = verticalScrollBar()->value();
    const int visible = qMax(1, verticalScrollBar()->pageStep());
    if (loaded > 0 && row < loaded && verticalHeader()->offset() != verticalHeader()->sectionPosition(row)) {
        // The header stays where it was when the bar moved past the rows loaded: catch up.
        verticalHeader()->setOffsetToSectionPosition(qMin(row, loaded - 1));
        viewport()->update();
    }
    if (m_total > loaded && row + visible > loaded) {
        m_wanting = true;
        Q_EMIT rowWanted(qMin(row + visible, m_total - 1));
    } else if (m_wanting) {
        m_wanting = false;
        Q_EMIT rowWanted(-1);
    }
}
