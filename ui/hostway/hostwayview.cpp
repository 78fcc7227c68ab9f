#include "ui/hostway/hostwayview.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/providers/hostway/hostwayclient.h"
#include "models/accounttreemodel.h"
#include "ui/hostway/adddomaindialog.h"
#include "ui/hostway/domainpage.h"

#include <QTreeView>

HostwayView::HostwayView(const Host &host, QObject *parent)
    : ProviderView(host, parent)
    , m_domainPage(new DomainPage(host.window))
{
}

QList<QWidget *> HostwayView::pages() const
{
    return {m_domainPage};
}

QWidget *HostwayView::show(const Node &node)
{
    using NodeType = AccountTreeModel::NodeType;
    if (node.domain.isEmpty())
        return nullptr;
    if (NodeType(node.type) == NodeType::Mailboxes)
        return m_host.mailboxTable(node);
    m_host.sessions->withClient<HostwayClient>(node.accountId, this, [this, node](HostwayClient *client) {
        if (stillShown(node))
            m_domainPage->setSource(client, node.domain);
    });
    return m_domainPage;
}

QString HostwayView::accountSummary(const Account &account) const
{
    return tr("%1\nHostway account %2 at %3, signed in as %4.\nAdd the domains you administer to browse their mailboxes.")
        .arg(account.displayName, account.accountId, account.baseUrl.toString(), account.userName);
}

void HostwayView::addDomain(const QString &accountId)
{
    m_host.sessions->withClient<HostwayClient>(accountId, this, [this, accountId](HostwayClient *client) {
        if (!client)
            return;
        auto *dialog = new AddDomainDialog(client, m_host.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, accountId] {
            m_host.accounts->addDomain(accountId, dialog->domain());
            m_host.treeView->setCurrentIndex(m_host.tree->mailboxesIndex(accountId, dialog->domain()));
        });
        dialog->open();
    });
}
