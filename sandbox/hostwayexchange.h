#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// Creating, changing and deleting Exchange mailboxes as seed 003 documents them (PUT
/// .../usernames/{name}/exchange, section 55-56; DELETE, 51-52). HostwaySimulator has
/// checked the credentials, the account and the domain.
///
/// Choices where the seed is silent:
/// - A PUT on a regular mailbox's name answers 409 ("The mailbox already exists (on create)").
/// - A field longer than its documented length answers 400 {"<field>": "Longer than maximum
///   length N"}; a type or resource type outside the documented ones 400 {"<field>": "\"x\" is
///   not one of ..."}, as the mailbox PUT words its type refusal.
/// - resourceType on an update answers the documented 400 with the bare text
///   "resourceType cannot be updated", as printed (no JSON).
/// - The password's prefix rules are checked before its length (example 56.3.3 answers
///   "abc1234" with the 'abc' rule), and "Should start with a letter" on creation only
///   (example 56.3.6 sets "!q2w3e4R" on an existing mailbox, answered 204).
/// - Domains are never disabled here: the documented 409 "domain is disabled" is not served.
/// - A new Exchange mailbox shows the GET example's other fields (sizes, protocols) with its
///   own name, address and the fields sent.
struct HostwayExchange
{
    HostwayDomain &domain;

    /// PUT .../usernames/{name}/exchange.
    [[nodiscard]] Response put(const QString &name, const Request &request);
    /// DELETE .../usernames/{name}/exchange.
    [[nodiscard]] Response remove(const QString &name);
};

} // namespace Sandbox
