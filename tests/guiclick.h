#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QWidget>

/// Waits for the dialog `dialog` (objectName) of `window` to show, then clicks its button
/// `button` (objectName), as a person confirming it. False when it never showed.
inline bool clickWhenShown(QWidget *window, const char *dialog, const char *button)
{
    QWidget *shown = nullptr;
    const bool found = QTest::qWaitFor([&] {
        shown = window->findChild<QWidget *>(QLatin1String(dialog));
        return shown && shown->isVisible();
    }, 10000);
    auto *target = found ? shown->findChild<QAbstractButton *>(QLatin1String(button)) : nullptr;
    if (!target)
        return false;
    QTest::mouseClick(target, Qt::LeftButton);
    return true;
}

/// The visible top-level widget of type `T` named `name` (objectName), within 5 s: a dialog
/// opened with open() by whatever window; null when none showed.
template<typename T>
T *waitForTopLevel(const char *name)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (w->objectName() == QLatin1String(name) && w->isVisible() && (found = qobject_cast<T *>(w)))
                return true;
        }
        return false;
    }, 5000);
    return found;
}
