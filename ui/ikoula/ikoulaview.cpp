#include "ui/ikoula/ikoulaview.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/drafts/draft.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaoperation.h"
#include "models/accounttreemodel.h"
#include "ui/ikoula/ikoulacontactspage.h"
#include "ui/ikoula/ikoulalistspage.h"
#include "ui/ikoula/ikoulamailboxespage.h"
#include "ui/ikoula/ikoulaorganisation.h"
#include "ui/ikoula/ikoulasubscriptionpage.h"

#include <QTreeView>

IkoulaView::IkoulaView(const Host &host, QObject *parent)
    : ProviderView(host, parent)
    , m_organisation(new IkoulaOrganisation(host.window))   // as long as the pages that point at it
    , m_mailboxes(new IkoulaMailboxesPage(m_organisation, host.window))
    , m_lists(new IkoulaListsPage(m_organisation, host.window))
    , m_contacts(new IkoulaContactsPage(m_organisation, host.window))
    , m_subscription(new IkoulaSubscriptionPage(host.window))
{
    connect(m_organisation, &IkoulaOrganisation::loaded, this, &IkoulaView::draftChanged);
}

QList<QWidget *> IkoulaView::pages() const
{
    return {m_mailboxes, m_lists, m_contacts, m_subscription};
}

QWidget *IkoulaView::show(const Node &node)
{
    using NodeType = AccountTreeModel::NodeType;
    if (node.subscription.isEmpty()) {
        if (m_host.tree->rowCount(m_host.tree->accountIndex(node.accountId)) == 0)
            listSubscriptions(node.accountId);
        return nullptr;
    }
    if (NodeType(node.type) == NodeType::Subscription) {
        m_subscription->setSource(nullptr, node.subscription, QString());
        m_host.sessions->withClient<IkoulaClient>(node.accountId, this, [this, node](IkoulaClient *client) {
            if (stillShown(node))
                m_subscription->setSource(client, node.subscription, node.label);
        });
        return m_subscription;
    }
    m_organisation->setChangeHook(m_host.changeHook(node.accountId));
    m_host.sessions->withClient<IkoulaClient>(node.accountId, this, [this, node](IkoulaClient *client) {
        const Node now = m_host.current();
        if (now.organisation == node.organisation && now.accountId == node.accountId)
            m_organisation->setSource(client, node.subscription, node.organisation);
    });
    switch (NodeType(node.type)) {
    case NodeType::DistributionLists:
        return m_lists;
    case NodeType::Contacts:
        return m_contacts;
    default:
        return m_mailboxes;
    }
}

void IkoulaView::reveal(const Node &node, const QString &object)
{
    switch (AccountTreeModel::NodeType(node.type)) {
    case AccountTreeModel::NodeType::Mailboxes:
        m_mailboxes->reveal(object);
        break;
    case AccountTreeModel::NodeType::DistributionLists:
        m_lists->reveal(object);
        break;
    case AccountTreeModel::NodeType::Contacts:
        m_contacts->reveal(object);
        break;
    default:
        break;
    }
}

QString IkoulaView::accountSummary(const Account &account) const
{
    return tr("%1\nIkoula Exchange at %2, signed in as %3.\nIts subscriptions and organisations are listed in the tree.")
        .arg(account.displayName, account.baseUrl.toString(), account.userName);
}

bool IkoulaView::refresh(const Node &node)
{
    if (node.subscription.isEmpty()) {
        listSubscriptions(node.accountId);
        return true;
    }
    if (!node.organisation.isEmpty()) {
        m_organisation->reload();
        return true;
    }
    return false;
}

void IkoulaView::listObjects(const Account &account)
{
    listSubscriptions(account.id);
}

void IkoulaView::listSubscriptions(const QString &accountId)
{
    m_host.accountNote(accountId, tr("Listing the subscriptions\u2026"));
    m_host.sessions->withClient<IkoulaClient>(accountId, this, [this, accountId](IkoulaClient *client) {
        if (!client)
            return;
        client->listSubscriptions(this, [this, accountId](const ApiError &error, const QList<Ikoula::Subscription> &subscriptions) {
            if (error.isError()) {
                m_host.accountNote(accountId, error.message());
                m_host.status(error.message());
                return;
            }
            QList<AccountTreeModel::Subscription> listed;
            for (const Ikoula::Subscription &s : subscriptions) {
                AccountTreeModel::Subscription node{s.id, s.name, {}};
                for (const Ikoula::Organisation &o : s.organisations)
                    node.organisations.append({o.id, o.name});
                listed.append(node);
            }
            m_host.tree->setSubscriptions(accountId, listed);
            m_host.treeView->expand(m_host.tree->accountIndex(accountId));
            for (const Ikoula::Subscription &s : subscriptions)
                m_host.treeView->expand(m_host.tree->subscriptionIndex(accountId, s.id));
            m_host.accountNote(accountId, subscriptions.isEmpty() ? tr("This login has no Exchange subscription.") : QString());
        });
    });
}

void IkoulaView::draftChanged()
{
    // The mailboxes, lists and contacts of the organisation shown that the draft changes.
    QHash<QString, SimpleTableModel::DraftMark> marks;
    if (const Draft *draft = m_host.draft(m_host.current().accountId)) {
        const QSet<QString> applied = m_host.applied ? m_host.applied() : QSet<QString>();
        for (const DraftEntry &entry : draft->entries) {
            if (applied.contains(entry.id))
                continue;   // at Ikoula now
            const auto *op = dynamic_cast<const IkoulaOperation *>(entry.operation.get());
            if (!op || op->organisationId() != m_organisation->organisationId())
                continue;
            // The object the change is about: a member change is about its list, not the member.
            const bool member = op->action().endsWith(QLatin1String("-to-dl"));
            QString key = op->parameter(QStringLiteral("email_dl")).toLower();
            for (const char *name : {"email_bal", "email_primary", "contact_id"}) {
                if (!member && !op->parameter(QLatin1String(name)).isEmpty()) {
                    key = op->parameter(QLatin1String(name)).toLower();
                    break;
                }
            }
            if (key.isEmpty() || op->creates())
                continue;   // a creation has no row yet
            SimpleTableModel::DraftMark &mark = marks[key];
            mark.description += (mark.description.isEmpty() ? QString() : QStringLiteral("\n")) + op->describe();
            mark.deleted = mark.deleted || op->isDestructive();
        }
    }
    m_organisation->setDraftMarks(marks);
}
