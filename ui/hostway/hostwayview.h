#pragma once

#include "ui/hostway/mailboxsettingtab.h"
#include "ui/registry/providerview.h"

class DomainPage;
class HostwayMailboxes;
class OwnerPage;

/// Hostway's side of the window: a domain's page (its quota, aliases, mailbox counts, spam
/// filter and black/white list: DomainPage) and, for its
/// Mailboxes node, the mailbox table with the window's mailbox actions (HostwayMailboxes).
/// Its user adds the domains, each checked at Hostway first (AddDomainDialog). A mailbox
/// owner's account (Hostway::MailboxOwner) has no domains: its own node shows OwnerPage.
/// Exchange orders still pending from an earlier run are followed again from the start.
class HostwayView final : public ProviderView
{
    Q_OBJECT

public:
    HostwayView(const Host &host, QObject *parent);

    [[nodiscard]] QList<QWidget *> pages() const override;
    QWidget *show(const Node &node) override;
    [[nodiscard]] QString accountSummary(const Account &account) const override;
    void addDomain(const QString &accountId) override;
    bool refresh(const Node &node) override;
    /// A mailbox of the Mailboxes node's table (an owner's page is its one mailbox already).
    void reveal(const Node &node, const QString &object) override;
    /// A domain's nodes, and a mailbox owner's own node (its page is read again).
    [[nodiscard]] bool canRefresh(const Node &node) const override;
    void draftChanged() override;
    [[nodiscard]] bool offersMailboxActions() const override { return true; }
    [[nodiscard]] bool canDo(MailboxAction action) const override;
    void trigger(MailboxAction action) override;
    bool importMailboxCsv(const QString &path) override;
    [[nodiscard]] QWidget *detailsPane(const Node &node) const override;

private:
    [[nodiscard]] static bool isMailboxes(const Node &node);

    /// The change path of the account whose id `*accountId` holds when a change is made (a
    /// member of this view: the page's account at the time).
    [[nodiscard]] MailboxSettingTab::Submit submitFor(const QString *accountId);
    /// After `sent` was accepted for the owner account `accountId`: a new password of its own
    /// mailbox becomes the account's (SessionManager::setPassword), so it keeps signing in.
    void keepOwnPassword(const QString &accountId, const Operation &sent);
    /// The owner page for `node`, an owner account's own node; null for any other node.
    QWidget *showOwner(const Node &node);
    /// Follows again, from the start, the Exchange orders still pending in the order book
    /// (OrderFollower), each account's once its client is made; the status bar says when
    /// one completes or needs attention.
    void followPendingOrders();

    DomainPage *m_domainPage;
    HostwayMailboxes *m_mailboxes;
    OwnerPage *m_ownerPage;
    Node m_domainNode;   ///< the domain shown on m_domainPage, for its change path
    QString m_ownerAccountId;   ///< the owner account shown on m_ownerPage, for its change path
};
