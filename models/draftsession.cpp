#include "models/draftsession.h"

#include <QDir>
#include <QUuid>
#include <QUndoCommand>

/// One undoable edit of the entry list.
class DraftSession::Edit final : public QUndoCommand
{
public:
    enum class Kind { Insert, Remove, Move };

    Edit(DraftSession *session, Kind kind, int from, int to, DraftEntry entry)
        : m_session(session), m_kind(kind), m_from(from), m_to(to), m_entry(std::move(entry))
    {
        setText(m_entry.operation ? m_entry.operation->describe() : QString());
    }

    void redo() override
    {
        switch (m_kind) {
        case Kind::Insert: m_session->insertAt(m_to, m_entry); break;
        case Kind::Remove: m_entry = m_session->takeAt(m_from); break;
        case Kind::Move: m_session->insertAt(m_to, m_session->takeAt(m_from)); break;
        }
        m_session->changed();
    }

    void undo() override
    {
        switch (m_kind) {
        case Kind::Insert: m_session->takeAt(m_to); break;
        case Kind::Remove: m_session->insertAt(m_from, m_entry); break;
        case Kind::Move: m_session->insertAt(m_from, m_session->takeAt(m_to)); break;
        }
        m_session->changed();
    }

private:
    DraftSession *m_session;
    Kind m_kind;
    int m_from;
    int m_to;
    DraftEntry m_entry;
};

DraftSession::DraftSession(const DraftAccount &account, const QString &folder, QObject *parent)
    : DraftSession(Draft::create(account), QString(), parent)
{
    QDir().mkpath(folder);
    m_path = QDir(folder).filePath(m_draft.id + QStringLiteral(".mailroom-draft"));
}

DraftSession::DraftSession(Draft draft, QString path, QObject *parent)
    : QObject(parent)
    , m_draft(std::move(draft))
    , m_path(std::move(path))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1000);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        QString error;
        save(&error);
    });
}

DraftSession::~DraftSession()
{
    if (m_autosave.isActive()) {
        QString error;
        save(&error);
    }
}

QString DraftSession::append(std::shared_ptr<Operation> operation)
{
    DraftEntry entry{QUuid::createUuid().toString(QUuid::WithoutBraces), std::move(operation)};
    const QString id = entry.id;
    m_undo.push(new Edit(this, Edit::Kind::Insert, -1, static_cast<int>(m_draft.entries.size()), entry));
    return id;
}

void DraftSession::remove(int index)
{
    if (index < 0 || index >= m_draft.entries.size())
        return;
    m_undo.push(new Edit(this, Edit::Kind::Remove, index, -1, m_draft.entries.at(index)));
}

void DraftSession::move(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_draft.entries.size() || to >= m_draft.entries.size())
        return;
    m_undo.push(new Edit(this, Edit::Kind::Move, from, to, m_draft.entries.at(from)));
}

void DraftSession::setSnapshot(const QString &domain, const DomainSnapshot &snapshot)
{
    m_draft.snapshots.insert(domain, snapshot);
    m_autosave.start();
}

void DraftSession::insertAt(int index, const DraftEntry &entry)
{
    m_draft.entries.insert(index, entry);
}

DraftEntry DraftSession::takeAt(int index)
{
    return m_draft.entries.takeAt(index);
}

void DraftSession::changed()
{
    m_draft.modified = QDateTime::currentDateTimeUtc();
    m_autosave.start();
    Q_EMIT entriesChanged();
}

bool DraftSession::save(QString *error)
{
    m_autosave.stop();
    if (!m_draft.save(m_path, error)) {
        m_saveError = *error;
        return false;
    }
    m_saveError.clear();
    Q_EMIT saved();
    return true;
}
