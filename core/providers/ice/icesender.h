#pragma once

#include "core/drafts/operationsender.h"
#include "core/providers/ice/icetypes.h"

#include <QCoreApplication>

class IceClient;

/// Sends IceOperations through an IceClient (seed 001_15ceedbe4445e338.txt). ICE has no
/// call that reads settings back: there is nothing to compare before sending, and after an
/// interruption UpdateEmailServer is sent again (the same settings twice are the same
/// state). `sent` is told of each settings accepted, so the caller can remember them
/// (IceSettingsStore) as it does for a live change.
class IceSender final : public OperationSender
{
    Q_DECLARE_TR_FUNCTIONS(IceSender)

public:
    using Accepted = std::function<void(const Ice::ServerSettings &settings)>;

    explicit IceSender(IceClient *client, Accepted sent = {});

    void send(Operation &operation, QObject *context, Sent done) override;
    void findConflict(const Draft &draft, int index, QObject *context, Compared done) override;
    void findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done) override;

private:
    IceClient *m_client;
    Accepted m_sent;
};
