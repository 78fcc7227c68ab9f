#pragma once

#include "core/changes/changepath.h"
#include "core/drafts/draft.h"
#include "core/drafts/draftapplier.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class AuditLog;
class Journal;
class OperationSender;

/// Several changes made at once, one per selected row (a quota for five mailboxes, their
/// passwords reset): sent as one batch through the DraftApplier, so that the rows go out in
/// parallel, each with its own outcome, and the batch can be cancelled. Every row is checked
/// offline before the first is sent; a refused row does not stop the others (a failure every
/// row would meet, such as refused credentials, does). Each send is audited (AuditedSender).
///
/// A batch is made live, not drafted: its journal is a temporary file, so a batch killed
/// midway is not resumed (the audit log says what was sent). A password generated for a row
/// is kept in memory before the row is sent: the applier reports those of the rows done
/// (DraftApplier::generatedPasswords()), uncertainPasswords() those of the rows whose outcome
/// is unknown (cancelled on the wire, no answer), which may be in effect.
class BatchRun final : public QObject
{
    Q_OBJECT

public:
    /// `operations` are for the route's account, `account` (Account::draftAccount()); `log`
    /// may be null (nothing audited).
    BatchRun(ChangeRoute route, const DraftAccount &account, QList<std::shared_ptr<Operation>> operations, AuditLog *log,
             QObject *parent = nullptr);
    ~BatchRun() override;

    /// The offline problems of the rows, each message led by its row's description; none
    /// when every row may be sent.
    [[nodiscard]] ApiError check() const;
    /// Asks the route for its sender, then sends (started(), the applier's signals, then
    /// finished()). Without a sender (the password prompt declined) or a journal, finished()
    /// comes with error() set and nothing sent.
    void start();
    /// Stops starting rows and cancels those in flight (their outcome is then unknown).
    void cancel();

    /// The rows, in the order given (the applier's outcomes follow it).
    [[nodiscard]] const Draft &rows() const { return m_draft; }
    /// The run, from started() on; null before.
    [[nodiscard]] DraftApplier *applier() const { return m_applier.get(); }
    /// Why nothing was sent, or empty.
    [[nodiscard]] const ApiError &error() const { return m_error; }
    /// The passwords generated for rows that did not end done nor refused: sent perhaps, so
    /// perhaps in effect. Empty while running.
    [[nodiscard]] QList<DraftApplier::GeneratedPassword> uncertainPasswords() const;
    /// How many rows the provider accepted.
    [[nodiscard]] int doneCount() const;
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void started();
    void finished();

private:
    void fail(ApiError error);

    ChangeRoute m_route;
    Draft m_draft;
    AuditLog *m_log;
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<OperationSender> m_sender;
    std::unique_ptr<DraftApplier> m_applier;
    QHash<QString, QString> m_kept;   ///< generated passwords by their owner's address
    ApiError m_error;
    bool m_starting = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
