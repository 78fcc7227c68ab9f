// The yardstick of mailroom-bench's start-up figure: the least a Qt Widgets program does to
// paint a window (a main window with a menu bar, a toolbar, a tree and a status bar, as
// Mailroom's first screen has), quitting after its first paint like Mailroom under
// MAILROOM_EXIT_AFTER_FIRST_PAINT.
#include "ui/firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    window.addToolBar(QStringLiteral("Main"))->addAction(QStringLiteral("Add"));
    window.setCentralWidget(new QTreeWidget(&window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1200, 720);
    FirstPaintProbe::installIfAsked(&window);
    window.show();
    return app.exec();
}
