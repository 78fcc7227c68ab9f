#pragma once

#include "models/iconcache.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class AccountStore;

/// The tree on the left of the main window, kept in step with an AccountStore row by row
/// (expansion survives edits). What is under an account follows its provider:
/// Hostway: domains > Mailboxes; Webitel: domains > Email Settings; ICE: skills > Email
/// Server; Ikoula: subscriptions > organisations > Mailboxes, Distribution Lists, Contacts,
/// set by setSubscriptions() once the API has listed them.
class AccountTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType { Account, Domain, Mailboxes, ServerSettings, Subscription, Organisation, DistributionLists, Contacts };
    Q_ENUM(NodeType)

    enum Role {
        NodeTypeRole = Qt::UserRole + 1,   ///< NodeType as int
        AccountIdRole,                     ///< the Account::id the node belongs to
        DomainRole,                        ///< the domain name (ICE: the skill id), for domain and category nodes
        SubscriptionRole,                  ///< Ikoula: the SUBSCR_ID of subscription nodes and below
        OrganisationRole,                  ///< Ikoula: the ORGA_ID of organisation nodes and below
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
    /// A subscription the account's API lists (Provider::Subscriptions, Ikoula's), with its
    /// organisations.
    struct Subscription
    {
        struct Organisation
        {
            QString id;
            QString name;
        };
        QString id;
        QString name;
        QList<Organisation> organisations;
    };
    /// Shows `subscriptions` (and their organisations) under the account, replacing what was
    /// there; the same again keeps the nodes (and the selection).
    void setSubscriptions(const QString &accountId, const QList<Subscription> &subscriptions);
    /// Ikoula: the subscription node, or an organisation's category node (`type` Mailboxes,
    /// DistributionLists or Contacts; Organisation for the organisation itself).
    QModelIndex subscriptionIndex(const QString &accountId, const QString &subscriptionId) const;
    QModelIndex organisationIndex(const QString &accountId, const QString &subscriptionId, const QString &organisationId,
                                  NodeType type = NodeType::Organisation) const;

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
    IconCache m_icons;
};
