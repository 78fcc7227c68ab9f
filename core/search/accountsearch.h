#pragma once

#include "core/search/searchhit.h"

#include <QList>
#include <QObject>
#include <QStringList>

/// A term as typed in the search box: "smith", "smith@", "@test.com", "john.smith@test".
/// Before an "@" it names the mailbox's own part, after it the domain's.
struct SearchTerm
{
    QString text;     ///< the whole term, trimmed
    QString local;    ///< before the first "@" (the whole term when there is none)
    QString domain;   ///< after the first "@"; empty when there is none

    [[nodiscard]] static SearchTerm parse(const QString &typed);
    /// True when `domain` may hold what the term names: it contains the term's domain part,
    /// or the term has none.
    [[nodiscard]] bool admitsDomain(const QString &domainName) const;
    /// True when `address` ("name@domain") or `displayName` contains the whole term, or the
    /// address's parts contain the term's parts (case-insensitive).
    [[nodiscard]] bool matches(const QString &address, const QString &displayName = QString()) const;
};

/// One account's part of a search across accounts: made by ProviderConnection::search() for
/// a term, it reports what it finds as it arrives and ends once. Deleting it cancels it (no
/// signal after that; requests in flight are aborted).
class AccountSearch : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Starts looking; found() zero or more times, then finished() once (possibly before
    /// start() returns).
    virtual void start() = 0;

Q_SIGNALS:
    /// Hits of the account, in the order they came (More and Problem hits included).
    void found(const QList<SearchHit> &hits);
    /// The search of this account is over.
    void finished();
};

/// The account's domains (Account::domains: Hostway and Webitel domains, ICE skill ids)
/// whose name contains the term, without any request: what every provider can search.
class DomainNameSearch final : public AccountSearch
{
    Q_OBJECT

public:
    /// `domains` of account `accountId`; `term` is matched case-insensitively.
    DomainNameSearch(QString accountId, QStringList domains, SearchTerm term, QObject *parent = nullptr);
    void start() override;
    /// The hits for `term` among `domains`, for the provider searches that add their own.
    [[nodiscard]] static QList<SearchHit> match(const QString &accountId, const QStringList &domains, const SearchTerm &term);

private:
    QString m_accountId;
    QStringList m_domains;
    SearchTerm m_term;
};
