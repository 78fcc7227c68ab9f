#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

/// The outcome of each draft entry, recorded as it happens in "<draft file>.journal": one
/// JSON object per line, flushed and fsync'ed before the request is sent and again after it
/// answers. A run killed at any point leaves a journal that tells, per entry, whether it is
/// done, refused, skipped, or started with an unknown outcome (to be checked against the
/// server before any retry). A torn last line (a crash while writing) is ignored.
/// recordThen() makes records durable on a writer thread of the journal's own, several with
/// one fsync, so that one request's fsync never holds the others up.
class Journal final
{
public:
    enum class State { None, Started, Done, Refused, Skipped };

    explicit Journal(QString path);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /// The journal's path for a draft file.
    static QString pathFor(const QString &draftPath) { return draftPath + QStringLiteral(".journal"); }

    /// Reads what is recorded and opens for appending, creating it owner-only. A symbolic
    /// link, a FIFO or anything but a regular file is refused. False with *error.
    bool open(QString *error);

    /// The last state recorded for `entryId`.
    [[nodiscard]] State state(const QString &entryId) const { return m_states.value(entryId, State::None); }
    [[nodiscard]] QString message(const QString &entryId) const { return m_messages.value(entryId); }
    /// True when any entry is recorded (a run happened before).
    [[nodiscard]] bool isEmpty() const { return m_states.isEmpty(); }

    /// Appends a record and makes it durable (fsync) before returning, after any record
    /// recordThen() still holds.
    bool record(const QString &entryId, State state, int httpStatus = 0, const QString &message = {});
    /// Appends a record on the writer thread and calls `then(true)` on the journal's thread
    /// once it is durable (fsync'ed with whatever else was waiting), `then(false)` when it
    /// could not be written; not at all once `context` is gone. state() says it at once.
    /// Records keep the order of the calls, record()'s included. The destructor writes what
    /// is still waiting.
    void recordThen(const QString &entryId, State state, int httpStatus, const QString &message, QObject *context,
                    std::function<void(bool)> then);

    static QString stateName(State state);

    /// What a journal's text records: the last state and message of each entry. Lines that
    /// are not a record (torn, foreign) are skipped.
    struct Records
    {
        QHash<QString, State> states;
        QHash<QString, QString> messages;
    };
    static Records parse(const QByteArray &content);

private:
    /// A record waiting for the writer, and whom to tell.
    struct Pending
    {
        QByteArray line;
        QPointer<QObject> context;
        std::function<void(bool)> then;
    };
    [[nodiscard]] static QByteArray line(const QString &entryId, State state, int httpStatus, const QString &message);
    /// Writes every waiting record with one fsync and posts their answers.
    void writeWaiting();
    /// Under m_writing: writes every waiting record, then `last`, with one fsync, and posts
    /// the waiting ones' answers. True when written (or nothing to write).
    [[nodiscard]] bool writeBatch(const QByteArray &last);
    /// Posts to the journal's thread the answers of `written`, written or not (`ok`).
    void answer(QList<Pending> written, bool ok);
    /// Writes `bytes` at the end of the file and fsyncs it. False on any failure.
    [[nodiscard]] bool append(const QByteArray &bytes) const;

    QString m_path;
    int m_fd = -1;
    QHash<QString, State> m_states;      ///< read and changed on the journal's thread only, as asked
    QHash<QString, QString> m_messages;
    QMutex m_writing;                    ///< the file: one batch written and fsync'ed at a time, in order
    QMutex m_queue;                      ///< m_waiting (taken inside m_writing, never the other way)
    QList<Pending> m_waiting;
    std::unique_ptr<QThread> m_writer;   ///< started at the first recordThen()
    std::unique_ptr<QObject> m_writerContext;   ///< lives in m_writer: its queued calls run there
    QObject m_home;                      ///< lives in the journal's thread: the answers run there
};
