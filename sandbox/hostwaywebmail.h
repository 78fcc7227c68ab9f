#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// Hostway's OpenXchange webmail (seed 003): a domain's plans (webmailNames 95-96,
/// webmailLimits 93-94, webmailUpgrade 97-98) and a mailbox's account (79-84).
///
/// Choices where the seed is silent:
/// - A mailbox's type is its webmailAccess; a new mailbox has an account (the mailbox PUT
///   takes the type), and one without (hasWebmail false) answers GET 404, no body.
/// - A plan's quota is undocumented: "standard" holds 100 MB here, the others are unlimited,
///   so downgrading a mailbox using more answers section 84.4.8's refusal.
/// - The admin's credentials change the type whatever allowUpgrade says (section 84's text),
///   unless the domain's webmailUpgrade is false: then only the current type is taken
///   ("This account is not allowed to be upgraded").
/// - allowUpgrade false with a type above standard in one PUT is "inconsistent"; changing
///   allowUpgrade alone on an account above standard is "already upgraded".
struct HostwayWebmail
{
    HostwayDomain &domain;
    QString domainUrl;   ///< .../email/{domain}, for links

    /// GET webmailNames, webmailLimits or webmailUpgrade (`which`).
    Response plans(const QString &which) const;
    /// GET or PUT .../email/{domain}/webmail (sections 89-92): the domain's own settings. Its
    /// allowUpgrade is the domain's option, apart from webmailUpgrade's "allowed", which is
    /// the product's (section 98); turning the domain's on while the product's is off answers
    /// section 92's 409, without a body (none is documented). The seed is silent on what the
    /// domain's option changes for its mailboxes: here, nothing else.
    Response domainSettings(const QByteArray &method, const Request &request);
    /// GET, POST or PUT .../usernames/{name}/webmail of `mailbox`.
    Response account(HostwayMailbox &mailbox, const QString &mailboxUrl, const QByteArray &method, const Request &request);

private:
    Response typeProblem(const QString &type) const;
    /// The 400 when `type` has no room left for one more mailbox, else 0 status.
    Response limitProblem(const QString &type) const;
};

} // namespace Sandbox
