#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

/// A row of widgets (a page's buttons) that wraps onto further rows when the page is too
/// narrow for one, left to right, each at its size hint: six buttons in French need no
/// more width than the widest of them, so a narrow window keeps its tree readable.
/// Spacing between items and rows is the layout's spacing(), else the style's.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    [[nodiscard]] int count() const override { return static_cast<int>(m_items.size()); }
    [[nodiscard]] QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    [[nodiscard]] Qt::Orientations expandingDirections() const override { return {}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize minimumSize() const override;
    [[nodiscard]] QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); the height used.
    int arrange(const QRect &rect, bool apply) const;
    [[nodiscard]] int gap(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
};
