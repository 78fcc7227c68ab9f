#pragma once

#include "core/drafts/operationsender.h"
#include "core/providers/ikoula/ikoulatypes.h"

#include <QCoreApplication>
#include <QHash>

class IkoulaClient;
class IkoulaOperation;

/// Sends IkoulaOperations through an IkoulaClient (seed 000_ff00a10b076e969b.txt). Conflict
/// and resume checks read the organisation's wsexch/schema-subscr: a mailbox, list or contact
/// to create must not exist yet, one to change must still exist, and a change drafted against
/// a state of the mailbox (IkoulaOperation::expected()) finds it unchanged; after an interruption, a
/// creation, deletion, alias, member, forwarding, protocol or quota change is found applied
/// when the schema shows it. update-bal, change-password and reset-password cannot be read
/// back and are sent again (each sets the same state twice; a second reset answers a new
/// password, reported as the first would have been). Operations without a subscription and
/// organisation are not checked.
class IkoulaSender final : public OperationSender
{
    Q_DECLARE_TR_FUNCTIONS(IkoulaSender)

public:
    explicit IkoulaSender(IkoulaClient *client);

    void send(Operation &operation, QObject *context, Sent done) override;
    void findConflict(const Draft &draft, int index, QObject *context, Compared done) override;
    void findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done) override;
    [[nodiscard]] bool canReadBack(const Operation &operation) const override;

    /// True when `schema` shows `operation` applied; false when it does not or cannot tell.
    [[nodiscard]] static bool isApplied(const IkoulaOperation &operation, const Ikoula::OrganisationSchema &schema);
    /// What in `schema` contradicts `operation` (translated), ignoring what earlier entries of
    /// the draft change (`changedEarlier`: lower-case addresses and contact ids, and
    /// "address|action" for the aspect set); empty when nothing does.
    [[nodiscard]] static QString conflictIn(const IkoulaOperation &operation, const Ikoula::OrganisationSchema &schema,
                                            const QStringList &changedEarlier);

private:
    IkoulaClient *m_client;
    QHash<QString, Ikoula::OrganisationSchema> m_schemaAtStart;   ///< by "subscription/organisation"
};
