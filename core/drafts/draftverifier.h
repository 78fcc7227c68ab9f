#pragma once

#include "core/net/apierror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class Draft;
class Journal;
class OperationSender;

/// Reads back from the provider what a draft's journal says was applied (mailroomctl
/// `draft verify`, `draft apply --verify`): a journal is only a file, and a forged or stale
/// "done" line must not be believed. One entry at a time, through the sender's findApplied().
class DraftVerifier final : public QObject
{
    Q_OBJECT

public:
    enum class Verdict {
        NotDone,        ///< the journal does not say done: nothing to verify
        Confirmed,      ///< the provider shows the change
        Differs,        ///< the journal says done, the provider does not show it
        Superseded,     ///< a later operation of the draft changes the same object
        Unverifiable,   ///< the provider cannot be read for it (a password, ICE)
        Failed,         ///< the provider could not be asked; see error
    };
    Q_ENUM(Verdict)

    struct Result
    {
        Verdict verdict = Verdict::NotDone;
        ApiError error;
    };

    /// `draft`, `journal` and `sender` (for the draft's provider) must outlive the verifier.
    DraftVerifier(const Draft &draft, const Journal &journal, OperationSender *sender, QObject *parent = nullptr);

    /// Asks the provider about each entry in turn; finished() follows.
    void start();
    /// One result per draft entry, in draft order (complete once finished()).
    [[nodiscard]] const QList<Result> &results() const { return m_results; }
    /// The verdict in words (translated), for a report.
    [[nodiscard]] static QString verdictName(Verdict verdict);

Q_SIGNALS:
    /// Every entry has its result.
    void finished();

private:
    void next(int index);

    const Draft &m_draft;
    const Journal &m_journal;
    OperationSender *m_sender;
    QList<Result> m_results;
    QHash<QString, int> m_lastDone;   ///< target key -> the last entry done on it
};
