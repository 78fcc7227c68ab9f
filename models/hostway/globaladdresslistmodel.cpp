#include "models/hostway/globaladdresslistmodel.h"

#include "core/providers/hostway/hostwayclient.h"

#include <QCoreApplication>

using Hostway::Contact;
using Hostway::ContactField;

GlobalAddressListModel::GlobalAddressListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GlobalAddressListModel::setSource(HostwayClient *client, const QString &domain)
{
    m_client = client;
    m_domain = domain;
    m_query = {};
    reload();
}

void GlobalAddressListModel::setQuery(const Hostway::ContactQuery &query)
{
    if (query.filters == m_query.filters && query.searches == m_query.searches)
        return;
    m_query = query;
    reload();
}

void GlobalAddressListModel::reload()
{
    const quint64 generation = ++m_generation;   // drops an answer still on its way
    m_error = ApiError();
    if (!m_client || m_domain.isEmpty()) {
        m_loading = false;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return;
    }
    // The rows stay until the answer replaces them: a search does not blank the table.
    m_loading = true;
    Q_EMIT loadStarted();
    m_client->fetchContacts(m_domain, m_query, this, [this, generation](const ApiError &error, const Hostway::ContactList &list) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (error.isError()) {
            m_error = error;
            beginResetModel();
            m_rows.clear();
            endResetModel();
            Q_EMIT loadFailed();
            return;
        }
        beginResetModel();
        m_rows = list.contacts;
        endResetModel();
        Q_EMIT loaded();
    });
}

int GlobalAddressListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GlobalAddressListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Hostway::kContactFieldCount;
}

QVariant GlobalAddressListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &contact = m_rows.at(index.row());
    const QString &text = contact.value(ContactField(index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text;
    case SortRole:
        return text.toCaseFolded();
    case NameRole:
        return contact.name();
    default:
        return {};
    }
}

QVariant GlobalAddressListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= Hostway::kContactFieldCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return Hostway::contactLabelText(ContactField(section));
}

int GlobalAddressListModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}
