#include "core/providers/hostway/hostwayrules.h"

#include "core/credentials/passwordgenerator.h"
#include "core/credentials/passwordpolicy.h"

#include <QRegularExpression>

#include <algorithm>

namespace Hostway::Rules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hostway::Rules", text);
}

template<typename Predicate>
bool any(const QString &s, Predicate predicate)
{
    return std::any_of(s.cbegin(), s.cend(), predicate);
}

} // namespace

QList<RuleCheck> checkPassword(const QString &password, const QString &username, const QString &domain)
{
    const QString secondLevel = domain.section(QLatin1Char('.'), -2, -2);
    return {
        {PasswordRule::MinLength, tr("At least 8 characters"), password.size() >= 8},
        {PasswordRule::MaxLength, tr("At most 128 characters"), password.size() <= 128},
        {PasswordRule::Digit, tr("At least one digit"), any(password, [](QChar c) { return c.isDigit(); })},
        {PasswordRule::Capital, tr("At least one capital letter"), any(password, [](QChar c) { return c.isUpper(); })},
        {PasswordRule::LowerCase, tr("At least one lower-case letter"), any(password, [](QChar c) { return c.isLower(); })},
        {PasswordRule::Special, tr("At least one special character (not a letter, digit or _)"),
         any(password, [](QChar c) { return !c.isLetterOrNumber() && c != QLatin1Char('_'); })},
        {PasswordRule::NoPassPrefix, tr("Does not start with \"pass\""), !password.startsWith(QLatin1String("pass"), Qt::CaseInsensitive)},
        {PasswordRule::NoAbcPrefix, tr("Does not start with \"abc\""), !password.startsWith(QLatin1String("abc"), Qt::CaseInsensitive)},
        {PasswordRule::No123Prefix, tr("Does not start with \"123\""), !password.startsWith(QLatin1String("123"))},
        {PasswordRule::NoSecondLevelDomain, tr("Does not contain the domain name"),
         secondLevel.isEmpty() || !password.contains(secondLevel, Qt::CaseInsensitive)},
        {PasswordRule::NoUsername, tr("Does not contain the mailbox name"),
         username.isEmpty() || !password.contains(username, Qt::CaseInsensitive)},
        {PasswordRule::NoUsernamePrefix, tr("Does not start with the mailbox name's first 3 letters"),
         username.size() < 3 || !password.startsWith(username.left(3), Qt::CaseInsensitive)},
    };
}

bool isPasswordAcceptable(const QString &password, const QString &username, const QString &domain)
{
    return passwordProblems(password, username, domain).isEmpty();
}

QStringList passwordProblems(const QString &password, const QString &username, const QString &domain)
{
    QStringList problems;
    const auto checks = checkPassword(password, username, domain);
    for (const RuleCheck &check : checks) {
        if (!check.met)
            problems.append(check.text);
    }
    return problems;
}

bool isValidMailboxName(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QLatin1String(kMailboxNamePattern)));
    return pattern.match(name).hasMatch();
}

QString mailboxNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a mailbox name.");
    if (name.size() > kMaxMailboxNameLength)
        return tr("Use at most %1 characters (the longest an address may have before the @).").arg(kMaxMailboxNameLength);
    if (!isValidMailboxName(name))
        return tr("Use only letters a-z and A-Z, digits, dots and underscores.");
    return {};
}

QString generatePassword(const QString &username, const QString &domain)
{
    return PasswordGenerator::generate([&](const QString &password) { return isPasswordAcceptable(password, username, domain); });
}

namespace {

class HostwayPasswordPolicy final : public PasswordPolicy
{
public:
    QList<PasswordCheck> check(const QString &password, const QString &username, const QString &domain) const override
    {
        QList<PasswordCheck> checks;
        for (const RuleCheck &rule : checkPassword(password, username, domain))
            checks.append({rule.text, rule.met});
        return checks;
    }
    QString generate(const QString &username, const QString &domain) const override { return generatePassword(username, domain); }
};

} // namespace

const PasswordPolicy &passwordPolicy()
{
    static const HostwayPasswordPolicy policy;
    return policy;
}

QStringList splitAddresses(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isEmailAddress(const QString &text)
{
    // Labels may hold '_': the seed's own successful example forwards to different-domain_1.com.
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@([A-Za-z0-9_-]+\\.)+[A-Za-z]{2,}$"));
    return address.match(text).hasMatch();
}

QString forwardTargetProblem(const QString &target, const QString &mailboxAddress)
{
    if (!isEmailAddress(target))
        return QCoreApplication::translate("Hostway::Rules", "%1 is not an email address.").arg(target);
    if (target.compare(mailboxAddress, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Hostway::Rules", "A mailbox cannot forward to itself.");
    return {};
}

} // namespace Hostway::Rules
