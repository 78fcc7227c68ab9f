#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// A CleanMailPlus spam filter of Hostway (seed 003): the domain's (sections 11-14) or a
/// mailbox's (43-46). `filter` is the one served; empty, it is the seed's example filter
/// (materialised on the first PUT).
///
/// Choices where the seed is silent:
/// - GET answers the example's mixed list: the first four attributes wrapped in {"field":
///   ...}, the rest bare, as the page prints them after its page break.
/// - An attribute the seed lists without options (SPAM_LEARNING, SPAM_DISCARD_LEVEL) takes
///   any non-empty text value; the others take one of their option values.
/// - "attributes" that is not a list answers like a missing one: 400 {"attributes": "Required"}.
Response handleCleanMail(QList<HostwayFilterAttribute> &filter, const QByteArray &method, const Request &request);

} // namespace Sandbox
