#include "core/providers/hostway/forwardoperations.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/hostwayrules.h"

#include <QJsonArray>

namespace {

const QString kTargets = QStringLiteral("targets");
const QString kTarget = QStringLiteral("target");

/// The targets of a state (a JSON array of texts), in order; or "none".
QString listText(const QJsonValue &state)
{
    QStringList targets;
    const QJsonArray array = state.toArray();
    for (const QJsonValue &v : array)
        targets.append(v.toString());
    return targets.isEmpty() ? QCoreApplication::translate("SetForwards", "none") : targets.join(QStringLiteral(", "));
}

bool readTargets(const QByteArray &body, QJsonValue *state, QString *error)
{
    QStringList targets;
    if (!Hostway::Parser::forwards(body, &targets, error))
        return false;
    *state = SetForwards::stateOf(targets);
    return true;
}

} // namespace

// SetForwards

SetForwards::SetForwards(QString domain, QString name, QStringList targets)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_targets(std::move(targets))
{
}

QList<ValidationProblem> SetForwards::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (m_targets.isEmpty())
        problems.append({kTargets, tr("Enter at least one address to forward to.")});
    QStringList seen;
    for (const QString &target : m_targets) {
        if (const QString problem = Hostway::Rules::forwardTargetProblem(target, address()); !problem.isEmpty())
            problems.append({target, problem});
        else if (seen.contains(target.toLower()))
            problems.append({target, tr("%1 is in the list twice.").arg(target)});
        seen.append(target.toLower());
    }
    return problems;
}

QString SetForwards::describe() const
{
    return tr("Forward %1 to %2").arg(address(), m_targets.join(QStringLiteral(", ")));
}

QStringList SetForwards::changes(const SnapshotMailbox *) const
{
    const QString before = expected().isArray() ? listText(expected()) : tr("unknown");
    return {tr("forwarding: %1 \u2192 %2").arg(before, m_targets.join(QStringLiteral(", ")))};
}

HttpRequest SetForwards::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::postForwards(endpoint, domain(), name(), m_targets);
}

QJsonObject SetForwards::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kTargets, QJsonArray::fromStringList(m_targets));
    return json;
}

HttpRequest SetForwards::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::forwards(endpoint, domain(), name());
}

bool SetForwards::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return readTargets(body, state, error);
}

bool SetForwards::isAppliedIn(const QJsonValue &state) const
{
    return state == stateOf(m_targets);
}

QStringList SetForwards::explainRefusal(const ApiError &error, const QString &domain)
{
    QStringList lines;
    if (error.httpStatus() == 409) {
        // {"conflict": {"message": "Circular target test@test-com-alias.com"}}
        const QString target = error.providerMessage().section(QLatin1Char(' '), -1);
        lines.append(tr("%1 is this mailbox under another name of %2 (a domain alias): mail forwarded there would come "
                        "straight back. Forward to another mailbox.").arg(target, domain));
        return lines;
    }
    if (error.httpStatus() != 400)
        return lines;
    for (const ApiError::FieldMessage &f : error.fieldMessages()) {
        if (f.message.contains(QLatin1String("Target not found"), Qt::CaseInsensitive))
            lines.append(tr("%1 does not exist in %2. Create that mailbox first, or check the spelling.").arg(f.field, domain));
        else if (f.message.contains(QLatin1String("same as current mailbox"), Qt::CaseInsensitive))
            lines.append(tr("%1 is this mailbox: a mailbox cannot forward to itself.").arg(f.field));
        else if (f.field == QLatin1String("targets"))
            lines.append(tr("Enter at least one address to forward to."));
    }
    return lines;
}

QJsonValue SetForwards::stateOf(const QStringList &targets)
{
    QStringList lower;
    for (const QString &target : targets)
        lower.append(target.trimmed().toLower());
    lower.sort();
    lower.removeDuplicates();
    return QJsonArray::fromStringList(lower);
}

std::unique_ptr<SetForwards> SetForwards::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::unique_ptr<SetForwards>(new SetForwards({}, {}, {}));
    readBase(json, object, op.get());
    const QJsonArray targets = json.array(kTargets);
    for (int i = 0; json.ok() && i < targets.size(); ++i) {
        if (!targets.at(i).isString())
            json.fail(kTargets, tr("must hold addresses as text, not %1").arg(StrictJson::describe(targets.at(i))));
        op->m_targets.append(targets.at(i).toString());
    }
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}

// RemoveForward

RemoveForward::RemoveForward(QString domain, QString name, QString target)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_target(std::move(target))
{
}

QList<ValidationProblem> RemoveForward::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (m_target.trimmed().isEmpty() || m_target.contains(QLatin1Char('/')))
        problems.append({kTarget, tr("Choose the forwarding target to remove.")});
    return problems;
}

QString RemoveForward::describe() const
{
    return tr("Stop forwarding %1 to %2").arg(address(), m_target);
}

QStringList RemoveForward::changes(const SnapshotMailbox *) const
{
    return {tr("forwarding to %1: removed").arg(m_target)};
}

HttpRequest RemoveForward::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::deleteForward(endpoint, domain(), name(), m_target);
}

QJsonObject RemoveForward::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kTarget, m_target);
    return json;
}

HttpRequest RemoveForward::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::forwards(endpoint, domain(), name());
}

bool RemoveForward::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return readTargets(body, state, error);
}

bool RemoveForward::isAppliedIn(const QJsonValue &state) const
{
    return !state.toArray().contains(QJsonValue(m_target.trimmed().toLower()));
}

std::unique_ptr<RemoveForward> RemoveForward::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::unique_ptr<RemoveForward>(new RemoveForward({}, {}, {}));
    readBase(json, object, op.get());
    op->m_target = json.text(kTarget);
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
