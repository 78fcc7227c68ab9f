#include "core/providers/hostway/domainwebmailoperation.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"

namespace {
const QString kAllowUpgrade = QStringLiteral("allowUpgrade");
} // namespace

SetDomainWebmailUpgrade::SetDomainWebmailUpgrade(QString domain, bool allowUpgrade)
    : MailboxSettingChange(std::move(domain), QString())
    , m_allowUpgrade(allowUpgrade)
{
}

QList<ValidationProblem> SetDomainWebmailUpgrade::validate() const
{
    return addressProblems();   // the domain's, and no mailbox name (level())
}

QString SetDomainWebmailUpgrade::describe() const
{
    return m_allowUpgrade ? tr("Allow the webmail accounts of %1 to upgrade their plan").arg(address())
                          : tr("Forbid the webmail accounts of %1 to upgrade their plan").arg(address());
}

QStringList SetDomainWebmailUpgrade::changes(const SnapshotMailbox *) const
{
    const QJsonValue was = expected().toObject().value(kAllowUpgrade);
    const auto words = [](bool on) { return on ? tr("allowed") : tr("not allowed"); };
    return {tr("plan upgrades: %1 \u2192 %2").arg(was.isBool() ? words(was.toBool()) : tr("unknown"), words(m_allowUpgrade))};
}

HttpRequest SetDomainWebmailUpgrade::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::putDomainWebmail(endpoint, domain(), m_allowUpgrade);
}

QJsonObject SetDomainWebmailUpgrade::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kAllowUpgrade, m_allowUpgrade);
    return json;
}

HttpRequest SetDomainWebmailUpgrade::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::domainWebmail(endpoint, domain());
}

bool SetDomainWebmailUpgrade::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    Hostway::DomainWebmail webmail;
    if (!Hostway::Parser::domainWebmail(body, &webmail, error))
        return false;
    *state = stateOf(webmail);
    return true;
}

bool SetDomainWebmailUpgrade::isAppliedIn(const QJsonValue &state) const
{
    const QJsonValue now = state.toObject().value(kAllowUpgrade);
    return now.isBool() && now.toBool() == m_allowUpgrade;
}

QStringList SetDomainWebmailUpgrade::explainRefusal(const ApiError &error) const
{
    if (error.httpStatus() == 409)   // section 92: disabled at the product level
        return {tr("Upgrades are disabled for the product %1 is on and cannot be turned on here: ask Hostway.").arg(domain())};
    return {};
}

QJsonValue SetDomainWebmailUpgrade::stateOf(const Hostway::DomainWebmail &webmail)
{
    return QJsonObject{{kAllowUpgrade, webmail.allowUpgrade}};
}

std::unique_ptr<SetDomainWebmailUpgrade> SetDomainWebmailUpgrade::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<SetDomainWebmailUpgrade>(QString(), false);
    readBase(json, object, op.get());
    const std::optional<bool> allow = json.optionalBool(kAllowUpgrade);
    if (json.ok() && !allow)
        json.fail(kAllowUpgrade, tr("is missing"));
    op->m_allowUpgrade = allow.value_or(false);
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
