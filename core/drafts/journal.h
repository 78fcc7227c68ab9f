#pragma once

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QString>

/// The outcome of each draft entry, recorded as it happens in "<draft file>.journal": one
/// JSON object per line, flushed and fsync'ed before the request is sent and again after it
/// answers. A run killed at any point leaves a journal that tells, per entry, whether it is
/// done, refused, skipped, or started with an unknown outcome (to be checked against the
/// server before any retry). A torn last line (a crash while writing) is ignored.
class Journal
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

    /// Appends a record and makes it durable (fsync) before returning.
    bool record(const QString &entryId, State state, int httpStatus = 0, const QString &message = {});

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
    QString m_path;
    QFile m_file;
    QHash<QString, State> m_states;
    QHash<QString, QString> m_messages;
};
