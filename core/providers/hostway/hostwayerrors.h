#pragma once

#include "core/net/apierror.h"

namespace Hostway {

/// Reads a Hostway error body (ApiError::BodyReader). Hostway answers errors in seven shapes
/// (shared/api/NOTES.md, "Conventions" and "Error bodies"; seed 003_aa31f808b2178cb3.txt),
/// tried in the documented order: the envelope {"badRequest"|"itemNotFound"|"conflict":
/// {message, code, details}}, flat {"computeFault": text}, flat {"message": text}, a flat
/// field map {"field": "message"}, a bare fragment `"details": {...}`, plain text (and no
/// body, which ApiError::fromHttp handles).
[[nodiscard]] ApiError::ProviderWords readErrorBody(const QByteArray &body);

/// Why a mailbox's message counts could not be had, in words that say what to do, for the
/// statuses seed 003 documents (sections 49-50, 71-72): 404 a virtual mailbox or no such
/// mailbox, 500 Hostway lacks the domain's records, 502 Hostway could not reach the mailbox
/// over IMAP. Any other error: its message().
[[nodiscard]] QString messageStatsProblem(const ApiError &error);

} // namespace Hostway
