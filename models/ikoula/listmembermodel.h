#pragma once

#include "models/simpletablemodel.h"

/// The members of one distribution list: one address per row. Changes row by row, so a
/// view keeps its selection and scroll position when a member is added or removed.
class ListMemberModel final : public SimpleTableModel
{
    Q_OBJECT

public:
    enum Column { Address, ColumnCount };

    using SimpleTableModel::SimpleTableModel;

    void setMembers(const QStringList &members);
    [[nodiscard]] const QStringList &members() const { return m_members; }
    /// Appends `address` unless present (case-insensitive).
    void addMember(const QString &address);
    /// Removes `address`; false when absent.
    bool removeMember(const QString &address);

protected:
    int rows() const override { return static_cast<int>(m_members.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QStringList m_members;
};
