#include "core/drafts/draftapplier.h"

#include "core/drafts/csv.h"
#include "core/drafts/journal.h"
#include "core/drafts/operationsender.h"
#include "core/net/redaction.h"

DraftApplier::DraftApplier(const Draft &draft, Journal *journal, OperationSender *sender, Options options, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_journal(journal)
    , m_sender(sender)
    , m_options(std::move(options))
{
    m_options.parallel = std::clamp(m_options.parallel, 1, kMaxParallel);
    for (int i = 0; i < draft.entries.size(); ++i) {
        const DraftEntry &entry = draft.entries.at(i);
        m_outcomes.append({entry.id, Redaction::printable(entry.operation->describe(), 500), EntryStatus::Pending, 0, QString()});
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
    m_sender->cancelAll();
    pump();
}

void DraftApplier::setStatus(int index, EntryStatus status, const QString &message)
{
    m_outcomes[index].status = status;
    if (!message.isEmpty())
        m_outcomes[index].message = Redaction::printable(message);   // provider's or journal's words
    Q_EMIT entryChanged(index);
}

void DraftApplier::pump()
{
    if (m_finished)
        return;
    sendReady();
    // The first pending entry of each object, in draft order, while there is room: `parallel`
    // on the wire and as many ahead of them, checked (a check may read from the provider) and
    // recorded "started" (a durable record takes a disk's fsync) while the others are
    // answered, so that a freed connection sends at once; requests leave in draft order. A
    // run stopped then forgets their "started"; one killed finds them "started", and the
    // resume asks the server whether they were applied before sending them.
    QSet<QString> blocked = m_busyTargets;
    for (int index : std::as_const(m_selected)) {
        if (m_stopping || m_running >= 2 * m_options.parallel)
            break;
        if (m_outcomes.at(index).status != EntryStatus::Pending) {
            // Started or finished: it blocks its object only while busy (m_busyTargets).
            continue;
        }
        const QString key = m_draft.entries.at(index).operation->targetKey();
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
    if (m_running == 0 && m_unwritten == 0 && !anyPendingRunnable) {
        // Every operation not applied says so, each on its own line and report row.
        for (int index : std::as_const(m_selected)) {
            if (m_outcomes.at(index).status == EntryStatus::Pending)
                setStatus(index, EntryStatus::Failed, m_journalFailed ? tr("not sent: the journal could not be written, so a later run could not tell what this one did")
                                                                      : tr("not sent: the run stopped before it"));
        }
        m_finished = true;
        Q_EMIT finished();
    }
}

void DraftApplier::launch(int index)
{
    const DraftEntry &entry = m_draft.entries.at(index);
    const QString key = entry.operation->targetKey();
    ++m_running;
    m_unsent.insert(index);
    m_busyTargets.insert(key);
    setStatus(index, EntryStatus::Checking);

    switch (m_journal->state(entry.id)) {
    case Journal::State::Done:
        // A password generated by the interrupted run is in the keychain: report it now.
        if (!entry.operation->generatesPassword())
            return complete(index, EntryStatus::Done, 0, tr("done in an earlier run"), false);
        return readSecrets(index, {QStringLiteral("password")}, [this, index](bool) {
            reportGenerated(index);
            complete(index, EntryStatus::Done, 0, tr("done in an earlier run"), false);
        }, false);
    case Journal::State::Refused:
        return complete(index, EntryStatus::Refused, 0, m_journal->message(entry.id), false);
    case Journal::State::Skipped:
        return complete(index, EntryStatus::Skipped, 0, m_journal->message(entry.id), false);
    case Journal::State::Started:
        // Sent before, outcome unknown: look at the server before sending anything again.
        // Its generated password, if any, was kept before it was sent: read it first, so
        // that an operation found applied reports it.
        m_resumed.insert(index);
        return withSecrets(index, [this, index](bool) {
            verifyUnknown(index, tr("found applied after an interruption"), [this, index] {
                withSecrets(index, [this, index](bool ok) { if (ok) send(index); });
            });
        }, false);
    case Journal::State::None:
        break;
    }
    checkConflict(index, [this, index] {
        withSecrets(index, [this, index](bool ok) { if (ok) send(index); });
    });
}

void DraftApplier::checkConflict(int index, std::function<void()> proceed)
{
    m_sender->findConflict(m_draft, index, this, [this, index, proceed](const ApiError &error, const QString &what) {
        if (error.isError()) {
            failTransport(error);
            return complete(index, EntryStatus::Failed, error.httpStatus(), error.message(), false);
        }
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

void DraftApplier::verifyUnknown(int index, const QString &foundApplied, std::function<void()> sendAgain, const ApiError &refusal)
{
    const Operation &op = *m_draft.entries.at(index).operation;
    m_sender->findApplied(op, refusal, this, [=](const ApiError &error, bool applied) {
        if (error.isError()) {
            // The provider cannot say: nothing is sent, the journal keeps "started".
            failTransport(error);
            return complete(index, EntryStatus::Failed, error.httpStatus(),
                            tr("Its outcome is unknown and could not be checked: %1").arg(error.message()), false);
        }
        if (applied) {
            reportGenerated(index);
            return complete(index, EntryStatus::Done, 0, foundApplied);
        }
        sendAgain();
    });
}

void DraftApplier::failTransport(const ApiError &error)
{
    m_transportFailed = m_transportFailed || error.isTransportOrAuth();
    // Credentials refused, a certificate refused or the user's cancel end the run whatever
    // was asked: every later request would fail the same way.
    const bool fatal = error.kind() == ApiError::Kind::Authentication || error.kind() == ApiError::Kind::Tls
                       || error.kind() == ApiError::Kind::Redirect || error.kind() == ApiError::Kind::Cancelled;
    if (fatal || !m_options.continueOnError)
        m_stopping = true;
}

void DraftApplier::reportGenerated(int index)
{
    const Operation *op = m_draft.entries.at(index).operation.get();
    const QString password = op->secret(QStringLiteral("password"));
    if (op->generatesPassword() && !password.isEmpty())
        m_generated.append({op->passwordOwner(), password});
}

void DraftApplier::withSecrets(int index, std::function<void(bool)> then, bool generate)
{
    const DraftEntry &entry = m_draft.entries.at(index);
    QStringList missing;
    QStringList names = entry.operation->secretNames();
    if (entry.operation->generatesPassword() && !names.contains(QStringLiteral("password")))
        names.append(QStringLiteral("password"));   // the provider makes it (Ikoula's reset-password)
    for (const QString &name : std::as_const(names)) {
        if (entry.operation->secret(name).isEmpty())
            missing.append(name);
    }
    readSecrets(index, missing, std::move(then), generate);
}

void DraftApplier::readSecrets(int index, QStringList names, std::function<void(bool)> then, bool generate)
{
    if (names.isEmpty())
        return then(true);
    const DraftEntry &entry = m_draft.entries.at(index);
    Operation *op = entry.operation.get();
    const QString name = names.takeFirst();
    const QString key = m_draft.secretKey(entry.id, name);
    const bool generated = name == QLatin1String("password") && op->generatesPassword();
    const auto missing = [this, index, then] {
        m_stopping = m_stopping || !m_options.continueOnError;
        complete(index, EntryStatus::Refused, 0,
                 tr("Its password is not in the keychain (it is kept there under the draft's id). Enter it again, or choose \"generate\"."));
        then(false);
    };
    const auto next = [this, index, names, then, generate] { readSecrets(index, names, then, generate); };
    const auto answered = [=](std::optional<QString> secret) {
        if (secret && !secret->isEmpty()) {
            op->setSecret(name, *secret);
            if (generated)
                m_keptGenerated.insert(index);   // kept by the run that made it
            return next();
        }
        if (!generated)
            return generate ? missing() : next();
        if (!generate)
            return next();
        op->prepare();
        const QString made = op->secret(name);
        if (made.isEmpty())
            return next();   // the provider makes it: kept when it answers (see send())
        keepGenerated(index, key, made, [next, then](bool ok) { if (ok) next(); else then(false); });
    };
    if (!m_readSecret)
        return answered(std::nullopt);
    m_readSecret(key, answered);
}

void DraftApplier::keepGenerated(int index, const QString &key, const QString &password, std::function<void(bool)> then)
{
    const QString owner = m_draft.entries.at(index).operation->passwordOwner();
    // The keychain first, then the file: a run killed between the two finds the password in
    // the keychain on resume (and adds its row then); the other way round, the resume would
    // make a second password and leave the file a row that was never sent.
    const auto decide = [=](bool inKeychain) {
        QString fileError;
        const bool inFile = m_keepPassword && m_keepPassword(owner, password, &fileError);
        if (inKeychain || inFile) {
            m_keptGenerated.insert(index);
            return then(true);
        }
        // Sending it would make a mailbox whose password nobody will ever see.
        m_stopping = true;
        complete(index, EntryStatus::Failed, 0,
                 m_keepPassword ? tr("Not sent: its generated password could be kept neither in the keychain nor in the passwords file (%1).").arg(fileError)
                                : tr("Not sent: its generated password could not be kept in the keychain, and nobody would ever see it. "
                                     "Apply it with mailroomctl draft apply --passwords-out FILE."),
                 false);
        then(false);
    };
    if (!m_writeSecret)
        return decide(false);
    m_writeSecret(key, password, decide);
}

void DraftApplier::send(int index)
{
    if (m_stopping)
        return complete(index, EntryStatus::Failed, 0, tr("not sent: the run stopped before it"), false);
    // "Started" is durable before the request leaves, so that a killed run checks the server
    // first; the other requests go on while the disk answers (the journal's writer thread).
    m_journal->recordThen(m_draft.entries.at(index).id, Journal::State::Started, 0, {}, this, [this, index](bool written) {
        if (!written) {
            m_stopping = true;
            return complete(index, EntryStatus::Failed, 0, tr("The journal could not be written; nothing was sent."), false);
        }
        m_ready.insert(index);
        sendReady();
    });
}

void DraftApplier::sendReady()
{
    while (!m_ready.empty()) {
        const int index = *m_ready.begin();
        if (m_stopping) {
            // Never sent by this run or an earlier one: the journal forgets its "started", so
            // that a later run checks it for conflicts as new instead of asking whether it
            // was applied.
            m_ready.erase(m_ready.begin());
            m_unsent.remove(index);
            if (!m_onWire.contains(index) && !m_resumed.contains(index))
                m_journal->recordThen(m_draft.entries.at(index).id, Journal::State::None, 0, {}, this, [](bool) {});
            complete(index, EntryStatus::Failed, 0, tr("not sent: the run stopped before it"), false);
            continue;
        }
        // In draft order: not before an earlier operation still being checked, and a resend
        // (after an unknown outcome) keeps the connection it had.
        const bool resend = m_onWire.contains(index);
        const bool first = std::none_of(m_unsent.cbegin(), m_unsent.cend(), [index](int other) { return other < index; });
        if (!resend && (!first || m_onWire.size() >= m_options.parallel))
            return;
        m_ready.erase(m_ready.begin());
        m_unsent.remove(index);
        m_onWire.insert(index);
        sendRecorded(index);
    }
}

void DraftApplier::sendRecorded(int index)
{
    const bool resumed = m_resumed.contains(index);
    setStatus(index, EntryStatus::Running);
    m_sender->send(*m_draft.entries.at(index).operation, this, [this, index, resumed](const ApiError &error, int httpStatus) {
        if (!error.isError()) {
            const Operation *op = m_draft.entries.at(index).operation.get();
            const DraftEntry &done = m_draft.entries.at(index);
            const QString password = op->secret(QStringLiteral("password"));
            if (op->generatesPassword() && !password.isEmpty() && !m_keptGenerated.contains(index)) {
                // A password the provider made (Ikoula's reset-password): kept as soon as it
                // is known, so that a later resume can still report it.
                QString ignored;
                if (m_keepPassword)
                    m_keepPassword(op->passwordOwner(), password, &ignored);
                if (m_writeSecret) {
                    return m_writeSecret(m_draft.passwordKey(done.id), password, [this, index, httpStatus](bool) {
                        reportGenerated(index);
                        complete(index, EntryStatus::Done, httpStatus, QString());
                    });
                }
            }
            reportGenerated(index);
            return complete(index, EntryStatus::Done, httpStatus, QString());
        }
        const bool unknown = error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout
                             || error.kind() == ApiError::Kind::Server;
        if (unknown && !m_stopping && m_unknownResends.value(index) < kMaxUnknownResends) {
            // The change may have landed: ask the provider, and send again only if it did not.
            m_unknownResends[index] += 1;
            m_resumed.insert(index);
            setStatus(index, EntryStatus::Checking, tr("no answer (%1); checking whether it was applied").arg(error.message().section(QLatin1Char('\n'), 0, 0)));
            return verifyUnknown(index, tr("found applied after the connection dropped"), [this, index] { send(index); });
        }
        if (unknown || error.isTransportOrAuth() || error.kind() == ApiError::Kind::Cancelled) {
            // The outcome is unknown: the journal keeps "started" and a resumed run checks.
            failTransport(error);
            return complete(index, EntryStatus::Failed, error.httpStatus(), error.message(), false);
        }
        if (resumed && m_sender->mayMeanAlreadyApplied(error)) {
            // Perhaps our own earlier send landed: the provider says whether it did.
            return verifyUnknown(index, tr("already applied by an earlier send whose answer was lost"),
                                 [this, index, error, httpStatus] { refuse(index, error, httpStatus); }, error);
        }
        refuse(index, error, httpStatus);
    });
}

void DraftApplier::refuse(int index, const ApiError &error, int httpStatus)
{
    m_stopping = m_stopping || !m_options.continueOnError;
    QString words = error.providerWords();
    if (words.isEmpty())
        words = error.message().section(QLatin1Char('\n'), 0, 0);
    complete(index, EntryStatus::Refused, httpStatus ? httpStatus : error.httpStatus(), words);
}

void DraftApplier::complete(int index, EntryStatus status, int httpStatus, const QString &message, bool journal)
{
    const DraftEntry &entry = m_draft.entries.at(index);
    if (journal) {
        const Journal::State state = status == EntryStatus::Done ? Journal::State::Done
                                     : status == EntryStatus::Refused ? Journal::State::Refused
                                                                      : Journal::State::Skipped;
        // The next operation starts at once; the run finishes only when every outcome is
        // durable. One lost by a kill reads "started", and the resume asks the server.
        ++m_unwritten;
        m_journal->recordThen(entry.id, state, httpStatus, message, this, [this](bool written) {
            --m_unwritten;
            if (!written && !m_stopping) {
                m_stopping = true;   // a resume could not tell what this run did
                m_journalFailed = true;
            }
            pump();
        });
    }
    m_outcomes[index].httpStatus = httpStatus;
    setStatus(index, status, message);
    --m_running;
    // Its connection is free once its outcome is decided (after any check of an unknown one),
    // and a later operation may be the first unsent now.
    m_unsent.remove(index);
    m_onWire.remove(index);
    m_busyTargets.remove(entry.operation->targetKey());
    // Later operations on an object whose operation failed must not run out of order.
    if (status == EntryStatus::Refused || status == EntryStatus::Failed) {
        const QString key = entry.operation->targetKey();
        for (int later : std::as_const(m_selected)) {
            if (later > index && m_outcomes.at(later).status == EntryStatus::Pending
                && m_draft.entries.at(later).operation->targetKey() == key)
                setStatus(later, EntryStatus::Skipped, tr("an earlier operation on the same object did not apply"));
        }
    }
    QMetaObject::invokeMethod(this, &DraftApplier::pump, Qt::QueuedConnection);
}
