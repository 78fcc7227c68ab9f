#pragma once

#include "core/providers/ikoula/ikoulatypes.h"
#include "models/simpletablemodel.h"

/// The distribution lists of an Ikoula organisation, with their manager and member count.
class DistributionListModel final : public SimpleTableModel
{
    Q_OBJECT

public:
    enum Column { Email, Name, Manager, Members, ColumnCount };

    using SimpleTableModel::SimpleTableModel;

    void setLists(QList<Ikoula::DistributionList> lists);
    [[nodiscard]] const QList<Ikoula::DistributionList> &lists() const { return m_lists; }
    [[nodiscard]] int rowOf(const QString &email) const;

protected:
    int rows() const override { return static_cast<int>(m_lists.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    QString rowKey(int row) const override;

private:
    QList<Ikoula::DistributionList> m_lists;
};
