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

} // namespace Hostway
