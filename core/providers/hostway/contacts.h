#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <optional>

/// A Hostway domain's global address list (seed 003_aa31f808b2178cb3.txt sections 15-25,
/// "Accounts-account-email-domain-contacts"): its contacts, their fields, and their JSON.
namespace Hostway {

/// The fields of a contact, in the order of the seed's schema. Every one is text; name,
/// email and displayName are required at creation (section 25), and name is the contact's
/// key in the path: the PUT does not change it (section 20).
enum class ContactField {
    Name, Email, FirstName, LastName, DisplayName, Title, HomePhone, MobilePhone, BusinessPhone,
    BusinessFax, IsdnNumber, Pager, TelexNumber, Company, Department, RoomNumber, StreetAddress,
    PostalCode, City, State, Country,
};
inline constexpr int kContactFieldCount = int(ContactField::Country) + 1;

/// Every field, in the schema's order.
[[nodiscard]] const std::array<ContactField, kContactFieldCount> &contactFields();
/// The field's JSON key, as the seed spells it ("displayName", "isdnNumber").
[[nodiscard]] QString contactKey(ContactField field);
/// The field whose key is `key`, compared without case (CSV headers, query names); none when
/// no field has it.
[[nodiscard]] std::optional<ContactField> contactFieldOf(QStringView key);
/// The field's English label ("Display name"), marked for translation in the context
/// "Hostway::Contact": QCoreApplication::translate("Hostway::Contact", contactLabel(f)).
[[nodiscard]] const char *contactLabel(ContactField field);
/// contactLabel() translated for the user's language.
[[nodiscard]] QString contactLabelText(ContactField field);

/// One contact of the global address list: every field's text, empty when not set.
struct Contact
{
    std::array<QString, kContactFieldCount> values;

    [[nodiscard]] const QString &value(ContactField field) const { return values[std::size_t(field)]; }
    void set(ContactField field, QString text) { values[std::size_t(field)] = std::move(text); }
    [[nodiscard]] const QString &name() const { return value(ContactField::Name); }

    /// Every field by its key, empty ones included: the body of a creation (section 25).
    [[nodiscard]] QJsonObject toJson() const;
    bool operator==(const Contact &other) const { return values == other.values; }
    bool operator!=(const Contact &other) const { return values != other.values; }
};

/// What GET .../contacts asks for (sections 21-23): contacts whose field equals a value
/// (filter<Field>; the seed shows no wildcard for contacts, as it does for mailbox names, so
/// a `*` is sent as typed) and whose field holds a text (search<Field>); all the conditions
/// must hold. No condition: every contact.
struct ContactQuery
{
    QList<QPair<ContactField, QString>> filters;
    QList<QPair<ContactField, QString>> searches;
};

/// GET .../contacts as the domain answers it: the contacts and the count it gives.
struct ContactList
{
    QList<Contact> contacts;
    /// "count" (the other lists' "totalCount" is taken too); the contacts' number when absent.
    int count = 0;
};

namespace Parser {
/// {"count", "list": [contact...], "links"} (section 23); fields missing or null are empty;
/// a field that is not text is an error.
bool contacts(const QByteArray &body, ContactList *out, QString *error);
/// One contact (section 18). The seed's own example omits "name": the caller knows it.
bool contact(const QByteArray &body, Contact *out, QString *error);
/// The contact in `object`; false and *error naming the field when one is not text.
bool contactFrom(const QJsonObject &object, Contact *out, QString *error);
} // namespace Parser

} // namespace Hostway
