#pragma once

#include "core/drafts/draft.h"
#include "core/providers/hostway/mailboxoperations.h"

#include <QByteArray>
#include <QList>

/// Reads mailboxes to create from CSV (RFC 4180, UTF-8, a header row with at least the
/// columns name, quota, master, password, in any order; other columns are ignored).
/// quota is in MB (empty: the provider's default); master is true/false, yes/no, 1/0 or
/// empty; an empty password means "generate at apply". Every bad row is reported with its
/// line and reason, and then no operation is returned at all: nothing is half-imported.
namespace MailboxCsvImport {

struct Problem
{
    int line = 0;
    QString message;   ///< translated
};

struct Row
{
    std::shared_ptr<CreateMailbox> operation;
    QString password;   ///< empty: generate at apply
};

struct Result
{
    QList<Row> rows;           ///< empty when problems is not
    QList<Problem> problems;
};

/// `snapshot` (may be null) lists the domain's mailboxes: a row naming one is refused.
Result read(const QByteArray &csv, const QString &domain, const DomainSnapshot *snapshot);

/// The largest CSV file imported (64 MB, about a million rows): a larger one is refused
/// before it is read.
inline constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
/// read() of the file at `path`; a file that cannot be read or is larger than kMaxFileBytes
/// gives a Result with that one problem (line 0).
Result readFile(const QString &path, const QString &domain, const DomainSnapshot *snapshot);

} // namespace MailboxCsvImport
