#include "core/operations/operationsummary.h"

#include "core/operations/operation.h"

#include <QLocale>
#include <QSet>

#include <array>

namespace {

using Kind = OperationTarget::Kind;
constexpr std::array kKinds{Kind::Mailbox, Kind::Alias, Kind::DistributionList, Kind::Contact, Kind::Domain, Kind::EmailSettings, Kind::Order};

} // namespace

QString OperationSummary::describe(const QList<const Operation *> &operations)
{
    int count = 0;
    int deletions = 0;
    std::array<QSet<QString>, kKinds.size()> objects;
    for (const Operation *operation : operations) {
        if (!operation)
            continue;
        ++count;
        deletions += operation->isDeletion() ? 1 : 0;
        const OperationTarget target = operation->target();
        objects.at(static_cast<std::size_t>(target.kind)).insert(target.name);
    }
    if (count == 0)
        return {};
    QStringList parts;
    for (const Kind kind : kKinds) {
        const int n = static_cast<int>(objects.at(static_cast<std::size_t>(kind)).size());
        if (n == 0)
            continue;
        switch (kind) {
        case Kind::Mailbox: parts.append(tr("%n mailbox(es)", nullptr, n)); break;
        case Kind::Alias: parts.append(tr("%n alias(es)", nullptr, n)); break;
        case Kind::DistributionList: parts.append(tr("%n distribution list(s)", nullptr, n)); break;
        case Kind::Contact: parts.append(tr("%n contact(s)", nullptr, n)); break;
        case Kind::Domain: parts.append(tr("%n domain(s)", nullptr, n)); break;
        case Kind::EmailSettings: parts.append(tr("%n set(s) of email settings", nullptr, n)); break;
        case Kind::Order: parts.append(tr("%n order(s)", nullptr, n)); break;
        }
    }
    const QString changes = tr("%n change(s)", nullptr, count);
    const QString what = deletions > 0 ? tr("%1, %n deletion(s)", nullptr, deletions).arg(changes) : changes;
    return tr("%1, on %2").arg(what, QLocale().createSeparatedList(parts));
}
