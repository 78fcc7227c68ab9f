#include "core/changes/changepath.h"

#include "core/operations/operation.h"

namespace {

ChangeOutcome outcome(ChangeOutcome::Status status, ApiError error = {}, int httpStatus = 0)
{
    ChangeOutcome o;
    o.status = status;
    o.error = std::move(error);
    o.httpStatus = httpStatus;
    return o;
}

ChangeOutcome::Status statusOf(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return ChangeOutcome::Status::Cancelled;
    switch (AuditedSender::outcomeOf(error)) {
    case AuditEntry::Outcome::Done: return ChangeOutcome::Status::Done;
    case AuditEntry::Outcome::Refused: return ChangeOutcome::Status::Refused;
    default: break;
    }
    return ChangeOutcome::Status::Failed;
}

/// Sends `operations` one after the other through `sender`, stopping at the first not done.
void sendNext(ChangeRoute route, std::shared_ptr<OperationSender> sender, QList<std::shared_ptr<Operation>> operations,
              QPointer<QObject> context, ChangePath::Finished done, ChangeOutcome last)
{
    if (operations.isEmpty() || !context)
        return context ? done(last) : void();
    std::shared_ptr<Operation> operation = operations.takeFirst();
    operation->prepare();
    Operation &sent = *operation;
    sender->send(sent, context, [=, operation = std::move(operation)](const ApiError &error, int httpStatus) mutable {
        if (error.kind() == ApiError::Kind::Authentication && route.credentialsRefused)
            route.credentialsRefused();
        ChangeOutcome result = outcome(statusOf(error), error, httpStatus ? httpStatus : error.httpStatus());
        result.accepted = last.accepted + (result.status == ChangeOutcome::Status::Done ? 1 : 0);
        if (result.status != ChangeOutcome::Status::Done || !context)
            return context ? done(result) : void();
        sendNext(std::move(route), std::move(sender), std::move(operations), context, std::move(done), result);
    });
}

} // namespace

ApiError ChangePath::check(const Operation &operation)
{
    const QList<ValidationProblem> problems = operation.validate();
    if (problems.isEmpty())
        return {};
    QList<ApiError::FieldMessage> fields;
    for (const ValidationProblem &p : problems)
        fields.append({p.field, p.message});
    return ApiError::invalid(fields);
}

void ChangePath::submit(const ChangeRoute &route, std::shared_ptr<Operation> operation, QObject *context, Finished done) const
{
    submitAll(route, {std::move(operation)}, context, std::move(done));
}

void ChangePath::submitAll(const ChangeRoute &route, QList<std::shared_ptr<Operation>> operations, QObject *context,
                           Finished done) const
{
    for (const std::shared_ptr<Operation> &op : std::as_const(operations)) {
        if (ApiError problems = check(*op); problems.isError())
            return done(outcome(ChangeOutcome::Status::Invalid, std::move(problems)));
    }
    if (route.drafter) {
        for (const std::shared_ptr<Operation> &op : std::as_const(operations)) {
            if (ApiError refused = route.drafter(op); refused.isError())
                return done(outcome(ChangeOutcome::Status::Invalid, std::move(refused)));
            QString ignored;   // a draft is reviewed before it is sent; its apply is audited
            AuditedSender::recordDrafted(m_log, route.subject, *op, &ignored);
        }
        return done(outcome(ChangeOutcome::Status::Drafted));
    }
    if (!route.sender)
        return done(outcome(ChangeOutcome::Status::Invalid, ApiError(ApiError::Kind::Setup, tr("this account cannot send changes."))));
    AuditLog *log = m_log;
    QPointer<QObject> guard(context);
    route.sender(context, [=](std::unique_ptr<OperationSender> inner) {
        if (!guard)
            return;
        if (!inner)
            return done(outcome(ChangeOutcome::Status::Cancelled, ApiError(ApiError::Kind::Cancelled, QString())));
        auto sender = std::make_shared<AuditedSender>(std::move(inner), log, route.subject);
        sendNext(route, std::move(sender), operations, guard, done, outcome(ChangeOutcome::Status::Done));
    });
}
