#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// Simulates the Hostway Email API of seed 003 (digest: shared/api/NOTES.md) from its
/// documentation: HTTP Basic, the documented validation rules, status codes and error bodies,
/// pagination with links and 303 redirects (shared/api/BEYOND-SEEDS.md).
///
/// Choices where the documentation is silent, so a client can be checked against them:
/// - An invalid password answers 400 `{"password": "<rule>"}` worded like the Exchange PUT
///   page; the mailbox PUT page's own example answers "Required" for every failure.
/// - 404 on an unknown domain uses the envelope `{"itemNotFound": {...}}`; 404 on an unknown
///   mailbox has no body, as most documented 404s.
/// - A PUT on a name held by an Exchange mailbox answers 409 ("Mailbox already exists").
/// - Usernames list items of Exchange mailboxes carry `"type": "exchange"`.
/// - A pageSize over 400 answers 303 to the same page with pageSize=400.
/// - Good credentials on another account's paths answer 401 ("do not provide permissions").
/// - The /email/{domain}/... shortcuts are a mailbox owner's: HostwayShortcuts.
class HostwaySimulator final
{
public:
    explicit HostwaySimulator(bool demoData);

    /// True for the paths this simulator serves: /accounts/..., /email/..., /orders/...,
    /// and /avas-panel/... (the page an anti-spam link opens).
    static bool owns(const QString &path);

    Response handle(const Request &request);
    /// See HostwayData::generateDomain.
    void generateDomain(const QString &name, int count) { m_data.generateDomain(name, count); }
    /// How long a submitted Exchange order takes to complete, in seconds (0: at once).
    void setOrderSeconds(int seconds) { m_orderSeconds = seconds; }

private:
    struct Route;
    Response domainGet(const Route &route);
    /// GET /accounts/{accountId}/avas/{domain}/SSOLink (index 101.21 only).
    Response antiSpamLink(const HostwayAccount &account, const QString &accountId, const QString &domain, const Request &request);
    Response statistics(const Route &route);
    /// GET and PUT .../infostore (seed 003 sections 26-28).
    Response infoStore(const Route &route, const Request &request);
    Response usernamesList(const Route &route, const Request &request);
    Response usernameGet(const Route &route);
    Response mailboxGet(const Route &route);
    Response mailboxPut(const Route &route, const Request &request);
    Response mailboxDelete(const Route &route);
    Response exchangeGet(const Route &route);
    Response messageStats(const Route &route, bool exchange);

    HostwayData m_data;
    int m_tokenCounter = 0;
    int m_orderSeconds = 6;
};

} // namespace Sandbox
