#pragma once

#include "core/drafts/draft.h"
#include "core/drafts/operationsender.h"

#include <QCoreApplication>
#include <QList>
#include <QHash>
#include <QPointer>

#include <memory>

class ApiJob;
class HostwayClient;

/// Sends Hostway mailbox operations (CreateMailbox, UpdateMailbox, DeleteMailbox) and the
/// changes of a mailbox's settings (MailboxSettingChange: forwarding, autoresponder, spam
/// filter, black/white list) through
/// a HostwayClient. A setting's conflict and read-back come from its own GET, compared with
/// the state it was drafted against. Conflicts compare the mailbox with the draft's snapshot of its domain (a
/// domain without a snapshot is not compared): from the domain's list (GET .../usernames,
/// pages of 400, seed 003 section 69-70), read once for the whole apply when that costs fewer
/// round trips than one GET .../mailbox (section 63-64) per change, else by those GETs.
class HostwaySender final : public OperationSender
{
    Q_DECLARE_TR_FUNCTIONS(HostwaySender)

public:
    explicit HostwaySender(HostwayClient *client);

    void send(Operation &operation, QObject *context, Sent done) override;
    void findConflict(const Draft &draft, int index, QObject *context, Compared done) override;
    void findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done) override;
    [[nodiscard]] bool canReadBack(const Operation &operation) const override;
    [[nodiscard]] bool mayMeanAlreadyApplied(const ApiError &error) const override;
    void cancelAll() override;

private:
    struct Listing;
    /// The mailbox `name` of `domain` as the domain's list says (reading it once), or by its
    /// own GET when the list is not worth reading or could not be read. `worthListing`: the
    /// draft changes more mailboxes of the domain than the list has pages.
    void stateOf(const QString &domain, const QString &name, bool worthListing, QObject *context,
                 std::function<void(const ApiError &, bool exists, int quotaMb, bool master)> done);

    /// Keeps `job` for cancelAll().
    void track(ApiJob *job);
    /// Indexes `draft` once per apply (a sender serves one apply; a draft without an id is
    /// indexed at each call): the first entry of each object, and each snapshot's mailboxes by
    /// case-folded name. A draft of thousands compared entry by entry
    /// cost each operation a walk of everything before it.
    void indexDraft(const Draft &draft);

    HostwayClient *m_client;
    QHash<QString, std::shared_ptr<Listing>> m_listings;   ///< by lower-case domain
    QHash<QString, qsizetype> m_changed;                   ///< mailboxes the draft changes, by lower-case domain
    QString m_indexedDraft;                                ///< the id of the draft indexed below
    QHash<QString, int> m_firstEntry;                      ///< the first entry of each targetKey()
    QHash<QString, QHash<QString, SnapshotMailbox>> m_snapshot;   ///< by snapshot domain, then case-folded name
    QList<QPointer<ApiJob>> m_jobs;
};
