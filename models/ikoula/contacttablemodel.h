#pragma once

#include "core/providers/ikoula/ikoulatypes.h"
#include "models/simpletablemodel.h"

/// The contacts of an Ikoula organisation's global address list.
class ContactTableModel final : public SimpleTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Id, ColumnCount };

    using SimpleTableModel::SimpleTableModel;

    void setContacts(QList<Ikoula::Contact> contacts);
    [[nodiscard]] const QList<Ikoula::Contact> &contacts() const { return m_contacts; }

protected:
    int rows() const override { return static_cast<int>(m_contacts.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    QString rowKey(int row) const override;

private:
    QList<Ikoula::Contact> m_contacts;
};
