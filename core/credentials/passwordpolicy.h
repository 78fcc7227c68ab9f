#pragma once

#include <QList>
#include <QString>

/// One rule of a provider's password policy, and whether a password meets it.
struct PasswordCheck
{
    QString text;       ///< translated, e.g. "At least one capital letter"
    bool met = false;
};

/// A provider's password rules as the one password editor shows them (every provider and
/// dialog uses the same editor): the rules it states, checked as the user types; a generator
/// whose passwords meet them; and, for a provider that states none, a note saying who checks.
class PasswordPolicy
{
public:
    virtual ~PasswordPolicy() = default;

    /// Every stated rule for `password` of the mailbox `username`@`domain` (either may be
    /// empty: the rules about them then pass). Empty when the provider states no rule.
    [[nodiscard]] virtual QList<PasswordCheck> check(const QString &password, const QString &username, const QString &domain) const = 0;
    /// A strong password (PasswordGenerator) that meets every stated rule.
    [[nodiscard]] virtual QString generate(const QString &username, const QString &domain) const = 0;
    /// When check() states nothing: who checks the password and when (translated).
    [[nodiscard]] virtual QString note() const { return {}; }

    /// True when `password` is not empty and meets every stated rule.
    [[nodiscard]] bool isAcceptable(const QString &password, const QString &username, const QString &domain) const;
};
