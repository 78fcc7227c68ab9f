#pragma once

#include "core/net/apierror.h"
#include "core/providers/ikoula/ikoulatypes.h"

#include <QByteArray>
#include <QJsonObject>

/// Reads wsexch answers. Ikoula publishes none, so every reader is tolerant: keys match
/// case-insensitively and under the spellings listed in each function, numbers may come as
/// strings, booleans as 0/1, "true"/"false" or "yes"/"no", and a top-level {"data": ...}
/// or {"result": ...} wrapper is unwrapped. Unknown keys are ignored.
namespace IkoulaParser {

/// The JSON object of an answer, unwrapped; false with *error when the body is not JSON.
[[nodiscard]] bool object(const QByteArray &body, QJsonObject *out, QString *error);

/// The text of an "error" value: a string, or a list of strings joined with "; ". Empty for
/// anything else.
[[nodiscard]] QString errorText(const QJsonValue &value);
/// Reads an Ikoula error body (ApiError::BodyReader): {"error": text or [texts]} (none is
/// published; BEYOND-SEEDS.md, Ikoula), else the body as plain text.
[[nodiscard]] ApiError::ProviderWords errorBody(const QByteArray &body);
/// Ikoula's "error" value (a text or a list of texts) in the window's words, each text
/// rewritten on its own (IkoulaActions::inUserTerms) and joined by "; "; each parameter a text
/// names gets that text as its field message. Empty message when the value holds no text.
[[nodiscard]] ApiError::ProviderWords refusal(const QJsonValue &error);

/// wsexch/list: subscriptions under "subscriptions" (or "subscription", "list", or a bare
/// array), each {subscr_id|id, name|label, status, organisations|orgas: [{orga_id|id, name}]}.
[[nodiscard]] QList<Ikoula::Subscription> subscriptions(const QJsonObject &answer);

/// wsexch/schema-subscr: {orga_id, organisation, domains, bal: [...], dl: [...],
/// contacts: [...]} with the field names of the write actions (email_bal, display_name, ...).
[[nodiscard]] Ikoula::OrganisationSchema schema(const QJsonObject &answer);

/// wsexch/billing-by-subscrid: lines under "billing" (or "billings", "lines", "invoices").
[[nodiscard]] QList<Ikoula::BillingLine> billing(const QJsonObject &answer);

/// One BAL object of a schema answer.
[[nodiscard]] Ikoula::Bal bal(const QJsonObject &object);

/// The wire name of a BAL kind: "user", "room", "equipment".
[[nodiscard]] QString kindName(Ikoula::BalKind kind);
/// The kind of a wire name (case-insensitive; "RoomMailbox" and "EquipmentMailbox" too);
/// User for anything else.
[[nodiscard]] Ikoula::BalKind kindFromName(const QString &name);

} // namespace IkoulaParser
