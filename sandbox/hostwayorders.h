#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {


/// Exchange mailbox orders as seed 002 shows them, and as shared/api/BEYOND-SEEDS.md adds:
/// POST /accounts/{acct}/exchange/{domain}/mailboxes answers 202, `Location: <origin>/orders/{id}`
/// and `Set-Cookie: OwnerId=...; Path=/`, no body ("order has already been submitted at this
/// point!"); GET /orders/{id} with the cookie answers {"order": {"Status", "Account"}, "links"}.
/// A domain whose Exchange mailboxes are paid (HostwayDomain::exchangePaid) answers the 202
/// with a quote (total, subtotal, deferredTotal, quotehash, a "related" link to the order's
/// action) and waits, in status "new", for POST /orders/{id}/action {"action": "submit"}.
///
/// Choices where the seeds are silent:
/// - A submitted order is "Processing" until `orderSeconds` have passed, then "Completed" and
///   the mailbox exists (0: at once). "new" is the status before a paid order's submit.
/// - owner.username follows the Exchange PUT's rule ([a-zA-Z0-9._-]+, at most 64) and
///   owner.password the Exchange password rules; either refused as 400 {"field": "message"}
///   (owner.username, owner.password); a name in use answers 409 in the conflict envelope.
/// - GET of an order without its OwnerId cookie answers 401 (BEYOND-SEEDS: "401 without
///   cookie/auth"), with another account's credentials 403 ("permission check failed"); an
///   unknown order 404 in the itemNotFound envelope.
/// - A free order starts at "Processing": the seed says it "has already been submitted" by
///   the 202. Its mailbox appears once its time has passed, whoever asks (advance()). The action answers 204; a second submit 409; another action 400.
/// - The quote's amounts are fixed strings ("9.95", "9.95", "0.00").
struct HostwayOrders
{
    HostwayData &data;
    int orderSeconds = 6;

    /// POST .../exchange/{domain}/mailboxes by `account`.
    Response place(HostwayAccount &account, HostwayDomain &domain, const Request &request);
    /// GET /orders/{id} or POST /orders/{id}/action (`rest`: the path after /orders/{id}) by `account`.
    Response handle(HostwayAccount &account, const QString &id, const QStringList &rest, const Request &request);

    /// Completes every order whose time has passed (its mailbox made): called before each
    /// request, so the mailbox appears whether or not anyone polls.
    void advance();

private:
    /// The order's status now; provisions its mailbox once it completes.
    QString statusOf(HostwayOrder &order);
};

} // namespace Sandbox
