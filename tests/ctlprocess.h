#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

/// What a mailroomctl run gave: its exit code and what it wrote.
struct CtlResult
{
    int code = -1;   ///< -1 when it did not start or did not finish within 30 s
    QByteArray out;
    QByteArray err;
};

/// Runs mailroomctl (MAILROOMCTL_PATH) with `arguments`, `input` on standard input (then
/// closed), the environment of this test with MAILROOM_PASSWORD = `password` and settings
/// and data under `config` and `data`. Waits with the event loop running: the sandbox of the
/// test serves from this thread.
inline CtlResult runMailroomctl(const QStringList &arguments, const QByteArray &input, const QString &password,
                                const QString &config, const QString &data)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILROOM_PASSWORD"), password);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(MAILROOMCTL_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
