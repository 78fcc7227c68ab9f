#include "core/providers/webitel/webitelsender.h"

#include "core/drafts/draft.h"
#include "core/providers/webitel/webitelclient.h"
#include "core/providers/webitel/webiteloperation.h"

using Action = WebitelOperation::Action;

WebitelSender::WebitelSender(WebitelClient *client)
    : m_client(client)
{
}

void WebitelSender::send(Operation &operation, QObject *context, Sent done)
{
    const auto *op = dynamic_cast<const WebitelOperation *>(&operation);
    if (!op)
        return done(ApiError(ApiError::Kind::Setup, tr("%1 is not a Webitel change.").arg(operation.kind())), 0);
    const auto answered = [done](const ApiError &error) { done(error, error.isError() ? error.httpStatus() : 200); };
    if (op->keepsPassword()) {
        // The PUT wants every field: the password Webitel has is read back and sent again.
        const QString domain = op->domain();
        const Webitel::EmailSettings wanted = op->settings();
        // The client calls back only while `context` lives, so it is still there for the PUT.
        m_client->fetchSettings(domain, context, [this, context, domain, wanted, answered](const ApiError &error, const Webitel::EmailSettings &current) {
            if (error.isError())
                return answered(error);
            Webitel::EmailSettings settings = wanted;
            settings.password = current.password;
            m_client->saveSettings(domain, settings, false, context, [answered](const ApiError &e, const Webitel::EmailSettings &) { answered(e); });
        });
        return;
    }
    switch (op->action()) {
    case Action::Create:
    case Action::Update:
        return m_client->saveSettings(op->domain(), op->settings(), op->action() == Action::Create, context,
                                      [answered](const ApiError &error, const Webitel::EmailSettings &) { answered(error); });
    case Action::Delete:
        return m_client->deleteSettings(op->domain(), context, [answered](const ApiError &error, const QString &) { answered(error); });
    case Action::Test:
        return m_client->sendTest(op->domain(), op->to(), context, [answered](const ApiError &error, const QString &) { answered(error); });
    }
}

void WebitelSender::findConflict(const Draft &draft, int index, QObject *context, Compared done)
{
    const auto *op = dynamic_cast<const WebitelOperation *>(draft.entries.at(index).operation.get());
    if (!op)
        return done(ApiError(), QString());
    for (int i = 0; i < index; ++i) {
        if (draft.entries.at(i).operation->targetKey() == op->targetKey())
            return done(ApiError(), QString());   // changed earlier in this draft
    }
    const bool creating = op->action() == Action::Create;
    const QString domain = op->domain();
    m_client->fetchSettings(domain, context, [done, creating, domain](const ApiError &error, const Webitel::EmailSettings &) {
        const bool exists = !error.isError();
        if (error.isError() && error.kind() != ApiError::Kind::NotFound)
            return done(error, QString());
        if (creating && exists)
            return done(ApiError(), tr("%1 has email settings now, though it had none when the draft was made.").arg(domain));
        if (!creating && !exists)
            return done(ApiError(), tr("The email settings of %1 were deleted since the draft was made.").arg(domain));
        done(ApiError(), QString());
    });
}

void WebitelSender::findApplied(const Operation &operation, const ApiError &, QObject *context, Checked done)
{
    const auto *op = dynamic_cast<const WebitelOperation *>(&operation);
    if (!op || (op->action() != Action::Create && op->action() != Action::Delete))
        return done(ApiError(), false);
    const bool creating = op->action() == Action::Create;
    m_client->fetchSettings(op->domain(), context, [done = std::move(done), creating](const ApiError &error, const Webitel::EmailSettings &) {
        if (error.isError() && error.kind() != ApiError::Kind::NotFound)
            return done(error, false);
        done(ApiError(), creating == !error.isError());
    });
}

bool WebitelSender::canReadBack(const Operation &operation) const
{
    const auto *op = dynamic_cast<const WebitelOperation *>(&operation);
    return op && (op->action() == Action::Create || op->action() == Action::Delete);
}
