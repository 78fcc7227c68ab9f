#include "core/search/accountsearch.h"

SearchTerm SearchTerm::parse(const QString &typed)
{
    SearchTerm term;
    term.text = typed.trimmed();
    const int at = term.text.indexOf(QLatin1Char('@'));
    term.local = at < 0 ? term.text : term.text.left(at);
    term.domain = at < 0 ? QString() : term.text.mid(at + 1);
    return term;
}

bool SearchTerm::admitsDomain(const QString &domainName) const
{
    return domain.isEmpty() || domainName.contains(domain, Qt::CaseInsensitive);
}

bool SearchTerm::matches(const QString &address, const QString &displayName) const
{
    if (text.isEmpty())
        return false;
    if (address.contains(text, Qt::CaseInsensitive) || displayName.contains(text, Qt::CaseInsensitive))
        return true;
    // "john@test" finds john.smith@test.com: each part in its own.
    const int at = address.indexOf(QLatin1Char('@'));
    if (at < 0 || !text.contains(QLatin1Char('@')))
        return false;
    return address.left(at).contains(local, Qt::CaseInsensitive) && admitsDomain(address.mid(at + 1));
}

DomainNameSearch::DomainNameSearch(QString accountId, QStringList domains, SearchTerm term, QObject *parent)
    : AccountSearch(parent), m_accountId(std::move(accountId)), m_domains(std::move(domains)), m_term(std::move(term))
{
}

void DomainNameSearch::start()
{
    const QList<SearchHit> hits = match(m_accountId, m_domains, m_term);
    if (!hits.isEmpty())
        Q_EMIT found(hits);
    Q_EMIT finished();
}

QList<SearchHit> DomainNameSearch::match(const QString &accountId, const QStringList &domains, const SearchTerm &term)
{
    // "@test" names a domain; "smith@" and "smith@test" name mailboxes only.
    if (term.text.contains(QLatin1Char('@')) && !term.local.isEmpty())
        return {};
    const QString part = term.text.contains(QLatin1Char('@')) ? term.domain : term.text;
    QList<SearchHit> hits;
    for (const QString &domain : domains) {
        if (part.isEmpty() || !domain.contains(part, Qt::CaseInsensitive))
            continue;
        SearchHit hit;
        hit.accountId = accountId;
        hit.kind = SearchHit::Kind::Domain;
        hit.name = domain;
        hit.domain = domain;
        hit.object = domain;
        hits.append(hit);
    }
    return hits;
}
