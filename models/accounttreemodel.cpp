#include "models/accounttreemodel.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/provider.h"

#include <QIcon>
#include <QTextDocument>

struct AccountTreeModel::Node
{
    NodeType type = NodeType::Account;
    QString accountId;
    QString domain;
    QString subscription;   ///< Ikoula SUBSCR_ID
    QString organisation;   ///< Ikoula ORGA_ID
    QString label;          ///< the provider's name of a subscription or organisation
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
};

AccountTreeModel::AccountTreeModel(AccountStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>())
{
    for (const Account &account : store->accounts())
        m_root->children.push_back(makeAccountNode(account.id, m_root.get()));
    connect(store, &AccountStore::accountAdded, this, &AccountTreeModel::onAccountAdded);
    connect(store, &AccountStore::accountChanged, this, &AccountTreeModel::onAccountChanged);
    connect(store, &AccountStore::accountRemoved, this, &AccountTreeModel::onAccountRemoved);
}

AccountTreeModel::~AccountTreeModel() = default;

std::unique_ptr<AccountTreeModel::Node> AccountTreeModel::makeDomainNode(const QString &accountId, const QString &domain, Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Domain;
    node->accountId = accountId;
    node->domain = domain;
    node->parent = parent;
    auto mailboxes = std::make_unique<Node>();
    // What each provider manages under a domain (its capabilities).
    mailboxes->type = Provider::of(providerOf(accountId)).can(Provider::Mailboxes) ? NodeType::Mailboxes : NodeType::ServerSettings;
    mailboxes->accountId = accountId;
    mailboxes->domain = domain;
    mailboxes->parent = node.get();
    node->children.push_back(std::move(mailboxes));
    return node;
}

QString AccountTreeModel::providerOf(const QString &accountId) const
{
    const auto account = m_store->find(accountId);
    return account ? account->provider : QString();
}

std::unique_ptr<AccountTreeModel::Node> AccountTreeModel::makeAccountNode(const QString &id, Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Account;
    node->accountId = id;
    node->parent = parent;
    if (const auto account = m_store->find(id); account && Provider::forAccount(*account).userAddsDomains) {
        for (const QString &domain : account->domains)
            node->children.push_back(makeDomainNode(id, domain, node.get()));
    }
    return node;
}

AccountTreeModel::Node *AccountTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int AccountTreeModel::rowOf(const Node *node) const
{
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return static_cast<int>(i);
    }
    return -1;
}

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(static_cast<size_t>(row)).get());
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(rowOf(parentNode), 0, parentNode);
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole: {
        const Provider::Terms &terms = Provider::of(providerOf(node->accountId)).terms;
        switch (node->type) {
        case NodeType::Account: {
            const auto account = m_store->find(node->accountId);
            return account ? account->displayName : QString();
        }
        case NodeType::Domain:
            return terms.domain.arg(node->domain);
        case NodeType::Mailboxes:
            return tr("Mailboxes");
        case NodeType::ServerSettings:
            return terms.settings;
        case NodeType::Subscription:
            return node->label.isEmpty() ? node->subscription : tr("%1 (%2)").arg(node->label, node->subscription);
        case NodeType::Organisation:
            return node->label.isEmpty() ? node->organisation : node->label;
        case NodeType::DistributionLists:
            return tr("Distribution Lists");
        case NodeType::Contacts:
            return tr("Contacts");
        }
        break;
    }
    case Qt::ToolTipRole:
        if (node->type == NodeType::Account) {
            const auto account = m_store->find(node->accountId);
            if (!account)
                return {};
            const Provider provider = Provider::forAccount(*account);
            if (provider.needsAccountId)
                return provider.terms.accountTooltip.arg(provider.name, account->accountId, account->baseUrl.toString(), account->userName);
            return tr("%1 at %2, as %3").arg(provider.name, account->baseUrl.toString(), account->userName);
        }
        if (node->type == NodeType::Organisation)
            return tr("Organisation %1 of subscription %2").arg(node->organisation, node->subscription);
        // The whole name, where a narrow tree cuts it ("Exchange 2019 – 25 BAL (1…").
        if (node->type == NodeType::Subscription)   // the provider's words: never markup
            return Qt::convertFromPlainText(node->label.isEmpty() ? tr("Subscription %1").arg(node->subscription)
                                                                  : tr("Subscription %1: %2").arg(node->subscription, node->label),
                                            Qt::WhiteSpaceNormal);
        if (node->type == NodeType::Domain)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DecorationRole:
        switch (node->type) {
        case NodeType::Account:
            return m_icons.icon(Provider::of(providerOf(node->accountId)).icon);
        case NodeType::Domain:
            return m_icons.icon(Provider::of(providerOf(node->accountId)).terms.domainIcon);
        case NodeType::Mailboxes:
            return m_icons.icon(QStringLiteral(":/icons/mailbox.svg"));
        case NodeType::ServerSettings:
            return m_icons.icon(QStringLiteral(":/icons/server.svg"));
        case NodeType::Subscription:
            return m_icons.icon(QStringLiteral(":/icons/subscription.svg"));
        case NodeType::Organisation:
            return m_icons.icon(QStringLiteral(":/icons/organisation.svg"));
        case NodeType::DistributionLists:
            return m_icons.icon(QStringLiteral(":/icons/list.svg"));
        case NodeType::Contacts:
            return m_icons.icon(QStringLiteral(":/icons/contact.svg"));
        }
        break;
    case NodeTypeRole:
        return static_cast<int>(node->type);
    case AccountIdRole:
        return node->accountId;
    case DomainRole:
        return node->domain;
    case SubscriptionRole:
        return node->subscription;
    case OrganisationRole:
        return node->organisation;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> AccountTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeTypeRole, "nodeType");
    names.insert(AccountIdRole, "accountId");
    names.insert(DomainRole, "domain");
    names.insert(SubscriptionRole, "subscription");
    names.insert(OrganisationRole, "organisation");
    return names;
}

QModelIndex AccountTreeModel::accountIndex(const QString &accountId) const
{
    for (size_t i = 0; i < m_root->children.size(); ++i) {
        if (m_root->children[i]->accountId == accountId)
            return index(static_cast<int>(i), 0);
    }
    return {};
}

QModelIndex AccountTreeModel::domainIndex(const QString &accountId, const QString &domain) const
{
    const QModelIndex account = accountIndex(accountId);
    if (!account.isValid())
        return {};
    const Node *node = nodeOf(account);
    for (size_t i = 0; i < node->children.size(); ++i) {
        if (node->children[i]->domain == domain)
            return index(static_cast<int>(i), 0, account);
    }
    return {};
}

QModelIndex AccountTreeModel::mailboxesIndex(const QString &accountId, const QString &domain) const
{
    const QModelIndex d = domainIndex(accountId, domain);
    return d.isValid() ? index(0, 0, d) : QModelIndex();
}

void AccountTreeModel::setSubscriptions(const QString &accountId, const QList<Subscription> &subscriptions)
{
    const QModelIndex accountIdx = accountIndex(accountId);
    if (!accountIdx.isValid())
        return;
    Node *account = nodeOf(accountIdx);
    // The same subscriptions and organisations again (a refresh): keep the nodes, so the
    // selection and expansion stay.
    bool same = account->children.size() == size_t(subscriptions.size());
    for (size_t i = 0; same && i < account->children.size(); ++i) {
        const Node *sub = account->children[i].get();
        const Subscription &s = subscriptions.at(qsizetype(i));
        same = sub->subscription == s.id && sub->label == s.name && sub->children.size() == size_t(s.organisations.size());
        for (size_t j = 0; same && j < sub->children.size(); ++j)
            same = sub->children[j]->organisation == s.organisations.at(qsizetype(j)).id
                   && sub->children[j]->label == s.organisations.at(qsizetype(j)).name;
    }
    if (same)
        return;
    if (!account->children.empty()) {
        beginRemoveRows(accountIdx, 0, static_cast<int>(account->children.size()) - 1);
        account->children.clear();
        endRemoveRows();
    }
    if (subscriptions.isEmpty())
        return;
    std::vector<std::unique_ptr<Node>> nodes;
    for (const Subscription &s : subscriptions) {
        auto sub = std::make_unique<Node>();
        sub->type = NodeType::Subscription;
        sub->accountId = accountId;
        sub->subscription = s.id;
        sub->label = s.name;
        sub->parent = account;
        for (const Subscription::Organisation &o : s.organisations) {
            auto orga = std::make_unique<Node>();
            orga->type = NodeType::Organisation;
            orga->accountId = accountId;
            orga->subscription = s.id;
            orga->organisation = o.id;
            orga->label = o.name;
            orga->parent = sub.get();
            for (NodeType type : {NodeType::Mailboxes, NodeType::DistributionLists, NodeType::Contacts}) {
                auto category = std::make_unique<Node>();
                category->type = type;
                category->accountId = accountId;
                category->subscription = s.id;
                category->organisation = o.id;
                category->label = o.name;
                category->parent = orga.get();
                orga->children.push_back(std::move(category));
            }
            sub->children.push_back(std::move(orga));
        }
        nodes.push_back(std::move(sub));
    }
    beginInsertRows(accountIdx, 0, static_cast<int>(nodes.size()) - 1);
    account->children = std::move(nodes);
    endInsertRows();
}

QModelIndex AccountTreeModel::subscriptionIndex(const QString &accountId, const QString &subscriptionId) const
{
    const QModelIndex account = accountIndex(accountId);
    for (int row = 0; row < rowCount(account); ++row) {
        const QModelIndex sub = index(row, 0, account);
        if (nodeOf(sub)->type == NodeType::Subscription && nodeOf(sub)->subscription == subscriptionId)
            return sub;
    }
    return {};
}

QModelIndex AccountTreeModel::organisationIndex(const QString &accountId, const QString &subscriptionId,
                                                const QString &organisationId, NodeType type) const
{
    const QModelIndex sub = subscriptionIndex(accountId, subscriptionId);
    for (int row = 0; row < rowCount(sub); ++row) {
        const QModelIndex orga = index(row, 0, sub);
        if (nodeOf(orga)->organisation != organisationId)
            continue;
        if (type == NodeType::Organisation)
            return orga;
        for (int c = 0; c < rowCount(orga); ++c) {
            if (nodeOf(index(c, 0, orga))->type == type)
                return index(c, 0, orga);
        }
    }
    return {};
}

void AccountTreeModel::onAccountAdded(const QString &id)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_root->children.push_back(makeAccountNode(id, m_root.get()));
    endInsertRows();
}

void AccountTreeModel::onAccountRemoved(const QString &id)
{
    const QModelIndex account = accountIndex(id);
    if (!account.isValid())
        return;
    beginRemoveRows({}, account.row(), account.row());
    m_root->children.erase(m_root->children.begin() + account.row());
    endRemoveRows();
}

void AccountTreeModel::onAccountChanged(const QString &id)
{
    const QModelIndex accountIdx = accountIndex(id);
    const auto account = m_store->find(id);
    if (!accountIdx.isValid() || !account)
        return;
    Node *node = nodeOf(accountIdx);
    if (!Provider::forAccount(*account).userAddsDomains) {   // Ikoula: the API's subscriptions stay
        Q_EMIT dataChanged(accountIdx, accountIdx);
        return;
    }
    // Remove the domains that are gone, then append the new ones.
    for (int row = static_cast<int>(node->children.size()) - 1; row >= 0; --row) {
        if (!account->domains.contains(node->children[static_cast<size_t>(row)]->domain)) {
            beginRemoveRows(accountIdx, row, row);
            node->children.erase(node->children.begin() + row);
            endRemoveRows();
        }
    }
    for (const QString &domain : account->domains) {
        if (domainIndex(id, domain).isValid())
            continue;
        const int row = static_cast<int>(node->children.size());
        beginInsertRows(accountIdx, row, row);
        node->children.push_back(makeDomainNode(id, domain, node));
        endInsertRows();
    }
    Q_EMIT dataChanged(accountIdx, accountIdx);
}
