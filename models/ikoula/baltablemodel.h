#pragma once

#include "core/providers/ikoula/ikoulatypes.h"
#include "models/simpletablemodel.h"

/// The mailboxes (BAL) of an Ikoula organisation, one row each. Quota is the "prohibit send
/// and receive" limit, shown in MB/GB (the API counts KB); the sort key is in KB.
class BalTableModel final : public SimpleTableModel
{
    Q_OBJECT

public:
    enum Column { Email, Name, Type, Quota, Used, Protocols, Forwarding, ColumnCount };

    using SimpleTableModel::SimpleTableModel;

    void setBals(QList<Ikoula::Bal> bals);
    [[nodiscard]] const QList<Ikoula::Bal> &bals() const { return m_bals; }
    /// The row of `email` (case-insensitive), or -1.
    [[nodiscard]] int rowOf(const QString &email) const;

    /// A size in KB for people: "2 GB", "850 MB"; "No limit" for 0.
    static QString kilobytes(qint64 kb);
    /// The kind of a BAL for people: Mailbox (user), Room, Equipment.
    static QString kindName(Ikoula::BalKind kind);

protected:
    int rows() const override { return static_cast<int>(m_bals.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    QString rowKey(int row) const override;

private:
    QList<Ikoula::Bal> m_bals;
};
