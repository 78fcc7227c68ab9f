// MainWindow's Ikoula and ICE pages: which page a node shows and how it gets its client.
#include "ui/mainwindow.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/provider.h"
#include "core/accounts/sessionmanager.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/icesettingsstore.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "models/accounttreemodel.h"
#include "ui/ice/icesettingspage.h"
#include "ui/ikoula/ikoulacontactspage.h"
#include "ui/ikoula/ikoulalistspage.h"
#include "ui/ikoula/ikoulamailboxespage.h"
#include "ui/ikoula/ikoulaorganisation.h"
#include "ui/ikoula/ikoulasubscriptionpage.h"

#include <QInputDialog>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

QString MainWindow::accountSummary(const QString &accountId) const
{
    const auto account = m_accounts->find(accountId);
    if (!account)
        return {};
    const QString url = account->baseUrl.toString();
    if (account->provider == QLatin1String("ikoula"))
        return tr("%1\nIkoula Exchange at %2, signed in as %3.\nIts subscriptions and organisations are listed in the tree.")
            .arg(account->displayName, url, account->userName);
    if (account->provider == QLatin1String("ice"))
        return tr("%1\nICE organisation %2 at %3, signed in as %4.\nAdd the skills whose email server you manage.")
            .arg(account->displayName, account->accountId, url, account->userName);
    if (account->provider == QLatin1String("webitel"))
        return tr("%1\nWebitel at %2, signed in as %3.\nAdd the domains whose email settings you manage.")
            .arg(account->displayName, url, account->userName);
    return tr("%1\nHostway account %2 at %3, signed in as %4.\nAdd the domains you administer to browse their mailboxes.")
        .arg(account->displayName, account->accountId, url, account->userName);
}

void MainWindow::listProviderObjects()
{
    for (const Account &account : m_accounts->accounts()) {
        if (account.provider == QLatin1String("ikoula"))
            loadIkoulaSubscriptions(account.id);
    }
}

void MainWindow::loadIkoulaSubscriptions(const QString &accountId)
{
    const auto account = m_accounts->find(accountId);
    if (!account || account->provider != QLatin1String("ikoula"))
        return;
    m_accountSummary->setText(accountSummary(accountId) + QLatin1Char('\n') + tr("Listing the subscriptions\u2026"));
    m_sessions->withClient<IkoulaClient>(accountId, this, [this, accountId](IkoulaClient *client) {
        if (!client)
            return;
        client->listSubscriptions(this, [this, accountId](const ApiError &error, const QList<Ikoula::Subscription> &subscriptions) {
            const bool shown = context().accountId == accountId && context().subscription.isEmpty();
            if (error.isError()) {
                if (shown)
                    m_accountSummary->setText(accountSummary(accountId) + QStringLiteral("\n\n") + error.message());
                statusBar()->showMessage(error.message(), 10000);
                return;
            }
            m_treeModel->setSubscriptions(accountId, subscriptions);
            m_tree->expand(m_treeModel->accountIndex(accountId));
            for (const Ikoula::Subscription &s : subscriptions)
                m_tree->expand(m_treeModel->subscriptionIndex(accountId, s.id));
            if (shown)
                m_accountSummary->setText(accountSummary(accountId)
                                          + (subscriptions.isEmpty() ? QStringLiteral("\n\n") + tr("This login has no Exchange subscription.") : QString()));
        });
    });
}

void MainWindow::showIkoula(const Context &c)
{
    using NodeType = AccountTreeModel::NodeType;
    const NodeType type = NodeType(c.nodeType);
    if (type == NodeType::Subscription) {
        m_centre->setCurrentWidget(m_ikoulaSubscription);
        const QString name = m_tree->currentIndex().data().toString();
        m_ikoulaSubscription->setSource(nullptr, c.subscription, QString());
        m_sessions->withClient<IkoulaClient>(c.accountId, this, [this, c](IkoulaClient *client) {
            if (context().subscription == c.subscription && context().organisation.isEmpty())
                m_ikoulaSubscription->setSource(client, c.subscription, m_tree->currentIndex().data().toString());
        });
        return;
    }
    QWidget *page = type == NodeType::DistributionLists ? static_cast<QWidget *>(m_ikoulaLists)
                    : type == NodeType::Contacts        ? static_cast<QWidget *>(m_ikoulaContacts)
                                                        : static_cast<QWidget *>(m_ikoulaMailboxes);
    m_centre->setCurrentWidget(page);
    m_ikoulaOrganisation->setChangeHook(changeHook(c.accountId));
    m_sessions->withClient<IkoulaClient>(c.accountId, this, [this, c](IkoulaClient *client) {
        if (context().organisation == c.organisation && context().accountId == c.accountId)
            m_ikoulaOrganisation->setSource(client, c.subscription, c.organisation);
    });
}

void MainWindow::showIce(const Context &c)
{
    m_centre->setCurrentWidget(m_icePage);
    const auto account = m_accounts->find(c.accountId);
    if (!account)
        return;
    const QString key = account->keychainKey();
    const int organisation = account->accountId.toInt();
    const int skill = c.domain.toInt();
    m_icePage->setSource(nullptr, m_iceStore, key, organisation, skill);
    m_icePage->setChangeHook(changeHook(c.accountId));
    m_sessions->withClient<IceClient>(c.accountId, this, [this, c, key, organisation, skill](IceClient *client) {
        if (client && context().accountId == c.accountId && context().domain == c.domain)
            m_icePage->setSource(client, m_iceStore, key, organisation, skill);
    });
}

void MainWindow::addIceSkill(const QString &accountId)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addIceSkill"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Skill"));
    dialog->setLabelText(tr("ICE skill id (a number, as in ICE's skill settings):"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 999999999);
    connect(dialog, &QInputDialog::intValueSelected, this, [this, accountId](int skill) {
        m_accounts->addDomain(accountId, QString::number(skill));
        m_tree->setCurrentIndex(m_treeModel->mailboxesIndex(accountId, QString::number(skill)));
    });
    dialog->open();
}
