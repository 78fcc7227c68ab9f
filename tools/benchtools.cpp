#include "tools/benchtools.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <ctime>

SandboxProcess::SandboxProcess(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(MAILROOM_SANDBOX_PATH), arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
    // It prints "listening on http://127.0.0.1:PORT" once its data is made and it listens.
    const QDeadlineTimer deadline(60'000);
    QByteArray printed;
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        if (!m_process.canReadLine()) {
            m_process.waitForReadyRead(int(deadline.remainingTime()));
            continue;
        }
        printed = m_process.readLine().trimmed();
        const qsizetype at = printed.indexOf("http://");
        if (at >= 0) {
            m_base = QUrl(QString::fromLatin1(printed.mid(at)));
            return;
        }
    }
}

SandboxProcess::~SandboxProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

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
    m_longest.wallNs = std::max(m_longest.wallNs, now - m_last);
    m_longest.workNs = std::max(m_longest.workNs, cpu - m_lastCpu);
    m_last = now;
    m_lastCpu = cpu;
}
