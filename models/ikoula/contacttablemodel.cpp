#include "models/ikoula/contacttablemodel.h"

#include <QIcon>

void ContactTableModel::setContacts(QList<Ikoula::Contact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

QStringList ContactTableModel::headers() const
{
    return {tr("Name"), tr("Address"), tr("Contact id")};
}

QVariant ContactTableModel::cell(int row, int column, int role) const
{
    const Ikoula::Contact &c = m_contacts.at(row);
    if (role == Qt::DecorationRole && column == Name)
        return icons().icon(QStringLiteral(":/icons/contact.svg"));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name: return c.displayName;
    case Email: return c.email;
    case Id: return c.id;
    default: return {};
    }
}

QString ContactTableModel::rowKey(int row) const
{
    return m_contacts.at(row).id;   // delete-contact names the contact by its id
}
