#pragma once

#include "core/providers/ikoula/ikoulatypes.h"
#include "models/simpletablemodel.h"

/// The billing lines of an Ikoula subscription (wsexch/billing-by-subscrid). Amounts stay
/// the provider's text with its currency; the sort key is the number.
class BillingTableModel final : public SimpleTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Label, Quantity, Amount, Invoice, ColumnCount };

    using SimpleTableModel::SimpleTableModel;

    void setLines(QList<Ikoula::BillingLine> lines);

protected:
    int rows() const override { return static_cast<int>(m_lines.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Ikoula::BillingLine> m_lines;
};
