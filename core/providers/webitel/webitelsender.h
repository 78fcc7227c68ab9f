#pragma once

#include "core/drafts/operationsender.h"

#include <QCoreApplication>

class WebitelClient;

/// Sends WebitelOperations through a WebitelClient (seed 004_ccfa19ff1fa62297.txt).
/// Conflicts: settings to create must not exist yet, settings to update, delete or test
/// must (GET /api/v2/email/settings). After an interruption a create or delete is found
/// applied by the same GET; an update (a PUT of the same settings) and a test email are sent
/// again.
class WebitelSender final : public OperationSender
{
    Q_DECLARE_TR_FUNCTIONS(WebitelSender)

public:
    explicit WebitelSender(WebitelClient *client);

    void send(Operation &operation, QObject *context, Sent done) override;
    void findConflict(const Draft &draft, int index, QObject *context, Compared done) override;
    void findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done) override;
    [[nodiscard]] bool canReadBack(const Operation &operation) const override;

private:
    WebitelClient *m_client;
};
