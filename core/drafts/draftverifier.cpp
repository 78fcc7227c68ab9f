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

void DraftVerifier::start()
{
    m_results = QList<Result>(m_draft.entries.size());
    m_lastDone.clear();
    for (int i = 0; i < m_draft.entries.size(); ++i) {
        const DraftEntry &entry = m_draft.entries.at(i);
        if (m_journal.state(entry.id) == Journal::State::Done)
            m_lastDone.insert(entry.operation->targetKey(), i);
    }
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
    if (m_journal.state(entry.id) != Journal::State::Done) {
        result.verdict = Verdict::NotDone;
    } else if (m_lastDone.value(entry.operation->targetKey()) != index) {
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
