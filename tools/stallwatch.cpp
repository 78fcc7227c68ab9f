#include "tools/stallwatch.h"

#include <algorithm>
#include <ctime>

namespace {

/// This thread's CPU time so far, in ns.
qint64 threadCpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

StallWatch::StallWatch()
{
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
}

void StallWatch::start()
{
    m_longest = {};
    m_clock.start();
    m_last = 0;
    m_lastCpu = threadCpuNs();
    m_timer.start();
}

StallWatch::Longest StallWatch::stop()
{
    tick();
    m_timer.stop();
    return m_longest;
}

void StallWatch::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    if (now - m_last > m_longest.wallNs) {
        m_longest.wallNs = now - m_last;
        m_longest.wallWorkNs = cpu - m_lastCpu;
    }
    m_longest.workNs = std::max(m_longest.workNs, cpu - m_lastCpu);
    m_last = now;
    m_lastCpu = cpu;
}
