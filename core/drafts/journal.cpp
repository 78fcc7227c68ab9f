#include "core/drafts/journal.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    , m_file(m_path)
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
    if (m_file.exists()) {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = m_file.errorString();
            return false;
        }
        while (!m_file.atEnd()) {
            const QByteArray line = m_file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString entry = o.value(QLatin1String("entry")).toString();
            const State state = stateFromName(o.value(QLatin1String("state")).toString());
            if (entry.isEmpty() || state == State::None)
                continue;   // a torn line: the crash happened while writing it
            m_states.insert(entry, state);
            m_messages.insert(entry, o.value(QLatin1String("message")).toString());
        }
        m_file.close();
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = m_file.errorString();
        return false;
    }
    return true;
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
