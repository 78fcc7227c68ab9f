#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// The settings of one Hostway mailbox as seed 003 documents them, under
/// /accounts/{account}/email/{domain}/usernames/{name}/...: forwarding (sections 57-62) and
/// the autoresponder (31-34), the black/white list (35-42, handleBlackWhite()) and the spam
/// filter (43-46, handleCleanMail()), the webmail account (79-84, HostwayWebmail). HostwaySimulator has checked the credentials, the account, the
/// domain and that the username exists.
///
/// Choices where the seed is silent:
/// - An Exchange username has none of these settings: 404, no body (Exchange mailboxes
///   forward through their own forwardingSmtpAddress field).
/// - POST forwards replaces the list ("Sets forwarding"; the seed does not say whether it
///   replaces or adds).
/// - A target is local when its domain is the mailbox's own; only local targets must exist.
/// - A target item without a text "target" answers 400 {"targets.N.target": "Required"}, an
///   address that is not one 400 {"targets.N.target": "Not a valid email address"}, in the
///   field-path form of NOTES.md's error shape (2).
/// - DELETE forwards/{fwd-mailbox} takes the whole address or, as the seed's example
///   "test-fwd-mailbox" suggests, a local part that names one target; else 404, no body.
/// - The autoresponder GET answers in the example's flat form, except for mailboxes whose
///   data asks for the schema's nested form (with "location" links): both are documented.
/// - POST migration (section 73-74) needs both "subject" and "body" as non-empty text (the
///   seed does not say whether they are required; a ticket without them says nothing), else
///   400 {"<field>": "Required"}; each ticket is kept on the mailbox.
/// - A PUT without "subject" keeps the subject (the deactivation example sends none); a
///   non-boolean "active" answers 400 {"active": "Not a valid boolean"}.
struct HostwayMailboxSettings
{
    HostwayAccount &account;
    HostwayDomain &domain;
    HostwayMailbox &mailbox;
    QString mailboxUrl;   ///< .../usernames/{name}/, for links

    /// `path` is what follows the username: ["forwards"], ["forwards", target], ...
    Response handle(const QByteArray &method, const QStringList &path, const Request &request);

private:
    Response forwardsGet() const;
    Response forwardsPost(const Request &request);
    Response forwardDelete(const QString &target);
    Response autoresponderGet() const;
    Response autoresponderPut(const Request &request);
    Response migrationPost(const Request &request);
};

} // namespace Sandbox
