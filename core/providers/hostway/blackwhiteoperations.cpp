#include "core/providers/hostway/blackwhiteoperations.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

const QString kList = QStringLiteral("list");
const QString kAddress = QStringLiteral("address");
const QString kType = QStringLiteral("type");

/// The list read back: the one address filtered exactly when there is one, else the first
/// page of 400 of the whole list, sorted by address.
HttpRequest listRequest(const Hostway::Endpoint &endpoint, const QString &domain, const QString &name, const QString &only)
{
    Hostway::BlackWhiteQuery query;
    query.pageSize = 400;
    query.filterAddress = only;
    return Hostway::Requests::blackWhiteList(endpoint, domain, name, query);
}

/// The state of the page read; null when the list runs past the page (a longer list is not
/// read back in one GET: what it holds of an address is then unknown).
bool readList(const QByteArray &body, QJsonValue *state, QString *error)
{
    Hostway::BlackWhitePage page;
    if (!Hostway::Parser::blackWhitePage(body, &page, error))
        return false;
    *state = page.totalCount > page.items.size() || page.hasNext() ? QJsonValue(QJsonValue::Null) : AddBlackWhite::stateOf(page.items);
    return true;
}

/// "allowed" for W, "blocked" for B.
QString listName(const QString &type)
{
    return type == QLatin1String("W") ? QCoreApplication::translate("AddBlackWhite", "allowed")
                                      : QCoreApplication::translate("AddBlackWhite", "blocked");
}

/// What `state` and `expected` say of `address`: its type, or empty when not listed.
QString typeIn(const QJsonValue &state, const QString &address)
{
    return state.toObject().value(address.toLower()).toString();
}

} // namespace

// AddBlackWhite

AddBlackWhite::AddBlackWhite(QString domain, QString name, QList<Hostway::BlackWhiteEntry> entries)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_entries(std::move(entries))
{
}

QString AddBlackWhite::addressProblem(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^([^@\\s]+)?@([A-Za-z0-9_-]+\\.)+[A-Za-z]{2,}$"));
    if (!pattern.match(address).hasMatch())
        return tr("%1 is neither an address (name@example.com) nor a domain (@example.com).").arg(address);
    return {};
}

QList<ValidationProblem> AddBlackWhite::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (m_entries.isEmpty())
        problems.append({kList, tr("Enter at least one address or @domain.")});
    QStringList seen;
    for (const Hostway::BlackWhiteEntry &e : m_entries) {
        if (const QString problem = addressProblem(e.address); !problem.isEmpty())
            problems.append({e.address, problem});
        else if (seen.contains(e.address.toLower()))
            problems.append({e.address, tr("%1 is in the list twice.").arg(e.address)});
        if (e.type != QLatin1String("W") && e.type != QLatin1String("B"))
            problems.append({kType, tr("Choose whether %1 is allowed or blocked.").arg(e.address)});
        seen.append(e.address.toLower());
    }
    return problems;
}

QString AddBlackWhite::describe() const
{
    QStringList allowed;
    QStringList blocked;
    for (const Hostway::BlackWhiteEntry &e : m_entries)
        (e.type == QLatin1String("W") ? allowed : blocked).append(e.address);
    QStringList parts;
    if (!blocked.isEmpty())
        parts.append(tr("block %1").arg(blocked.join(QStringLiteral(", "))));
    if (!allowed.isEmpty())
        parts.append(tr("allow %1").arg(allowed.join(QStringLiteral(", "))));
    return tr("For %1: %2").arg(address(), parts.join(tr("; ")));
}

QStringList AddBlackWhite::changes(const SnapshotMailbox *) const
{
    QStringList lines;
    for (const Hostway::BlackWhiteEntry &e : m_entries) {
        const QString was = typeIn(expected(), e.address);
        const QString before = expected().isObject() ? (was.isEmpty() ? tr("not listed") : listName(was)) : tr("unknown");
        lines.append(tr("%1: %2 \u2192 %3").arg(e.address, before, listName(e.type)));
    }
    return lines;
}

HttpRequest AddBlackWhite::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::putBlackWhite(endpoint, domain(), name(), m_entries);
}

QJsonObject AddBlackWhite::toJson() const
{
    QJsonObject json = baseJson();
    QJsonArray list;
    for (const Hostway::BlackWhiteEntry &e : m_entries)
        list.append(QJsonObject{{kAddress, e.address}, {kType, e.type}});
    json.insert(kList, list);
    return json;
}

HttpRequest AddBlackWhite::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return listRequest(endpoint, domain(), name(), m_entries.size() == 1 ? m_entries.first().address : QString());
}

bool AddBlackWhite::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return readList(body, state, error);
}

bool AddBlackWhite::isAppliedIn(const QJsonValue &state) const
{
    // Unknown (a list longer than a page): not found applied, so sent again, which is
    // harmless: the PUT only adds or sets these addresses.
    return state.isObject() && std::all_of(m_entries.cbegin(), m_entries.cend(),
                       [&state](const Hostway::BlackWhiteEntry &e) { return typeIn(state, e.address) == e.type; });
}

QString AddBlackWhite::conflictWith(const QJsonValue &state) const
{
    if (!expected().isObject() || !state.isObject())
        return {};   // nothing to compare with
    for (const Hostway::BlackWhiteEntry &e : m_entries) {
        if (typeIn(state, e.address) != typeIn(expected(), e.address))
            return tr("%1 was listed or unlisted for %2 since the draft was made.").arg(e.address, address());
    }
    return {};
}

QJsonValue AddBlackWhite::stateOf(const QList<Hostway::BlackWhiteEntry> &entries)
{
    QJsonObject state;
    for (const Hostway::BlackWhiteEntry &e : entries)
        state.insert(e.address.toLower(), e.type);
    return state;
}

std::unique_ptr<AddBlackWhite> AddBlackWhite::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<AddBlackWhite>(QString(), QString(), QList<Hostway::BlackWhiteEntry>());
    readBase(json, object, op.get());
    const QJsonArray list = json.array(kList);
    for (int i = 0; json.ok() && i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            json.fail(kList, tr("must hold {\"address\", \"type\"} objects, not %1").arg(StrictJson::describe(list.at(i))));
            break;
        }
        StrictJson item(list.at(i).toObject(), QStringLiteral("list %1").arg(i + 1));
        Hostway::BlackWhiteEntry entry;
        entry.address = item.text(kAddress);
        entry.type = item.choice(kType, {QStringLiteral("W"), QStringLiteral("B")});
        if (!item.ok())
            json.fail(QString(), item.error());
        op->m_entries.append(entry);
    }
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}

// RemoveBlackWhite

RemoveBlackWhite::RemoveBlackWhite(QString domain, QString name, QString address)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_address(std::move(address))
{
}

QList<ValidationProblem> RemoveBlackWhite::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (m_address.trimmed().isEmpty() || m_address.contains(QLatin1Char('/')))
        problems.append({kAddress, tr("Choose the address to take off the list.")});
    return problems;
}

QString RemoveBlackWhite::describe() const
{
    return tr("For %1: take %2 off the allowed and blocked senders").arg(MailboxSettingChange::address(), m_address);
}

QStringList RemoveBlackWhite::changes(const SnapshotMailbox *) const
{
    const QString was = typeIn(expected(), m_address);
    return {tr("%1: %2 \u2192 not listed").arg(m_address, was.isEmpty() ? tr("unknown") : listName(was))};
}

HttpRequest RemoveBlackWhite::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::deleteBlackWhite(endpoint, domain(), name(), m_address);
}

QJsonObject RemoveBlackWhite::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kAddress, m_address);
    return json;
}

HttpRequest RemoveBlackWhite::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return listRequest(endpoint, domain(), name(), m_address);
}

bool RemoveBlackWhite::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return readList(body, state, error);
}

bool RemoveBlackWhite::isAppliedIn(const QJsonValue &state) const
{
    return state.isObject() && typeIn(state, m_address).isEmpty();
}

QString RemoveBlackWhite::conflictWith(const QJsonValue &state) const
{
    if (!expected().isObject() || !state.isObject() || typeIn(state, m_address) == typeIn(expected(), m_address))
        return {};
    return tr("%1 was listed or unlisted for %2 since the draft was made.").arg(m_address, MailboxSettingChange::address());
}

std::unique_ptr<RemoveBlackWhite> RemoveBlackWhite::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<RemoveBlackWhite>(QString(), QString(), QString());
    readBase(json, object, op.get());
    op->m_address = json.text(kAddress);
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
