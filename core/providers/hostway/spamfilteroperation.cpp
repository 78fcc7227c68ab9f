#include "core/providers/hostway/spamfilteroperation.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"

#include <QJsonArray>

namespace {
const QString kAttributes = QStringLiteral("attributes");
const QString kName = QStringLiteral("name");
const QString kValue = QStringLiteral("value");
const QString kDescription = QStringLiteral("description");
const QString kValueName = QStringLiteral("valueName");

QString shown(const QString &words, const QString &wire)
{
    return words.isEmpty() ? wire : words;
}
} // namespace

SetSpamFilter::SetSpamFilter(QString domain, QString name, QList<Change> changes)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_changes(std::move(changes))
{
}

QList<ValidationProblem> SetSpamFilter::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (m_changes.isEmpty())
        problems.append({kAttributes, tr("Change at least one setting of the spam filter.")});
    QStringList seen;
    for (const Change &c : m_changes) {
        if (c.name.trimmed().isEmpty() || c.value.isEmpty())
            problems.append({kAttributes, tr("Each spam filter setting needs a name and a value.")});
        else if (seen.contains(c.name))
            problems.append({c.name, tr("%1 is changed twice.").arg(c.name)});
        seen.append(c.name);
    }
    return problems;
}

QString SetSpamFilter::describe() const
{
    QStringList parts;
    for (const Change &c : m_changes)
        parts.append(QStringLiteral("%1: %2").arg(shown(c.description, c.name), shown(c.valueName, c.value)));
    return tr("Set the spam filter of %1 (%2)").arg(address(), parts.join(QStringLiteral(", ")));
}

QStringList SetSpamFilter::changes(const SnapshotMailbox *) const
{
    QStringList lines;
    for (const Change &c : m_changes) {
        const QJsonValue was = expected().toObject().value(c.name);
        lines.append(tr("%1: %2 \u2192 %3").arg(shown(c.description, c.name), was.isString() ? was.toString() : tr("unknown"),
                                                  shown(c.valueName, c.value)));
    }
    return lines;
}

HttpRequest SetSpamFilter::request(const Hostway::Endpoint &endpoint) const
{
    QList<QPair<QString, QString>> attributes;
    for (const Change &c : m_changes)
        attributes.append({c.name, c.value});
    return Hostway::Requests::putCleanMailPlus(endpoint, domain(), name(), attributes);
}

QJsonObject SetSpamFilter::toJson() const
{
    QJsonObject json = baseJson();
    QJsonArray list;
    for (const Change &c : m_changes)
        list.append(QJsonObject{{kName, c.name}, {kValue, c.value}, {kDescription, c.description}, {kValueName, c.valueName}});
    json.insert(kAttributes, list);
    return json;
}

HttpRequest SetSpamFilter::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::cleanMailPlus(endpoint, domain(), name());
}

bool SetSpamFilter::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    QList<Hostway::FilterAttribute> attributes;
    if (!Hostway::Parser::cleanMailPlus(body, &attributes, error))
        return false;
    *state = stateOf(attributes);
    return true;
}

bool SetSpamFilter::isAppliedIn(const QJsonValue &state) const
{
    return std::all_of(m_changes.cbegin(), m_changes.cend(),
                       [&state](const Change &c) { return state.toObject().value(c.name).toString() == c.value; });
}

QString SetSpamFilter::conflictWith(const QJsonValue &state) const
{
    if (!expected().isObject())
        return {};
    for (const Change &c : m_changes) {
        if (state.toObject().value(c.name) != expected().toObject().value(c.name))
            return tr("The spam filter's %1 of %2 changed since the draft was made.").arg(shown(c.description, c.name), address());
    }
    return {};
}

QJsonValue SetSpamFilter::stateOf(const QList<Hostway::FilterAttribute> &attributes)
{
    QJsonObject state;
    for (const Hostway::FilterAttribute &a : attributes)
        state.insert(a.name, a.selected);
    return state;
}

std::unique_ptr<SetSpamFilter> SetSpamFilter::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<SetSpamFilter>(QString(), QString(), QList<Change>());
    readBase(json, object, op.get());
    const QJsonArray list = json.array(kAttributes);
    for (int i = 0; json.ok() && i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            json.fail(kAttributes, tr("must hold {\"name\", \"value\"} objects, not %1").arg(StrictJson::describe(list.at(i))));
            break;
        }
        StrictJson item(list.at(i).toObject(), QStringLiteral("attributes %1").arg(i + 1));
        Change c;
        c.name = item.text(kName);
        c.value = item.text(kValue);
        c.description = item.optionalText(kDescription).value_or(QString());
        c.valueName = item.optionalText(kValueName).value_or(QString());
        if (!item.ok())
            json.fail(QString(), item.error());
        op->m_changes.append(c);
    }
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
