#pragma once

#include <QDialog>
#include <QSet>

class QAction;
class QLabel;
class QLineEdit;
class QMenuBar;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

/// The command palette (Ctrl+Shift+P): every action of the window's menus by name, with its
/// menu and its keys, filtered as you type (each word anywhere, any case). Up and Down choose
/// while the filter keeps the focus, Enter takes the action on the window's current selection
/// (the palette closes first), Esc closes. Actions that cannot be taken now are listed greyed;
/// when only such match, or none, a note under the list says so and what to do.
class CommandPalette final : public QDialog
{
    Q_OBJECT

public:
    /// Lists the actions of `menus` (their submenus included); `parent` is the window.
    CommandPalette(QMenuBar *menus, QWidget *parent);

    /// The number of actions listed now (after the filter), for tests.
    [[nodiscard]] int shownCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addMenu(const QString &path, const QList<QAction *> &actions);
    void filter(const QString &text);
    void takeCurrent();
    void selectFirstEnabled();
    /// The note under the list: why nothing can be taken, when nothing can.
    void updateNote();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_note;
    QSet<QAction *> m_listed;
    bool m_taken = false;
};
