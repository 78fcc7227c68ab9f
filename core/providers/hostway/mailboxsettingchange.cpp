#include "core/providers/hostway/mailboxsettingchange.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayrules.h"

namespace {
const QString kDomain = QStringLiteral("domain");
const QString kName = QStringLiteral("name");
const QString kExpected = QStringLiteral("expected");
} // namespace

MailboxSettingChange::MailboxSettingChange(QString domain, QString name)
    : m_domain(std::move(domain))
    , m_name(std::move(name))
{
}

QString MailboxSettingChange::address() const
{
    return isDomainLevel() ? m_domain : m_name + QLatin1Char('@') + m_domain;
}

QString MailboxSettingChange::targetKey() const
{
    if (isDomainLevel())
        return QStringLiteral("domain:%1").arg(m_domain.toLower());
    return QStringLiteral("mailbox:%1/%2").arg(m_domain.toLower(), m_name.toLower());
}

OperationTarget MailboxSettingChange::target() const
{
    if (isDomainLevel())
        return {OperationTarget::Kind::Domain, m_domain.toLower()};
    return OperationTarget::mailbox(m_name, m_domain);
}

Operation::MailboxEffect MailboxSettingChange::mailboxEffect() const
{
    if (isDomainLevel())
        return {};
    return {MailboxEffect::Kind::Changes, m_domain, m_name};
}

QList<ValidationProblem> MailboxSettingChange::addressProblems() const
{
    const Level documented = level();
    if (documented == Level::Mailbox || (documented == Level::MailboxOrDomain && !isDomainLevel()))
        return addressProblems(m_domain, m_name);
    QList<ValidationProblem> problems;
    if (m_domain.trimmed().isEmpty())
        problems.append({kDomain, QCoreApplication::translate("Operation", "Choose a domain.")});
    if (!isDomainLevel())
        problems.append({kName, QCoreApplication::translate("Operation", "This setting belongs to the domain, not to a mailbox.")});
    return problems;
}

QString MailboxSettingChange::conflictWith(const QJsonValue &state) const
{
    if (m_expected.isUndefined() || state == m_expected)
        return {};
    return tr("The settings of %1 changed since the draft was made.").arg(address());
}

QJsonObject MailboxSettingChange::baseJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kind()}, {kDomain, m_domain}, {kName, m_name}};
    if (!m_expected.isUndefined())
        json.insert(kExpected, m_expected);
    return json;
}

void MailboxSettingChange::readBase(StrictJson &json, const QJsonObject &object, MailboxSettingChange *change)
{
    change->m_domain = json.text(kDomain);
    change->m_name = json.text(kName, false);   // empty: the domain's own setting (validate() says if allowed)
    // The expected state is what stateFrom() made: compared as a whole, never read field by
    // field, so any JSON value is taken.
    change->m_expected = object.value(kExpected);
}

QList<ValidationProblem> MailboxSettingChange::addressProblems(const QString &domain, const QString &name)
{
    QList<ValidationProblem> problems;
    if (domain.trimmed().isEmpty())
        problems.append({kDomain, QCoreApplication::translate("Operation", "Choose a domain.")});
    if (name.trimmed().isEmpty() || name.contains(QLatin1Char('/')) || name.size() > Hostway::Rules::kMaxMailboxNameLength)
        problems.append({kName, QCoreApplication::translate("Operation", "Enter the name of an existing mailbox.")});
    return problems;
}
