#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

/// The fields of an Exchange mailbox as the PUT sends them (seed 003 section 55-56), the
/// password apart: displayName, type, resourceType (creation only), resetPassword, firstName,
/// lastName, city, company, country, department, fax, homePhone, mobilePhone, postalCode,
/// state, street, title; only those set.
using ExchangeFields = QJsonObject;

/// The documented rules of Exchange mailboxes (section 56): the name pattern, each text
/// field's longest length, the types and resource types.
namespace Hostway::ExchangeRules {
/// The text fields of the PUT and their documented longest length, in characters.
[[nodiscard]] const QList<QPair<QString, int>> &textFields();
/// "standard" and "premium".
[[nodiscard]] QStringList types();
/// "user", "equipment" and "room".
[[nodiscard]] QStringList resourceTypes();
/// Why `name` cannot be an Exchange mailbox's name ([a-zA-Z0-9._-]+, at most 64), translated;
/// empty when it can.
[[nodiscard]] QString nameProblem(const QString &name);
/// The problems of a new Exchange mailbox's `password` (field "password"): the mailbox rules,
/// and "Should start with a letter" (section 56), translated.
[[nodiscard]] QList<ValidationProblem> newPasswordProblems(const QString &password, const QString &name, const QString &domain);
/// A password a new Exchange mailbox `name`@`domain` takes (PasswordGenerator).
[[nodiscard]] QString generatePassword(const QString &name, const QString &domain);
} // namespace Hostway::ExchangeRules

/// Creates a Hostway Exchange mailbox: PUT .../usernames/{name}/exchange with a password and
/// a display name (both required), answered 201 (seed 003 section 55-56). The same PUT
/// updates an existing one: the expected state is "none" from the start, so one found at
/// apply is a conflict, not overwritten. Its password follows the mailbox rules and starts
/// with a letter; typed (a secret: never in a draft file)
/// or generated at apply time and shown once. 409: the name is taken.
/// State (MailboxSettingChange): {"exists": true} once GET .../exchange answers, {} while it
/// answers 404.
class CreateExchange final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(CreateExchange)

public:
    static constexpr char kKind[] = "hostway.exchange.create";

    CreateExchange(QString domain, QString name, ExchangeFields fields, PasswordSource source, QString password = {});

    [[nodiscard]] const ExchangeFields &fields() const { return m_fields; }
    [[nodiscard]] const QString &password() const { return m_password; }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] MailboxEffect mailboxEffect() const override { return {MailboxEffect::Kind::Creates, domain(), name()}; }
    void prepare() override;
    [[nodiscard]] QStringList secretNames() const override { return {QStringLiteral("password")}; }
    [[nodiscard]] QString secret(const QString &) const override { return m_password; }
    void setSecret(const QString &, const QString &value) override { m_password = value; }
    [[nodiscard]] bool generatesPassword() const override { return m_source == PasswordSource::Generate; }
    [[nodiscard]] QString passwordOwner() const override { return address(); }
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    bool stateWhenMissing(QJsonValue *state) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    /// An Exchange mailbox of that name now: the PUT would update it instead of creating one.
    [[nodiscard]] QString conflictWith(const QJsonValue &state) const override;
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override;

    /// Reads what toJson() wrote: {"kind", "domain", "name", "fields", "password":
    /// "generate"|"provided", "expected"?}; null and *error naming the field otherwise.
    static std::unique_ptr<CreateExchange> fromJson(const QJsonObject &json, QString *error);

private:
    ExchangeFields m_fields;
    PasswordSource m_source = PasswordSource::Provided;
    QString m_password;
    bool m_passwordElsewhere = false;   ///< read from a file: the typed password is in the keychain
};

/// Changes a Hostway Exchange mailbox: PUT .../usernames/{name}/exchange with the fields
/// changed, answered 204 (seed 003 section 55-56). resourceType cannot change after creation
/// (400 "resourceType cannot be updated"): validate() refuses it. A new password (a secret)
/// and resetPassword (a new password asked at the next logon) cannot be read back. The PUT
/// would create a missing mailbox: give it the state read (setExpected()), so that one
/// gone at apply is an error, not a creation.
/// State: the fields it sets as GET .../exchange (section 53-54) shows them, as text.
class UpdateExchange final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(UpdateExchange)

public:
    static constexpr char kKind[] = "hostway.exchange.update";

    UpdateExchange(QString domain, QString name, ExchangeFields fields, QString password = {});

    [[nodiscard]] const ExchangeFields &fields() const { return m_fields; }
    [[nodiscard]] bool setsPassword() const { return m_setsPassword || !m_password.isEmpty(); }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] QStringList secretNames() const override;
    [[nodiscard]] QString secret(const QString &) const override { return m_password; }
    void setSecret(const QString &, const QString &value) override { m_password = value; }
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    [[nodiscard]] bool canReadBack() const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override;

    /// The state of the readable fields of `fields` in a GET .../exchange answer `body`; false
    /// and *error when it is no JSON object.
    static bool stateOf(const QByteArray &body, const ExchangeFields &fields, QJsonValue *state, QString *error);
    /// Reads what toJson() wrote: {"kind", "domain", "name", "fields", "password"?:
    /// "provided", "expected"?}; null and *error naming the field otherwise.
    static std::unique_ptr<UpdateExchange> fromJson(const QJsonObject &json, QString *error);

private:
    ExchangeFields m_fields;
    QString m_password;
    bool m_setsPassword = false;   ///< read from a file: the password itself is elsewhere
};

/// Deletes a Hostway Exchange mailbox and its mail: DELETE .../usernames/{name}/exchange,
/// answered 204; 409 when the domain is disabled (seed 003 section 51-52).
/// State: {"exists": true} while GET .../exchange answers, null once it answers 404.
class DeleteExchange final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(DeleteExchange)

public:
    static constexpr char kKind[] = "hostway.exchange.delete";

    DeleteExchange(QString domain, QString name);

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override { return addressProblems(); }
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override { return baseJson(); }
    [[nodiscard]] bool isDestructive() const override { return true; }
    [[nodiscard]] MailboxEffect mailboxEffect() const override { return {MailboxEffect::Kind::Deletes, domain(), name()}; }
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    bool stateWhenMissing(QJsonValue *state) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override { return state.isNull(); }
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override;

    /// Reads what toJson() wrote: {"kind", "domain", "name", "expected"?}.
    static std::unique_ptr<DeleteExchange> fromJson(const QJsonObject &json, QString *error);
};
