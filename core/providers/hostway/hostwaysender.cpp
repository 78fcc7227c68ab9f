#include "core/providers/hostway/hostwaysender.h"

#include "core/drafts/draft.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxoperations.h"

namespace {

/// The mailbox an operation targets, whatever its kind.
struct Target
{
    QString domain;
    QString name;
};

std::optional<Target> targetOf(const Operation *op)
{
    if (const auto *c = dynamic_cast<const CreateMailbox *>(op))
        return Target{c->domain(), c->name()};
    if (const auto *u = dynamic_cast<const UpdateMailbox *>(op))
        return Target{u->domain(), u->name()};
    if (const auto *d = dynamic_cast<const DeleteMailbox *>(op))
        return Target{d->domain(), d->name()};
    return std::nullopt;
}

/// Current state of a mailbox: exists, quota MB, master.
using MailboxState = std::function<void(const ApiError &, bool exists, int quotaMb, bool master)>;

void fetchMailboxState(HostwayClient *client, const Target &target, QObject *context, MailboxState done)
{
    client->fetchMailbox(target.domain, target.name, context, [done = std::move(done)](const ApiError &error, const Hostway::Mailbox &m) {
        if (error.kind() == ApiError::Kind::NotFound)
            return done(ApiError(), false, 0, false);
        done(error, !error.isError(), m.quotaMb, m.master);
    });
}

} // namespace

HostwaySender::HostwaySender(HostwayClient *client)
    : m_client(client)
{
}

void HostwaySender::send(Operation &operation, QObject *context, Sent done)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(m_client->send(operation.request(m_client->endpoint()), context, [done = std::move(done)](ApiJob *job) {
        done(job->error(), job->httpStatus());
    }));
}

void HostwaySender::findConflict(const Draft &draft, int index, QObject *context, Compared done)
{
    const Operation &operation = *draft.entries.at(index).operation;
    const auto target = targetOf(&operation);
    if (!target || !draft.snapshots.contains(target->domain))
        return done(ApiError(), QString());
    for (int i = 0; i < index; ++i) {
        if (draft.entries.at(i).operation->targetKey() == operation.targetKey())
            return done(ApiError(), QString());   // changed earlier in this draft
    }
    const SnapshotMailbox *before = draft.snapshots.value(target->domain).find(target->name);
    const bool creating = dynamic_cast<const CreateMailbox *>(&operation) != nullptr;
    if (!creating && !before)
        return done(ApiError(), QString());   // created earlier in this draft: nothing to compare with
    const int expectedQuota = before ? before->quotaMb : 0;
    const bool expectedMaster = before ? before->master : false;
    const QString name = target->name;
    fetchMailboxState(m_client, *target, context, [=](const ApiError &error, bool exists, int quota, bool master) {
        if (error.isError())
            return done(error, QString());
        if (creating && exists)
            return done(error, tr("%1 exists now, though it did not when the draft was made.").arg(name));
        if (!creating && !exists)
            return done(error, tr("%1 was deleted since the draft was made.").arg(name));
        if (!creating && (quota != expectedQuota || master != expectedMaster))
            return done(error, tr("%1 was changed since the draft was made (quota %2 MB, now %3 MB).").arg(name).arg(expectedQuota).arg(quota));
        done(error, QString());
    });
}

void HostwaySender::findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done)
{
    const auto target = targetOf(&operation);
    if (!target)
        return done(ApiError(), false);
    const Operation *op = &operation;
    // Hostway refuses a password it already has: the earlier send set it.
    const bool passwordRepeated = mayMeanAlreadyApplied(refusal);
    fetchMailboxState(m_client, *target, context, [=](const ApiError &error, bool exists, int quota, bool master) {
        if (error.isError())
            return done(error, false);
        if (dynamic_cast<const CreateMailbox *>(op))
            return done(ApiError(), exists);
        if (dynamic_cast<const DeleteMailbox *>(op))
            return done(ApiError(), !exists);
        const auto *update = dynamic_cast<const UpdateMailbox *>(op);
        // A password cannot be read back: such an update is sent again, and its refusal as a
        // repeated password is what says the earlier send set it.
        const bool fieldsMatch = exists && (!update->quotaMb() || *update->quotaMb() == quota)
                                 && (!update->master() || *update->master() == master);
        done(ApiError(), fieldsMatch && (!update->setsPassword() || passwordRepeated));
    });
}

bool HostwaySender::mayMeanAlreadyApplied(const ApiError &error) const
{
    const QString message = error.fieldMessage(QStringLiteral("password"));
    return error.httpStatus() == 400 && message.contains(QLatin1String("more than once"), Qt::CaseInsensitive);
}

void HostwaySender::cancelAll()
{
    const auto jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

bool HostwaySender::canReadBack(const Operation &operation) const
{
    const auto *update = dynamic_cast<const UpdateMailbox *>(&operation);
    return targetOf(&operation) && !(update && update->setsPassword());
}
