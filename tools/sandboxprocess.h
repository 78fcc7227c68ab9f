#pragma once

#include <QProcess>
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
