#include "ui/ice/iceview.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/icesettingsstore.h"
#include "models/accounttreemodel.h"
#include "ui/ice/icesettingspage.h"

#include <QInputDialog>
#include <QTreeView>

IceView::IceView(const Host &host, QObject *parent)
    : ProviderView(host, parent)
    , m_page(new IceSettingsPage(host.window))
    , m_store(new IceSettingsStore(IceSettingsStore::defaultFolder(), host.sessions->credentials(), host.window))   // as long as its page
{
}

QList<QWidget *> IceView::pages() const
{
    return {m_page};
}

QWidget *IceView::show(const Node &node)
{
    const auto account = m_host.accounts->find(node.accountId);
    if (node.domain.isEmpty() || !account)
        return nullptr;
    const QString key = account->keychainKey();
    const int organisation = account->accountId.toInt();
    const int skill = node.domain.toInt();
    m_page->setSource(nullptr, m_store, key, organisation, skill);
    m_page->setChangeHook(m_host.changeHook(node.accountId));
    m_host.sessions->withClient<IceClient>(node.accountId, this, [this, node, key, organisation, skill](IceClient *client) {
        const Node now = m_host.current();
        if (client && now.accountId == node.accountId && now.domain == node.domain)
            m_page->setSource(client, m_store, key, organisation, skill);
    });
    return m_page;
}

QString IceView::accountSummary(const Account &account) const
{
    return tr("%1\nICE organisation %2 at %3, signed in as %4.\nAdd the skills whose email server you manage.")
        .arg(account.displayName, account.accountId, account.baseUrl.toString(), account.userName);
}

void IceView::addDomain(const QString &accountId)
{
    auto *dialog = new QInputDialog(m_host.window);
    dialog->setObjectName(QStringLiteral("addIceSkill"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Skill"));
    dialog->setLabelText(tr("ICE skill id (a number, as in ICE's skill settings):"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 999999999);
    connect(dialog, &QInputDialog::intValueSelected, this, [this, accountId](int skill) {
        m_host.accounts->addDomain(accountId, QString::number(skill));
        m_host.treeView->setCurrentIndex(m_host.tree->mailboxesIndex(accountId, QString::number(skill)));
    });
    dialog->open();
}

void IceView::draftModeChanged()
{
    m_page->refreshDraftMode();
}
