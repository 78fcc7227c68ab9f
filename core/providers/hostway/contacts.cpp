#include "core/providers/hostway/contacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Hostway {

namespace {

struct FieldInfo
{
    ContactField field;
    const char *key;
    const char *label;
};

// The seed's keys; the labels are the usual address book words (the seed says "home phone"
// for mobilePhone too: a slip, the key is plain).
constexpr std::array<FieldInfo, kContactFieldCount> kFields{{
    {ContactField::Name, "name", QT_TRANSLATE_NOOP("Hostway::Contact", "Name")},
    {ContactField::Email, "email", QT_TRANSLATE_NOOP("Hostway::Contact", "Email")},
    {ContactField::FirstName, "firstName", QT_TRANSLATE_NOOP("Hostway::Contact", "First name")},
    {ContactField::LastName, "lastName", QT_TRANSLATE_NOOP("Hostway::Contact", "Last name")},
    {ContactField::DisplayName, "displayName", QT_TRANSLATE_NOOP("Hostway::Contact", "Display name")},
    {ContactField::Title, "title", QT_TRANSLATE_NOOP("Hostway::Contact", "Job title")},
    {ContactField::HomePhone, "homePhone", QT_TRANSLATE_NOOP("Hostway::Contact", "Home phone")},
    {ContactField::MobilePhone, "mobilePhone", QT_TRANSLATE_NOOP("Hostway::Contact", "Mobile phone")},
    {ContactField::BusinessPhone, "businessPhone", QT_TRANSLATE_NOOP("Hostway::Contact", "Business phone")},
    {ContactField::BusinessFax, "businessFax", QT_TRANSLATE_NOOP("Hostway::Contact", "Business fax")},
    {ContactField::IsdnNumber, "isdnNumber", QT_TRANSLATE_NOOP("Hostway::Contact", "ISDN number")},
    {ContactField::Pager, "pager", QT_TRANSLATE_NOOP("Hostway::Contact", "Pager")},
    {ContactField::TelexNumber, "telexNumber", QT_TRANSLATE_NOOP("Hostway::Contact", "Telex number")},
    {ContactField::Company, "company", QT_TRANSLATE_NOOP("Hostway::Contact", "Company")},
    {ContactField::Department, "department", QT_TRANSLATE_NOOP("Hostway::Contact", "Department")},
    {ContactField::RoomNumber, "roomNumber", QT_TRANSLATE_NOOP("Hostway::Contact", "Room")},
    {ContactField::StreetAddress, "streetAddress", QT_TRANSLATE_NOOP("Hostway::Contact", "Street address")},
    {ContactField::PostalCode, "postalCode", QT_TRANSLATE_NOOP("Hostway::Contact", "Postal code")},
    {ContactField::City, "city", QT_TRANSLATE_NOOP("Hostway::Contact", "City")},
    {ContactField::State, "state", QT_TRANSLATE_NOOP("Hostway::Contact", "State or province")},
    {ContactField::Country, "country", QT_TRANSLATE_NOOP("Hostway::Contact", "Country")},
}};

bool objectOf(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("the answer is not a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace

const std::array<ContactField, kContactFieldCount> &contactFields()
{
    static const std::array<ContactField, kContactFieldCount> all = [] {
        std::array<ContactField, kContactFieldCount> fields{};
        for (int i = 0; i < kContactFieldCount; ++i)
            fields[std::size_t(i)] = kFields[std::size_t(i)].field;
        return fields;
    }();
    return all;
}

QString contactKey(ContactField field)
{
    return QLatin1String(kFields[std::size_t(field)].key);
}

std::optional<ContactField> contactFieldOf(QStringView key)
{
    for (const FieldInfo &info : kFields) {
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0)
            return info.field;
    }
    return std::nullopt;
}

const char *contactLabel(ContactField field)
{
    return kFields[std::size_t(field)].label;
}

QString contactLabelText(ContactField field)
{
    return QCoreApplication::translate("Hostway::Contact", contactLabel(field));
}

QJsonObject Contact::toJson() const
{
    QJsonObject json;
    for (ContactField field : contactFields())
        json.insert(contactKey(field), value(field));
    return json;
}

namespace Parser {

bool contactFrom(const QJsonObject &object, Contact *out, QString *error)
{
    Contact contact;
    for (ContactField field : contactFields()) {
        const QJsonValue value = object.value(contactKey(field));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString()) {
            *error = QStringLiteral("the contact's '%1' is not text").arg(contactKey(field));
            return false;
        }
        contact.set(field, value.toString());
    }
    *out = std::move(contact);
    return true;
}

bool contact(const QByteArray &body, Contact *out, QString *error)
{
    QJsonObject object;
    return objectOf(body, &object, error) && contactFrom(object, out, error);
}

bool contacts(const QByteArray &body, ContactList *out, QString *error)
{
    QJsonObject object;
    if (!objectOf(body, &object, error))
        return false;
    const QJsonValue list = object.value(QLatin1String("list"));
    if (!list.isUndefined() && !list.isNull() && !list.isArray()) {
        *error = QStringLiteral("'list' is not a list");
        return false;
    }
    ContactList result;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            *error = QStringLiteral("contact %1 is not an object").arg(i + 1);
            return false;
        }
        Contact contact;
        if (!contactFrom(items.at(i).toObject(), &contact, error))
            return false;
        // The schema ends its list with an item of links alone (section 23.2.4): no contact.
        if (!contact.name().isEmpty())
            result.contacts.append(std::move(contact));
    }
    // "count" here, "totalCount" in every other list (NOTES.md): either is taken.
    QJsonValue count = object.value(QLatin1String("count"));
    if (count.isUndefined())
        count = object.value(QLatin1String("totalCount"));
    result.count = count.isDouble() ? count.toInt() : int(result.contacts.size());
    *out = std::move(result);
    return true;
}

} // namespace Parser

} // namespace Hostway
