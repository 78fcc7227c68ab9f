#pragma once

#include "core/drafts/draft.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

/// The draft being edited in the GUI: the Draft, the file it is autosaved to (a second after
/// each change, atomically), and an undo stack of its edits (append, remove, move).
class DraftSession final : public QObject
{
    Q_OBJECT

public:
    /// A new, empty draft for `account`, autosaved under `folder`.
    DraftSession(const DraftAccount &account, const QString &folder, QObject *parent = nullptr);
    /// An existing draft read from `path` (autosaved back there).
    DraftSession(Draft draft, QString path, QObject *parent = nullptr);
    ~DraftSession() override;

    [[nodiscard]] const Draft &draft() const { return m_draft; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QUndoStack *undoStack() { return &m_undo; }

    /// Appends `operation` (undoable); returns its entry id.
    QString append(std::shared_ptr<Operation> operation);
    /// Removes entry `index` (undoable).
    void remove(int index);
    /// Moves entry `from` to position `to` (undoable).
    void move(int from, int to);
    /// Records what a domain looked like when the user drafted against it.
    void setSnapshot(const QString &domain, const DomainSnapshot &snapshot);

    /// Writes the draft now. False with *error on failure (the previous file stays whole).
    bool save(QString *error);
    /// The last autosave error, empty when the file is up to date.
    [[nodiscard]] QString saveError() const { return m_saveError; }

Q_SIGNALS:
    /// Entries were added, removed or moved (also through undo and redo).
    void entriesChanged();
    void saved();

private:
    class Edit;
    friend class Edit;
    void insertAt(int index, const DraftEntry &entry);
    DraftEntry takeAt(int index);
    void changed();

    Draft m_draft;
    QString m_path;
    QUndoStack m_undo;
    QTimer m_autosave;
    QString m_saveError;
};
