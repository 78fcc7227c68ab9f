#pragma once

#include "core/search/accountsearch.h"

class ApiError;
class IkoulaClient;
struct Account;

namespace Ikoula {
struct OrganisationSchema;
}

/// An Ikoula account's part of Search Everywhere: its subscriptions (wsexch/list), then each
/// organisation's schema (wsexch/schema-subscr, seed 000), all organisations at once; the
/// mailboxes (BAL), distribution lists and contacts whose address or display name matches.
/// Deleting it drops the answers still to come (wsexch calls are not aborted).
class IkoulaSearch final : public AccountSearch
{
    Q_OBJECT

public:
    /// Searches through `client` (not owned; it outlives the search).
    IkoulaSearch(IkoulaClient *client, const Account &account, SearchTerm term, QObject *parent = nullptr);
    void start() override;

    /// What `schema` holds that `term` matches, as hits of account `accountId`.
    [[nodiscard]] static QList<SearchHit> match(const QString &accountId, const Ikoula::OrganisationSchema &schema,
                                                const SearchTerm &term);

private:
    /// One organisation's schema (or why it could not be read) is in.
    void onSchema(const QString &organisationName, const ApiError &error, const Ikoula::OrganisationSchema &schema);

    IkoulaClient *m_client;
    QString m_accountId;
    SearchTerm m_term;
    int m_pending = 0;
};
