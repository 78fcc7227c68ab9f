// MailboxTableModel and drafts: the drafted state shown over the provider's rows, and the
// rows as a snapshot for drafting and working offline.
#include "models/hostway/mailboxtablemodel.h"

#include "core/drafts/draft.h"
#include "core/providers/hostway/mailboxoperations.h"

#include <algorithm>

void MailboxTableModel::setDraft(const Draft *draft, const QSet<QString> &applied)
{
    QHash<QString, DraftMark> marks;
    QList<Hostway::MailboxSummary> creations;
    QStringList descriptions;
    const QString prefix = QStringLiteral("mailbox:%1/").arg(m_domain.toLower());
    const QList<DraftEntry> entries = draft ? draft->entries : QList<DraftEntry>();
    for (const DraftEntry &entry : entries) {
        if (applied.contains(entry.id) || !entry.operation->targetKey().startsWith(prefix))
            continue;
        const Operation *op = entry.operation.get();
        if (const auto *create = dynamic_cast<const CreateMailbox *>(op)) {
            Hostway::MailboxSummary summary;
            summary.username = create->name();
            summary.quotaMb = create->quotaMb();
            summary.master = create->master();
            summary.type = QStringLiteral("imap");
            creations.append(summary);
            descriptions.append(create->describe());
            continue;
        }
        const QString name = op->targetKey().mid(prefix.size());
        const auto created = std::find_if(creations.begin(), creations.end(), [&name](const Hostway::MailboxSummary &m) {
            return m.username.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (created != creations.end()) {
            // A later change of a drafted mailbox shows on its own row.
            const qsizetype row = created - creations.begin();
            descriptions[row] += QStringLiteral("; ") + op->describe();
            if (const auto *update = dynamic_cast<const UpdateMailbox *>(op)) {
                if (update->quotaMb())
                    created->quotaMb = *update->quotaMb();
                if (update->master())
                    created->master = *update->master();
            } else if (dynamic_cast<const DeleteMailbox *>(op)) {
                creations.erase(created);   // drafted, then dropped: nothing to show
                descriptions.removeAt(row);
            }
            continue;
        }
        DraftMark &mark = marks[name];
        mark.description += (mark.description.isEmpty() ? QString() : QStringLiteral("; ")) + op->describe();
        if (const auto *update = dynamic_cast<const UpdateMailbox *>(op)) {
            if (update->quotaMb())
                mark.quotaMb = update->quotaMb();
            if (update->master())
                mark.master = update->master();
        } else if (dynamic_cast<const DeleteMailbox *>(op)) {
            mark.deleted = true;
        }
    }
    setDraftMarks(marks);
    setDraftCreations(creations, descriptions);
}

std::optional<DomainSnapshot> MailboxTableModel::snapshot() const
{
    if (!isComplete())
        return std::nullopt;
    DomainSnapshot snapshot;
    snapshot.fetchedAt = m_snapshotTime.isValid() ? m_snapshotTime : QDateTime::currentDateTimeUtc();
    for (const Hostway::MailboxSummary &m : std::as_const(m_rows))
        snapshot.mailboxes.append({m.username, m.quotaMb, m.master, m.type});
    return snapshot;
}

void MailboxTableModel::showSnapshot(const QString &domain, const DomainSnapshot &snapshot)
{
    QList<Hostway::MailboxSummary> rows;
    for (const SnapshotMailbox &m : snapshot.mailboxes) {
        Hostway::MailboxSummary summary;
        summary.username = m.username;
        summary.quotaMb = m.quotaMb;
        summary.master = m.master;
        summary.type = m.type;
        rows.append(summary);
    }
    showSnapshot(domain, rows, snapshot.fetchedAt);
}
