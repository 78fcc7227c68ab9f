#include "core/providers/ice/icesender.h"

#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/iceoperation.h"

IceSender::IceSender(IceClient *client, Accepted sent)
    : m_client(client)
    , m_sent(std::move(sent))
{
}

void IceSender::send(Operation &operation, QObject *context, Sent done)
{
    const auto *op = dynamic_cast<const IceOperation *>(&operation);
    if (!op)
        return done(ApiError(ApiError::Kind::Setup, tr("%1 is not an ICE change.").arg(operation.kind())), 0);
    const Ice::ServerSettings settings = op->settings();
    m_client->updateEmailServer(settings, op->fieldNames(), context, [this, settings, done](const ApiError &error, const QString &) {
        if (!error.isError() && m_sent)
            m_sent(settings);
        done(error, error.isError() ? error.httpStatus() : 200);
    });
}

void IceSender::findConflict(const Draft &, int, QObject *, Compared done)
{
    done(ApiError(), QString());   // nothing to read back
}

void IceSender::findApplied(const Operation &, const ApiError &, QObject *, Checked done)
{
    done(ApiError(), false);   // ICE cannot be read back; the same settings sent twice are the same settings
}
