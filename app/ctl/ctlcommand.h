#pragma once

#include <QObject>

/// One mailroomctl command run: start() it, and it emits finished() once with the exit code
/// (0 done, 1 the provider refused, 2 usage error, 3 network, TLS or authentication failure).
class CtlCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Done = 0, Refused = 1, Usage = 2, Transport = 3 };

    using QObject::QObject;
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    /// Emits finished() with `code` the first time only.
    void finish(int code)
    {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished(code);
    }

private:
    bool m_finished = false;
};
