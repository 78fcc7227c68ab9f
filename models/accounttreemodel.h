#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class AccountStore;

/// The tree on the left of the main window: accounts > domains > object categories
/// ("Mailboxes"), kept in step with an AccountStore row by row (expansion survives edits).
class AccountTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType { Account, Domain, Mailboxes, ServerSettings };
    Q_ENUM(NodeType)

    enum Role {
        NodeTypeRole = Qt::UserRole + 1,   ///< NodeType as int
        AccountIdRole,                     ///< the Account::id the node belongs to
        DomainRole,                        ///< the domain name, for domain and category nodes
    };

    explicit AccountTreeModel(AccountStore *store, QObject *parent = nullptr);
    ~AccountTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The index of an account, a domain, or a domain's category; invalid when absent.
    QModelIndex accountIndex(const QString &accountId) const;
    QModelIndex domainIndex(const QString &accountId, const QString &domain) const;
    QModelIndex mailboxesIndex(const QString &accountId, const QString &domain) const;
    /// The domain's category node, whatever the provider (Mailboxes, Email Settings).

private:
    struct Node;
    void onAccountAdded(const QString &id);
    void onAccountChanged(const QString &id);
    void onAccountRemoved(const QString &id);
    std::unique_ptr<Node> makeAccountNode(const QString &id, Node *parent) const;
    std::unique_ptr<Node> makeDomainNode(const QString &accountId, const QString &domain, Node *parent) const;
    [[nodiscard]] QString providerOf(const QString &accountId) const;
    Node *nodeOf(const QModelIndex &index) const;
    int rowOf(const Node *node) const;

    AccountStore *m_store;
    std::unique_ptr<Node> m_root;
};
