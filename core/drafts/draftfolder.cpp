#include "core/drafts/draftfolder.h"

#include "core/drafts/draft.h"
#include "core/drafts/journal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace DraftFolder {

namespace {

const QString kPattern = QStringLiteral("*.mailroom-draft");

/// The draft at `path` when its journal records every operation as done.
std::optional<Draft> finishedDraft(const QString &path)
{
    QString error;
    std::optional<Draft> draft = Draft::load(path, &error);
    if (!draft || draft->entries.isEmpty() || !QFile::exists(Journal::pathFor(path)))
        return std::nullopt;
    Journal journal(Journal::pathFor(path));
    if (!journal.open(&error))
        return std::nullopt;
    const bool done = std::all_of(draft->entries.cbegin(), draft->entries.cend(),
                                  [&journal](const DraftEntry &e) { return journal.state(e.id) == Journal::State::Done; });
    return done ? draft : std::nullopt;
}

} // namespace

Tidied tidy(const QString &folder, int keepDays)
{
    Tidied done;
    const QDir dir(folder);
    const QString archive = dir.filePath(QStringLiteral("applied"));
    const QFileInfoList drafts = dir.entryInfoList({kPattern}, QDir::Files);
    for (const QFileInfo &file : drafts) {
        const std::optional<Draft> draft = finishedDraft(file.filePath());
        if (!draft || !QDir().mkpath(archive))
            continue;
        const QString to = QDir(archive).filePath(file.fileName());
        if (QFile::rename(file.filePath(), to)) {
            QFile::rename(Journal::pathFor(file.filePath()), Journal::pathFor(to));
            ++done.archived;
            done.secretKeys += draft->secretKeys();
        }
    }
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-keepDays);
    const QFileInfoList archived = QDir(archive).entryInfoList({kPattern}, QDir::Files);
    for (const QFileInfo &file : archived) {
        if (file.lastModified().toUTC() >= limit)
            continue;
        if (QFile::remove(file.filePath())) {
            QFile::remove(Journal::pathFor(file.filePath()));
            ++done.deleted;
        }
    }
    return done;
}

} // namespace DraftFolder
