#pragma once

#include "core/providers/hostway/contacts.h"
#include "core/providers/hostway/mailboxsettingchange.h"

/// A change of one contact of a Hostway domain's global address list (seed
/// 003_aa31f808b2178cb3.txt sections 15-25): the domain's own (Level::Domain) and keyed by the
/// contact's name. Its state (MailboxSettingChange) is the contact as GET .../contacts/{name}
/// reads it, every field but the name by its key ({"email": "...", "firstName": "", ...}), or
/// null when that GET answers 404: no such contact. So a draft's conflict check and the
/// read-back of an interrupted send need no code of their own in HostwaySender.
class ContactChange : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(ContactChange)

public:
    /// The contact's name, its key in the path.
    [[nodiscard]] const QString &contact() const { return m_contact; }
    [[nodiscard]] Level level() const override { return Level::Domain; }
    /// "contact:domain/name": the changes of one contact keep their order in a parallel apply.
    [[nodiscard]] QString targetKey() const override;
    [[nodiscard]] OperationTarget target() const override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    /// Null: no contact of that name.
    bool stateWhenMissing(QJsonValue *state) const override;
    /// Says whether the contact appeared, vanished or changed since the draft was made.
    [[nodiscard]] QString conflictWith(const QJsonValue &state) const override;

    /// The state of `contact`: its fields but the name, by key.
    [[nodiscard]] static QJsonValue stateOf(const Hostway::Contact &contact);
    /// The problems of a contact's name: empty, or holding a '/', which no path can carry.
    [[nodiscard]] static QList<ValidationProblem> nameProblems(const QString &name);

protected:
    ContactChange(QString domain, QString contact);
    /// baseJson() and "contact", for toJson().
    [[nodiscard]] QJsonObject contactJson() const;
    /// Reads what contactJson() wrote into `change`.
    static void readContact(StrictJson &json, const QJsonObject &object, ContactChange *change);
    /// addressProblems() and nameProblems() of this change.
    [[nodiscard]] QList<ValidationProblem> targetProblems() const;
    /// The problems of `fields` as sent: an email that is no address, an empty display name
    /// (both required at creation, section 25).
    [[nodiscard]] static QList<ValidationProblem> fieldProblems(const QList<QPair<Hostway::ContactField, QString>> &fields);
    /// `fields` as {key: text}.
    [[nodiscard]] static QJsonObject fieldsJson(const QList<QPair<Hostway::ContactField, QString>> &fields);
    /// Reads {key: text} of fieldsJson() (no "name"); an empty list and *error otherwise.
    static QList<QPair<Hostway::ContactField, QString>> readFields(const QJsonObject &object, QString *error);
    /// True when `state` is a contact holding each of `fields`.
    [[nodiscard]] static bool holds(const QJsonValue &state, const QList<QPair<Hostway::ContactField, QString>> &fields);

private:
    QString m_contact;
};

/// Adds a contact to the global address list: POST .../contacts, answered 204 (section 25).
/// name, email and displayName are required; a name in use is refused 409 ("Data conflict"),
/// which explainRefusal() says in words. Only the fields that are set are sent.
class CreateContact final : public ContactChange
{
    Q_DECLARE_TR_FUNCTIONS(CreateContact)

public:
    static constexpr char kKind[] = "hostway.contact.create";

    CreateContact(QString domain, Hostway::Contact contact);

    [[nodiscard]] const Hostway::Contact &fields() const { return m_fields; }
    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override;

    /// {"kind", "domain", "name": "", "contact", "fields": {key: text}, "expected"?}.
    static std::unique_ptr<CreateContact> fromJson(const QJsonObject &json, QString *error);

private:
    /// The fields set, name included, in the schema's order.
    [[nodiscard]] QList<QPair<Hostway::ContactField, QString>> sent() const;

    Hostway::Contact m_fields;
};

/// Changes fields of a contact: PUT .../contacts/{name} with those fields only, answered 204
/// (section 20). The name cannot change: the PUT has no such field. An empty text clears a
/// field (the seed is silent on clearing; it documents no refusal of an empty one) but for
/// email and displayName, which a contact needs.
class UpdateContact final : public ContactChange
{
    Q_DECLARE_TR_FUNCTIONS(UpdateContact)

public:
    static constexpr char kKind[] = "hostway.contact.update";

    UpdateContact(QString domain, QString contact, QList<QPair<Hostway::ContactField, QString>> fields);

    [[nodiscard]] const QList<QPair<Hostway::ContactField, QString>> &fields() const { return m_fields; }
    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;

    /// {"kind", "domain", "name": "", "contact", "fields": {key: text}, "expected"?}.
    static std::unique_ptr<UpdateContact> fromJson(const QJsonObject &json, QString *error);

private:
    QList<QPair<Hostway::ContactField, QString>> m_fields;
};

/// Deletes a contact from the global address list: DELETE .../contacts/{name}, answered 204
/// (section 16); 404 when the domain or the contact does not exist.
class DeleteContact final : public ContactChange
{
    Q_DECLARE_TR_FUNCTIONS(DeleteContact)

public:
    static constexpr char kKind[] = "hostway.contact.delete";

    DeleteContact(QString domain, QString contact);

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override { return targetProblems(); }
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] bool isDestructive() const override { return true; }
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override { return contactJson(); }
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override { return state.isNull(); }

    /// {"kind", "domain", "name": "", "contact", "expected"?}.
    static std::unique_ptr<DeleteContact> fromJson(const QJsonObject &json, QString *error);
};
