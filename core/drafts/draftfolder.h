#pragma once

#include <QString>
#include <QStringList>

/// Housekeeping of the folder the GUI autosaves drafts to (MainWindow::draftsFolder()).
namespace DraftFolder {

/// What tidy() did.
struct Tidied
{
    int archived = 0;   ///< fully applied drafts moved to "applied/"
    int deleted = 0;    ///< archived drafts older than the limit, deleted
    /// The keychain keys of the archived drafts' secrets (Draft::secretKeys()): their work is
    /// done, so the caller deletes them from the keychain.
    QStringList secretKeys;
};

/// Moves each draft of `folder` whose journal records every operation as done, with its
/// journal, to `folder`/applied (it is finished: not offered again as unfinished), and deletes
/// archived drafts not modified for `keepDays` days. Empty drafts and drafts with an operation
/// not done stay where they are; a file that cannot be read is left untouched.
Tidied tidy(const QString &folder, int keepDays = 30);

} // namespace DraftFolder
