#include "core/providers/hostway/infostoreoperation.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"

namespace {
const QString kQuota = QStringLiteral("quota");
/// The most a quota can be here (MB): what an int holds, as the GET's field is one.
constexpr int kMaxQuotaMb = 2147483647;
} // namespace

SetInfoStoreQuota::SetInfoStoreQuota(QString domain, int quotaMb)
    : MailboxSettingChange(std::move(domain), QString())
    , m_quotaMb(quotaMb)
{
}

QList<ValidationProblem> SetInfoStoreQuota::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (m_quotaMb < 0)
        problems.append({kQuota, tr("The InfoStore quota is 0 MB or more.")});
    return problems;
}

QString SetInfoStoreQuota::describe() const
{
    return tr("Set the InfoStore quota of %1 to %2 MB").arg(address()).arg(m_quotaMb);
}

QStringList SetInfoStoreQuota::changes(const SnapshotMailbox *) const
{
    const QJsonValue was = expected().toObject().value(kQuota);
    return {tr("InfoStore quota: %1 \u2192 %2 MB").arg(was.isDouble() ? QString::number(was.toInt()) : tr("unknown")).arg(m_quotaMb)};
}

HttpRequest SetInfoStoreQuota::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::putInfoStore(endpoint, domain(), m_quotaMb);
}

QJsonObject SetInfoStoreQuota::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kQuota, m_quotaMb);
    return json;
}

HttpRequest SetInfoStoreQuota::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::infoStore(endpoint, domain());
}

bool SetInfoStoreQuota::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    Hostway::InfoStore store;
    if (!Hostway::Parser::infoStore(body, &store, error))
        return false;
    *state = stateOf(store);
    return true;
}

bool SetInfoStoreQuota::isAppliedIn(const QJsonValue &state) const
{
    return state.toObject().value(kQuota).toInt(-1) == m_quotaMb;
}

QStringList SetInfoStoreQuota::explainRefusal(const ApiError &error) const
{
    if (error.httpStatus() != 400)
        return {};
    const QString said = error.providerMessage() + QLatin1Char(' ') + error.fieldMessage(QStringLiteral("message"));
    if (said.contains(QLatin1String("exceeds the quota"), Qt::CaseInsensitive))
        return {tr("%1's InfoStore holds more than %2 MB: choose a quota of at least what it uses.").arg(domain()).arg(m_quotaMb)};
    if (error.fieldMessage(kQuota).contains(QLatin1String("minimum"), Qt::CaseInsensitive))
        return {tr("The InfoStore quota is 0 MB or more.")};
    return {};
}

QJsonValue SetInfoStoreQuota::stateOf(const Hostway::InfoStore &store)
{
    return QJsonObject{{kQuota, store.quotaMb}};
}

std::unique_ptr<SetInfoStoreQuota> SetInfoStoreQuota::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<SetInfoStoreQuota>(QString(), 0);
    readBase(json, object, op.get());
    op->m_quotaMb = int(json.integer(kQuota, -kMaxQuotaMb, kMaxQuotaMb));
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
