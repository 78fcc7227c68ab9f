#pragma once

#include <QObject>

class QWidget;

/// mailroom-bench's start-up figure (README, "Benchmarks"): when the environment has
/// MAILROOM_EXIT_AFTER_FIRST_PAINT, the application quits as soon as `window` has painted
/// once, so the time from launch to exit is the time to the first painted window (the quit
/// itself adds the same small cost to Mailroom and to the minimal program it is compared with).
class FirstPaintProbe final : public QObject
{
    Q_OBJECT

public:
    /// Watches `window` when the environment asks for it; does nothing otherwise.
    static void installIfAsked(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *window);

    QWidget *m_window;
    bool m_painted = false;
};
