#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class CredentialStore;
class Operation;
struct Account;

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
    /// mailroomctl --draft FILE: adds `operations` to the draft `file` instead of sending them
    /// and finishes with its exit code (CtlDraftFile::append). Returns false, doing nothing,
    /// when `file` is empty: send them.
    bool draftInstead(const QString &file, const Account &account, QList<std::shared_ptr<Operation>> operations,
                      CredentialStore *credentials);

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
