#include "core/drafts/journal.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

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

Journal::~Journal() = default;

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
    if (!m_file.open(fd, QIODevice::WriteOnly | QIODevice::Append, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = m_file.errorString();
        return false;
    }
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
        const State state = stateFromName(o.value(QLatin1String("state")).toString());
        if (entry.isEmpty() || state == State::None)
            continue;   // a torn line: the crash happened while writing it
        records.states.insert(entry, state);
        records.messages.insert(entry, o.value(QLatin1String("message")).toString());
    }
    return records;
}

bool Journal::record(const QString &entryId, State state, int httpStatus, const QString &message)
{
    QJsonObject o{{QStringLiteral("entry"), entryId}, {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (httpStatus)
        o.insert(QStringLiteral("status"), httpStatus);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    // A newline first: if the previous run died mid-line, this record still starts clean.
    const QByteArray line = '\n' + QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush() || ::fsync(m_file.handle()) != 0)
        return false;
    m_states.insert(entryId, state);
    m_messages.insert(entryId, message);
    return true;
}
