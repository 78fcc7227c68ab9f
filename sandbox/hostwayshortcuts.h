#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// The /email/{domain}/... shortcuts of seed 003: what a mailbox's owner reaches with the
/// mailbox's own credentials ("Use the mailbox owner credentials for the specific mailbox,
/// e.g. username: email@domain.com, password: secret", sections 110-115). Served: the
/// password reset by answers (102-105), the secret answers (106-109), the webmail account
/// (110-115) and the domain's plans (the notes of 93-98).
///
/// Choices where the seed is silent:
/// - An owner's credentials: the user name@domain and the mailbox's current password (the
///   last one it was given).
/// - The reset actions and GET secrets document no Authorization (a forgotten password is
///   what they are for): they answer without credentials, and ignore any.
/// - Webmail (GET, POST, PUT) and the plans (webmailNames, webmailLimits, webmailUpgrade)
///   document only 401: credentials other than the owner's, the account administrator's
///   included, answer 401. The plans take the owner of any mailbox of the domain.
/// - PUT secrets documents 401 and 403: no or wrong credentials answer 401; good credentials
///   of someone else (another mailbox's owner, an administrator) answer 403.
/// - An owner changes the webmail type only while the account's allowUpgrade is on (the
///   administrator "can make changes between account types regardless of the allowUpgrade
///   settings", section 84, so the owner cannot): else 400 {"message": "This account is not
///   allowed to be upgraded"}, section 84's wording for a refused upgrade.
/// - GET webmail answers without authToken and resetPassword, as its page documents them.
/// - A domain no account has answers 404 without a body, as the mailbox's 404s.
class HostwayShortcuts final
{
public:
    explicit HostwayShortcuts(HostwayData &data) : m_data(data) {}

    /// Answers `request` for /email/{domain}/... (`parts`: the path's segments, "email"
    /// first); the secret questions and their settings are HostwaySecrets'.
    Response handle(const Request &request, const QStringList &parts);

private:
    /// Who the request's HTTP Basic credentials are.
    struct Caller
    {
        bool valid = false;        ///< an administrator's or a mailbox owner's credentials
        QString ownerDomain;       ///< a mailbox owner's domain (lower case), else empty
        QString ownerMailbox;      ///< and mailbox (lower case)
    };
    [[nodiscard]] Caller caller(const Request &request) const;

    HostwayData &m_data;
};

} // namespace Sandbox
