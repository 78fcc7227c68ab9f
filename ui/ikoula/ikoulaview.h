#pragma once

#include "ui/registry/providerview.h"

class IkoulaContactsPage;
class IkoulaListsPage;
class IkoulaMailboxesPage;
class IkoulaOrganisation;
class IkoulaSubscriptionPage;

/// Ikoula Exchange's side of the window: the subscriptions its API lists (wsexch/list) put in
/// the tree, a subscription's billing page, and an organisation's mailboxes, distribution
/// lists and contacts pages, which share one IkoulaOrganisation and mark what the open draft
/// changes in it.
class IkoulaView final : public ProviderView
{
    Q_OBJECT

public:
    IkoulaView(const Host &host, QObject *parent);

    [[nodiscard]] QList<QWidget *> pages() const override;
    QWidget *show(const Node &node) override;
    [[nodiscard]] QString accountSummary(const Account &account) const override;
    bool refresh(const Node &node) override;
    /// A mailbox, distribution list or contact by its address, on the node's page.
    void reveal(const Node &node, const QString &object) override;
    void listObjects(const Account &account) override;
    void draftChanged() override;

private:
    /// Lists the account's subscriptions into the tree (wsexch/list).
    void listSubscriptions(const QString &accountId);

    IkoulaOrganisation *m_organisation;
    IkoulaMailboxesPage *m_mailboxes;
    IkoulaListsPage *m_lists;
    IkoulaContactsPage *m_contacts;
    IkoulaSubscriptionPage *m_subscription;
};
