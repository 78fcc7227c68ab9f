#pragma once

#include "core/search/accountsearch.h"

#include <QList>
#include <QPointer>

class ApiJob;
class HostwayClient;
struct Account;

/// A Hostway account's part of Search Everywhere. An administrator's: the account's domains
/// whose name matches, and in each domain the term's mailbox part as `*part*` in
/// filterUsername (GET .../usernames, seed 003 sections 87-88), all domains at once, the
/// first kPageSize names each; a "More" hit says how many more a domain has. A mailbox
/// owner's: its own mailbox when the address matches, with no request (an owner cannot list).
class HostwaySearch final : public AccountSearch
{
    Q_OBJECT

public:
    /// Names read per domain; more is a hint to type more of the name.
    static constexpr int kPageSize = 50;

    /// Searches `account` through `client` (not owned; it outlives the search).
    HostwaySearch(HostwayClient *client, const Account &account, SearchTerm term, QObject *parent = nullptr);
    ~HostwaySearch() override;
    void start() override;

private:
    void searchDomain(const QString &domain);
    void domainDone();

    HostwayClient *m_client;
    QString m_accountId;
    QString m_ownerAddress;   ///< a mailbox owner's address; empty for an administrator
    QStringList m_domains;
    SearchTerm m_term;
    QList<QPointer<ApiJob>> m_jobs;
    int m_pending = 0;
};
