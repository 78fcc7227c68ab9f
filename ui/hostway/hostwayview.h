#pragma once

#include "ui/registry/providerview.h"

class DomainPage;

/// Hostway's side of the window: a domain's page (its quota and mailbox counts) and, for its
/// Mailboxes node, the window's mailbox table with the mailbox actions. Its user adds the
/// domains, each checked at Hostway first (AddDomainDialog).
class HostwayView final : public ProviderView
{
    Q_OBJECT

public:
    HostwayView(const Host &host, QObject *parent);

    [[nodiscard]] QList<QWidget *> pages() const override;
    QWidget *show(const Node &node) override;
    [[nodiscard]] QString accountSummary(const Account &account) const override;
    void addDomain(const QString &accountId) override;
    [[nodiscard]] bool offersMailboxActions() const override { return true; }

private:
    DomainPage *m_domainPage;
};
