#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Operation;

/// What a set of operations does, in one translated line for a confirmation:
/// "3 changes, 1 deletion, on 2 mailboxes and 1 contact". Objects are counted once each
/// (Operation::target()), by kind, in a fixed order (mailboxes first), joined as the
/// user's locale joins a list.
class OperationSummary final
{
    Q_DECLARE_TR_FUNCTIONS(OperationSummary)

public:
    /// The line for `operations` (null entries are skipped); empty for none.
    [[nodiscard]] static QString describe(const QList<const Operation *> &operations);
};
