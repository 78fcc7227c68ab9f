#pragma once

#include "core/changes/changepath.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class AuditLog;
class CredentialStore;
class Operation;
class OperationSender;
struct Account;

/// One mailroomctl command run: start() it, and it emits finished() once with the exit code
/// (0 done, 1 the provider refused, 2 usage error, 3 network, TLS or authentication failure).
class CtlCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Done = 0, Refused = 1, Usage = 2, Transport = 3 };

    explicit CtlCommand(QObject *parent = nullptr);
    ~CtlCommand() override;
    virtual void start() = 0;

    /// The exit code an outcome means: Done for done and drafted, Usage for an invalid
    /// change, Refused for a refusal, Transport for credentials refused, no answer or no
    /// credentials.
    [[nodiscard]] static int exitCodeOf(const ChangeOutcome &outcome);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    /// mailroomctl --draft FILE: adds `operations` to the draft `file` instead of sending them
    /// and finishes with its exit code (CtlDraftFile::append). Returns false, doing nothing,
    /// when `file` is empty: send them.
    bool draftInstead(const QString &file, const Account &account, QList<std::shared_ptr<Operation>> operations,
                      CredentialStore *credentials);

    /// Sends `operations` for `account` through the change path with `sender` (the account's
    /// provider's OperationSender over this command's client), audited as mailroomctl's in
    /// the user's audit log (AuditLog::defaultFile()). `done` gets the outcome.
    void submit(const Account &account, std::unique_ptr<OperationSender> sender, QList<std::shared_ptr<Operation>> operations,
                ChangePath::Finished done);

    /// Prints a change's error (its first line, then each field message) and finishes with
    /// exitCodeOf(outcome).
    void failWith(const ChangeOutcome &outcome);

    /// Emits finished() with `code` the first time only.
    void finish(int code)
    {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished(code);
    }

private:
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<ChangePath> m_changes;
    bool m_finished = false;
};
