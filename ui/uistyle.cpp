#include "ui/uistyle.h"

#include "core/net/apierror.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// leadIntoResults()'s filter: the keys that leave a filter field for its results.
class IntoResults final : public QObject
{
public:
    IntoResults(QLineEdit *filter, QAbstractItemView *view) : QObject(filter), m_view(view) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !m_view)
            return QObject::eventFilter(watched, event);
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key != Qt::Key_Down && key != Qt::Key_PageDown) || !m_view->model() || m_view->model()->rowCount() == 0)
            return QObject::eventFilter(watched, event);
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->selectionModel()->hasSelection())
            m_view->selectionModel()->setCurrentIndex(m_view->model()->index(0, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }

private:
    QPointer<QAbstractItemView> m_view;
};

/// focusPageOnMnemonic()'s filter on a tab bar.
class PageOnMnemonic final : public QObject
{
public:
    explicit PageOnMnemonic(QTabWidget *tabs) : QObject(tabs), m_tabs(tabs) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut) {
            // After the tab bar has switched tabs: then the page shown is the one chosen.
            QMetaObject::invokeMethod(this, [this] {
                if (QWidget *page = m_tabs ? m_tabs->currentWidget() : nullptr; page && page->focusProxy())
                    page->setFocus(Qt::ShortcutFocusReason);
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QTabWidget> m_tabs;
};

/// confirmDestructive() and confirmRows(): the question, its rows, Cancel as the default.
void ask(QWidget *parent, QMessageBox::Icon icon, QMessageBox::ButtonRole role, const QString &objectName, const QString &title,
         const QString &text, const QStringList &rows, const QString &consequence, const QString &action, std::function<void()> onConfirm)
{
    auto *box = new QMessageBox(icon, title, rows.isEmpty() ? text : text + QLatin1Char('\n') + UiStyle::namesInBrief(rows),
                                QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);   // names as written, whatever they hold
    box->setInformativeText(consequence);
    if (!rows.isEmpty())
        box->setDetailedText(rows.join(QLatin1Char('\n')));
    QPushButton *confirm = box->addButton(action, role);
    confirm->setObjectName(objectName + QStringLiteral("Button"));
    box->setDefaultButton(QMessageBox::Cancel);   // a stray Return (after Ctrl+A, Del) changes nothing
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [confirm, onConfirm = std::move(onConfirm)](QAbstractButton *button) {
        if (button == confirm)
            onConfirm();
    });
    box->open();
}

} // namespace

namespace UiStyle {

void focusPageOnMnemonic(QTabWidget *tabs)
{
    tabs->tabBar()->installEventFilter(new PageOnMnemonic(tabs));
}


void leadIntoResults(QLineEdit *filter, QAbstractItemView *view)
{
    filter->installEventFilter(new IntoResults(filter, view));
}

void setHeading(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void setError(QLabel *label, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #d93025;") : QString());
}

void showRefusal(QLabel *label, const ApiError &error, const QStringList &words)
{
    QStringList lines = words;
    if (lines.isEmpty()) {
        lines.append(error.message());
        for (const ApiError::FieldMessage &f : error.fieldMessages())
            lines.append(QStringLiteral("%1: %2").arg(f.field, f.message));
    }
    label->setText(lines.join(QLatin1Char('\n')));
    setError(label, true);
    label->show();
}

void setStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    setError(label, error);
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);   // one line a row: a cell too narrow (a drafted row's italics) is elided
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
}

void addTableAction(QTableView *view, QPushButton *button, const QKeySequence &keys)
{
    auto *action = new QAction(button->icon(), button->text(), view);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, button, &QPushButton::click);   // a disabled button does nothing
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
}

QString plainActionText(const QString &text)
{
    QString plain = text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    return plain.replace(QLatin1Char('\x01'), QLatin1Char('&')).remove(QStringLiteral("\u2026"));
}

void revealRow(QAbstractItemView *view, int column, const QString &text)
{
    const QString name = QStringLiteral("rowRevealer");
    delete view->findChild<QObject *>(name, Qt::FindDirectChildrenOnly);   // an earlier wait
    QAbstractItemModel *model = view->model();
    if (!model || text.isEmpty())
        return;
    auto *waiting = new QObject(view);
    waiting->setObjectName(name);
    const auto tryNow = [view, model, column, text, waiting] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, column);
            if (cell.data().toString().compare(text, Qt::CaseInsensitive) != 0)
                continue;
            view->setCurrentIndex(cell.siblingAtColumn(0));
            view->scrollTo(cell);
            view->setFocus(Qt::OtherFocusReason);
            QObject::disconnect(model, nullptr, waiting, nullptr);
            waiting->deleteLater();
            return;
        }
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, waiting, tryNow);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, waiting, tryNow);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, waiting, tryNow);
    QTimer::singleShot(30000, waiting, &QObject::deleteLater);
    tryNow();
}

void addFindShortcut(QWidget *page, QLineEdit *filter)
{
    auto *find = new QAction(page);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(find);
    QObject::connect(find, &QAction::triggered, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
}

void confirmDestructive(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                        const QString &consequence, const QString &action, std::function<void()> onConfirm, const QStringList &rows)
{
    ask(parent, QMessageBox::Warning, QMessageBox::DestructiveRole, objectName, title, text, rows, consequence, action, std::move(onConfirm));
}

void confirmRows(QWidget *parent, const QString &objectName, const QString &title, const QString &text, const QStringList &rows,
                 const QString &consequence, const QString &action, std::function<void()> onConfirm)
{
    ask(parent, QMessageBox::Question, QMessageBox::AcceptRole, objectName, title, text, rows, consequence, action, std::move(onConfirm));
}

void setScrollingContent(QWidget *page, QWidget *content)
{
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void showFocusInSelection(QWidget *window)
{
    // Item views draw their selection from the Inactive group when they lack the focus; most
    // styles make that group's highlight the same as the Active one, so nothing tells them apart.
    QPalette palette = window->palette();
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    constexpr float kShare = 0.3F;   // of the highlight, over the base
    const auto mix = [&](float h, float b) { return b + (h - b) * kShare; };
    const QColor shade = QColor::fromRgbF(mix(highlight.redF(), base.redF()), mix(highlight.greenF(), base.greenF()),
                                          mix(highlight.blueF(), base.blueF()));
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    if (palette.color(QPalette::Inactive, QPalette::Highlight) == shade && palette.color(QPalette::Inactive, QPalette::HighlightedText) == text)
        return;   // as it is already: no palette change (called again on one)
    palette.setColor(QPalette::Inactive, QPalette::Highlight, shade);
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    window->setPalette(palette);
}

QList<QModelIndex> selectedRows(const QAbstractItemView *view, int column)
{
    QModelIndexList rows = view->selectionModel()->selectedRows(column);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QString namesInBrief(const QStringList &names)
{
    constexpr qsizetype kAll = 8;    // up to this many are all named
    constexpr qsizetype kFirst = 6;  // else these first ones, and how many more
    if (names.size() <= kAll)
        return names.join(QStringLiteral(", "));
    // Computed apart: lupdate 6.4 does not read an expression inside translate().
    const int more = static_cast<int>(names.size() - kFirst);
    return QCoreApplication::translate("UiStyle", "%1 and %n more", nullptr, more).arg(names.mid(0, kFirst).join(QStringLiteral(", ")));
}

void warn(QWidget *parent, const QString &objectName, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);   // a provider's words may hold markup: shown as written
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace UiStyle
