#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Value types of ICE EmailAdmin (seed 001_15ceedbe4445e338.txt).
namespace Ice {

/// Which spelling of UpdateEmailServer's fields to send: the seed's example and its table
/// disagree on three (shared/api/NOTES.md, "inconsistencies"). Example: OrgId, Pop3UserName,
/// Pop3Pollrate (the default, as the example is what a server was tested with). Table:
/// OrganizationId, Pop3Username, Pop3pollrate. The other fields are spelt alike.
enum class FieldNames { Example, Table };

/// "example" or "table", as account settings and files write it.
[[nodiscard]] QString fieldNamesId(FieldNames names);
/// Reads fieldNamesId(); anything else is Example.
[[nodiscard]] FieldNames fieldNamesFromId(const QString &id);

/// One mail server login of the settings (SMTP, POP3 or IMAP). Ports and poll rates are
/// strings on the wire; here too, so what the user typed is what is checked and sent.
struct MailServer
{
    QString address;       ///< host name or IP address
    QString userName;
    QString password;      ///< secret: kept in the keychain, masked in previews and logs
    QString mailbox;       ///< the email address of the mailbox
    QString port;          ///< "1" to "65535"
    QString pollRate;      ///< minutes, a whole number from 1
};

/// The body of UpdateEmailServer for one organisation and skill: SMTP for sending, and POP3
/// or IMAP (isImap) for receiving.
struct ServerSettings
{
    int organisationId = 0;    ///< OrgId
    int skillId = 0;           ///< SkillId
    int emailServerId = 0;     ///< EmailServerId (table only); 0 = not sent
    MailServer smtp;
    MailServer pop3;
    MailServer imap;
    bool enabled = true;       ///< Status "Enabled" / "Disabled"
    bool active = true;        ///< IsActive (table only)
    bool emailSpoofing = false;
    QString spoofEmail;
    bool ssl = false;
    bool tls = false;
    bool isImap = false;       ///< true: receive with IMAP; false: with POP3

    /// Translated problems, one per line, naming the field; empty when the settings can be
    /// sent. Checks ports (1-65535), poll rates (whole minutes from 1), server addresses
    /// (host names or IP addresses), mailbox and spoof addresses (email), and that the
    /// receiving protocol in use has an address.
    [[nodiscard]] QStringList problems() const;
};

/// `settings` without any password, in Mailroom's own shape for its files (not the wire's):
/// {organisationId, skillId, emailServerId, enabled, active, emailSpoofing, spoofEmail, ssl,
/// tls, isImap, smtp|pop3|imap: {address, userName, mailbox, port, pollRate}}.
[[nodiscard]] QJsonObject toJson(const ServerSettings &settings);
/// Reads toJson()'s shape; missing fields take ServerSettings' defaults, passwords are empty.
[[nodiscard]] ServerSettings fromJson(const QJsonObject &json);

} // namespace Ice
