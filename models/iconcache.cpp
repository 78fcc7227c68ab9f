#include "models/iconcache.h"

QIcon IconCache::icon(const QString &resource) const
{
    auto it = m_icons.constFind(resource);
    if (it == m_icons.cend())
        it = m_icons.insert(resource, QIcon(resource));
    return *it;
}
