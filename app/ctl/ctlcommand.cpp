#include "app/ctl/ctlcommand.h"

#include "app/ctl/ctloutput.h"
#include "core/accounts/account.h"
#include "core/audit/auditlog.h"
#include "core/drafts/operationsender.h"

CtlCommand::CtlCommand(QObject *parent)
    : QObject(parent)
    , m_auditLog(std::make_unique<AuditLog>(AuditLog::defaultFile()))
    , m_changes(std::make_unique<ChangePath>(m_auditLog.get()))
{
}

CtlCommand::~CtlCommand() = default;

int CtlCommand::exitCodeOf(const ChangeOutcome &outcome)
{
    switch (outcome.status) {
    case ChangeOutcome::Status::Done:
    case ChangeOutcome::Status::Drafted:
        return Done;
    case ChangeOutcome::Status::Invalid:
        return Usage;
    case ChangeOutcome::Status::Refused:
        return outcome.error.isTransportOrAuth() ? Transport : Refused;
    case ChangeOutcome::Status::Failed:
    case ChangeOutcome::Status::Cancelled:
        break;
    }
    return Transport;
}

void CtlCommand::failWith(const ChangeOutcome &outcome)
{
    CtlOutput::err(outcome.error.message().section(QLatin1Char('\n'), 0, 0));
    for (const ApiError::FieldMessage &f : outcome.error.fieldMessages())
        CtlOutput::err(QStringLiteral("  %1: %2").arg(f.field, f.message));
    finish(exitCodeOf(outcome));
}

void CtlCommand::submit(const Account &account, std::unique_ptr<OperationSender> sender, QList<std::shared_ptr<Operation>> operations,
                        ChangePath::Finished done)
{
    ChangeRoute route;
    const QString name = account.displayName.isEmpty() ? account.userName + QLatin1Char('@') + account.baseUrl.host() : account.displayName;
    route.subject = {QStringLiteral("mailroomctl"), name, account.id.isEmpty() ? account.accountId : account.id, account.provider, {}};
    auto shared = std::make_shared<std::unique_ptr<OperationSender>>(std::move(sender));
    route.sender = [shared](QObject *, std::function<void(std::unique_ptr<OperationSender>)> ready) { ready(std::move(*shared)); };
    m_changes->submitAll(route, std::move(operations), this, std::move(done));
}
