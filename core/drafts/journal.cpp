#include "core/drafts/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

Journal::State stateFromName(const QString &name)
{
    if (name == QLatin1String("started"))
        return Journal::State::Started;
    if (name == QLatin1String("done"))
        return Journal::State::Done;
    if (name == QLatin1String("refused"))
        return Journal::State::Refused;
    if (name == QLatin1String("skipped"))
        return Journal::State::Skipped;
    return Journal::State::None;
}

} // namespace

Journal::Journal(QString path)
    : m_path(std::move(path))
{
}

Journal::~Journal()
{
    if (m_writer) {
        m_writer->quit();
        m_writer->wait();   // a write under way ends; calls still queued are dropped, and
                            // writeWaiting() below writes what they would have
        m_writerContext.reset();
    }
    writeWaiting();   // answers posted to m_home are dropped with it: nobody is waiting now
    if (m_fd >= 0)
        ::close(m_fd);
}

QString Journal::stateName(State state)
{
    switch (state) {
    case State::Started: return QStringLiteral("started");
    case State::Done: return QStringLiteral("done");
    case State::Refused: return QStringLiteral("refused");
    case State::Skipped: return QStringLiteral("skipped");
    case State::None: break;
    }
    return QStringLiteral("none");
}

bool Journal::open(QString *error)
{
    // Never through a link, never anything but a regular file: a symbolic link would have
    // records appended to its target, a FIFO would hang the apply.
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = errno == ELOOP ? QCoreApplication::translate("Journal", "%1 is a symbolic link; a journal must be a regular file").arg(m_path)
                                : QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *error = QCoreApplication::translate("Journal", "%1 is not a regular file; a journal must be one").arg(m_path);
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QByteArray content;
    char buffer[65536];
    for (off_t at = 0;;) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        content.append(buffer, n);
        at += n;
    }
    const Records records = parse(content);
    m_states = records.states;
    m_messages = records.messages;
    const QMutexLocker file(&m_writing);
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
    return true;
}

Journal::Records Journal::parse(const QByteArray &content)
{
    Records records;
    const QList<QByteArray> lines = content.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString entry = o.value(QLatin1String("entry")).toString();
        const QString name = o.value(QLatin1String("state")).toString();
        const State state = stateFromName(name);
        if (!entry.isEmpty() && name == QLatin1String("none")) {
            records.states.remove(entry);   // recorded "started", then found never sent
            records.messages.remove(entry);
            continue;
        }
        if (entry.isEmpty() || state == State::None)
            continue;   // a torn line: the crash happened while writing it
        records.states.insert(entry, state);
        records.messages.insert(entry, o.value(QLatin1String("message")).toString());
    }
    return records;
}

QByteArray Journal::line(const QString &entryId, State state, int httpStatus, const QString &message)
{
    QJsonObject o{{QStringLiteral("entry"), entryId}, {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (httpStatus)
        o.insert(QStringLiteral("status"), httpStatus);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    // A newline first: if the previous run died mid-line, this record still starts clean.
    return '\n' + QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool Journal::append(const QByteArray &bytes) const
{
    if (m_fd < 0)
        return false;
    for (qsizetype at = 0; at < bytes.size();) {
        const ssize_t n = ::write(m_fd, bytes.constData() + at, size_t(bytes.size() - at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        at += n;
    }
    return ::fsync(m_fd) == 0;
}

bool Journal::record(const QString &entryId, State state, int httpStatus, const QString &message)
{
    const QMutexLocker file(&m_writing);
    if (!writeBatch(line(entryId, state, httpStatus, message)))
        return false;
    m_states.insert(entryId, state);
    m_messages.insert(entryId, message);
    return true;
}

void Journal::recordThen(const QString &entryId, State state, int httpStatus, const QString &message, QObject *context,
                         std::function<void(bool)> then)
{
    if (!m_writer) {
        m_writer = std::make_unique<QThread>();
        m_writer->setObjectName(QStringLiteral("journal writer"));
        m_writerContext = std::make_unique<QObject>();
        m_writerContext->moveToThread(m_writer.get());
        m_writer->start();
    }
    {
        const QMutexLocker queue(&m_queue);   // never waits for an fsync: m_writing guards those
        m_waiting.append({line(entryId, state, httpStatus, message), context, std::move(then)});
    }
    m_states.insert(entryId, state);   // in the order asked, whenever the disk answers
    m_messages.insert(entryId, message);
    // The first call to run writes everything waiting by then; the next find less or nothing.
    QMetaObject::invokeMethod(m_writerContext.get(), [this] { writeWaiting(); }, Qt::QueuedConnection);
}

void Journal::writeWaiting()
{
    const QMutexLocker file(&m_writing);
    (void)writeBatch({});
}

bool Journal::writeBatch(const QByteArray &last)
{
    QList<Pending> waiting;
    {
        const QMutexLocker queue(&m_queue);
        waiting.swap(m_waiting);   // asked for first: written first, with the same fsync
    }
    if (waiting.isEmpty() && last.isEmpty())
        return true;
    QByteArray bytes;
    for (const Pending &p : std::as_const(waiting))
        bytes += p.line;
    const bool ok = append(bytes + last);
    if (!waiting.isEmpty())
        answer(std::move(waiting), ok);   // posted before any later batch's answers
    return ok;
}

void Journal::answer(QList<Pending> written, bool ok)
{
    // On the journal's thread, in order; not at all once the journal is gone (m_home with it).
    QMetaObject::invokeMethod(&m_home, [written = std::move(written), ok] {
        for (const Pending &p : written) {
            if (p.context && p.then)
                p.then(ok);
        }
    }, Qt::QueuedConnection);
}
