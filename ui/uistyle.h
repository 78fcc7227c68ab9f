#pragma once

#include <QList>
#include <QModelIndex>
#include <QString>
#include <QStringList>

#include <functional>

class ApiError;
class QAbstractItemView;
class QKeySequence;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QWidget;

/// The few looks Mailroom's widgets share, kept in one place.
namespace UiStyle {

/// Makes `label` a bold heading, `scale` times the normal text size.
void setHeading(QLabel *label, double scale);
/// Shows `label`'s text in the error colour when `error`, in the normal colour otherwise.
void setError(QLabel *label, bool error = true);
/// Shows a refusal or failure in `label`, in the error colour: `words` when the change has
/// its own (Operation's explainRefusal), else the error's message and then each field's.
void showRefusal(QLabel *label, const ApiError &error, const QStringList &words = {});
/// Shows `text` in a page's status line, in the error colour when `error`; hides the line
/// when `text` is empty so it leaves no gap.
void setStatus(QLabel *label, const QString &text, bool error = false);
/// The looks of Mailroom's object tables: whole rows selected one at a time, alternating
/// row colours, no row numbers, the last column stretched; Tab leaves the table (the arrow
/// keys move between rows).
void setUpTable(QTableView *view);
/// Down or Page Down in `filter` moves into `view`'s results, on the first row when none is
/// current: a search typed, then the result reached, from the keyboard.
void leadIntoResults(QLineEdit *filter, QAbstractItemView *view);
/// Gives `button` the key `keys` while `view` has the focus, and puts it in `view`'s
/// context menu (ActionsContextMenu): the same action from the mouse and the keyboard.
void addTableAction(QTableView *view, QPushButton *button, const QKeySequence &keys);
/// Lays `content` out as the whole of `page`, inside a frameless scroll area: a tall form
/// scrolls rather than making the window taller than a 700 px screen.
void setScrollingContent(QWidget *page, QWidget *content);
/// A tab of `tabs` chosen by its Alt+letter takes the focus to its page's first field (the
/// page's focus proxy): Alt+W, then type.
void focusPageOnMnemonic(QTabWidget *tabs);
/// An action's text as a list shows it: without its mnemonic marks ("&&" is a literal "&")
/// or its ellipsis.
[[nodiscard]] QString plainActionText(const QString &text);
/// Makes the row of `view` whose `column` reads `text` (any case) current, scrolls to it and
/// gives `view` the focus: now when the row is there, else once its model shows it (the page
/// is still loading). A later call for the same view replaces an earlier one still waiting;
/// the wait ends after 30 seconds. For Search Everywhere's Enter.
void revealRow(QAbstractItemView *view, int column, const QString &text);
/// Ctrl+F anywhere in `page` moves to `filter` with its text selected.
void addFindShortcut(QWidget *page, QLineEdit *filter);
/// Asks before something that cannot be undone: a warning naming the object (`text`), what
/// it means (`consequence`), Cancel as the default, and `action` on a destructive button.
/// `onConfirm` runs only when that button is pressed. Non-blocking (open()). With `rows`
/// (several objects at once), the first of them are named after `text` and all of them are
/// under Show Details.
void confirmDestructive(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                        const QString &consequence, const QString &action, std::function<void()> onConfirm,
                        const QStringList &rows = {});
/// Asks once before the same change to several rows (`rows`, their names): a question
/// (`text`) naming the first of them, all under Show Details, what it means (`consequence`),
/// Cancel as the default and `action` on the button that goes ahead, `objectName` + "Button".
/// `onConfirm` runs only when that button is pressed. Non-blocking (open()).
void confirmRows(QWidget *parent, const QString &objectName, const QString &title, const QString &text, const QStringList &rows,
                 const QString &consequence, const QString &action, std::function<void()> onConfirm);
/// Shows where the keyboard is: in `window`'s lists, tables and trees, the selection of a
/// view without the focus is drawn a lighter shade of the highlight (the palette's Inactive
/// group), that of the view with the focus in the full highlight. The tree's current account
/// then stays visible but no longer looks like where the arrow keys go.
void showFocusInSelection(QWidget *window);
/// The rows selected in `view`, as indexes of its model in `column`, top row first (the
/// selection model keeps them in the order they were selected).
[[nodiscard]] QList<QModelIndex> selectedRows(const QAbstractItemView *view, int column = 0);
/// Several rows named in a question: all of them when they are few, else the first six and
/// how many more ("a, b, c, d, e, f and 4 more").
[[nodiscard]] QString namesInBrief(const QStringList &names);
/// Says why something was not done: a warning over `parent` showing `text` as plain text,
/// non-blocking (open()), deleted when closed.
void warn(QWidget *parent, const QString &objectName, const QString &title, const QString &text);

} // namespace UiStyle
