#include "core/audit/auditedsender.h"

#include "core/net/redaction.h"
#include "core/operations/operation.h"

#include <QUuid>

namespace {

AuditEntry entryFor(const AuditSubject &subject, const Operation &operation, const QString &changeId)
{
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.changeId = changeId;
    e.via = subject.via;
    e.draft = subject.draft;
    e.accountName = subject.accountName;
    e.accountId = subject.accountId;
    e.provider = subject.provider;
    e.kind = operation.kind();
    e.description = operation.describe();
    e.target = operation.targetKey();
    return e;
}

/// The provider's words (or ours), one line, with every secret of `operation` masked.
QString messageOf(const ApiError &error, const Operation &operation)
{
    QString words = error.providerWords();
    if (words.isEmpty())
        words = error.message().section(QLatin1Char('\n'), 0, 0);
    QString text = Redaction::printable(words, 500);
    const QStringList names = operation.secretNames();
    for (const QString &name : names) {
        const QString secret = operation.secret(name);
        if (!secret.isEmpty())
            text.replace(secret, QString::fromLatin1(Redaction::kMask));
    }
    return text;
}

} // namespace

AuditedSender::AuditedSender(std::unique_ptr<OperationSender> inner, AuditLog *log, AuditSubject subject)
    : m_inner(std::move(inner))
    , m_log(log)
    , m_subject(std::move(subject))
{
}

AuditEntry::Outcome AuditedSender::outcomeOf(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return AuditEntry::Outcome::Done;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Refused:
    case ApiError::Kind::Redirect:   // a change's redirect is never followed: nothing changed
    case ApiError::Kind::Setup:
        return AuditEntry::Outcome::Refused;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Cancelled:
        break;
    }
    return AuditEntry::Outcome::Failed;
}

bool AuditedSender::recordDrafted(AuditLog *log, const AuditSubject &subject, const Operation &operation, QString *error)
{
    if (!log)
        return true;
    AuditEntry e = entryFor(subject, operation, QUuid::createUuid().toString(QUuid::WithoutBraces));
    e.outcome = AuditEntry::Outcome::Drafted;
    return log->append(e, error);
}

void AuditedSender::send(Operation &operation, QObject *context, Sent done)
{
    if (!m_log)
        return m_inner->send(operation, context, std::move(done));
    AuditEntry entry = entryFor(m_subject, operation, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QString error;
    if (!m_log->append(entry, &error)) {
        return done(ApiError(ApiError::Kind::Setup,
                             tr("Not sent: the audit log %1 could not be written (%2). Free some disk space or fix the "
                                "folder's permissions, then try again.").arg(m_log->file(), error)), 0);
    }
    AuditLog *log = m_log;
    m_inner->send(operation, context, [log, entry, &operation, done = std::move(done)](const ApiError &answer, int httpStatus) mutable {
        entry.time = QDateTime::currentDateTimeUtc();
        entry.outcome = outcomeOf(answer);
        entry.httpStatus = httpStatus ? httpStatus : answer.httpStatus();
        entry.message = answer.isError() ? messageOf(answer, operation) : QString();
        QString ignored;   // the change was sent: its answer is reported whatever the log says
        log->append(entry, &ignored);
        done(answer, httpStatus);
    });
}

void AuditedSender::findConflict(const Draft &draft, int index, QObject *context, Compared done)
{
    m_inner->findConflict(draft, index, context, std::move(done));
}

void AuditedSender::findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done)
{
    m_inner->findApplied(operation, refusal, context, std::move(done));
}

bool AuditedSender::canReadBack(const Operation &operation) const
{
    return m_inner->canReadBack(operation);
}

bool AuditedSender::mayMeanAlreadyApplied(const ApiError &error) const
{
    return m_inner->mayMeanAlreadyApplied(error);
}

void AuditedSender::cancelAll()
{
    m_inner->cancelAll();
}
