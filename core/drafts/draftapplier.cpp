#include "core/drafts/draftapplier.h"

#include "core/drafts/csv.h"
#include "core/drafts/journal.h"
#include "core/operations/mailboxoperations.h"
#include "core/providers/hostway/hostwayclient.h"

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

bool isPasswordReuse(const ApiError &error)
{
    const QString message = error.fieldMessage(QStringLiteral("password"));
    return error.httpStatus() == 400 && message.contains(QLatin1String("more than once"), Qt::CaseInsensitive);
}

} // namespace

DraftApplier::DraftApplier(const Draft &draft, Journal *journal, HostwayClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_journal(journal)
    , m_client(client)
    , m_options(std::move(options))
{
    m_options.parallel = std::clamp(m_options.parallel, 1, 32);
    for (int i = 0; i < draft.entries.size(); ++i) {
        const DraftEntry &entry = draft.entries.at(i);
        m_outcomes.append({entry.id, entry.operation->describe(), EntryStatus::Pending, 0, QString()});
        if (m_options.only.isEmpty() || m_options.only.contains(entry.id))
            m_selected.append(i);
    }
}

void DraftApplier::setSecrets(SecretReader reader, SecretWriter writer)
{
    m_readSecret = std::move(reader);
    m_writeSecret = std::move(writer);
}

QString DraftApplier::statusName(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Pending: return tr("pending");
    case EntryStatus::Checking: return tr("checking");
    case EntryStatus::Running: return tr("running");
    case EntryStatus::Done: return tr("done");
    case EntryStatus::Refused: return tr("refused");
    case EntryStatus::Skipped: return tr("skipped");
    case EntryStatus::Failed: return tr("not applied");
    }
    return {};
}

bool DraftApplier::allDone() const
{
    return std::all_of(m_selected.cbegin(), m_selected.cend(), [this](int i) { return m_outcomes.at(i).status == EntryStatus::Done; });
}

QByteArray DraftApplier::reportCsv(const QList<Outcome> &outcomes)
{
    QList<QStringList> rows{{QStringLiteral("index"), QStringLiteral("operation"), QStringLiteral("status"),
                             QStringLiteral("http_status"), QStringLiteral("message")}};
    for (int i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes.at(i);
        rows.append({QString::number(i + 1), o.description, statusName(o.status),
                     o.httpStatus ? QString::number(o.httpStatus) : QString(), o.message});
    }
    return Csv::write(rows);
}

void DraftApplier::start()
{
    m_started = true;
    pump();
}

void DraftApplier::cancel()
{
    m_stopping = true;
    const auto jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    pump();
}

void DraftApplier::setStatus(int index, EntryStatus status, const QString &message)
{
    m_outcomes[index].status = status;
    if (!message.isEmpty())
        m_outcomes[index].message = message;
    Q_EMIT entryChanged(index);
}

void DraftApplier::pump()
{
    if (m_finished)
        return;
    // The first pending entry of each object, in draft order, while there is room.
    QSet<QString> blocked = m_busyTargets;
    for (int index : std::as_const(m_selected)) {
        if (m_stopping || m_running >= m_options.parallel)
            break;
        const QString key = m_draft.entries.at(index).operation->targetKey();
        const EntryStatus status = m_outcomes.at(index).status;
        if (status != EntryStatus::Pending) {
            continue;
        }
        if (blocked.contains(key)) {
            continue;   // an earlier operation on this object is not finished
        }
        blocked.insert(key);
        launch(index);
    }
    const int total = static_cast<int>(m_selected.size());
    const int finishedCount = static_cast<int>(std::count_if(m_selected.cbegin(), m_selected.cend(), [this](int i) {
        const EntryStatus s = m_outcomes.at(i).status;
        return s == EntryStatus::Done || s == EntryStatus::Refused || s == EntryStatus::Skipped || s == EntryStatus::Failed;
    }));
    Q_EMIT progress(finishedCount, total);
    const bool anyPendingRunnable = !m_stopping && std::any_of(m_selected.cbegin(), m_selected.cend(), [this](int i) {
        return m_outcomes.at(i).status == EntryStatus::Pending;
    });
    if (m_running == 0 && !anyPendingRunnable) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void DraftApplier::launch(int index)
{
    const DraftEntry &entry = m_draft.entries.at(index);
    const QString key = entry.operation->targetKey();
    ++m_running;
    m_busyTargets.insert(key);
    setStatus(index, EntryStatus::Checking);

    switch (m_journal->state(entry.id)) {
    case Journal::State::Done: {
        // A password generated by the interrupted run is in the keychain: report it now.
        const auto *create = dynamic_cast<const CreateMailbox *>(entry.operation.get());
        if (!create || create->passwordSource() != PasswordSource::Generate || !m_readSecret)
            return complete(index, EntryStatus::Done, 0, tr("done in an earlier run"), false);
        const QString address = create->name() + QLatin1Char('@') + create->domain();
        return m_readSecret(m_draft.passwordKey(entry.id), [this, index, address](std::optional<QString> secret) {
            if (secret && !secret->isEmpty())
                m_generated.append({address, *secret});
            complete(index, EntryStatus::Done, 0, tr("done in an earlier run"), false);
        });
    }
    case Journal::State::Refused:
        return complete(index, EntryStatus::Refused, 0, m_journal->message(entry.id), false);
    case Journal::State::Skipped:
        return complete(index, EntryStatus::Skipped, 0, m_journal->message(entry.id), false);
    case Journal::State::Started:
        // Sent before, outcome unknown: look at the server before sending anything again.
        m_checkedTargets.insert(key);
        m_resumed.insert(index);
        return verifyUnknown(index, [this, index](bool done) {
            if (done)
                complete(index, EntryStatus::Done, 0, tr("found applied after an interruption"));
            else
                withSecrets(index, [this, index](bool ok) { if (ok) send(index); });
        });
    case Journal::State::None:
        break;
    }
    checkConflict(index, [this, index] {
        withSecrets(index, [this, index](bool ok) { if (ok) send(index); });
    });
}

void DraftApplier::fetchMailboxState(const QString &domain, const QString &name,
                                     std::function<void(const ApiError &, bool, int, bool)> done)
{
    m_client->fetchMailbox(domain, name, this, [done = std::move(done)](const ApiError &error, const Hostway::Mailbox &m) {
        if (error.kind() == ApiError::Kind::NotFound)
            return done(ApiError(), false, 0, false);
        done(error, !error.isError(), m.quotaMb, m.master);
    });
}

void DraftApplier::checkConflict(int index, std::function<void()> proceed)
{
    const DraftEntry &entry = m_draft.entries.at(index);
    const QString key = entry.operation->targetKey();
    const auto target = targetOf(entry.operation.get());
    const bool first = !m_checkedTargets.contains(key);
    m_checkedTargets.insert(key);
    if (!target || !first || !m_draft.snapshots.contains(target->domain))
        return proceed();
    const SnapshotMailbox *before = m_draft.snapshots.value(target->domain).find(target->name);
    const bool creating = dynamic_cast<const CreateMailbox *>(entry.operation.get()) != nullptr;
    if (!creating && !before)
        return proceed();   // created earlier in this draft: nothing to compare with
    const int expectedQuota = before ? before->quotaMb : 0;
    const bool expectedMaster = before ? before->master : false;
    fetchMailboxState(target->domain, target->name, [=](const ApiError &error, bool exists, int quota, bool master) {
        if (error.isError()) {
            m_transportFailed = error.isTransportOrAuth();
            m_stopping = true;
            return complete(index, EntryStatus::Failed, error.httpStatus(), error.message(), false);
        }
        QString what;
        if (creating && exists)
            what = tr("%1 exists now, though it did not when the draft was made.").arg(target->name);
        else if (!creating && !exists)
            what = tr("%1 was deleted since the draft was made.").arg(target->name);
        else if (!creating && (quota != expectedQuota || master != expectedMaster))
            what = tr("%1 was changed since the draft was made (quota %2 MB, now %3 MB).").arg(target->name).arg(expectedQuota).arg(quota);
        if (what.isEmpty())
            return proceed();
        const auto choose = [this, index, proceed, what](ConflictChoice choice) {
            switch (choice) {
            case ConflictChoice::ApplyAnyway:
                proceed();
                break;
            case ConflictChoice::Skip:
                complete(index, EntryStatus::Skipped, 0, what);
                break;
            case ConflictChoice::Stop:
                m_stopping = true;
                complete(index, EntryStatus::Failed, 0, tr("Stopped on a conflict: %1").arg(what), false);
                break;
            }
        };
        if (m_resolver)
            m_resolver(m_draft.entries.at(index), what, choose);
        else
            choose(ConflictChoice::Stop);
    });
}

void DraftApplier::verifyUnknown(int index, std::function<void(bool)> then)
{
    const Operation *op = m_draft.entries.at(index).operation.get();
    const auto target = targetOf(op);
    if (!target)
        return then(false);
    fetchMailboxState(target->domain, target->name, [=](const ApiError &error, bool exists, int quota, bool master) {
        if (error.isError())
            return then(false);
        if (dynamic_cast<const CreateMailbox *>(op))
            return then(exists);
        if (dynamic_cast<const DeleteMailbox *>(op))
            return then(!exists);
        const auto *update = dynamic_cast<const UpdateMailbox *>(op);
        // A password cannot be read back: such an update is sent again (see send()).
        const bool fieldsMatch = exists && (!update->quotaMb() || *update->quotaMb() == quota)
                                 && (!update->master() || *update->master() == master);
        then(fieldsMatch && !update->setsPassword());
    });
}

void DraftApplier::withSecrets(int index, std::function<void(bool)> then)
{
    const DraftEntry &entry = m_draft.entries.at(index);
    const QString key = m_draft.passwordKey(entry.id);
    auto *create = dynamic_cast<CreateMailbox *>(entry.operation.get());
    auto *update = dynamic_cast<UpdateMailbox *>(entry.operation.get());
    const bool generate = create && create->passwordSource() == PasswordSource::Generate;
    const bool needsStored = (create && create->password().isEmpty()) || (update && update->setsPassword() && update->password().isEmpty());
    if (!needsStored)
        return then(true);
    const auto missing = [this, index] {
        m_stopping = !m_options.continueOnError;
        complete(index, EntryStatus::Refused, 0,
                 tr("Its password is not in the keychain (it is kept there under the draft's id). Enter it again, or choose \"generate\"."));
    };
    if (!m_readSecret) {
        if (!generate)
            return missing();
        create->prepare();
        return then(true);
    }
    m_readSecret(key, [=](std::optional<QString> secret) {
        if (secret && !secret->isEmpty()) {
            if (create)
                create->setPassword(*secret);
            else
                update->setPassword(*secret);
            return then(true);
        }
        if (!generate)
            return missing();
        create->prepare();
        if (!m_writeSecret)
            return then(true);
        m_writeSecret(key, create->password(), [then] { then(true); });   // stored before sending: a resumed run reuses it
    });
}

void DraftApplier::send(int index)
{
    const DraftEntry &entry = m_draft.entries.at(index);
    const bool resumed = m_resumed.contains(index);
    if (!m_journal->record(entry.id, Journal::State::Started)) {
        m_stopping = true;
        return complete(index, EntryStatus::Failed, 0, tr("The journal could not be written; nothing was sent."), false);
    }
    setStatus(index, EntryStatus::Running);
    m_jobs.insert(index, m_client->send(entry.operation->request(m_client->endpoint()), this, [this, index, resumed](ApiJob *job) {
        m_jobs.remove(index);
        const ApiError &error = job->error();
        const DraftEntry &done = m_draft.entries.at(index);
        if (!error.isError()) {
            if (const auto *create = dynamic_cast<const CreateMailbox *>(done.operation.get());
                create && create->passwordSource() == PasswordSource::Generate)
                m_generated.append({create->name() + QLatin1Char('@') + create->domain(), create->password()});
            return complete(index, EntryStatus::Done, job->httpStatus(), QString());
        }
        if (error.isTransportOrAuth() || error.kind() == ApiError::Kind::Cancelled || error.kind() == ApiError::Kind::Server) {
            // The outcome is unknown: the journal keeps "started" and a resumed run checks.
            m_transportFailed = m_transportFailed || error.isTransportOrAuth();
            m_stopping = true;
            return complete(index, EntryStatus::Failed, error.httpStatus(), error.message(), false);
        }
        if (resumed && isPasswordReuse(error))
            return complete(index, EntryStatus::Done, job->httpStatus(), tr("the password was already set by the interrupted run"));
        m_stopping = m_stopping || !m_options.continueOnError;
        QStringList words;
        if (!error.providerMessage().isEmpty())
            words.append(error.providerMessage());
        for (const ApiError::FieldMessage &f : error.fieldMessages())
            words.append(f.field + QStringLiteral(": ") + f.message);
        if (words.isEmpty())
            words.append(error.message().section(QLatin1Char('\n'), 0, 0));
        complete(index, EntryStatus::Refused, error.httpStatus(), words.join(QStringLiteral("; ")));
    }));
}

void DraftApplier::complete(int index, EntryStatus status, int httpStatus, const QString &message, bool journal)
{
    const DraftEntry &entry = m_draft.entries.at(index);
    if (journal) {
        const Journal::State state = status == EntryStatus::Done ? Journal::State::Done
                                     : status == EntryStatus::Refused ? Journal::State::Refused
                                                                      : Journal::State::Skipped;
        m_journal->record(entry.id, state, httpStatus, message);
    }
    m_outcomes[index].httpStatus = httpStatus;
    setStatus(index, status, message);
    --m_running;
    m_busyTargets.remove(entry.operation->targetKey());
    // Later operations on an object whose operation failed must not run out of order.
    if (status == EntryStatus::Refused || status == EntryStatus::Failed) {
        const QString key = entry.operation->targetKey();
        for (int later : std::as_const(m_selected)) {
            if (later > index && m_outcomes.at(later).status == EntryStatus::Pending
                && m_draft.entries.at(later).operation->targetKey() == key)
                setStatus(later, EntryStatus::Skipped, tr("an earlier operation on the same mailbox did not apply"));
        }
    }
    QMetaObject::invokeMethod(this, &DraftApplier::pump, Qt::QueuedConnection);
}
