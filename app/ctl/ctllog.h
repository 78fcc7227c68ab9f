#pragma once

#include <QStringList>

/// mailroomctl log: prints the audit log (AuditLog::defaultFile()), one change per row,
/// newest first, the GUI's Activity pane on a terminal. Needs no account and no network.
///   mailroomctl log [--since DATE] [--account ID|NAME] [--format table|json|csv]
/// --since takes an ISO 8601 date or date and time (UTC when no offset is given).
namespace CtlLog {

/// True when `arguments` (as QCoreApplication::arguments()) run the log command.
[[nodiscard]] bool isLogCommand(const QStringList &arguments);
/// Parses `arguments` and prints; returns the exit code (0, or 2 for a usage error).
int run(const QStringList &arguments);

} // namespace CtlLog
