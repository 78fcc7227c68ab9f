#pragma once

#include "core/drafts/operationsender.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>

class ApiJob;
class HostwayClient;

/// Sends Hostway mailbox operations (CreateMailbox, UpdateMailbox, DeleteMailbox) through a
/// HostwayClient. Conflicts compare the mailbox (GET .../mailbox, seed 003 section 63-64)
/// with the draft's snapshot of its domain; a domain without a snapshot is not compared.
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
    HostwayClient *m_client;
    QList<QPointer<ApiJob>> m_jobs;
};
