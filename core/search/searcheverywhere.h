#pragma once

#include "core/search/searchhit.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AccountStore;
class SessionManager;

/// Search Everywhere: one term searched in every account at once, each account by its
/// provider's AccountSearch (ProviderConnection::search) over SessionManager's connections.
/// An account whose password neither the session nor the keychain has is not searched (a
/// Problem hit says so): typing never pops up a password prompt. Hits stream
/// in as they arrive; the search ends once every account has answered, or when cancelled.
class SearchEverywhere final : public QObject
{
    Q_OBJECT

public:
    /// The shortest term searched, in characters (a single letter would list everything).
    static constexpr int kMinimumLength = 2;

    /// Neither is owned; both outlive the search.
    SearchEverywhere(AccountStore *accounts, SessionManager *sessions, QObject *parent = nullptr);

    /// Cancels the search under way and searches `typed` (SearchTerm::parse); a term shorter
    /// than kMinimumLength only cancels. Returns false then.
    bool start(const QString &typed);
    /// Stops the search under way: no signal but finished(true) after this.
    void cancel();
    /// True from start() until finished().
    [[nodiscard]] bool isRunning() const { return m_run != nullptr; }

Q_SIGNALS:
    /// Hits of one account (SearchHit::accountId), in the order its provider found them.
    void found(const QList<SearchHit> &hits);
    /// `done` of `total` accounts have answered.
    void progress(int done, int total);
    /// The search is over: every account answered, or `cancelled`.
    void finished(bool cancelled);

private:
    void accountDone();

    AccountStore *m_accounts;
    SessionManager *m_sessions;
    QPointer<QObject> m_run;   ///< parent of the search under way: deleting it drops every answer
    int m_total = 0;
    int m_done = 0;
};
