#include "ui/webitel/webitelview.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/providers/webitel/webitelclient.h"
#include "models/accounttreemodel.h"
#include "ui/webitel/webitelsettingspage.h"

#include <QInputDialog>
#include <QTreeView>

WebitelView::WebitelView(const Host &host, QObject *parent)
    : ProviderView(host, parent)
    , m_page(new WebitelSettingsPage(host.window))
{
}

QList<QWidget *> WebitelView::pages() const
{
    return {m_page};
}

QWidget *WebitelView::show(const Node &node)
{
    if (node.domain.isEmpty())
        return nullptr;
    m_page->setSource(nullptr, node.domain);
    m_page->setChangeHook(m_host.changeHook(node.accountId));
    m_host.sessions->withClient<WebitelClient>(node.accountId, this, [this, node](WebitelClient *client) {
        const Node now = m_host.current();
        if (now.domain == node.domain && now.accountId == node.accountId)
            m_page->setSource(client, node.domain);
    });
    return m_page;
}

QString WebitelView::accountSummary(const Account &account) const
{
    return tr("%1\nWebitel at %2, signed in as %3.\nAdd the domains whose email settings you manage.")
        .arg(account.displayName, account.baseUrl.toString(), account.userName);
}

void WebitelView::addDomain(const QString &accountId)
{
    auto *dialog = new QInputDialog(m_host.window);
    dialog->setObjectName(QStringLiteral("addWebitelDomain"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Domain"));
    dialog->setLabelText(tr("Webitel domain (as in Webitel, e.g. pbx.example.com):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, accountId](const QString &text) {
        const QString domain = text.trimmed().toLower();
        if (domain.isEmpty())
            return;
        m_host.accounts->addDomain(accountId, domain);
        m_host.treeView->setCurrentIndex(m_host.tree->mailboxesIndex(accountId, domain));
    });
    dialog->open();
}

void WebitelView::draftModeChanged()
{
    m_page->refreshDraftMode();
}
