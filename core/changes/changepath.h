#pragma once

#include "core/audit/auditedsender.h"
#include "core/net/apierror.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <memory>

class AuditLog;
class Operation;
class OperationSender;
class QObject;

/// Where one account's changes go: its sender, and its open draft while drafting. Made by the
/// GUI (over SessionManager) and by mailroomctl (over its own clients), per account.
struct ChangeRoute
{
    /// Gives the account's sender, with credentials; nullptr when none can be had (the user
    /// declined the password prompt, a setup problem reported already).
    using SenderSource = std::function<void(QObject *context, std::function<void(std::unique_ptr<OperationSender>)> ready)>;
    /// Adds a validated operation to the open draft; an error when the draft refuses it (a
    /// draft of another account, an apply in progress).
    using Drafter = std::function<ApiError(std::shared_ptr<Operation> operation)>;

    AuditSubject subject;
    SenderSource sender;
    /// Set while changes are drafted instead of sent (Draft Mode, `--draft FILE`).
    Drafter drafter;
    /// Told when the provider refused the account's credentials (the GUI forgets the password).
    std::function<void()> credentialsRefused;
};

/// What became of a change given to ChangePath::submit().
struct ChangeOutcome
{
    enum class Status {
        Done,        ///< sent and accepted
        Drafted,     ///< added to the draft; nothing sent
        Invalid,     ///< failed its offline checks; nothing sent
        Refused,     ///< the provider refused it; nothing changed
        Failed,      ///< no usable answer: the outcome is unknown
        Cancelled,   ///< no credentials given; nothing sent
    };

    Status status = Status::Done;
    /// Invalid and Refused: the messages, per field where the provider or the checks named
    /// one (ApiError::fieldMessage()); Failed: what went wrong and what to do next.
    ApiError error;
    int httpStatus = 0;
    /// How many of the operations submitted were sent and accepted (the first ones, in order).
    int accepted = 0;

    /// True for Done and Drafted.
    [[nodiscard]] bool ok() const { return status == Status::Done || status == Status::Drafted; }
};

/// The one path of every change, from every dialog and every mailroomctl command, for every
/// provider: validate the operation (problems per field), then add it to the open draft or
/// prepare it and send it through the provider's OperationSender (the same senders the draft
/// applier uses) wrapped in an AuditedSender, then report the outcome. No widgets: the GUI
/// and the CLI show the outcome their own way.
class ChangePath final
{
    Q_DECLARE_TR_FUNCTIONS(ChangePath)

public:
    using Finished = std::function<void(const ChangeOutcome &outcome)>;

    /// `log` may be null (nothing is audited; tests of other parts).
    explicit ChangePath(AuditLog *log) : m_log(log) {}

    /// Validates, drafts or sends `operation` for the route's account, then calls `done`
    /// (not after `context` is destroyed). `operation` is prepared before it is sent, so a
    /// generated password is in its secret("password") when `done` is called.
    void submit(const ChangeRoute &route, std::shared_ptr<Operation> operation, QObject *context, Finished done) const;

    /// Several operations that belong together (Ikoula's edit of a mailbox, ICE's settings)
    /// in order. All are validated before the first is drafted or sent; sending stops at the
    /// first that is not done. `done` gets that one's outcome, or the last one's.
    void submitAll(const ChangeRoute &route, QList<std::shared_ptr<Operation>> operations, QObject *context, Finished done) const;

    /// The problems of `operation` as an ApiError::invalid(), or none.
    [[nodiscard]] static ApiError check(const Operation &operation);

    [[nodiscard]] AuditLog *log() const { return m_log; }

private:
    AuditLog *m_log;
};
