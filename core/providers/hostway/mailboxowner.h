#pragma once

#include <QString>

#include <optional>

struct Account;

namespace Hostway {

/// The kinds of Hostway account (Provider::Kind ids, Account::kind): the account's
/// administrator (the default), or one mailbox's owner, regular or Exchange. An owner signs
/// in as that mailbox ("Use the mailbox owner credentials for the specific mailbox, e.g.
/// username: email@domain.com", seed 003 sections 110-115) and reaches only the
/// /email/{domain}/... shortcuts: no {account} id.
inline constexpr char kAdminKind[] = "account";
inline constexpr char kOwnerKind[] = "owner";
inline constexpr char kExchangeOwnerKind[] = "exchange-owner";

/// The one mailbox a mailbox-owner account shows, read from its user name `name@domain`.
struct MailboxOwner
{
    QString domain;
    QString name;
    bool exchange = false;   ///< an Exchange mailbox: its password reset goes to .../exchange/action

    /// The mailbox `account` owns; none when it is an administrator's account, or when its
    /// user name is not one address (Account::problems says so).
    [[nodiscard]] static std::optional<MailboxOwner> of(const Account &account);
    /// True when `kind` (Account::kind) is a mailbox owner's.
    [[nodiscard]] static bool isOwnerKind(const QString &kind);
};

} // namespace Hostway
