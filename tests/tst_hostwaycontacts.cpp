// A Hostway domain's global address list (seed 003 sections 15-25): the client against the
// sandbox over loopback HTTP for every endpoint and its documented refusals, the contact
// operations (checks, read-back, draft JSON, conflicts) and the CSV import and export.
#include "core/net/apierror.h"
#include "core/providers/hostway/contactcsv.h"
#include "core/providers/hostway/contactoperations.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/hostwaysender.h"
#include "hostwaywait.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace Hostway;

using Conditions = QList<QPair<ContactField, QString>>;

namespace {
const QString kTest = QStringLiteral("test.com");

Contact contactOf(std::initializer_list<std::pair<ContactField, const char *>> fields)
{
    Contact contact;
    for (const auto &[field, text] : fields)
        contact.set(field, QString::fromUtf8(text));
    return contact;
}

QStringList namesOf(const ContactList &list)
{
    QStringList names;
    for (const Contact &c : list.contacts)
        names.append(c.name());
    return names;
}
} // namespace

class TestHostwayContacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listFiltersAndSearches_data();
    void listFiltersAndSearches();
    void unknownDomainIsNotFound();
    void contactReadWithEveryField();
    void createdReadBackAndConflicting();
    void creationRefusalsAsDocumented();
    void updateSendsOnlyItsFieldsAndIsReadBack();
    void deleteIsReadBackAsGone();
    void checksBeforeSending();
    void roundTripsThroughDraftJson();
    void conflictsSaidInWords();
    void parserTakesTheSeedsForms();
    void csvImportTakesAllOrNothing();
    void csvExportIsReadBackByTheImport();

private:
    /// The list as `query` asks; a failure is reported in *error when given, else warned.
    ContactList list(const ContactQuery &query, ApiError *error = nullptr);
    std::optional<bool> applied(const Operation &op);
    std::optional<QJsonValue> stateOf(const ContactChange &change);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
};

void TestHostwayContacts::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
}

void TestHostwayContacts::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

ContactList TestHostwayContacts::list(const ContactQuery &query, ApiError *error)
{
    const auto [failure, contacts] = fetchAndWait<ContactList>([&](auto done) { m_client->fetchContacts(kTest, query, this, done); });
    if (error)
        *error = failure;
    else if (failure.isError())
        qWarning("%s", qPrintable(failure.message()));
    return contacts;
}

std::optional<bool> TestHostwayContacts::applied(const Operation &op)
{
    HostwaySender sender(m_client.get());
    struct State
    {
        std::optional<bool> applied;
        bool answered = false;
    };
    auto state = std::make_shared<State>();
    sender.findApplied(op, ApiError(), this, [state](const ApiError &e, bool yes) {
        state->applied = e.isError() ? std::nullopt : std::optional<bool>(yes);
        state->answered = true;
    });
    (void)QTest::qWaitFor([state] { return state->answered; }, 10000);
    return state->applied;
}

std::optional<QJsonValue> TestHostwayContacts::stateOf(const ContactChange &change)
{
    const auto [error, contact] = fetchAndWait<Contact>([&](auto done) { m_client->fetchContact(kTest, change.contact(), this, done); });
    if (error.kind() == ApiError::Kind::NotFound)
        return QJsonValue(QJsonValue::Null);
    if (error.isError())
        return std::nullopt;
    return ContactChange::stateOf(contact);
}

void TestHostwayContacts::listFiltersAndSearches_data()
{
    QTest::addColumn<Conditions>("filters");
    QTest::addColumn<Conditions>("searches");
    QTest::addColumn<QStringList>("names");
    const QStringList seeds{QStringLiteral("search-contact"), QStringLiteral("test-contact")};
    // Section 23.3's examples, then the wildcard and a field other than the name.
    QTest::newRow("filterName and filterEmail (23.3.1)")
        << Conditions{{ContactField::Name, QStringLiteral("search-contact")}, {ContactField::Email, QStringLiteral("new@test.com")}}
        << Conditions{} << QStringList{QStringLiteral("search-contact")};
    QTest::newRow("filterEmail alone (23.3.2)") << Conditions{{ContactField::Email, QStringLiteral("new@test.com")}} << Conditions{} << seeds;
    QTest::newRow("searchName (23.3.3)") << Conditions{} << Conditions{{ContactField::Name, QStringLiteral("contact")}} << seeds;
    QTest::newRow("no such filterName (23.3.4)") << Conditions{{ContactField::Name, QStringLiteral("notexisting")}} << Conditions{} << QStringList{};
    QTest::newRow("no such searchName (23.3.5)") << Conditions{} << Conditions{{ContactField::Name, QStringLiteral("notexisting")}} << QStringList{};
    QTest::newRow("filter is the whole value") << Conditions{{ContactField::Name, QStringLiteral("contact")}} << Conditions{} << QStringList{};
    QTest::newRow("filter with the sandbox's wildcard") << Conditions{{ContactField::Email, QStringLiteral("*.example")}} << Conditions{}
                                                        << QStringList{QStringLiteral("it-helpdesk"), QStringLiteral("jonas.becker"), QStringLiteral("marie.lefevre")};
    QTest::newRow("search a phone with a plus") << Conditions{} << Conditions{{ContactField::MobilePhone, QStringLiteral("+33 6")}}
                                                << QStringList{QStringLiteral("marie.lefevre")};
    QTest::newRow("search and filter together") << Conditions{{ContactField::Country, QStringLiteral("germany")}}
                                                << Conditions{{ContactField::Company, QStringLiteral("GmbH")}} << QStringList{QStringLiteral("jonas.becker")};
}

void TestHostwayContacts::listFiltersAndSearches()
{
    QFETCH(Conditions, filters);
    QFETCH(Conditions, searches);
    QFETCH(QStringList, names);
    ApiError error;
    const ContactList found = list({filters, searches}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));   // an empty answer, not a failed one
    QCOMPARE(namesOf(found), names);
    QCOMPARE(found.count, names.size());
}

void TestHostwayContacts::unknownDomainIsNotFound()
{
    const auto [error, contacts] = fetchAndWait<ContactList>([&](auto done) { m_client->fetchContacts(QStringLiteral("nowhere.example"), {}, this, done); });
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
    QVERIFY(contacts.contacts.isEmpty());
}

void TestHostwayContacts::contactReadWithEveryField()
{
    const auto [error, contact] = fetchAndWait<Contact>([&](auto done) { m_client->fetchContact(kTest, QStringLiteral("reception"), this, done); });
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(contact.name(), QStringLiteral("reception"));
    QCOMPARE(contact.value(ContactField::BusinessFax), QStringLiteral("+1 312 555 0199"));
    QCOMPARE(contact.value(ContactField::Country), QStringLiteral("United States"));
    QVERIFY(contact.value(ContactField::Pager).isEmpty());
    const auto [missing, none] = fetchAndWait<Contact>([&](auto done) { m_client->fetchContact(kTest, QStringLiteral("non-existent-contact"), this, done); });
    QCOMPARE(missing.kind(), ApiError::Kind::NotFound);   // section 18.4.1
}

void TestHostwayContacts::createdReadBackAndConflicting()
{
    // GIVEN section 25.4.3's contact, not there yet
    CreateContact create(kTest, contactOf({{ContactField::Name, "new-contact"}, {ContactField::Email, "test@test.com"},
                                           {ContactField::FirstName, "First"}, {ContactField::LastName, "Last"},
                                           {ContactField::DisplayName, "Display Name"}}));
    QVERIFY(create.validate().isEmpty());
    QCOMPARE(applied(create), std::optional<bool>(false));
    // WHEN it is sent THEN it is created (204, no body) and reads back as applied
    QCOMPARE(sendAndWait(m_client.get(), create.request(m_client->endpoint()), this).first, 204);
    QCOMPARE(applied(create), std::optional<bool>(true));
    QVERIFY(namesOf(list({})).contains(QStringLiteral("new-contact")));
    // AND only the fields set were sent
    const QJsonObject body = QJsonDocument::fromJson(create.request(m_client->endpoint()).body).object();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("displayName"), QStringLiteral("email"), QStringLiteral("firstName"),
                                       QStringLiteral("lastName"), QStringLiteral("name")}));
    // WHEN the same name is sent again THEN section 25.4.4's 409, explained in words
    const auto [status, refusal] = sendAndWait(m_client.get(), create.request(m_client->endpoint()), this);
    QCOMPARE(status, 409);
    QCOMPARE(refusal.httpStatus(), 409);
    const QStringList words = create.explainRefusal(refusal);
    QCOMPARE(words.size(), 1);
    QVERIFY(words.first().contains(QLatin1String("new-contact")));
}

void TestHostwayContacts::creationRefusalsAsDocumented()
{
    // Section 25.4.1: {} answers "Required" for each of the three required fields
    HttpRequest request = Requests::postContact(m_client->endpoint(), kTest, QJsonObject());
    auto [status, refusal] = sendAndWait(m_client.get(), request, this);
    QCOMPARE(status, 400);
    for (const char *field : {"name", "email", "displayName"})
        QCOMPARE(refusal.fieldMessage(QLatin1String(field)), QStringLiteral("Required"));
    // Section 25.4.2: an email that is no address
    request = Requests::postContact(m_client->endpoint(), kTest, QJsonObject{{QStringLiteral("name"), QStringLiteral("test-contact2")},
                                                                             {QStringLiteral("email"), QStringLiteral("test")},
                                                                             {QStringLiteral("displayName"), QStringLiteral("Display Name")}});
    std::tie(status, refusal) = sendAndWait(m_client.get(), request, this);
    QCOMPARE(status, 400);
    QCOMPARE(refusal.fieldMessage(QStringLiteral("email")), QStringLiteral("Invalid email address"));
    // Section 20.4.1: the same on a PUT
    request = Requests::putContact(m_client->endpoint(), kTest, QStringLiteral("test-contact"),
                                   QJsonObject{{QStringLiteral("email"), QStringLiteral("updated-email")}});
    std::tie(status, refusal) = sendAndWait(m_client.get(), request, this);
    QCOMPARE(status, 400);
    QCOMPARE(refusal.fieldMessage(QStringLiteral("email")), QStringLiteral("Invalid email address"));
}

void TestHostwayContacts::updateSendsOnlyItsFieldsAndIsReadBack()
{
    // GIVEN test-contact as read (section 20.4.2 changes its email and mobile phone)
    UpdateContact update(kTest, QStringLiteral("test-contact"), {{ContactField::Email, QStringLiteral("changed@test.com")},
                                                                 {ContactField::MobilePhone, QStringLiteral("987654321")}});
    const auto before = stateOf(update);
    QVERIFY(before && before->isObject());
    update.setExpected(*before);
    QVERIFY(update.validate().isEmpty());
    QCOMPARE(update.conflictWith(*before), QString());
    QCOMPARE(applied(update), std::optional<bool>(false));
    const QJsonObject body = QJsonDocument::fromJson(update.request(m_client->endpoint()).body).object();
    QCOMPARE(body, (QJsonObject{{QStringLiteral("email"), QStringLiteral("changed@test.com")}, {QStringLiteral("mobilePhone"), QStringLiteral("987654321")}}));
    QCOMPARE(update.changes(nullptr).first(), QStringLiteral("Email: new@test.com \u2192 changed@test.com"));
    // WHEN it is sent THEN the fields changed and nothing else did
    QCOMPARE(sendAndWait(m_client.get(), update.request(m_client->endpoint()), this).first, 204);
    QCOMPARE(applied(update), std::optional<bool>(true));
    const QJsonObject after = stateOf(update)->toObject();
    QCOMPARE(after.value(QStringLiteral("firstName")).toString(), QStringLiteral("First"));
    QCOMPARE(after.value(QStringLiteral("mobilePhone")).toString(), QStringLiteral("987654321"));
    // AND a contact that is not there is 404 (not documented for the PUT)
    UpdateContact ghost(kTest, QStringLiteral("ghost"), {{ContactField::City, QStringLiteral("Paris")}});
    QCOMPARE(sendAndWait(m_client.get(), ghost.request(m_client->endpoint()), this).first, 404);
}

void TestHostwayContacts::deleteIsReadBackAsGone()
{
    DeleteContact remove(kTest, QStringLiteral("test-contact"));
    QVERIFY(remove.isDestructive());
    QCOMPARE(applied(remove), std::optional<bool>(false));
    QCOMPARE(sendAndWait(m_client.get(), remove.request(m_client->endpoint()), this).first, 204);   // section 16.4.1
    QCOMPARE(applied(remove), std::optional<bool>(true));
    QVERIFY(!namesOf(list({})).contains(QStringLiteral("test-contact")));
    QCOMPARE(sendAndWait(m_client.get(), remove.request(m_client->endpoint()), this).first, 404);
}

void TestHostwayContacts::checksBeforeSending()
{
    // Each required field, an email that is no address, a name no path can carry
    const auto fieldsOf = [](const QList<ValidationProblem> &problems) {
        QStringList fields;
        for (const auto &p : problems)
            fields.append(p.field);
        return fields;
    };
    QCOMPARE(fieldsOf(CreateContact(kTest, Contact()).validate()),
             (QStringList{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("displayName")}));
    QCOMPARE(fieldsOf(CreateContact(kTest, contactOf({{ContactField::Name, "a/b"}, {ContactField::Email, "test"},
                                                      {ContactField::DisplayName, "A"}})).validate()),
             (QStringList{QStringLiteral("name"), QStringLiteral("email")}));
    for (const char *path : {".", ".."})   // a path segment that would climb out of .../contacts
        QCOMPARE(fieldsOf(DeleteContact(kTest, QLatin1String(path)).validate()), QStringList{QStringLiteral("name")});
    QCOMPARE(fieldsOf(UpdateContact(kTest, QStringLiteral("x"), {}).validate()), QStringList{QStringLiteral("fields")});
    QCOMPARE(fieldsOf(UpdateContact(kTest, QStringLiteral("x"), {{ContactField::DisplayName, QStringLiteral(" ")}}).validate()),
             QStringList{QStringLiteral("displayName")});
    QCOMPARE(fieldsOf(UpdateContact(kTest, QStringLiteral("x"), {{ContactField::Name, QStringLiteral("y")}}).validate()),
             QStringList{QStringLiteral("name")});
    QCOMPARE(fieldsOf(DeleteContact(QString(), QStringLiteral("x")).validate()), QStringList{QStringLiteral("domain")});
    // AND a contact is the domain's: no mailbox is touched, its own key orders a parallel apply
    DeleteContact remove(kTest, QStringLiteral("Reception"));
    QCOMPARE(remove.targetKey(), QStringLiteral("contact:test.com/reception"));
    QCOMPARE(remove.mailboxEffect().kind, Operation::MailboxEffect::Kind::None);
}

void TestHostwayContacts::roundTripsThroughDraftJson()
{
    CreateContact create(kTest, contactOf({{ContactField::Name, "jane"}, {ContactField::Email, "jane@example.com"},
                                           {ContactField::DisplayName, "Jane"}, {ContactField::City, "Paris"}}));
    create.setExpected(QJsonValue(QJsonValue::Null));
    UpdateContact update(kTest, QStringLiteral("jane"), {{ContactField::Title, QStringLiteral("CEO")}, {ContactField::Pager, QString()}});
    update.setExpected(QJsonObject{{QStringLiteral("title"), QStringLiteral("CTO")}});
    DeleteContact remove(kTest, QStringLiteral("jane"));
    for (const Operation *op : std::initializer_list<const Operation *>{&create, &update, &remove}) {
        QString error;
        const auto back = Operation::fromJson(op->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), op->toJson());
        QCOMPARE(back->request(m_client->endpoint()).body, op->request(m_client->endpoint()).body);
        QCOMPARE(back->request(m_client->endpoint()).url, op->request(m_client->endpoint()).url);
    }
    // AND a draft naming a field that no contact has is refused, not half read
    QJsonObject bad = update.toJson();
    bad.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("1")}});
    QString error;
    QVERIFY(!Operation::fromJson(bad, &error));
    QVERIFY(error.contains(QLatin1String("phone")));
}

void TestHostwayContacts::conflictsSaidInWords()
{
    CreateContact create(kTest, contactOf({{ContactField::Name, "reception"}, {ContactField::Email, "r@test.com"}, {ContactField::DisplayName, "R"}}));
    create.setExpected(QJsonValue(QJsonValue::Null));
    const auto now = stateOf(create);
    QVERIFY(now && now->isObject());
    QVERIFY(create.conflictWith(*now).contains(QLatin1String("exists")));
    DeleteContact remove(kTest, QStringLiteral("reception"));
    remove.setExpected(*now);
    QCOMPARE(remove.conflictWith(*now), QString());
    QVERIFY(remove.conflictWith(QJsonValue(QJsonValue::Null)).contains(QLatin1String("deleted")));
    QJsonObject changed = now->toObject();
    changed.insert(QStringLiteral("city"), QStringLiteral("Boston"));
    QVERIFY(remove.conflictWith(changed).contains(QLatin1String("changed")));
}

void TestHostwayContacts::parserTakesTheSeedsForms()
{
    // Section 18's example (repaired across its page break) has no "name"; the list's schema
    // ends with an item of links alone; other lists say "totalCount"
    const QByteArray one = R"({"city": "", "displayName": "Display Name", "firstName": "First", "email": "test@test.com", "links": [{"href": "https://api.hostway.com/accounts/account007/email/test-domain.com/contacts/test-contact", "rel": "self"}]})";
    Contact contact;
    QString error;
    QVERIFY2(Parser::contact(one, &contact, &error), qPrintable(error));
    QCOMPARE(contact.value(ContactField::Email), QStringLiteral("test@test.com"));
    QVERIFY(contact.name().isEmpty());
    const QByteArray schema = R"({"count": 1, "list": [{"name": "a", "email": "a@b.example", "displayName": "A"}, {"links": [{"href": "https://x/contacts", "rel": "self"}]}]})";
    ContactList listed;
    QVERIFY2(Parser::contacts(schema, &listed, &error), qPrintable(error));
    QCOMPARE(namesOf(listed), QStringList{QStringLiteral("a")});
    QVERIFY(Parser::contacts(R"({"totalCount": 3, "list": []})", &listed, &error));
    QCOMPARE(listed.count, 3);
    // A field that is not text is refused, naming it
    QVERIFY(!Parser::contacts(R"({"list": [{"name": "a", "pager": 5}]})", &listed, &error));
    QVERIFY(error.contains(QLatin1String("pager")));
}

void TestHostwayContacts::csvImportTakesAllOrNothing()
{
    // GIVEN a file with a good row, a repeated name, a bad email, one in the list already
    const QSet<QString> existing{QStringLiteral("reception")};
    const QByteArray bad = "Name,EMAIL,displayName,city\r\n"
                           "jane,jane@example.com,Jane Doe,Paris\r\n"
                           "jane,jane2@example.com,Jane Two,\r\n"
                           "bob,bob-at-example,Bob,\r\n"
                           "reception,r@test.com,Reception,\r\n";
    ContactCsv::Result result = ContactCsv::read(bad, kTest, &existing);
    // THEN each bad row is named by its line, and nothing is imported
    QVERIFY(result.operations.isEmpty());
    QList<int> lines;
    for (const auto &p : result.problems)
        lines.append(p.line);
    QCOMPARE(lines, (QList<int>{3, 4, 5}));
    // AND a column that is no field is refused rather than dropped
    result = ContactCsv::read("name,email,displayName,phone\r\nj,j@example.com,J,1\r\n", kTest, nullptr);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(QLatin1String("phone")));
    QVERIFY(!ContactCsv::read("name,email\r\nj,j@example.com\r\n", kTest, nullptr).problems.isEmpty());
    QVERIFY(ContactCsv::read("\xEF\xBB\xBFname,email,displayName\r\nj,j@example.com,J\r\n", kTest, nullptr).problems.isEmpty());   // a spreadsheet's BOM
    QVERIFY(!ContactCsv::read("name,email,displayName\r\n", kTest, nullptr).problems.isEmpty());
    // WHEN the file is good THEN each row is a creation, drafted as absent
    result = ContactCsv::read("name,email,displayName,city\r\njane,jane@example.com,Jane Doe,Paris\r\n", kTest, &existing);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.operations.size(), 1);
    QCOMPARE(result.operations.first()->fields().value(ContactField::City), QStringLiteral("Paris"));
    QVERIFY(result.operations.first()->expected().isNull());
}

void TestHostwayContacts::csvExportIsReadBackByTheImport()
{
    // GIVEN the demo list exported
    const ContactList all = list({});
    QVERIFY(all.contacts.size() >= 4);
    const QByteArray csv = ContactCsv::write(all.contacts);
    // WHEN it is imported into an empty domain's list THEN every contact comes back, field by field
    const ContactCsv::Result result = ContactCsv::read(csv, QStringLiteral("other.example"), nullptr);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.operations.size(), all.contacts.size());
    for (qsizetype i = 0; i < all.contacts.size(); ++i)
        QCOMPARE(result.operations.at(i)->fields(), all.contacts.at(i));
}

QTEST_GUILESS_MAIN(TestHostwayContacts)
#include "tst_hostwaycontacts.moc"
