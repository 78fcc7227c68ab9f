#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

/// The visible controls under `root` that a screen reader would announce without a name:
/// line edits, spin boxes, combo boxes, item views and buttons whose accessible name (their
/// own, their text, or their form label's, as Qt's accessibility computes it) is empty.
/// Each as "Class objectName" for the failure message.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !w->isVisible())
            continue;
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractButton *>(w);
        if (!control || qobject_cast<QHeaderView *>(w) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;   // a view's header is announced with the view; Qt's own parts are Qt's
        if ((qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            || (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget())))
            continue;   // a spin box's or combo box's own line edit is named by its owner
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()), w->objectName()));
    }
    return unnamed;
}
