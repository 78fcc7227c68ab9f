#pragma once

#include <QElapsedTimer>
#include <QTimer>

/// The longest the thread's event loop went without turning while watched: a 1 ms timer ticks
/// whenever the loop is free, and the longest gap between two ticks is the longest the thread
/// was held, plus at most the 1 ms itself (a frame is 16 ms). A 0 ms timer would keep the
/// thread busy, and its lost time slices would count as held. The thread's own CPU time in
/// each gap tells its work from the time the machine gave to other processes (on 2 cores,
/// the sandbox's). Nested loops (QEventLoop::exec) tick too.
class StallWatch final
{
public:
    /// What was seen, in ns: the longest gap and the thread's CPU time in that gap, and the
    /// most CPU time the thread spent in any one gap.
    struct Longest
    {
        qint64 wallNs = 0;
        qint64 wallWorkNs = 0;
        qint64 workNs = 0;
    };

    StallWatch();
    /// Starts watching from now, forgetting what was seen before.
    void start();
    /// Stops watching; returns the longest gaps seen.
    Longest stop();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    Longest m_longest;
};
