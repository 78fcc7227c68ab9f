#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

struct DraftAccount;

/// A provider account the user administers. Everything but the password, which lives only
/// in the OS keychain under keychainKey().
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Account)

public:
    QString id;                 ///< Mailroom's own stable id (a UUID)
    QString provider = QStringLiteral("hostway");
    QString displayName;
    QUrl baseUrl;               ///< e.g. https://api.hostway.com
    QString accountId;          ///< Hostway: the {account} of /accounts/{account}; ICE: the organisation id
    QString userName;           ///< HTTP Basic user (Hostway), login (Ikoula, ICE, Webitel)
    /// What the user added to the tree because the API cannot list it: Hostway and Webitel
    /// domains, ICE skill ids. Unused for Ikoula, whose subscriptions are listed by the API.
    QStringList domains;
    QByteArray publicKeyPem;    ///< Ikoula: the RSA public key, PEM text (public, not a secret)
    /// How the provider's fields are spelt when its documentation spells them two ways
    /// (Provider::spellings' ids, ICE's "example" or "table"); empty: its default.
    QString fieldSpelling;
    /// Which of its provider's kinds of account this is (Provider::kinds' ids, Hostway's
    /// "owner" for a mailbox owner); empty: the provider's default kind.
    QString kind;

    /// The keychain key, "provider:user@host:accountId" (house style, QtKeychain section).
    [[nodiscard]] QString keychainKey() const;

    /// Why `baseUrl` may not receive credentials, or empty: it must be https://, or plain
    /// http:// to this computer (127.0.0.0/8, ::1, localhost) for the sandbox. Every entry
    /// point checks it: the account dialog, mailroomctl's options and profiles, drafts.
    [[nodiscard]] static QString baseUrlProblem(const QUrl &baseUrl);
    /// The account as a draft names it: Ikoula's public key comes along (applying needs it).
    [[nodiscard]] DraftAccount draftAccount() const;
    /// True when `draft` names this account (provider, URL, ids and user).
    [[nodiscard]] bool owns(const DraftAccount &draft) const;

    /// Translated problems with the fields; empty when the account can be saved. Plain HTTP
    /// is refused except on loopback addresses (the sandbox). Ikoula needs a readable RSA
    /// public key; ICE a numeric organisation id.
    [[nodiscard]] QStringList problems() const;
};
