#pragma once

#include "core/drafts/draft.h"
#include "core/net/apijob.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>
#include <set>

class Journal;
class OperationSender;

/// Applies a draft's operations to the provider, resumably:
/// - at most `parallel` requests at once; operations on the same object keep their order;
/// - before an operation is first sent, the objects it changes are compared with what the
///   draft expects (OperationSender::findConflict), and a difference (deleted, quota changed
///   by someone else...) is a conflict the resolver decides on: apply anyway, skip, or stop;
/// - every outcome goes to the Journal first, so a killed run resumes without applying
///   anything twice: done, refused and skipped entries are not sent again, and an entry
///   whose outcome is unknown (started, no answer recorded) is checked against the server;
/// - stops at the first refusal unless told to continue.
/// Secrets: those typed while drafting are read from the keychain under Draft::secretKey();
/// generated passwords are kept there, or by the PasswordKeeper, before sending (so a resumed
/// run reuses them), never sent when neither can keep them, and reported once, including
/// those of operations a resumed run finds applied. The provider's own part (sending, what "conflict" and "applied" mean) is an
/// OperationSender's.
class DraftApplier final : public QObject
{
    Q_OBJECT

public:
    enum class EntryStatus { Pending, Checking, Running, Done, Refused, Skipped, Failed };
    Q_ENUM(EntryStatus)
    enum class ConflictChoice { ApplyAnyway, Skip, Stop };

    /// The most requests in flight: QNetworkAccessManager opens at most six connections to
    /// one host (a draft's provider), so a seventh would only wait in its queue.
    static constexpr int kMaxParallel = 6;

    struct Options
    {
        int parallel = 4;                ///< requests in flight at most, 1 to kMaxParallel
        bool continueOnError = false;    ///< go on after a refusal or a transport failure
        QSet<QString> only;              ///< entry ids to apply; empty applies all
    };

    struct Outcome
    {
        QString entryId;
        QString description;
        EntryStatus status = EntryStatus::Pending;
        int httpStatus = 0;
        QString message;                 ///< the provider's words, or why it was skipped
    };

    struct GeneratedPassword
    {
        QString address;
        QString password;
    };

    using SecretReader = std::function<void(const QString &key, std::function<void(std::optional<QString>)>)>;
    /// Stores a secret in the keychain and calls `stored` with whether it is kept there.
    using SecretWriter = std::function<void(const QString &key, const QString &secret, std::function<void(bool kept)> stored)>;
    /// Keeps a generated password outside the keychain before its operation is sent
    /// (mailroomctl's owner-only --passwords-out file, written and fsync'ed): true when kept,
    /// else false and *error.
    using PasswordKeeper = std::function<bool(const QString &address, const QString &password, QString *error)>;
    /// Decides a conflict; `what` says what changed (translated).
    using ConflictResolver = std::function<void(const DraftEntry &entry, const QString &what,
                                                std::function<void(ConflictChoice)> choose)>;

    /// `sender` (not owned) must outlive the applier and be for the draft's provider.
    DraftApplier(const Draft &draft, Journal *journal, OperationSender *sender, Options options, QObject *parent = nullptr);

    void setSecrets(SecretReader reader, SecretWriter writer);
    /// A generated password is sent only once it is safe: in the keychain (the writer of
    /// setSecrets()) or with `keeper`. When neither keeps it, its operation is not sent and
    /// the run stops: nobody would ever see that password.
    void setPasswordKeeper(PasswordKeeper keeper) { m_keepPassword = std::move(keeper); }
    /// Without a resolver, a conflict stops the run.
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }

    void start();
    /// Stops starting operations and cancels those in flight (their outcome is then
    /// unknown and will be checked on resume).
    void cancel();

    [[nodiscard]] const QList<Outcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] const QList<GeneratedPassword> &generatedPasswords() const { return m_generated; }
    [[nodiscard]] bool isRunning() const { return m_started && !m_finished; }
    /// True when every selected entry ended done (now or in an earlier run).
    [[nodiscard]] bool allDone() const;
    /// True when a network, TLS or authentication failure stopped the run.
    [[nodiscard]] bool transportFailed() const { return m_transportFailed; }

    static QString statusName(EntryStatus status);
    /// The outcomes as CSV (index, operation, status, HTTP status, message), for the report.
    static QByteArray reportCsv(const QList<Outcome> &outcomes);

Q_SIGNALS:
    void entryChanged(int index);
    void progress(int finished, int total);
    void finished();

private:
    void pump();
    void launch(int index);
    void checkConflict(int index, std::function<void()> proceed);
    /// Asks the provider whether entry `index`, whose outcome is unknown, was applied: done
    /// with `foundApplied` as its message if so, `sendAgain` if not, Failed (outcome still
    /// unknown) if the provider cannot be asked.
    void verifyUnknown(int index, const QString &foundApplied, std::function<void()> sendAgain, const ApiError &refusal = {});
    void reportGenerated(int index);
    /// Records a failure whose outcome is unknown: it stops the run, unless continueOnError
    /// and the failure is not one every later request would meet too (credentials, TLS).
    void failTransport(const ApiError &error);
    void refuse(int index, const ApiError &error, int httpStatus);
    /// Reads the secrets entry `index` lacks; with `generate`, makes and keeps a password to
    /// generate that none of them holds. `then(false)` when it cannot (the entry is done with).
    void withSecrets(int index, std::function<void(bool ok)> then, bool generate = true);
    void readSecrets(int index, QStringList names, std::function<void(bool ok)> then, bool generate);
    /// Keeps a password just made for entry `index` under `key` (keychain, keeper) and calls
    /// `then(true)`, or fails the entry and calls `then(false)` when nothing keeps it.
    void keepGenerated(int index, const QString &key, const QString &password, std::function<void(bool ok)> then);
    /// Records "started" (durable), then queues it for sendReady().
    void send(int index);
    /// Sends what is ready, in draft order, while fewer than `parallel` operations are on the
    /// wire; when the run stops, says of each that it was not sent and un-records it.
    void sendReady();
    /// Sends the operation whose "started" is durable and takes its answer.
    void sendRecorded(int index);
    void complete(int index, EntryStatus status, int httpStatus, const QString &message, bool journal = true);
    void setStatus(int index, EntryStatus status, const QString &message = {});

    const Draft &m_draft;
    Journal *m_journal;
    OperationSender *m_sender;
    Options m_options;
    SecretReader m_readSecret;
    SecretWriter m_writeSecret;
    PasswordKeeper m_keepPassword;
    ConflictResolver m_resolver;

    QList<Outcome> m_outcomes;
    QList<int> m_selected;                    ///< indexes to apply, in draft order
    QSet<QString> m_busyTargets;
    QSet<int> m_resumed;                      ///< entries sent before with an unknown outcome
    QSet<int> m_keptGenerated;                ///< entries whose generated password is kept
    QHash<int, int> m_unknownResends;         ///< sends again after an unknown outcome, by entry
    static constexpr int kMaxUnknownResends = 2;
    QList<GeneratedPassword> m_generated;
    int m_running = 0;                        ///< launched, not complete: at most 2 x parallel
    QSet<int> m_unsent;                       ///< launched, not on the wire yet, not complete
    std::set<int> m_ready;                    ///< of those, checked and "started" durable, in draft order
    QSet<int> m_onWire;                       ///< sent, outcome not decided: at most parallel
    int m_unwritten = 0;                      ///< outcomes the journal has not made durable yet
    bool m_started = false;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_transportFailed = false;
    bool m_journalFailed = false;             ///< an outcome could not be recorded: the run stopped
};
