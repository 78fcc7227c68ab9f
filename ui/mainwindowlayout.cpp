// MainWindow's size and layout: the first run's, fitted to the screen, and the one saved and
// restored between runs.
#include "ui/mainwindow.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

#include <algorithm>

void MainWindow::restoreLayout()
{
    // First run: 1200x760, or maximised where that does not fit (a 1024x700 or 1366x768
    // screen, frame and panels included); a saved geometry wins.
    const QSize preferred(1200, 760);
    const QScreen *display = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize available = display ? display->availableGeometry().size() : preferred;
    resize(preferred.boundedTo(available));
    if (available.width() < preferred.width() + 40 || available.height() < preferred.height() + 60)
        setWindowState(windowState() | Qt::WindowMaximized);
    if (m_settings) {
        restoreGeometry(m_settings->value(QStringLiteral("ui/geometry")).toByteArray());
        restoreState(m_settings->value(QStringLiteral("ui/state")).toByteArray());
        if (m_splitter->restoreState(m_settings->value(QStringLiteral("ui/splitter")).toByteArray()))
            return;
    }
    // Once the window has its real width: the tree and the details keep readable widths and
    // the table takes the rest (set before, QSplitter would scale the tree down to nothing).
    QTimer::singleShot(0, this, [this] {
        const int width = m_splitter->width();
        const int side = std::min(250, width / 4);
        // The mailbox's tabs want room: 340 px from a 1200 px window up, 290 at 1024.
        const int details = std::min(340, width * 2 / 7);
        m_splitter->setSizes({side, width - side - details, details});
    });
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setValue(QStringLiteral("ui/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("ui/state"), saveState());
    m_settings->setValue(QStringLiteral("ui/splitter"), m_splitter->saveState());
}
