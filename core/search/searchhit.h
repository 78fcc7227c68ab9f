#pragma once

#include <QString>
#include <QVariantMap>

/// One thing a search across accounts found (SearchEverywhere), with where it lives so the
/// window can open it: the account, then a domain (Hostway, Webitel; ICE: a skill id) or an
/// Ikoula subscription and organisation, then the object itself.
struct SearchHit
{
    enum class Kind {
        Mailbox,            ///< a mailbox: a Hostway username, an Ikoula BAL, a mailbox owner's own
        DistributionList,   ///< an Ikoula distribution list
        Contact,            ///< an Ikoula contact
        Domain,             ///< a domain (ICE: a skill) of the account's tree
        More,               ///< not an object: "N more in …", a hint to type more of the name
        Problem,            ///< not an object: the account could not be searched, and why
    };

    QString accountId;      ///< Account::id (Mailroom's UUID)
    Kind kind = Kind::Mailbox;
    QString name;           ///< what is shown: an address, a username, a domain, or the note
    QString detail;         ///< a second line: a display name, a type (may be empty)
    QString domain;         ///< Hostway and Webitel domain, ICE skill id; empty for the account itself
    QString subscription;   ///< Ikoula SUBSCR_ID
    QString organisation;   ///< Ikoula ORGA_ID
    QString object;         ///< the key the object's page selects it by: a username, an address

    /// A Problem hit of account `accountId`: `text` says what could not be searched and why.
    [[nodiscard]] static SearchHit problem(const QString &accountId, const QString &text);
    /// True for hits that name an object the window can open (not More or Problem).
    [[nodiscard]] bool isObject() const { return kind != Kind::More && kind != Kind::Problem; }
    /// For the recent items kept in the window's settings (no secret in it).
    [[nodiscard]] QVariantMap toVariant() const;
    /// Reads toVariant()'s map; a hit with an empty account id when it is not one.
    [[nodiscard]] static SearchHit fromVariant(const QVariantMap &map);
    [[nodiscard]] bool operator==(const SearchHit &other) const;
};
