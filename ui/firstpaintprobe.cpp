#include "ui/firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintProbe::FirstPaintProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void FirstPaintProbe::installIfAsked(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("MAILROOM_EXIT_AFTER_FIRST_PAINT"))
        return;
    QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(window));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The first paint of the window or of any widget in it: the frame is being drawn.
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);   // after this paint is done
    }
    return QObject::eventFilter(watched, event);
}
