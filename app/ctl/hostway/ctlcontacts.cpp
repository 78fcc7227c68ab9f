#include "app/ctl/hostway/ctlcontacts.h"

#include "app/ctl/ctloutput.h"
#include "core/providers/hostway/contactcsv.h"
#include "core/providers/hostway/contactoperations.h"
#include "core/providers/hostway/hostwayclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using Hostway::Contact;
using Hostway::ContactField;

namespace {

const QString kNotFound = QStringLiteral("not found (HTTP 404): the domain or the contact does not exist");

QJsonObject jsonOf(const Contact &contact)
{
    return contact.toJson();
}

QString fieldList()
{
    QStringList keys;
    for (ContactField field : Hostway::contactFields())
        keys.append(Hostway::contactKey(field));
    return keys.join(QStringLiteral(", "));
}

} // namespace

CtlContacts::CtlContacts(CtlOptions options, QObject *parent)
    : CtlHostwayCommand(std::move(options), parent)
{
}

bool CtlContacts::needsPassword() const
{
    // set reads the contact first, also when it drafts.
    return m_options.draftFile.isEmpty() || m_options.verb == QLatin1String("set");
}

void CtlContacts::run()
{
    const QString &verb = m_options.verb;
    if (verb == QLatin1String("list"))
        return list();
    if (verb == QLatin1String("show"))
        return show();
    if (verb == QLatin1String("create"))
        return create();
    if (verb == QLatin1String("set"))
        return change();
    Q_ASSERT(verb == QLatin1String("delete"));   // the provider's commands() has no other
    auto op = std::make_shared<DeleteContact>(m_options.domain, m_options.name);
    submitChange(op);
}

bool CtlContacts::readFields(QList<QPair<ContactField, QString>> *fields)
{
    for (const QString &argument : std::as_const(m_options.arguments)) {
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        const auto field = eq > 0 ? Hostway::contactFieldOf(argument.left(eq)) : std::nullopt;
        if (!field) {
            usage(QStringLiteral("\"%1\" is not FIELD=VALUE of a contact field (%2)").arg(argument, fieldList()));
            return false;
        }
        fields->append({*field, argument.mid(eq + 1).trimmed()});
    }
    return true;
}

void CtlContacts::list()
{
    // filterEmail=*.example searchCompany=GmbH: Hostway's own query parameters.
    Hostway::ContactQuery query;
    for (const QString &argument : std::as_const(m_options.arguments)) {
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        const QString key = argument.left(std::max<qsizetype>(eq, 0));
        const bool filter = key.startsWith(QLatin1String("filter"), Qt::CaseInsensitive);
        const bool search = key.startsWith(QLatin1String("search"), Qt::CaseInsensitive);
        const auto field = (filter || search) ? Hostway::contactFieldOf(QStringView(key).mid(6)) : std::nullopt;
        if (!field)
            return usage(QStringLiteral("\"%1\" is not filterFIELD=VALUE or searchFIELD=VALUE (fields: %2)").arg(argument, fieldList()));
        (filter ? query.filters : query.searches).append({*field, argument.mid(eq + 1)});
    }
    m_client->fetchContacts(m_options.domain, query, this, [this](const ApiError &error, const Hostway::ContactList &found) {
        if (error.isError())
            return fail(error, kNotFound);
        if (m_options.format == CtlOptions::Format::Json) {
            QJsonArray array;
            for (const Contact &c : found.contacts)
                array.append(jsonOf(c));
            CtlOutput::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else if (m_options.format == CtlOptions::Format::Csv) {
            CtlOutput::out(ContactCsv::write(found.contacts));   // every field: import-csv reads it back
        } else {
            QList<QStringList> rows{{QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("email"), QStringLiteral("company"),
                                     QStringLiteral("businessPhone")}};
            for (const Contact &c : found.contacts)
                rows.append({c.name(), c.value(ContactField::DisplayName), c.value(ContactField::Email), c.value(ContactField::Company),
                             c.value(ContactField::BusinessPhone)});
            CtlOutput::out(CtlOutput::table(rows));
        }
        finish(Done);
    });
}

void CtlContacts::show()
{
    m_client->fetchContact(m_options.domain, m_options.name, this, [this](const ApiError &error, const Contact &contact) {
        if (error.isError())
            return fail(error, kNotFound);
        if (m_options.format == CtlOptions::Format::Json) {
            CtlOutput::out(QJsonDocument(jsonOf(contact)).toJson(QJsonDocument::Indented));
        } else {
            QList<QStringList> rows{{QStringLiteral("field"), QStringLiteral("value")}};
            for (ContactField field : Hostway::contactFields())
                rows.append({Hostway::contactKey(field), contact.value(field)});
            CtlOutput::out(CtlOutput::table(rows));
        }
        finish(Done);
    });
}

void CtlContacts::create()
{
    QList<QPair<ContactField, QString>> fields;
    if (!readFields(&fields))
        return;
    Contact contact;
    contact.set(ContactField::Name, m_options.name);
    for (const auto &[field, text] : std::as_const(fields)) {
        if (field == ContactField::Name)
            return usage(QStringLiteral("the contact's name is --name"));
        contact.set(field, text);
    }
    auto op = std::make_shared<CreateContact>(m_options.domain, contact);
    op->setExpected(QJsonValue(QJsonValue::Null));   // a draft applied after someone made it is a conflict
    const CreateContact *raw = op.get();
    submitChange(op, [raw](const ApiError &error) { return raw->explainRefusal(error); });
}

void CtlContacts::change()
{
    QList<QPair<ContactField, QString>> fields;
    if (!readFields(&fields))
        return;
    if (fields.isEmpty())
        return usage(QStringLiteral("contacts set takes FIELD=VALUE for each field to change (fields: %1)").arg(fieldList()));
    // Read first: a PUT of a contact that is not there is no documented refusal, and the
    // contact read is what a draft compares at apply.
    m_client->fetchContact(m_options.domain, m_options.name, this, [this, fields](const ApiError &error, const Contact &contact) {
        if (error.isError())
            return fail(error, kNotFound);
        auto op = std::make_shared<UpdateContact>(m_options.domain, m_options.name, fields);
        op->setExpected(ContactChange::stateOf(contact));
        submitChange(op);
    });
}
