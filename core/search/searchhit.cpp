#include "core/search/searchhit.h"

namespace {

const QString kAccount = QStringLiteral("account");
const QString kKind = QStringLiteral("kind");
const QString kName = QStringLiteral("name");
const QString kDetail = QStringLiteral("detail");
const QString kDomain = QStringLiteral("domain");
const QString kSubscription = QStringLiteral("subscription");
const QString kOrganisation = QStringLiteral("organisation");
const QString kObject = QStringLiteral("object");

} // namespace

SearchHit SearchHit::problem(const QString &accountId, const QString &text)
{
    SearchHit hit;
    hit.accountId = accountId;
    hit.kind = Kind::Problem;
    hit.name = text;
    return hit;
}

QVariantMap SearchHit::toVariant() const
{
    return {{kAccount, accountId},       {kKind, int(kind)},           {kName, name},
            {kDetail, detail},           {kDomain, domain},            {kSubscription, subscription},
            {kOrganisation, organisation}, {kObject, object}};
}

SearchHit SearchHit::fromVariant(const QVariantMap &map)
{
    SearchHit hit;
    const int kind = map.value(kKind, -1).toInt();
    if (kind < int(Kind::Mailbox) || kind > int(Kind::Domain))   // only objects are kept
        return hit;
    hit.accountId = map.value(kAccount).toString();
    hit.kind = Kind(kind);
    hit.name = map.value(kName).toString();
    hit.detail = map.value(kDetail).toString();
    hit.domain = map.value(kDomain).toString();
    hit.subscription = map.value(kSubscription).toString();
    hit.organisation = map.value(kOrganisation).toString();
    hit.object = map.value(kObject).toString();
    return hit;
}

bool SearchHit::operator==(const SearchHit &other) const
{
    return accountId == other.accountId && kind == other.kind && domain == other.domain
        && subscription == other.subscription && organisation == other.organisation && object == other.object;
}
