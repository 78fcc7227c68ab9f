#pragma once

#include <QWidget>

class BillingTableModel;
class IkoulaClient;
class QLabel;
class QTableView;

/// An Ikoula subscription: its organisations (from wsexch/list, in the tree) and its billing
/// lines (wsexch/billing-by-subscrid) as a sortable table.
class IkoulaSubscriptionPage final : public QWidget
{
    Q_OBJECT

public:
    explicit IkoulaSubscriptionPage(QWidget *parent = nullptr);
    /// Shows subscription `id`, titled `name` (the tree's label), through `client` (not
    /// owned; null clears).
    void setSource(IkoulaClient *client, const QString &id, const QString &name);

private:
    BillingTableModel *m_billing;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_view;
    int m_generation = 0;
};
