#include "core/drafts/draftverifier.h"

#include "core/drafts/draft.h"
#include "core/drafts/journal.h"
#include "core/drafts/operationsender.h"

DraftVerifier::DraftVerifier(const Draft &draft, const Journal &journal, OperationSender *sender, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_journal(journal)
    , m_sender(sender)
{
}

QString DraftVerifier::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotDone: return tr("not done");
    case Verdict::Confirmed: return tr("confirmed");
    case Verdict::Differs: return tr("DIFFERS: the journal says done, the provider does not show it");
    case Verdict::Superseded: return tr("changed again later in the draft");
    case Verdict::Unverifiable: return tr("cannot be read back");
    case Verdict::Failed: return tr("could not be checked");
    }
    return {};
}

bool DraftVerifier::allConfirmed() const
{
    return std::none_of(m_results.cbegin(), m_results.cend(),
                        [](const Result &r) { return r.verdict == Verdict::Differs || r.verdict == Verdict::Failed; });
}

void DraftVerifier::start()
{
    m_results = QList<Result>(m_draft.entries.size());
    next(0);
}

void DraftVerifier::next(int index)
{
    if (index >= m_draft.entries.size()) {
        Q_EMIT finished();
        return;
    }
    const DraftEntry &entry = m_draft.entries.at(index);
    Result &result = m_results[index];
    const auto later = std::find_if(m_draft.entries.cbegin() + index + 1, m_draft.entries.cend(), [&](const DraftEntry &e) {
        return e.operation->targetKey() == entry.operation->targetKey() && m_journal.state(e.id) == Journal::State::Done;
    });
    if (m_journal.state(entry.id) != Journal::State::Done) {
        result.verdict = Verdict::NotDone;
    } else if (later != m_draft.entries.cend()) {
        result.verdict = Verdict::Superseded;
    } else if (!m_sender->canReadBack(*entry.operation)) {
        result.verdict = Verdict::Unverifiable;
    } else {
        return m_sender->findApplied(*entry.operation, ApiError(), this, [this, index](const ApiError &error, bool applied) {
            m_results[index] = {error.isError() ? Verdict::Failed : applied ? Verdict::Confirmed : Verdict::Differs, error};
            next(index + 1);
        });
    }
    QMetaObject::invokeMethod(this, [this, index] { next(index + 1); }, Qt::QueuedConnection);
}
