#include "core/providers/ikoula/ikoulasearch.h"

#include "core/accounts/account.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulatypes.h"

IkoulaSearch::IkoulaSearch(IkoulaClient *client, const Account &account, SearchTerm term, QObject *parent)
    : AccountSearch(parent), m_client(client), m_accountId(account.id), m_term(std::move(term))
{
}

void IkoulaSearch::start()
{
    m_client->listSubscriptions(this, [this](const ApiError &error, const QList<Ikoula::Subscription> &subscriptions) {
        if (error.isError()) {
            Q_EMIT found({SearchHit::problem(m_accountId, tr("The subscriptions could not be listed: %1").arg(error.message()))});
            Q_EMIT finished();
            return;
        }
        for (const Ikoula::Subscription &subscription : subscriptions)
            m_pending += int(subscription.organisations.size());
        if (m_pending == 0) {
            Q_EMIT finished();
            return;
        }
        for (const Ikoula::Subscription &subscription : subscriptions) {
            for (const Ikoula::Organisation &organisation : subscription.organisations) {
                m_client->fetchSchema(subscription.id, organisation.id, this,
                                      [this, name = organisation.name](const ApiError &failure, const Ikoula::OrganisationSchema &schema) {
                                          onSchema(name, failure, schema);
                                      });
            }
        }
    });
}

QList<SearchHit> IkoulaSearch::match(const QString &accountId, const Ikoula::OrganisationSchema &schema, const SearchTerm &term)
{
    QList<SearchHit> hits;
    SearchHit hit;
    hit.accountId = accountId;
    hit.subscription = schema.subscriptionId;
    hit.organisation = schema.organisationId;
    const auto add = [&](SearchHit::Kind kind, const QString &email, const QString &displayName) {
        if (!term.matches(email, displayName))
            return;
        hit.kind = kind;
        hit.name = email;
        hit.detail = displayName;
        hit.object = email;
        hits.append(hit);
    };
    for (const Ikoula::Bal &bal : schema.bals)
        add(SearchHit::Kind::Mailbox, bal.email, bal.details.displayName);
    for (const Ikoula::DistributionList &list : schema.lists)
        add(SearchHit::Kind::DistributionList, list.email, list.displayName);
    for (const Ikoula::Contact &contact : schema.contacts)
        add(SearchHit::Kind::Contact, contact.email, contact.displayName);
    return hits;
}

void IkoulaSearch::onSchema(const QString &organisationName, const ApiError &error, const Ikoula::OrganisationSchema &schema)
{
    QList<SearchHit> hits;
    if (error.isError()) {
        SearchHit problem = SearchHit::problem(m_accountId, tr("%1 could not be searched: %2").arg(organisationName, error.message()));
        problem.subscription = schema.subscriptionId;
        problem.organisation = schema.organisationId;
        hits.append(problem);
    } else {
        hits = match(m_accountId, schema, m_term);
    }
    if (!hits.isEmpty())
        Q_EMIT found(hits);
    if (--m_pending == 0)
        Q_EMIT finished();
}
