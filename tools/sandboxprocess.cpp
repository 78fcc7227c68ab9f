#include "tools/sandboxprocess.h"

#include <QDeadlineTimer>

SandboxProcess::SandboxProcess(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(MAILROOM_SANDBOX_PATH), arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
    // It prints "listening on http://127.0.0.1:PORT" once its data is made and it listens.
    const QDeadlineTimer deadline(60'000);
    QByteArray printed;
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        if (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;   // silent to the end, or its output closed
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
