#include "models/ikoula/billingtablemodel.h"

#include <QDate>
#include <QLocale>

void BillingTableModel::setLines(QList<Ikoula::BillingLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

QStringList BillingTableModel::headers() const
{
    return {tr("Date"), tr("Description"), tr("Quantity"), tr("Amount"), tr("Invoice")};
}

QVariant BillingTableModel::cell(int row, int column, int role) const
{
    const Ikoula::BillingLine &l = m_lines.at(row);
    if (role == SortRole) {
        if (column == Date)
            return l.date;   // ISO: sorts in time order
        if (column == Amount)
            return l.amount.toDouble();
        if (column == Quantity)
            return l.quantity.toDouble();
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == Amount || column == Quantity))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Date: {
        const QDate date = QDate::fromString(l.date, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : l.date;
    }
    case Label: return l.label;
    case Quantity: return l.quantity;
    case Amount: {
        bool ok = false;
        const double value = l.amount.toDouble(&ok);
        return ok ? QLocale().toCurrencyString(value, l.currency) : l.amount;
    }
    case Invoice: return l.invoice;
    default: return {};
    }
}
