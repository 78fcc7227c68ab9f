#include "ui/registry/providerview.h"

bool ProviderView::stillShown(const Node &node) const
{
    if (!m_host.current)
        return false;
    const Node now = m_host.current();
    return now.accountId == node.accountId && now.domain == node.domain && now.subscription == node.subscription
           && now.organisation == node.organisation && now.type == node.type;
}
