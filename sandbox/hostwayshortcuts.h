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
/// Choices where the seed is silent or speaks twice:
/// - An owner's credentials: the user name@domain and the mailbox's current password (the
///   last one it was given). The administrator's: those of the account the domain is under.
/// - The reset actions and GET secrets document no Authorization (a forgotten password is
///   what they are for): they answer without credentials, and ignore any.
/// - Webmail GET and POST (111, 113) ask for "the mailbox owner credentials": any others,
///   the administrator's included, answer 401. The PUT's page (115) asks for them too, yet
///   says "the account owner (with admin-user credentials) can make changes between account
///   types regardless of the allowUpgrade settings": the administrator's are taken there.
/// - The plans (94, 96, 98: "the client application's" credentials, only 200 documented) take
///   the administrator's or a mailbox owner's of the domain; others answer 401.
/// - PUT secrets (109: "the client application's"; 401 and 403 documented): no or wrong
///   credentials answer 401; another mailbox's owner, or another account's administrator, 403.
/// - Where credentials are asked, they are checked before the mailbox's existence.
/// - With the owner's credentials (115): a type other than standard while allowUpgrade is
///   false (as the request leaves it) answers 400 {"message": "This account is not allowed to
///   be upgraded"}; so does turning allowUpgrade on, which the seed does not forbid in words
///   (it says only that the product may forbid it): here it is the administrator's to allow.
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
        QString adminOf;           ///< an administrator's: the account id
        QString ownerDomain;       ///< a mailbox owner's domain (lower case), else empty
        QString ownerMailbox;      ///< and mailbox (lower case)
    };
    [[nodiscard]] Caller caller(const Request &request) const;

    HostwayData &m_data;
};

} // namespace Sandbox
