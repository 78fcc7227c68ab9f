#include "core/providers/hostway/contactoperations.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/hostwayrules.h"

using Hostway::Contact;
using Hostway::ContactField;
using Fields = QList<QPair<ContactField, QString>>;

namespace {
const QString kContact = QStringLiteral("contact");
const QString kFields = QStringLiteral("fields");

} // namespace

// ContactChange

ContactChange::ContactChange(QString domain, QString contact)
    : MailboxSettingChange(std::move(domain), QString())
    , m_contact(std::move(contact))
{
}

QString ContactChange::targetKey() const
{
    return QStringLiteral("contact:%1/%2").arg(domain().toLower(), m_contact.toLower());
}

OperationTarget ContactChange::target() const
{
    return {OperationTarget::Kind::Contact, QStringLiteral("%1/%2").arg(domain().toLower(), m_contact.toLower())};
}

HttpRequest ContactChange::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::contact(endpoint, domain(), m_contact);
}

bool ContactChange::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    Contact read;
    if (!Hostway::Parser::contact(body, &read, error))
        return false;
    *state = stateOf(read);
    return true;
}

bool ContactChange::stateWhenMissing(QJsonValue *state) const
{
    *state = QJsonValue(QJsonValue::Null);
    return true;
}

QString ContactChange::conflictWith(const QJsonValue &state) const
{
    if (expected().isUndefined() || state == expected())
        return {};
    if (expected().isNull())
        return tr("A contact named %1 exists in %2 now, though it did not when the draft was made.").arg(m_contact, domain());
    if (state.isNull())
        return tr("The contact %1 of %2 was deleted since the draft was made.").arg(m_contact, domain());
    return tr("The contact %1 of %2 was changed since the draft was made.").arg(m_contact, domain());
}

QJsonValue ContactChange::stateOf(const Contact &contact)
{
    QJsonObject state = contact.toJson();
    state.remove(Hostway::contactKey(ContactField::Name));
    return state;
}

QList<ValidationProblem> ContactChange::nameProblems(const QString &name)
{
    const QString key = Hostway::contactKey(ContactField::Name);
    if (name.trimmed().isEmpty())
        return {{key, tr("Give the contact a name: its key in the address list, such as \u201cjane-doe\u201d.")}};
    // A path segment: "." and ".." would be read as the folder or its parent on the way.
    if (name.contains(QLatin1Char('/')) || name != name.trimmed() || name == QLatin1String(".") || name == QLatin1String(".."))
        return {{key, tr("A contact's name cannot hold a slash, be \u201c.\u201d or \u201c..\u201d, or begin or end with a space.")}};
    return {};
}

QJsonObject ContactChange::contactJson() const
{
    QJsonObject json = baseJson();
    json.insert(kContact, m_contact);
    return json;
}

void ContactChange::readContact(StrictJson &json, const QJsonObject &object, ContactChange *change)
{
    readBase(json, object, change);
    change->m_contact = json.text(kContact);
}

QList<ValidationProblem> ContactChange::targetProblems() const
{
    return addressProblems() + nameProblems(m_contact);
}

QList<ValidationProblem> ContactChange::fieldProblems(const Fields &fields)
{
    QList<ValidationProblem> problems;
    for (const auto &[field, text] : fields) {
        if (field == ContactField::Email && !Hostway::Rules::isEmailAddress(text.trimmed()))
            problems.append({Hostway::contactKey(field), tr("Enter the contact's email address, such as jane@example.com.")});
        if (field == ContactField::DisplayName && text.trimmed().isEmpty())
            problems.append({Hostway::contactKey(field), tr("Enter the name the address list shows for the contact.")});
        if (field == ContactField::Name)
            problems.append({Hostway::contactKey(field), tr("A contact's name cannot change: delete the contact and add it again.")});
    }
    return problems;
}

QJsonObject ContactChange::fieldsJson(const Fields &fields)
{
    QJsonObject json;
    for (const auto &[field, text] : fields)
        json.insert(Hostway::contactKey(field), text);
    return json;
}

Fields ContactChange::readFields(const QJsonObject &object, QString *error)
{
    Fields fields;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto field = Hostway::contactFieldOf(it.key());
        if (!field || !it.value().isString()) {
            *error = QStringLiteral("fields: \"%1\" is not a contact field with a text").arg(it.key());
            return {};
        }
        fields.append({*field, it.value().toString()});
    }
    // In the schema's order, whatever order the JSON object keeps.
    std::sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return fields;
}

bool ContactChange::holds(const QJsonValue &state, const Fields &fields)
{
    if (!state.isObject())
        return false;
    const QJsonObject contact = state.toObject();
    return std::all_of(fields.cbegin(), fields.cend(), [&contact](const auto &f) {
        return f.first == ContactField::Name || contact.value(Hostway::contactKey(f.first)).toString() == f.second;
    });
}

// CreateContact

CreateContact::CreateContact(QString domain, Contact contact)
    : ContactChange(std::move(domain), contact.name())
    , m_fields(std::move(contact))
{
}

Fields CreateContact::sent() const
{
    Fields fields;
    for (ContactField field : Hostway::contactFields()) {
        const bool required = field == ContactField::Name || field == ContactField::Email || field == ContactField::DisplayName;
        if (required || !m_fields.value(field).isEmpty())
            fields.append({field, m_fields.value(field)});
    }
    return fields;
}

QList<ValidationProblem> CreateContact::validate() const
{
    Fields checked = sent();
    checked.removeFirst();   // the name is checked as the target
    return targetProblems() + fieldProblems(checked);
}

QString CreateContact::describe() const
{
    return tr("Add the contact %1 (%2) to the global address list of %3").arg(contact(), m_fields.value(ContactField::Email), domain());
}

QStringList CreateContact::changes(const SnapshotMailbox *) const
{
    QStringList lines;
    for (const auto &[field, text] : sent())
        lines.append(tr("%1: %2").arg(Hostway::contactLabelText(field), text));
    return lines;
}

HttpRequest CreateContact::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::postContact(endpoint, domain(), fieldsJson(sent()));
}

QJsonObject CreateContact::toJson() const
{
    QJsonObject json = contactJson();
    Fields set = sent();
    set.removeFirst();   // the name is "contact"
    json.insert(kFields, fieldsJson(set));
    return json;
}

bool CreateContact::isAppliedIn(const QJsonValue &state) const
{
    return holds(state, sent());
}

QStringList CreateContact::explainRefusal(const ApiError &error) const
{
    if (error.httpStatus() == 409)
        return {tr("%1 has a contact named %2 already: choose another name, or edit that contact.").arg(domain(), contact())};
    return {};
}

std::unique_ptr<CreateContact> CreateContact::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<CreateContact>(QString(), Contact());
    readContact(json, object, op.get());
    const QJsonObject fields = json.object(kFields);
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    Contact contact;
    contact.set(ContactField::Name, op->contact());
    QString problem;
    for (const auto &[field, text] : readFields(fields, &problem)) {
        if (field == ContactField::Name)
            problem = QStringLiteral("fields: the name is \"contact\"");
        contact.set(field, text);
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    op->m_fields = std::move(contact);
    return op;
}

// UpdateContact

UpdateContact::UpdateContact(QString domain, QString contact, Fields fields)
    : ContactChange(std::move(domain), std::move(contact))
    , m_fields(std::move(fields))
{
}

QList<ValidationProblem> UpdateContact::validate() const
{
    QList<ValidationProblem> problems = targetProblems() + fieldProblems(m_fields);
    if (m_fields.isEmpty())
        problems.append({kFields, tr("Change at least one field of the contact.")});
    return problems;
}

QString UpdateContact::describe() const
{
    QStringList labels;
    for (const auto &f : m_fields)
        labels.append(Hostway::contactLabelText(f.first));
    return tr("Change %1 of the contact %2 of %3").arg(labels.join(QStringLiteral(", ")), contact(), domain());
}

QStringList UpdateContact::changes(const SnapshotMailbox *) const
{
    const QJsonObject was = expected().toObject();
    QStringList lines;
    for (const auto &[field, text] : m_fields) {
        const QJsonValue before = was.value(Hostway::contactKey(field));
        lines.append(before.isString() ? tr("%1: %2 \u2192 %3").arg(Hostway::contactLabelText(field), before.toString(), text)
                                       : tr("%1: %2").arg(Hostway::contactLabelText(field), text));
    }
    return lines;
}

HttpRequest UpdateContact::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::putContact(endpoint, domain(), contact(), fieldsJson(m_fields));
}

QJsonObject UpdateContact::toJson() const
{
    QJsonObject json = contactJson();
    json.insert(kFields, fieldsJson(m_fields));
    return json;
}

bool UpdateContact::isAppliedIn(const QJsonValue &state) const
{
    return holds(state, m_fields);
}

std::unique_ptr<UpdateContact> UpdateContact::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<UpdateContact>(QString(), QString(), Fields());
    readContact(json, object, op.get());
    const QJsonObject fields = json.object(kFields);
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    QString problem;
    op->m_fields = readFields(fields, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    return op;
}

// DeleteContact

DeleteContact::DeleteContact(QString domain, QString contact)
    : ContactChange(std::move(domain), std::move(contact))
{
}

QString DeleteContact::describe() const
{
    return tr("Delete the contact %1 from the global address list of %2").arg(contact(), domain());
}

HttpRequest DeleteContact::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::deleteContact(endpoint, domain(), contact());
}

std::unique_ptr<DeleteContact> DeleteContact::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<DeleteContact>(QString(), QString());
    readContact(json, object, op.get());
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
