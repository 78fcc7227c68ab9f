#include "core/providers/hostway/hostwaysearch.h"

#include "core/accounts/account.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxowner.h"

#include <QLocale>

HostwaySearch::HostwaySearch(HostwayClient *client, const Account &account, SearchTerm term, QObject *parent)
    : AccountSearch(parent), m_client(client), m_accountId(account.id), m_domains(account.domains), m_term(std::move(term))
{
    if (const auto owner = Hostway::MailboxOwner::of(account))
        m_ownerAddress = owner->name + QLatin1Char('@') + owner->domain;
}

HostwaySearch::~HostwaySearch()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (!job)
            continue;
        QObject::disconnect(job, nullptr, this, nullptr);   // no answer reaches a half-destroyed search
        job->cancel();
    }
}

void HostwaySearch::start()
{
    if (!m_ownerAddress.isEmpty()) {
        // The owner's node is the account itself: no domain to select.
        if (m_term.matches(m_ownerAddress)) {
            SearchHit hit;
            hit.accountId = m_accountId;
            hit.name = m_ownerAddress;
            hit.detail = tr("Your own mailbox");
            hit.object = m_ownerAddress.section(QLatin1Char('@'), 0, 0);
            Q_EMIT found({hit});
        }
        Q_EMIT finished();
        return;
    }
    const QList<SearchHit> domains = DomainNameSearch::match(m_accountId, m_domains, m_term);
    if (!domains.isEmpty())
        Q_EMIT found(domains);
    QStringList searched;
    if (!m_term.local.isEmpty()) {
        for (const QString &domain : std::as_const(m_domains)) {
            if (m_term.admitsDomain(domain))
                searched.append(domain);
        }
    }
    m_pending = int(searched.size());
    if (m_pending == 0) {
        Q_EMIT finished();
        return;
    }
    for (const QString &domain : std::as_const(searched))
        searchDomain(domain);
}

void HostwaySearch::searchDomain(const QString &domain)
{
    Hostway::UsernamesQuery query;
    query.filter = QLatin1Char('*') + m_term.local + QLatin1Char('*');
    query.pageSize = kPageSize;
    query.details = false;
    ApiJob *job = m_client->fetchUsernames(domain, query, this, [this, domain](const ApiError &error, const Hostway::UsernamesPage &page) {
        QList<SearchHit> hits;
        if (error.isError()) {
            SearchHit problem = SearchHit::problem(m_accountId, tr("%1 could not be searched: %2").arg(domain, error.message()));
            problem.domain = domain;
            hits.append(problem);
        } else {
            SearchHit hit;
            hit.accountId = m_accountId;
            hit.domain = domain;
            for (const Hostway::MailboxSummary &mailbox : page.items) {
                hit.name = mailbox.username + QLatin1Char('@') + domain;
                hit.object = mailbox.username;
                hits.append(hit);
            }
            if (const int more = page.totalCount - int(page.items.size()); more > 0) {
                hit.kind = SearchHit::Kind::More;
                hit.object.clear();
                hit.name = tr("%n more in %1: type more of the name", nullptr, more).arg(domain);
                hits.append(hit);
            }
        }
        if (!hits.isEmpty())
            Q_EMIT found(hits);
        domainDone();
    });
    job->setFailureShownByCaller(true);   // a Problem hit says it, in the results
    m_jobs.append(job);
}

void HostwaySearch::domainDone()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}
