#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class PasswordPolicy;

/// Hostway's documented input rules, checked offline (seed 003, mailbox PUT, "password" and
/// "mailboxName"). The server stays the judge: it also refuses a password used before, which
/// only it knows.
namespace Hostway::Rules {

/// The longest mailbox name: seed 003 gives 64 for Exchange names and none for mailboxes, so
/// the local part's limit of RFC 5321 (64) stands for both.
inline constexpr int kMaxMailboxNameLength = 64;

/// The password rules a client can check, in the documented order.
enum class PasswordRule {
    MinLength,          ///< at least 8 characters
    MaxLength,          ///< at most 128 characters
    Digit,
    Capital,
    LowerCase,
    Special,            ///< a character other than a letter, a digit or '_'
    NoPassPrefix,       ///< does not start with "pass", case-insensitively
    NoAbcPrefix,        ///< does not start with "abc", case-insensitively
    No123Prefix,
    NoSecondLevelDomain,
    NoUsername,
    NoUsernamePrefix,   ///< does not start with the username's first 3 letters
};

/// One rule and whether a password meets it.
struct RuleCheck
{
    PasswordRule rule;
    QString text;       ///< translated, e.g. "At least one capital letter"
    bool met = false;
};

/// Checks every rule. `username` and `domain` may be empty (their rules then pass).
QList<RuleCheck> checkPassword(const QString &password, const QString &username, const QString &domain);
/// True when every rule is met.
bool isPasswordAcceptable(const QString &password, const QString &username, const QString &domain);
/// A generated password (PasswordGenerator) that meets every rule for `username`@`domain`.
QString generatePassword(const QString &username, const QString &domain);
/// The rules above as the password editor shows them (PasswordPolicy).
const PasswordPolicy &passwordPolicy();
/// The translated texts of the rules `password` breaks; empty when it meets them all.
QStringList passwordProblems(const QString &password, const QString &username, const QString &domain);

/// The documented pattern of a regular mailbox name: [a-zA-Z0-9._]+
inline constexpr char kMailboxNamePattern[] = "[a-zA-Z0-9._]+";
bool isValidMailboxName(const QString &name);
/// Empty when valid, else a translated explanation.
QString mailboxNameProblem(const QString &name);

/// True for one email address as Hostway takes it (a forwarding target, a contact's email):
/// one @, a local part without spaces, a domain of dotted labels ending in a TLD.
bool isEmailAddress(const QString &text);

/// The addresses in `text`, split at commas, semicolons and white space ("a@b.org, @c.org").
QStringList splitAddresses(const QString &text);

/// Why `target` cannot be a forwarding target of the mailbox `mailboxAddress` (name@domain),
/// translated; empty when it can. Checks what a client can (seed 003 section 61-62): an
/// address (the POST's "format: email"), not the mailbox itself. Whether a local target
/// exists, and whether it is the mailbox under a domain alias, only Hostway knows.
QString forwardTargetProblem(const QString &target, const QString &mailboxAddress);

} // namespace Hostway::Rules
