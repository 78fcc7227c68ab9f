#pragma once

#include "core/net/httprequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

/// The account a draft is for (no password: that stays in the keychain). Made from an Account
/// by Account::draftAccount(); the drafts code itself knows no Account, so core/accounts may
/// use drafts without a cycle.
struct DraftAccount
{
    DraftAccount() = default;
    DraftAccount(QString provider_, QUrl baseUrl_, QString accountId_, QString userName_, QByteArray publicKeyPem_ = {})
        : provider(std::move(provider_)), baseUrl(std::move(baseUrl_)), accountId(std::move(accountId_))
        , userName(std::move(userName_)), publicKeyPem(std::move(publicKeyPem_)) {}

    QString provider = QStringLiteral("hostway");
    QUrl baseUrl;
    QString accountId;           ///< Hostway's account id, ICE's organisation id
    QString userName;
    QByteArray publicKeyPem;     ///< Ikoula's RSA public key (public, so it may be in the file)

    /// Where the operations go, for Operation::request().
    [[nodiscard]] ApiEndpoint endpoint() const { return {baseUrl, accountId, userName}; }
};
