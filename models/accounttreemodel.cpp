#include "models/accounttreemodel.h"

#include "core/accounts/accountstore.h"

#include <QIcon>

struct AccountTreeModel::Node
{
    NodeType type = NodeType::Account;
    QString accountId;
    QString domain;
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
    mailboxes->type = providerOf(accountId) == QLatin1String("webitel") ? NodeType::ServerSettings : NodeType::Mailboxes;
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
    if (const auto account = m_store->find(id)) {
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
    case Qt::DisplayRole:
        switch (node->type) {
        case NodeType::Account: {
            const auto account = m_store->find(node->accountId);
            return account ? account->displayName : QString();
        }
        case NodeType::Domain:
            return node->domain;
        case NodeType::Mailboxes:
            return tr("Mailboxes");
        case NodeType::ServerSettings:
            return tr("Email Settings");
        }
        break;
    case Qt::ToolTipRole:
        if (node->type == NodeType::Account) {
            const auto account = m_store->find(node->accountId);
            if (account && account->provider == QLatin1String("webitel"))
                return tr("Webitel at %1, as %2").arg(account->baseUrl.toString(), account->userName);
            if (account)
                return tr("Hostway account %1 at %2, as %3").arg(account->accountId, account->baseUrl.toString(), account->userName);
        }
        return {};
    case Qt::DecorationRole:
        switch (node->type) {
        case NodeType::Account:
            return QIcon(providerOf(node->accountId) == QLatin1String("webitel") ? QStringLiteral(":/icons/provider-webitel.svg")
                                                                                  : QStringLiteral(":/icons/provider-hostway.svg"));
        case NodeType::Domain:
            return QIcon(QStringLiteral(":/icons/domain.svg"));
        case NodeType::Mailboxes:
            return QIcon(QStringLiteral(":/icons/mailbox.svg"));
        case NodeType::ServerSettings:
            return QIcon(QStringLiteral(":/icons/server.svg"));
        }
        break;
    case NodeTypeRole:
        return static_cast<int>(node->type);
    case AccountIdRole:
        return node->accountId;
    case DomainRole:
        return node->domain;
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
