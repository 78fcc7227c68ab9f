#include "ui/ikoula/ikoulasubscriptionpage.h"

#include "core/providers/ikoula/ikoulaclient.h"
#include "models/ikoula/billingtablemodel.h"
#include "ui/uistyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

IkoulaSubscriptionPage::IkoulaSubscriptionPage(QWidget *parent)
    : QWidget(parent)
    , m_billing(new BillingTableModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("ikoulaSubscriptionPage"));
    UiStyle::setHeading(m_title, 1.3);
    m_status->setWordWrap(true);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_billing);
    sorted->setSortRole(SimpleTableModel::SortRole);
    m_view->setObjectName(QStringLiteral("billingTable"));
    m_view->setModel(sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BillingTableModel::Date, Qt::DescendingOrder);
    UiStyle::setUpTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(BillingTableModel::Label, QHeaderView::Stretch);
    auto *billingHeading = new QLabel(tr("Billing"), this);
    UiStyle::setHeading(billingHeading, 1.0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(new QLabel(tr("Open an organisation in the tree to manage its mailboxes, distribution lists and contacts."), this));
    layout->addWidget(billingHeading);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
}

void IkoulaSubscriptionPage::setSource(IkoulaClient *client, const QString &id, const QString &name)
{
    const int generation = ++m_generation;
    m_title->setText(name.isEmpty() ? tr("Subscription %1").arg(id) : name);
    m_billing->setLines({});
    if (!client) {
        m_status->setText(QString());
        return;
    }
    m_status->setText(tr("Loading\u2026"));
    UiStyle::setError(m_status, false);
    client->fetchBilling(id, this, [this, generation](const ApiError &error, const QList<Ikoula::BillingLine> &lines) {
        if (generation != m_generation)
            return;
        m_status->setText(error.isError() ? error.message() : lines.isEmpty() ? tr("No billing line yet.") : QString());
        UiStyle::setError(m_status, error.isError());
        m_status->setVisible(!m_status->text().isEmpty());
        m_billing->setLines(lines);
        m_view->resizeColumnsToContents();
    });
}
