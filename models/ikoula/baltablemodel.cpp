#include "models/ikoula/baltablemodel.h"

#include "models/sizeformat.h"

#include <QIcon>

void BalTableModel::setBals(QList<Ikoula::Bal> bals)
{
    beginResetModel();
    m_bals = std::move(bals);
    endResetModel();
}

int BalTableModel::rowOf(const QString &email) const
{
    for (int i = 0; i < m_bals.size(); ++i) {
        if (m_bals.at(i).email.compare(email, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString BalTableModel::kilobytes(qint64 kb)
{
    if (kb <= 0)
        return tr("No limit");
    return SizeFormat::kilobytes(kb);
}

QString BalTableModel::kindName(Ikoula::BalKind kind)
{
    switch (kind) {
    case Ikoula::BalKind::Room: return tr("Room");
    case Ikoula::BalKind::Equipment: return tr("Equipment");
    case Ikoula::BalKind::User: break;
    }
    return tr("Mailbox");
}

QStringList BalTableModel::headers() const
{
    return {tr("Address"), tr("Name"), tr("Kind"), tr("Quota"), tr("Used"), tr("Protocols"), tr("Forwarding")};
}

QVariant BalTableModel::cell(int row, int column, int role) const
{
    const Ikoula::Bal &b = m_bals.at(row);
    if (role == Qt::DecorationRole && column == Email)
        return icons().icon(QStringLiteral(":/icons/mailbox.svg"));
    if (role == Qt::ToolTipRole && column == Forwarding && b.deliverAndForward)
        return tr("Delivered to the mailbox and forwarded");
    if (role == SortRole) {
        if (column == Quota)
            return b.quotas.prohibitSendReceiveKb <= 0 ? std::numeric_limits<qint64>::max() : b.quotas.prohibitSendReceiveKb;
        if (column == Used)
            return b.usedKb;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Email: return b.email;
    case Name: return b.details.displayName;
    case Type: return kindName(b.kind);
    case Quota: return kilobytes(b.quotas.prohibitSendReceiveKb);
    case Used: return b.usedKb < 0 ? QString() : SizeFormat::kilobytes(b.usedKb);
    case Protocols: {
        QStringList on;
        if (b.features.pop) on.append(QStringLiteral("POP"));
        if (b.features.imap) on.append(QStringLiteral("IMAP"));
        if (b.features.owa) on.append(QStringLiteral("OWA"));
        if (b.features.mapi) on.append(QStringLiteral("MAPI"));
        if (b.features.activeSync) on.append(QStringLiteral("ActiveSync"));
        return on.join(QStringLiteral(", "));
    }
    case Forwarding:
        if (!b.smtpForwardTo.isEmpty())
            return tr("SMTP: %1").arg(b.smtpForwardTo);
        return b.forwardTo;
    default: return {};
    }
}

QString BalTableModel::rowKey(int row) const
{
    return m_bals.at(row).email;
}
