#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// What `mailroomctl` was asked to do, parsed and checked (no network yet).
struct CtlOptions
{
    enum class Format { Table, Json, Csv };

    // Account selection: a profile saved by the GUI, or the explicit fields.
    QString profile;
    QString provider;
    QUrl baseUrl;
    QString accountId;
    QString user;
    int timeoutSeconds = 30;

    // The command: "domain show", "mailboxes list", "mailbox show|create|set|delete".
    QString noun;
    QString verb;
    QStringList arguments;   ///< the words after "noun verb", for a command that takes them (CtlProvider::takesArguments)

    QString domain;
    QString name;
    QString filter;
    QString sort = QStringLiteral("username");
    bool descending = false;
    Format format = Format::Table;
    std::optional<int> quotaMb;
    bool master = false;
    bool passwordStdin = false;
    bool generatePassword = false;
    bool yes = false;
    bool verbose = false;    ///< log HTTP traffic (secrets redacted) to stderr

    // draft show|validate|apply|import-csv
    QString file;            ///< the draft file (the CSV file for import-csv)
    QString output;          ///< -o: the draft file import-csv writes
    QString kind;            ///< import-csv --kind (mailboxes)
    int parallel = 4;
    bool continueOnError = false;
    QString passwordsOut;
    bool verify = false;          ///< draft apply --verify: read back what is done afterwards
    QString report;
    QString onConflict = QStringLiteral("stop");   ///< stop | skip | apply

    // server-settings show|set|delete|test (Webitel)
    QString host;
    std::optional<int> port;
    std::optional<bool> secure;
    std::optional<bool> rejectUnauthorized;
    QString from;
    QString description;
    QString smtpUser;
    bool smtpPasswordStdin = false;
    QString to;
    bool hostSet = false;
    bool fromSet = false;
    bool descriptionSet = false;
    bool smtpUserSet = false;

    // Ikoula and ICE: the account's extra fields, and each command's options by name
    // ("email", "display-name", "pop", ...; see kProviderValueOptions in ctloptions.cpp),
    // checked by the command itself.
    QString draftFile;       ///< --draft: add the change to this draft instead of sending it
    QString publicKeyFile;   ///< --public-key: Ikoula's RSA public key (PEM file)
    QString organisation;    ///< --organisation: Ikoula's ORGA_ID, ICE's organisation id
    QString accountKind;     ///< the kind of account signed in as (Account::kind: a --profile's, or the provider's from its options)
    QString fieldSpelling;   ///< the account's spelling of its provider's fields (ICE: --ice-field-names)
    QHash<QString, QString> values;
    QSet<QString> flags;

    [[nodiscard]] QString value(const char *name) const { return values.value(QLatin1String(name)); }
    [[nodiscard]] bool has(const char *name) const { return values.contains(QLatin1String(name)); }
    [[nodiscard]] bool flag(const char *name) const { return flags.contains(QLatin1String(name)); }

    [[nodiscard]] bool isDraftCommand() const { return noun == QLatin1String("draft"); }
    /// True when the account's provider runs the command (CtlProvider::makeCommand), false for
    /// the commands every account has (draft show, validate, apply, verify).
    bool providersCommand = true;
    [[nodiscard]] bool isServerSettingsCommand() const { return noun == QLatin1String("server-settings"); }
};

/// Parses argv; on a usage error returns nullopt and sets *error (exit code 2).
/// `--help` and `--version` set *helpText instead and return nullopt with an empty *error.
std::optional<CtlOptions> parseCtlOptions(const QStringList &arguments, QString *error, QString *helpText);
