#include "core/registry/providermodule.h"

QStringList ProviderModule::accountProblems(const Account &account) const
{
    Q_UNUSED(account)
    return {};
}
