#include "ui/hostway/hostwayview.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/orderfollower.h"
#include "core/changes/changepath.h"
#include "models/accounttreemodel.h"
#include "ui/hostway/adddomaindialog.h"
#include "ui/hostway/domainpage.h"
#include "ui/hostway/hostwaymailboxes.h"
#include "ui/hostway/mailboxdetailspane.h"
#include "ui/hostway/mailboxlistpage.h"
#include "ui/hostway/ownerpage.h"

#include <QTimer>
#include <QTreeView>

#include <algorithm>

HostwayView::HostwayView(const Host &host, QObject *parent)
    : ProviderView(host, parent)
    , m_domainPage(new DomainPage(host.window))
    , m_mailboxes(new HostwayMailboxes(host, this))
    , m_ownerPage(new OwnerPage(host.window))
{
    // The domain's own settings, and an owner's mailbox, take the account's change path, as a
    // mailbox's do.
    m_domainPage->setChangePath(submitFor(&m_domainNode.accountId), [this] { return m_host.changeHook(m_domainNode.accountId).isDrafting(); },
                                [this](QList<std::shared_ptr<Operation>> operations, const QString &title, std::function<void(int)> sent) {
                                    return m_host.changeMany(m_domainNode.accountId, std::move(operations), title, std::move(sent));
                                });
    m_domainPage->setDraftAll([this](QList<std::shared_ptr<Operation>> operations, const QString &undoText, QString *error) {
        return m_host.draftTogether(m_domainNode.accountId, std::move(operations), undoText, error);
    });
    m_ownerPage->setChangePath([this](std::shared_ptr<Operation> operation, std::function<void(const ApiError &)> done) {
        const QString accountId = m_ownerAccountId;
        m_host.changeHook(accountId).submit({operation}, this, [this, accountId, operation, done = std::move(done)](const ChangeOutcome &outcome) {
            if (outcome.status == ChangeOutcome::Status::Done)
                keepOwnPassword(accountId, *operation);
            done(outcome.ok() ? ApiError() : outcome.error);
        });
    }, [this] { return m_host.changeHook(m_ownerAccountId).isDrafting(); });
    // Once the window stands: an order placed before the last exit may have completed since.
    QTimer::singleShot(0, this, &HostwayView::followPendingOrders);
}

MailboxSettingTab::Submit HostwayView::submitFor(const QString *accountId)
{
    return [this, accountId](std::shared_ptr<Operation> operation, std::function<void(const ApiError &)> done) {
        m_host.changeHook(*accountId).submit({std::move(operation)}, this, [done = std::move(done)](const ChangeOutcome &outcome) {
            done(outcome.ok() ? ApiError() : outcome.error);
        });
    };
}

void HostwayView::keepOwnPassword(const QString &accountId, const Operation &sent)
{
    // The owner signs in with the mailbox's password: a new one sent for that very mailbox is
    // the account's from now on (here, in the view, so that it holds whatever page is shown).
    const auto account = m_host.accounts->find(accountId);
    const auto owner = account ? Hostway::MailboxOwner::of(*account) : std::nullopt;
    const QString password = sent.secretNames().contains(QLatin1String("password")) ? sent.secret(QStringLiteral("password")) : QString();
    if (owner && !password.isEmpty() && sent.passwordOwner().compare(owner->name + QLatin1Char('@') + owner->domain, Qt::CaseInsensitive) == 0)
        m_host.sessions->setPassword(accountId, password);
}

void HostwayView::followPendingOrders()
{
    QList<BookedOrder> booked;
    QString error;
    if (!OrderBook().load(&booked, &error)) {
        m_host.status(error);
        return;
    }
    for (const Account &account : m_host.accounts->accounts()) {
        if (account.provider != QLatin1String("hostway") || Hostway::MailboxOwner::of(account))
            continue;
        const bool pending = std::any_of(booked.cbegin(), booked.cend(), [&account](const BookedOrder &o) {
            return o.isPending() && o.placedBy(account.baseUrl, account.accountId);
        });
        if (!pending)
            continue;   // no session is opened (nor a password asked) for an account with none
        m_host.sessions->withClient<HostwayClient>(account.id, this, [this](HostwayClient *client) {
            if (!client)
                return;
            OrderFollower *follower = OrderFollower::of(client);
            connect(follower, &OrderFollower::completed, this, [this](const BookedOrder &order) {
                m_host.status(tr("%1@%2 is ready: Hostway completed its order.").arg(order.name, order.domain));
            });
            connect(follower, &OrderFollower::needsAttention, this, [this](const BookedOrder &order) {
                m_host.status(tr("The order of %1@%2 needs attention: ask Hostway.").arg(order.name, order.domain));
            });
            QString why;
            if (follower->followPending(&why) < 0)
                m_host.status(why);
        });
    }
}

QList<QWidget *> HostwayView::pages() const
{
    return {m_domainPage, m_mailboxes->page(), m_ownerPage};
}

bool HostwayView::isMailboxes(const Node &node)
{
    return !node.domain.isEmpty() && AccountTreeModel::NodeType(node.type) == AccountTreeModel::NodeType::Mailboxes;
}

QWidget *HostwayView::show(const Node &node)
{
    using NodeType = AccountTreeModel::NodeType;
    if (node.domain.isEmpty())
        return showOwner(node);
    if (NodeType(node.type) == NodeType::Mailboxes)
        return m_mailboxes->show(node);
    m_domainNode = node;
    m_domainPage->setSource(nullptr, node.domain);   // until the client comes: nothing of the last domain
    m_host.sessions->withClient<HostwayClient>(node.accountId, this, [this, node](HostwayClient *client) {
        if (stillShown(node))
            m_domainPage->setSource(client, node.domain);
    });
    return m_domainPage;
}

QWidget *HostwayView::showOwner(const Node &node)
{
    const auto account = m_host.accounts->find(node.accountId);
    const auto owner = account ? Hostway::MailboxOwner::of(*account) : std::nullopt;
    if (!owner || AccountTreeModel::NodeType(node.type) != AccountTreeModel::NodeType::Account)
        return nullptr;
    m_ownerAccountId = node.accountId;
    m_ownerPage->setSource(nullptr, *owner);   // until the client comes: nothing of another mailbox
    m_host.sessions->withClient<HostwayClient>(node.accountId, this, [this, node, owner = *owner](HostwayClient *client) {
        if (stillShown(node))
            m_ownerPage->setSource(client, owner);
    });
    return m_ownerPage;
}

QString HostwayView::accountSummary(const Account &account) const
{
    if (const auto owner = Hostway::MailboxOwner::of(account))
        return tr("%1\nMailbox owner of %2 at %3.\nOnly this mailbox is shown: its secret questions, password and webmail.")
            .arg(account.displayName, owner->name + QLatin1Char('@') + owner->domain, account.baseUrl.toString());
    return tr("%1\nHostway account %2 at %3, signed in as %4.\nAdd the domains you administer to browse their mailboxes.")
        .arg(account.displayName, account.accountId, account.baseUrl.toString(), account.userName);
}

void HostwayView::addDomain(const QString &accountId)
{
    m_host.sessions->withClient<HostwayClient>(accountId, this, [this, accountId](HostwayClient *client) {
        if (!client)
            return;
        auto *dialog = new AddDomainDialog(client, m_host.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, accountId] {
            m_host.accounts->addDomain(accountId, dialog->domain());
            m_host.treeView->setCurrentIndex(m_host.tree->mailboxesIndex(accountId, dialog->domain()));
        });
        dialog->open();
    });
}

void HostwayView::reveal(const Node &node, const QString &object)
{
    if (isMailboxes(node))
        m_mailboxes->page()->reveal(object);
}

bool HostwayView::refresh(const Node &node)
{
    if (!isMailboxes(node))
        return false;
    m_mailboxes->reload();
    return true;
}

bool HostwayView::canRefresh(const Node &node) const
{
    if (!node.domain.isEmpty())
        return true;
    const auto account = m_host.accounts->find(node.accountId);
    return account && Hostway::MailboxOwner::of(*account) && AccountTreeModel::NodeType(node.type) == AccountTreeModel::NodeType::Account;
}

void HostwayView::draftChanged()
{
    m_mailboxes->draftChanged();
}

bool HostwayView::canDo(MailboxAction action) const
{
    const Node node = m_host.current();
    if (action == MailboxAction::New)
        return !node.domain.isEmpty();
    return isMailboxes(node) && m_mailboxes->canDo(action);
}

void HostwayView::trigger(MailboxAction action)
{
    const Node node = m_host.current();
    if (action == MailboxAction::New && !isMailboxes(node)) {
        // From a domain's page: show its mailboxes, where the new one will appear.
        m_host.treeView->setCurrentIndex(m_host.tree->mailboxesIndex(node.accountId, node.domain));
    }
    if (canDo(action))
        m_mailboxes->trigger(action);
}

bool HostwayView::importMailboxCsv(const QString &path)
{
    return isMailboxes(m_host.current()) && m_mailboxes->importCsv(path);
}

QWidget *HostwayView::detailsPane(const Node &node) const
{
    return isMailboxes(node) ? m_mailboxes->details() : nullptr;
}
