#include "ui/hostway/exchangeorderstab.h"

#include "core/net/apierror.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/exchangeorderoperation.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/orderfollower.h"
#include "models/hostway/ordertablemodel.h"
#include "ui/hostway/orderexchangedialog.h"
#include "ui/uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using Hostway::OrderProgress;

ExchangeOrdersTab::ExchangeOrdersTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_model(new OrderTableModel(this))
    , m_table(new QTableView(this))
    , m_order(new QPushButton(tr("Order E&xchange Mailbox\u2026"), this))
    , m_submit(new QPushButton(tr("Confirm and &Buy\u2026"), this))
{
    setObjectName(QStringLiteral("exchangeOrdersTab"));
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setAccessibleName(tr("Exchange mailbox orders"));
    m_table->setModel(m_model);
    UiStyle::setUpTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OrderTableModel::StatusColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    setFocusProxy(m_table);
    m_order->setObjectName(QStringLiteral("orderExchangeMailbox"));
    m_order->setToolTip(tr("Order a new Exchange mailbox from Hostway; it is created when the order completes"));
    m_submit->setObjectName(QStringLiteral("submitOrder"));
    m_submit->setToolTip(tr("Buy the selected order at the price Hostway quoted"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_order);
    buttons->addWidget(m_submit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_order, &QPushButton::clicked, this, &ExchangeOrdersTab::orderMailbox);
    connect(m_submit, &QPushButton::clicked, this, &ExchangeOrdersTab::submitCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExchangeOrdersTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExchangeOrdersTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExchangeOrdersTab::updateButtons);
    clear();
}

void ExchangeOrdersTab::clear()
{
    m_model->setOrders({});
    updateButtons();
}

void ExchangeOrdersTab::load(HostwayClient *client, quint64)
{
    QList<BookedOrder> all;
    QString error;
    if (!m_book.load(&all, &error))
        return setStatus(error, true);
    QList<BookedOrder> mine;
    for (const BookedOrder &o : std::as_const(all)) {
        if (o.placedBy(client->endpoint().baseUrl, client->endpoint().accountId)
            && o.domain.compare(domain(), Qt::CaseInsensitive) == 0)
            mine.append(o);
    }
    m_model->setOrders(mine);
    setStatus(mine.isEmpty() ? tr("No Exchange mailbox ordered for %1 from this computer yet.").arg(domain()) : QString());
    listenTo(OrderFollower::of(client));
    for (const BookedOrder &o : std::as_const(mine)) {
        if (o.isPending())
            m_follower->followIfIdle(o);   // pending since the last start: followed again at once
    }
}

void ExchangeOrdersTab::listenTo(OrderFollower *follower)
{
    follower->setAttentionAfter(m_model->attentionAfter());
    if (follower == m_follower)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_followerConnections))
        disconnect(c);
    m_follower = follower;
    const auto mine = [this](const BookedOrder &order) { return order.domain.compare(domain(), Qt::CaseInsensitive) == 0; };
    m_followerConnections = {
        connect(follower, &OrderFollower::orderRead, this, &ExchangeOrdersTab::showOrder),
        connect(follower, &OrderFollower::readFailed, this, [this, mine](const BookedOrder &order, const QString &why) {
            if (mine(order))
                setStatus(tr("The order of %1 could not be read: %2").arg(order.name, why), true);
        }),
        connect(follower, &OrderFollower::completed, this, [this, mine](const BookedOrder &order) {
            if (mine(order))
                setStatus(tr("%1@%2 is ready: Hostway completed its order.").arg(order.name, order.domain));
        }),
        connect(follower, &OrderFollower::needsAttention, this, [this, mine](const BookedOrder &order) {
            if (mine(order) && order.progress() != OrderProgress::Unknown)
                setStatus(tr("The order of %1 is not completed after %2 minutes: it needs attention, ask Hostway.")
                              .arg(order.name).arg(m_model->attentionAfter() / 60), true);
        }),
        connect(follower, &OrderFollower::bookProblem, this, [this](const QString &error) { setStatus(error, true); }),
    };
}

void ExchangeOrdersTab::setAttentionAfter(int seconds)
{
    m_model->setAttentionAfter(seconds);
    if (m_follower)
        m_follower->setAttentionAfter(seconds);
}

void ExchangeOrdersTab::schedule(const BookedOrder &order, int pauseSeconds)
{
    if (HostwayClient *hostway = client()) {
        listenTo(OrderFollower::of(hostway));
        m_follower->follow(order, pauseSeconds);
    }
}

void ExchangeOrdersTab::showOrder(const BookedOrder &order)
{
    if (order.domain.compare(domain(), Qt::CaseInsensitive) != 0 || !hasMailbox())
        return;
    if (!m_model->updateOrder(order)) {
        QList<BookedOrder> orders = m_model->orders();
        orders.append(order);
        m_model->setOrders(orders);
    }
}

void ExchangeOrdersTab::record(const BookedOrder &order)
{
    QString error;
    if (!m_book.put(order, &error))
        setStatus(error, true);
    showOrder(order);
}

void ExchangeOrdersTab::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_order->setEnabled(hasMailbox() && static_cast<bool>(changePath()));
    const BookedOrder selected = current.isValid() ? m_model->orderAt(current.row()) : BookedOrder();
    m_submit->setEnabled(hasMailbox() && current.isValid() && !selected.submitted && !m_buying.contains(selected.id));
}

void ExchangeOrdersTab::orderMailbox()
{
    if (!m_order->isEnabled())
        return;
    const QString forDomain = domain();
    auto *dialog = new OrderExchangeDialog(forDomain, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderExchangeDialog::submitted, this, [this, dialog, forDomain] {
        auto op = std::make_shared<OrderExchangeMailbox>(forDomain, dialog->name(), dialog->fields(), PasswordSource::Provided, dialog->password());
        QPointer<OrderExchangeDialog> guard(dialog);
        QPointer<ExchangeOrdersTab> self(this);
        changePath()(op, [guard, self, op, forDomain](const ApiError &error) {
            if (error.isError()) {
                if (guard)
                    return guard->showRefusal(error);
                if (self)
                    self->setStatus(tr("Not ordered: %1").arg(error.message()), true);
                return;
            }
            if (guard)
                guard->accept();
            if (!self || self->domain() != forDomain)
                return;
            if (self->drafting())
                return self->setStatus(tr("Added to the draft: %1.").arg(op->describe()));
            if (!op->placed())   // the 202 named no order to follow, or the book could not keep it
                return self->setStatus(tr("Hostway took the order of %1@%2, but its answer names no order to follow: check at Hostway.")
                                           .arg(op->name(), forDomain), true);
            // HostwaySender booked the 202: read the book again and follow the order.
            self->reload();
            if (op->placed() && op->placed()->quote)
                self->setStatus(tr("Hostway quoted %1 for %2@%3: select the order and Confirm and Buy to order it.")
                                    .arg(op->placed()->quote->total, op->name(), forDomain));
            else
                self->setStatus(tr("Ordered %1@%2: Hostway creates it when the order completes.").arg(op->name(), forDomain));
        });
    });
    dialog->open();
}

void ExchangeOrdersTab::submitCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_submit->isEnabled())
        return;
    const BookedOrder order = m_model->orderAt(current.row());
    const QString price = order.quote ? tr("%1 (subtotal %2, deferred %3)").arg(order.quote->total, order.quote->subtotal, order.quote->deferredTotal)
                                      : tr("the price Hostway quoted");
    UiStyle::confirmDestructive(this, QStringLiteral("confirmSubmitOrder"), tr("Buy Exchange Mailbox"),
                                tr("Buy the Exchange mailbox %1@%2 for %3?").arg(order.name, order.domain, price),
                                tr("Hostway charges the account and creates the mailbox."), tr("Buy"), [this, order] {
        // Through the change path: audited, and drafted in Draft Mode like any change.
        auto op = std::make_shared<SubmitOrder>(order.id, order.ownerId, order.domain, order.name, order.quote ? order.quote->total : QString());
        m_buying.insert(order.id);   // Buy stays off until the answer: never bought twice
        updateButtons();
        QPointer<ExchangeOrdersTab> self(this);
        changePath()(op, [self, order](const ApiError &error) {
            if (!self)
                return;
            if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout) {
                // Unknown outcome: the order's status says whether the submit arrived ("new": it did not).
                self->setStatus(tr("Hostway did not answer: reading the order of %1 to learn whether it was bought.").arg(order.name), true);
                QTimer::singleShot(2000, self, [self, order] {
                    self->m_buying.remove(order.id);
                    self->schedule(order, 0);
                });
                return;
            }
            self->m_buying.remove(order.id);
            self->updateButtons();
            if (error.isError())
                return self->setStatus(tr("Not bought: %1").arg(error.message()), true);
            if (self->drafting())
                return self->setStatus(tr("Added to the draft: buying %1@%2.").arg(order.name, order.domain));
            BookedOrder submitted = order;
            submitted.submitted = true;
            submitted.submittedAt = QDateTime::currentDateTimeUtc();
            self->record(submitted);
            self->setStatus(tr("Bought %1@%2: Hostway creates it when the order completes.").arg(order.name, order.domain));
            self->schedule(submitted, 1);
        });
    });
}
