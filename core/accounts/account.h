#pragma once

#include "core/providers/hostway/hostwaytypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

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
    QString accountId;          ///< the provider's account id (Hostway: /accounts/{account})
    QString userName;           ///< HTTP Basic user
    QStringList domains;        ///< domains added to the tree (Hostway cannot list them)

    /// The keychain key, "provider:user@host:accountId" (house style, QtKeychain section).
    [[nodiscard]] QString keychainKey() const;
    [[nodiscard]] Hostway::Endpoint hostwayEndpoint() const { return {baseUrl, accountId}; }

    /// Translated problems with the fields; empty when the account can be saved. Plain HTTP
    /// is refused except on loopback addresses (the sandbox).
    [[nodiscard]] QStringList problems() const;
};
