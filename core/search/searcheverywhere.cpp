#include "core/search/searcheverywhere.h"

#include "core/accounts/account.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/search/accountsearch.h"

SearchEverywhere::SearchEverywhere(AccountStore *accounts, SessionManager *sessions, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_sessions(sessions)
{
    // An edited or removed account may lose its connection, which its search uses.
    connect(m_accounts, &AccountStore::accountChanged, this, &SearchEverywhere::cancel);
    connect(m_accounts, &AccountStore::accountRemoved, this, &SearchEverywhere::cancel);
}

bool SearchEverywhere::start(const QString &typed)
{
    cancel();
    const SearchTerm term = SearchTerm::parse(typed);
    if (term.text.size() < kMinimumLength)
        return false;
    m_run = new QObject(this);
    m_total = int(m_accounts->accounts().size());
    m_done = 0;
    Q_EMIT progress(0, m_total);
    if (m_total == 0) {
        delete m_run;
        Q_EMIT finished(false);
        return true;
    }
    QObject *run = m_run;
    for (const Account &each : m_accounts->accounts()) {
        const QString id = each.id;
        // Quietly: a search must not pop up a password prompt per account while the user types.
        m_sessions->withConnectionQuietly(id, run, [this, run, id, term](ProviderConnection *connection) {
            const auto account = m_accounts->find(id);
            if (!connection || !account) {
                Q_EMIT found({SearchHit::problem(id, tr("Not searched: Mailroom has no password for this account yet. Select the account to sign in."))});
                accountDone();
                return;
            }
            AccountSearch *search = connection->search(*account, term).release();
            search->setParent(run);
            connect(search, &AccountSearch::found, this, &SearchEverywhere::found);
            connect(search, &AccountSearch::finished, this, &SearchEverywhere::accountDone);
            search->start();
        });
    }
    return true;
}

void SearchEverywhere::cancel()
{
    if (!m_run)
        return;
    delete m_run;   // its searches and their callbacks go with it
    Q_EMIT finished(true);
}

void SearchEverywhere::accountDone()
{
    Q_EMIT progress(++m_done, m_total);
    if (m_done == m_total) {
        m_run->deleteLater();   // a search may still be on the stack
        m_run = nullptr;
        Q_EMIT finished(false);
    }
}
