#pragma once

#include "core/net/apierror.h"

#include <QString>

#include <functional>

class Draft;
class Operation;
class QObject;

/// Sends one provider's operations for the DraftApplier, and looks at the provider's current
/// state for its conflict and resume checks. One implementation per provider, over that
/// provider's client (HostwaySender, IkoulaSender, IceSender, WebitelSender); make one with
/// OperationSenders::make().
class OperationSender
{
public:
    /// The outcome of a send: no error, a refusal, or a transport failure (outcome unknown).
    using Sent = std::function<void(const ApiError &error, int httpStatus)>;
    /// What changed since the draft was made (translated), empty when nothing did; an error
    /// when the provider could not be asked.
    using Compared = std::function<void(const ApiError &error, const QString &what)>;
    /// Whether an operation is found applied; an error when the provider could not be asked
    /// (then nothing may be sent: the outcome stays unknown).
    using Checked = std::function<void(const ApiError &error, bool applied)>;

    virtual ~OperationSender() = default;

    /// Sends `operation`, prepared and with its secrets set. A password the provider makes
    /// (Ikoula's reset-password) is put back with Operation::setSecret("password").
    virtual void send(Operation &operation, QObject *context, Sent done) = 0;
    /// Before entry `index` of `draft` is sent for the first time: are the objects it changes
    /// as the draft expects (there for an update or delete, absent for a create, unchanged
    /// from the draft's snapshot)? Objects an earlier entry of the draft changes are not
    /// compared: the draft itself changed them.
    virtual void findConflict(const Draft &draft, int index, QObject *context, Compared done) = 0;
    /// After an earlier send of `operation` ended with its outcome unknown (an interrupted
    /// run, a connection closed before the answer): is it found applied? An answer of false
    /// sends it again, so only operations harmless to repeat may answer false without
    /// looking. `refusal` is the provider's answer to the send again when
    /// mayMeanAlreadyApplied() said it may mean the earlier one landed; none otherwise.
    virtual void findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done) = 0;
    /// True when findApplied() can tell from the provider whether `operation` is applied (not
    /// a password, which cannot be read back): DraftVerifier checks only those.
    [[nodiscard]] virtual bool canReadBack(const Operation &operation) const { Q_UNUSED(operation) return false; }
    /// True when `error`, answered to an operation sent again after an unknown outcome, may
    /// mean that the earlier send landed (Hostway refuses a password used twice): the
    /// applier then asks findApplied() before calling it a refusal.
    [[nodiscard]] virtual bool mayMeanAlreadyApplied(const ApiError &error) const { Q_UNUSED(error) return false; }
    /// Aborts the requests in flight where the client allows it; their outcome is then
    /// unknown (checked on resume). Others are left to answer.
    virtual void cancelAll() {}
};
