#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QUrl>

/// mailroom-sandbox in a process of its own, as a provider runs on a machine of its own: its
/// work is not charged to the measured thread, nor its memory to the measured process.
/// Started by the constructor with `arguments` (e.g. --data demo,huge=100000 --delay-ms 50)
/// and --port 0; stopped (SIGTERM) by the destructor.
class SandboxProcess final
{
public:
    explicit SandboxProcess(const QStringList &arguments);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Its base URL (http://127.0.0.1:PORT), empty when it did not start within 60 s.
    [[nodiscard]] QUrl base() const { return m_base; }

private:
    QProcess m_process;
    QUrl m_base;
};

/// The longest the thread's event loop went without turning while watched: a 1 ms timer ticks
/// whenever the loop is free, and the longest gap between two ticks is the longest the thread
/// was held, plus at most the 1 ms itself (a frame is 16 ms). A 0 ms timer would keep the
/// thread busy, and its lost time slices would count as held. The thread's own CPU time in
/// each gap tells its work from the time the machine gave to other processes (on 2 cores,
/// the sandbox's). Nested loops (QEventLoop::exec) tick too.
class StallWatch final
{
public:
    /// What was seen, in ns: the longest gap, and the most CPU time the thread spent in one.
    struct Longest
    {
        qint64 wallNs = 0;
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
