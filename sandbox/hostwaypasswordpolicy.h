#pragma once

#include <QString>
#include <QStringList>

namespace Sandbox {

/// The sandbox's own reading of Hostway's password rules (seed 003, mailbox PUT "password"):
/// returns the first rule the password breaks, as the Exchange PUT page words its answer
/// ("Password should not start with 'abc' case-insensitively"), or an empty string.
/// `history` holds the mailbox's earlier passwords ("must not be used more than once").
QString hostwayPasswordViolation(const QString &password, const QString &username,
                                 const QString &domain, const QStringList &history);

} // namespace Sandbox
