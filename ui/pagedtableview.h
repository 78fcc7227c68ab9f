#pragma once

#include <QTableView>

/// A table over a model that loads its rows page by page (fetchMore) while the provider says
/// how many there are in all: the scroll bar covers them all, not just the rows loaded, so
/// its thumb says where one is in the whole list. Dragging it past the loaded rows asks for
/// the row there (rowWanted()); the view waits at the last loaded row until it comes, then
/// shows it. Scrolls one row per step (ScrollPerItem).
class PagedTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit PagedTableView(QWidget *parent = nullptr);

    /// How many rows the provider has in all (-1 when unknown: the bar covers the rows loaded).
    void setTotalRows(int total);
    [[nodiscard]] int totalRows() const { return m_total; }

Q_SIGNALS:
    /// The scroll bar was moved to `row`, beyond the rows loaded: load up to it; -1 when it
    /// came back among the rows loaded (stop loading).
    void rowWanted(int row);

protected:
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

private:
    /// Puts the rows at the scroll bar's value at the top, once they are loaded.
    void syncToBar();

    int m_total = -1;
    bool m_adjusting = false;
    bool m_wanting = false;   ///< rowWanted() last asked for a row (not -1)
};
