#include "ui/commandpalette.h"

#include "ui/uistyle.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/// The action's own item: the QAction, and what the filter reads.
enum Role { ActionRole = Qt::UserRole + 1, SearchRole };
enum Column { CommandColumn, MenuColumn, KeysColumn, ColumnCount };

} // namespace

CommandPalette::CommandPalette(QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    m_model->setHorizontalHeaderLabels({tr("Command"), tr("Menu"), tr("Keys")});
    for (QAction *top : menus->actions()) {
        if (QMenu *menu = top->menu())
            addMenu(UiStyle::plainActionText(top->text()), menu->actions());
    }
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterRole(SearchRole);
    m_filtered->setFilterKeyColumn(CommandColumn);

    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setAccessibleName(tr("Command"));
    m_filter->setPlaceholderText(tr("Type part of a command's name; Enter takes it"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("paletteList"));
    m_view->setAccessibleName(tr("Commands"));
    m_view->setModel(m_filtered);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFocusPolicy(Qt::NoFocus);   // the filter keeps the focus: typing goes on
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(MenuColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::filter);
    // A click takes it (the list never has the focus: Enter comes through the filter).
    connect(m_view, &QTreeView::clicked, this, &CommandPalette::takeCurrent);

    m_note->setObjectName(QStringLiteral("paletteNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);   // it repeats what was typed
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    resize(640, 440);
    m_filter->setFocus();
    selectFirstEnabled();
}

int CommandPalette::shownCount() const
{
    return m_filtered->rowCount();
}

void CommandPalette::addMenu(const QString &path, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        if (m_listed.contains(action))   // in two menus (Add Account): listed once, at the first
            continue;
        if (QMenu *sub = action->menu()) {
            addMenu(path + QStringLiteral(" \u203a ") + UiStyle::plainActionText(action->text()), sub->actions());
            continue;
        }
        auto *command = new QStandardItem(UiStyle::plainActionText(action->text()));
        command->setData(QVariant::fromValue(static_cast<QObject *>(action)), ActionRole);
        command->setData(QString(UiStyle::plainActionText(action->text()) + QLatin1Char(' ') + path), SearchRole);
        command->setToolTip(action->statusTip());
        auto *menu = new QStandardItem(path);
        auto *keys = new QStandardItem(action->shortcut().toString(QKeySequence::NativeText));
        for (QStandardItem *item : {command, menu, keys}) {
            // What cannot be taken now is listed, greyed, and skipped by the keys.
            item->setFlags(action->isEnabled() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        }
        m_model->appendRow({command, menu, keys});
        m_listed.insert(action);
    }
}

void CommandPalette::filter(const QString &text)
{
    // Each word anywhere, in any order: "quota change" finds Change Quota.
    QString pattern = QStringLiteral("^");
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
    m_filtered->setFilterRegularExpression(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    selectFirstEnabled();
    updateNote();
}

void CommandPalette::updateNote()
{
    const QString typed = m_filter->text().trimmed();
    QString note;
    if (m_filtered->rowCount() == 0 && !typed.isEmpty()) {
        note = tr("No command matches \u201c%1\u201d. Try one word of its name, such as \u201cquota\u201d or \u201cmailbox\u201d.").arg(typed);
    } else if (m_filtered->rowCount() > 0 && !m_view->currentIndex().isValid()) {
        const QModelIndex first = m_filtered->index(0, CommandColumn);
        const QString tip = first.data(Qt::ToolTipRole).toString();
        note = tr("\u201c%1\u201d cannot be taken now. If it acts on a mailbox, a domain or an account, close the palette "
                  "(Esc), select one in the tree or the table, then try again.").arg(first.data().toString());
        if (!tip.isEmpty())
            note += QLatin1Char(' ') + tip;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void CommandPalette::selectFirstEnabled()
{
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex index = m_filtered->index(row, CommandColumn);
        if (index.flags() & Qt::ItemIsEnabled) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
    m_view->setCurrentIndex({});
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_view, event);   // the list moves, over greyed rows
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            takeCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::takeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_taken || !current.isValid() || !(current.flags() & Qt::ItemIsEnabled))
        return;
    m_taken = true;   // once: the palette is closing
    QPointer<QAction> action = qobject_cast<QAction *>(current.siblingAtColumn(CommandColumn).data(ActionRole).value<QObject *>());
    accept();
    // Once the palette is gone: the action may open a dialog of its own.
    QTimer::singleShot(0, parentWidget(), [action] {
        if (action && action->isEnabled())
            action->trigger();
    });
}
