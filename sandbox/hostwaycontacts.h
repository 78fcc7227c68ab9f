#pragma once

#include "sandbox/hostwaydata.h"
#include "sandbox/sandboxexchange.h"

namespace Sandbox {

/// A domain's global address list, as seed 003 sections 15-25 document it:
/// GET .../contacts (filter<Field> and search<Field>), POST (204; 400 "Required" for each of
/// name, email and displayName missing; "Invalid email address"; 409 "Data conflict" in the
/// conflict envelope with a guid), GET, PUT (204, 400) and DELETE (204, 404) of one contact.
///
/// Choices where the seed is silent:
/// - filter<Field> matches the whole value without case, `*` standing for any run, as the
///   usernames and black/white filters document; search<Field> is a substring without case
///   (section 23.3.3: "contact" finds "search-contact" and "test-contact").
/// - A query name that is neither filter nor search of a contact field answers 400
///   {"<name>": "Unknown parameter"}; a contact's name is compared without case.
/// - The PUT takes no "name" (400 {"name": "Cannot be changed"}): renaming is not documented.
///   A PUT of an unknown contact answers 404 without a body, as the GET and DELETE document.
/// - In a PUT, an empty email is "Invalid email address" and an empty displayName "Required".
/// - A body key that is no contact field, or a value that is not text, answers 400
///   {"<key>": "Invalid value"}.
/// - The GET gives "name" too, which the schema has and the example of 18.3.2 lacks.
/// - The list is sorted by name, as the seed's example happens to be.
struct HostwayContacts
{
    HostwayDomain &domain;
    QString contactsUrl;   ///< .../email/{domain}/contacts, for links

    /// `rest`: the path after .../contacts (empty, or the contact's name).
    Response handle(const QByteArray &method, const QStringList &rest, const Request &request);

private:
    Response list(const QUrlQuery &query) const;
    Response create(const Request &request);
    Response update(const QString &name, const Request &request);
    /// The contact as the GET and the list give it: every field, and its self link.
    QJsonObject shown(const QJsonObject &stored) const;
};

} // namespace Sandbox
