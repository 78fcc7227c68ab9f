#include "core/providers/ikoula/ikoulatypes.h"

namespace Ikoula {

const Bal *OrganisationSchema::findBal(const QString &email) const
{
    for (const Bal &b : bals) {
        if (b.email.compare(email, Qt::CaseInsensitive) == 0)
            return &b;
    }
    return nullptr;
}

const DistributionList *OrganisationSchema::findList(const QString &email) const
{
    for (const DistributionList &l : lists) {
        if (l.email.compare(email, Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

} // namespace Ikoula
