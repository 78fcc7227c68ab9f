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

/// What a parameter is called in the window ("password" for password_bal), translated;
/// the parameter's own name when it has no label.
[[nodiscard]] QString label(const QString &parameter);

/// Ikoula's refusal with the wire's parameter names in the window's words.
struct UserWords
{
    QString text;             ///< "Password must be at least 8 characters"
    QStringList parameters;   ///< the parameters it named, e.g. {"password_bal"}: the fields to show it at
};
/// Rewrites each whole-word parameter name of `text` with label() (a sentence's first word
/// capitalised). Text naming no parameter comes back as it is.
[[nodiscard]] UserWords inUserTerms(const QString &text);

} // namespace IkoulaActions
