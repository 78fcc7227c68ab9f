#pragma once

#include <QAbstractButton>
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
