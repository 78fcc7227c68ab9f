#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// One line of the audit log: a change, as it was about to be sent or once it answered.
/// Holds no secret: describe() and the target never carry one, and the provider's message
/// is stripped of the operation's secrets before it is written (see AuditedSender).
struct AuditEntry
{
    /// Where the change stands. A change has a Sending line, then (unless the program died
    /// or the machine stopped first) one line with its outcome, both with the same changeId.
    enum class Outcome {
        Sending,   ///< written before the request left: no answer recorded (yet)
        Done,      ///< the provider accepted it
        Refused,   ///< the provider refused it; nothing changed
        Failed,    ///< no usable answer (network, timeout, server error): the outcome is unknown
        Drafted,   ///< added to a draft; nothing sent
    };

    QDateTime time;              ///< UTC
    QString changeId;            ///< links the Sending line to its outcome line
    QString via;                 ///< "Mailroom" (the GUI) or "mailroomctl"
    QString draft;               ///< the draft's id when the change is a draft's entry, else empty
    QString accountName;         ///< the account's display name in Mailroom
    QString accountId;           ///< Mailroom's id of the account (or the provider's, for a draft file)
    QString provider;            ///< "hostway", "ikoula", ...
    QString kind;                ///< Operation::kind(), e.g. "hostway.mailbox.create"
    QString description;         ///< Operation::describe()
    QString target;              ///< Operation::targetKey()
    Outcome outcome = Outcome::Sending;
    int httpStatus = 0;          ///< 0 when no HTTP answer
    QString message;             ///< the provider's words, or what went wrong

    [[nodiscard]] static QString outcomeName(Outcome outcome);
    /// The outcome for people, translated ("Done", "Refused", "Outcome unknown", ...).
    [[nodiscard]] static QString outcomeText(Outcome outcome);
    [[nodiscard]] static bool outcomeFromName(const QString &name, Outcome *outcome);
};

/// The audit log: every change Mailroom and mailroomctl send, live or from a draft, as JSON
/// lines in one file under the data folder (auditFile()), appended and fsync'ed before the
/// request is sent and again once it answered, so a crash at any point leaves a true record.
/// The file is owner-only; past maxBytes it is rotated to "<file>.1" (the oldest beyond
/// `keep` rotated files is deleted). Several processes may append at once (O_APPEND).
class AuditLog
{
public:
    /// The log of this user: <data folder>/audit.jsonl (QStandardPaths::AppDataLocation).
    [[nodiscard]] static QString defaultFile();

    explicit AuditLog(QString file, qint64 maxBytes = 8 * 1024 * 1024, int keep = 3);

    [[nodiscard]] QString file() const { return m_file; }

    /// Appends `entry` and waits until it is on disk. False with *error (a link in its place,
    /// a full disk): the caller decides whether the change may still be sent.
    bool append(const AuditEntry &entry, QString *error);

    /// Every line of the log, oldest first, the rotated files included. Lines that are not an
    /// entry (torn by a crash, edited by hand) are skipped and counted in *skipped.
    [[nodiscard]] QList<AuditEntry> read(int *skipped = nullptr) const;

    /// One entry per change: the last line of each changeId, at the time of its first line,
    /// newest first. A change whose only line is Sending stays Sending (no answer recorded).
    [[nodiscard]] static QList<AuditEntry> changes(const QList<AuditEntry> &lines);

    /// The JSON line of an entry (no trailing newline), and back; false for a line that is not one.
    [[nodiscard]] static QByteArray toLine(const AuditEntry &entry);
    [[nodiscard]] static bool fromLine(const QByteArray &line, AuditEntry *entry);

private:
    void rotateIfFull();

    QString m_file;
    qint64 m_maxBytes;
    int m_keep;
};
