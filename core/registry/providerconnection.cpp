#include "core/registry/providerconnection.h"

#include "core/accounts/account.h"
#include "core/net/apierror.h"
#include "core/search/accountsearch.h"

bool ProviderConnection::adopt(const Account &was, const Account &now)
{
    return was.provider == now.provider && was.baseUrl == now.baseUrl && was.accountId == now.accountId
        && was.userName == now.userName && was.publicKeyPem == now.publicKeyPem;
}

void ProviderConnection::whenSettled(QObject *context, std::function<void()> done)
{
    Q_UNUSED(context)   // nothing is pending: at once
    done();
}

std::unique_ptr<AccountSearch> ProviderConnection::search(const Account &account, const SearchTerm &term)
{
    return std::make_unique<DomainNameSearch>(account.id, account.domains, term);
}

void ProviderConnection::checkSignIn(const Account &account, QObject *context, SignInChecked done)
{
    Q_UNUSED(account)
    Q_UNUSED(context)
    done(ApiError(), false);
}
