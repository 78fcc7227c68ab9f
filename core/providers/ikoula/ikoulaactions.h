#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// The 24 wsexch actions of seed 000_ff00a10b076e969b.txt, as data: the client checks every
/// call against it, the CLI lists it, and the tests walk it. Parameter names are the wire's
/// lower-case ones (BEYOND-SEEDS.md), without the authentication parameters every action
/// takes (login, crypted_password, format, signature).
namespace IkoulaActions {

struct Action
{
    QString name;               ///< the path after wsexch/, e.g. "add-bal"
    QStringList parameters;     ///< mandatory, lower case, in the seed's order
    bool readOnly = false;      ///< list, schema-subscr, billing-by-subscrid: sent as GET
};

/// All actions, in the seed's order.
[[nodiscard]] const QList<Action> &all();
/// The action called `name`, or nullptr.
[[nodiscard]] const Action *find(const QString &name);

} // namespace IkoulaActions
