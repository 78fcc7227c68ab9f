#include "core/changes/batchrun.h"

#include "core/audit/auditedsender.h"
#include "core/drafts/journal.h"
#include "core/drafts/operationsender.h"

#include <algorithm>

BatchRun::BatchRun(ChangeRoute route, const DraftAccount &account, QList<std::shared_ptr<Operation>> operations, AuditLog *log,
                   QObject *parent)
    : QObject(parent)
    , m_route(std::move(route))
    , m_draft(Draft::create(account))
    , m_log(log)
{
    for (std::shared_ptr<Operation> &operation : operations)
        m_draft.append(std::move(operation));
}

BatchRun::~BatchRun()
{
    if (m_applier)
        m_applier->disconnect(this);
}

ApiError BatchRun::check() const
{
    QList<ApiError::FieldMessage> fields;
    for (const DraftEntry &entry : m_draft.entries) {
        for (const ValidationProblem &p : entry.operation->validate())
            fields.append({p.field, QStringLiteral("%1: %2").arg(entry.operation->describe(), p.message)});
    }
    return fields.isEmpty() ? ApiError() : ApiError::invalid(fields);
}

void BatchRun::start()
{
    if (m_starting || m_applier)
        return;
    m_starting = true;
    if (ApiError problems = check(); problems.isError())
        return fail(std::move(problems));
    if (!m_dir.isValid())
        return fail(ApiError(ApiError::Kind::Setup, tr("No temporary folder for the batch's journal: %1").arg(m_dir.errorString())));
    m_journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("batch.journal")));
    if (QString error; !m_journal->open(&error))
        return fail(ApiError(ApiError::Kind::Setup, error));
    if (!m_route.sender)
        return fail(ApiError(ApiError::Kind::Setup, tr("this account cannot send changes.")));
    m_route.sender(this, [this](std::unique_ptr<OperationSender> inner) {
        if (!inner)
            return fail(ApiError(ApiError::Kind::Cancelled, tr("Nothing was sent: no password was given.")));
        if (m_cancelled)
            return fail(ApiError(ApiError::Kind::Cancelled, tr("Nothing was sent: the batch was cancelled.")));
        m_sender = std::make_unique<AuditedSender>(std::move(inner), m_log, m_route.subject);
        DraftApplier::Options options;
        options.parallel = 4;
        options.continueOnError = true;   // one row's refusal says nothing of the others'
        m_applier = std::make_unique<DraftApplier>(m_draft, m_journal.get(), m_sender.get(), options);
        // Not resumable (the journal goes with the batch): a generated password is as safe in
        // memory as a single live change's, and the batch's window shows it once.
        m_applier->setPasswordKeeper([this](const QString &owner, const QString &password, QString *) {
            m_kept.insert(owner, password);
            return true;
        });
        connect(m_applier.get(), &DraftApplier::finished, this, [this] {
            if (m_applier->transportFailed() && m_route.credentialsRefused) {
                for (const DraftApplier::Outcome &o : m_applier->outcomes()) {
                    if (o.httpStatus == 401) {
                        m_route.credentialsRefused();
                        break;
                    }
                }
            }
            m_finished = true;
            Q_EMIT finished();
        });
        Q_EMIT started();
        m_applier->start();
    });
}

void BatchRun::cancel()
{
    m_cancelled = true;
    if (m_applier && m_applier->isRunning())
        m_applier->cancel();
}

int BatchRun::doneCount() const
{
    if (!m_applier)
        return 0;
    const QList<DraftApplier::Outcome> &outcomes = m_applier->outcomes();
    return static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                          [](const DraftApplier::Outcome &o) { return o.status == DraftApplier::EntryStatus::Done; }));
}

QList<DraftApplier::GeneratedPassword> BatchRun::uncertainPasswords() const
{
    QList<DraftApplier::GeneratedPassword> uncertain;
    if (!m_applier || !m_finished)
        return uncertain;
    for (int i = 0; i < m_draft.entries.size(); ++i) {
        const DraftApplier::EntryStatus status = m_applier->outcomes().at(i).status;
        const QString owner = m_draft.entries.at(i).operation->passwordOwner();
        if (status != DraftApplier::EntryStatus::Done && status != DraftApplier::EntryStatus::Refused && m_kept.contains(owner))
            uncertain.append({owner, m_kept.value(owner)});
    }
    return uncertain;
}

bool BatchRun::isRunning() const
{
    return m_starting && !m_finished;
}

void BatchRun::fail(ApiError error)
{
    m_error = std::move(error);
    m_finished = true;
    Q_EMIT finished();
}
