// Creating, changing and deleting Hostway Exchange mailboxes (seed 003 sections 51-56): the
// operations against the sandbox over loopback HTTP, each documented refusal, the field
// limits checked offline, and what the sender reads back for conflicts and resume.
#include "core/drafts/draft.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwaysender.h"
#include "hostwaywait.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Hostway;

namespace {
const QString kTest = QStringLiteral("test.com");
const QString kPassword = QStringLiteral("pWord123$");
} // namespace

class TestHostwayExchange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void documentedCreationRefusals_data();
    void documentedCreationRefusals();
    void createdThenChangedThenDeleted();
    void roomAndPremiumAsTheExamples();
    void fieldsCheckedOffline_data();
    void fieldsCheckedOffline();
    void resourceTypeNeverChanges();
    void senderReadsBackAndFindsConflicts();
    void operationsRoundTripThroughDraftJson();

private:
    std::pair<int, ApiError> send(const Operation &op) { return sendAndWait(m_client.get(), op.request(m_client->endpoint()), this); }
    /// The Exchange mailbox `name` as GET shows it; an error's kind in `kind`.
    ExchangeMailbox exchangeOf(const QString &name, ApiError::Kind *kind = nullptr);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
};

void TestHostwayExchange::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
}

void TestHostwayExchange::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

ExchangeMailbox TestHostwayExchange::exchangeOf(const QString &name, ApiError::Kind *kind)
{
    const auto [error, mailbox] = fetchAndWait<ExchangeMailbox>([&](auto done) { m_client->fetchExchange(kTest, name, this, done); });
    if (kind)
        *kind = error.kind();
    return mailbox;
}

void TestHostwayExchange::documentedCreationRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    // Section 56's examples 1 to 3, sent as printed
    QTest::newRow("no password") << QByteArray(R"({"displayName": "John"})") << "password" << "Required";
    QTest::newRow("no display name") << QByteArray(R"({"password": "pWord123$"})") << "displayName" << "Required";
    QTest::newRow("password starting abc") << QByteArray(R"({"password": "abc1234", "displayName": "John"})") << "password"
                                           << "Password should not start with 'abc' case-insensitively";
}

void TestHostwayExchange::documentedCreationRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    CreateExchange op(kTest, QStringLiteral("john.smith.x"), {}, PasswordSource::Provided, kPassword);
    HttpRequest request = op.request(m_client->endpoint());
    request.body = body;
    const auto [status, error] = sendAndWait(m_client.get(), request, this);
    QCOMPARE(status, 400);
    QCOMPARE(error.fieldMessage(field), message);
}

void TestHostwayExchange::createdThenChangedThenDeleted()
{
    // GIVEN no Exchange mailbox "helpdesk", WHEN it is created (section 56 example 4)
    CreateExchange create(kTest, QStringLiteral("helpdesk"), {{QStringLiteral("displayName"), QStringLiteral("Help Desk")},
                                                             {QStringLiteral("city"), QStringLiteral("Chicago")}},
                          PasswordSource::Provided, kPassword);
    QVERIFY(create.validate().isEmpty());
    QCOMPARE(send(create).first, 201);
    // THEN GET shows it with its fields
    ExchangeMailbox shown = exchangeOf(QStringLiteral("helpdesk"));
    QCOMPARE(shown.displayName, QStringLiteral("Help Desk"));
    QCOMPARE(shown.resourceType, QStringLiteral("user"));
    // AND sending the creation again is an update to Hostway (the same PUT), refused for
    // the password it has: what tells a resumed apply that the first send landed
    const auto [again, againError] = send(create);
    QCOMPARE(again, 400);
    QVERIFY(HostwaySender(m_client.get()).mayMeanAlreadyApplied(againError));

    // WHEN fields change and a new password is asked at the next logon
    UpdateExchange update(kTest, QStringLiteral("helpdesk"), {{QStringLiteral("title"), QStringLiteral("Support")},
                                                             {QStringLiteral("displayName"), QStringLiteral("Helpdesk")},
                                                             {QStringLiteral("resetPassword"), true}});
    QVERIFY(update.validate().isEmpty());
    QCOMPARE(send(update).first, 204);
    QCOMPARE(exchangeOf(QStringLiteral("helpdesk")).displayName, QStringLiteral("Helpdesk"));
    // AND its password as section 56's example 6 sets it: "!q2w3e4R" does not start with a
    // letter, which the page's rules ask, yet it is answered 204: the rule is for new mailboxes
    UpdateExchange password(kTest, QStringLiteral("helpdesk"), {}, QStringLiteral("!q2w3e4R"));
    QVERIFY(password.validate().isEmpty());
    QCOMPARE(send(password).first, 204);
    CreateExchange digit(kTest, QStringLiteral("second"), {{QStringLiteral("displayName"), QStringLiteral("S")}}, PasswordSource::Provided,
                         QStringLiteral("1q2w3e4R!"));
    QVERIFY(!digit.validate().isEmpty());
    QCOMPARE(send(digit).first, 400);

    // WHEN it is deleted, THEN GET answers 404, and deleting again 404
    DeleteExchange remove(kTest, QStringLiteral("helpdesk"));
    QVERIFY(remove.isDestructive());
    QCOMPARE(send(remove).first, 204);
    ApiError::Kind kind = ApiError::Kind::None;
    exchangeOf(QStringLiteral("helpdesk"), &kind);
    QCOMPARE(kind, ApiError::Kind::NotFound);
    QCOMPARE(send(remove).first, 404);
    // AND a regular mailbox's name is neither Exchange's to create nor to delete
    CreateExchange regular(kTest, QStringLiteral("john.smith"), {{QStringLiteral("displayName"), QStringLiteral("John")}},
                           PasswordSource::Provided, kPassword);
    const auto [taken, takenError] = send(regular);
    QCOMPARE(taken, 409);
    QCOMPARE(regular.explainRefusal(takenError).size(), 1);
    QCOMPARE(send(DeleteExchange(kTest, QStringLiteral("john.smith"))).first, 404);
}

void TestHostwayExchange::roomAndPremiumAsTheExamples()
{
    // Section 56 examples 5 and 7
    CreateExchange premium(kTest, QStringLiteral("john.premium"), {{QStringLiteral("displayName"), QStringLiteral("John")},
                                                                  {QStringLiteral("type"), QStringLiteral("premium")}},
                           PasswordSource::Provided, kPassword);
    QCOMPARE(send(premium).first, 201);
    QCOMPARE(exchangeOf(QStringLiteral("john.premium")).type, QStringLiteral("premium"));
    CreateExchange room(kTest, QStringLiteral("john.smith.room"), {{QStringLiteral("displayName"), QStringLiteral("John")},
                                                                  {QStringLiteral("resourceType"), QStringLiteral("room")}},
                        PasswordSource::Generate);
    QVERIFY(room.validate().isEmpty());
    room.prepare();
    QVERIFY(room.password().at(0).isLetter());
    QCOMPARE(send(room).first, 201);
    QCOMPARE(exchangeOf(QStringLiteral("john.smith.room")).resourceType, QStringLiteral("room"));
}

void TestHostwayExchange::fieldsCheckedOffline_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ExchangeFields>("fields");
    QTest::addColumn<QString>("field");

    const QJsonObject display{{QStringLiteral("displayName"), QStringLiteral("X")}};
    const auto with = [&display](const char *key, const QJsonValue &value) {
        QJsonObject o = display;
        o.insert(QLatin1String(key), value);
        return o;
    };
    QTest::newRow("name of 65") << QString(65, QLatin1Char('a')) << display << "name";
    QTest::newRow("name with a space") << "a b" << display << "name";
    QTest::newRow("no display name") << "ok" << ExchangeFields() << "displayName";
    QTest::newRow("display name of 257") << "ok" << with("displayName", QString(257, QLatin1Char('x'))) << "displayName";
    QTest::newRow("postal code of 41") << "ok" << with("postalCode", QString(41, QLatin1Char('1'))) << "postalCode";
    QTest::newRow("street of 1024") << "ok" << with("street", QString(1024, QLatin1Char('s'))) << QString();
    QTest::newRow("type gold") << "ok" << with("type", QStringLiteral("gold")) << "type";
    QTest::newRow("resource desk") << "ok" << with("resourceType", QStringLiteral("desk")) << "resourceType";
    QTest::newRow("unknown field") << "ok" << with("nickname", QStringLiteral("J")) << "nickname";
    QTest::newRow("name with a dash") << "front-desk" << display << QString();
}

void TestHostwayExchange::fieldsCheckedOffline()
{
    QFETCH(QString, name);
    QFETCH(ExchangeFields, fields);
    QFETCH(QString, field);
    const CreateExchange op(kTest, name, fields, PasswordSource::Provided, kPassword);
    const QList<ValidationProblem> problems = op.validate();
    if (field.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    else
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [&](const ValidationProblem &p) { return p.field == field; }));
}

void TestHostwayExchange::resourceTypeNeverChanges()
{
    // Offline: refused before sending
    UpdateExchange change(kTest, QStringLiteral("test-mb"), {{QStringLiteral("resourceType"), QStringLiteral("equipment")}});
    const QList<ValidationProblem> problems = change.validate();
    QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const ValidationProblem &p) { return p.field == QLatin1String("resourceType"); }));
    // Sent all the same: section 56's example 8, a bare text, explained
    const auto [status, error] = send(change);
    QCOMPARE(status, 400);
    QVERIFY(error.rawBody().contains("resourceType cannot be updated"));
    QCOMPARE(change.explainRefusal(error).size(), 1);
}

void TestHostwayExchange::senderReadsBackAndFindsConflicts()
{
    HostwaySender sender(m_client.get());
    // Results kept in shared state: an answer after a timeout must not write to a dead frame.
    const auto applied = [&](const Operation &op, const ApiError &refusal = ApiError()) {
        auto answer = std::make_shared<std::optional<bool>>();
        sender.findApplied(op, refusal, this, [answer](const ApiError &error, bool yes) {
            *answer = error.isError() ? std::nullopt : std::optional<bool>(yes);
        });
        (void)QTest::qWaitFor([answer] { return answer->has_value(); }, 10000);
        return *answer;
    };
    const auto conflict = [&](const std::shared_ptr<Operation> &op) {
        Draft draft;
        draft.entries.append(DraftEntry{QStringLiteral("1"), op});
        auto what = std::make_shared<QString>(QStringLiteral("<no answer>"));
        sender.findConflict(draft, 0, this, [what](const ApiError &error, const QString &text) { *what = error.isError() ? error.message() : text; });
        (void)QTest::qWaitFor([what] { return *what != QLatin1String("<no answer>"); }, 10000);
        return *what;
    };

    auto create = std::make_shared<CreateExchange>(kTest, QStringLiteral("new.one"), ExchangeFields{{QStringLiteral("displayName"), QStringLiteral("N")}},
                                                   PasswordSource::Provided, kPassword);
    // (a creation expects none from the start)
    QVERIFY(sender.canReadBack(*create));
    QCOMPARE(applied(*create), std::optional<bool>(false));
    QCOMPARE(conflict(create), QString());
    QCOMPARE(send(*create).first, 201);
    QCOMPARE(applied(*create), std::optional<bool>(true));
    QVERIFY2(conflict(create).contains(QLatin1String("exists now")), "it exists now: sending would overwrite it");

    // An update of readable fields is read back; drafted against other values, a conflict
    auto update = std::make_shared<UpdateExchange>(kTest, QStringLiteral("new.one"), ExchangeFields{{QStringLiteral("city"), QStringLiteral("Paris")}});
    update->setExpected(QJsonObject{{QStringLiteral("city"), QStringLiteral("Lyon")}});
    QVERIFY(sender.canReadBack(*update));
    QVERIFY2(!conflict(update).isEmpty(), "the city is not Lyon");
    QCOMPARE(applied(*update), std::optional<bool>(false));
    QCOMPARE(send(*update).first, 204);
    QCOMPARE(applied(*update), std::optional<bool>(true));
    // A password or a reset at the next logon cannot be read back; a password sent again
    // after it landed is refused as used before, which says it landed
    UpdateExchange password(kTest, QStringLiteral("new.one"), {}, QStringLiteral("Q!2w3e4rZ"));
    QVERIFY(!sender.canReadBack(password));
    QCOMPARE(send(password).first, 204);
    const auto [status, refusal] = send(password);
    QCOMPARE(status, 400);
    QCOMPARE(applied(password, refusal), std::optional<bool>(true));
    QCOMPARE(applied(password), std::optional<bool>(false));
    QVERIFY(!sender.canReadBack(UpdateExchange(kTest, QStringLiteral("new.one"), {{QStringLiteral("resetPassword"), true}})));

    // A deletion is read back by the GET's 404
    DeleteExchange remove(kTest, QStringLiteral("new.one"));
    QCOMPARE(applied(remove), std::optional<bool>(false));
    QCOMPARE(send(remove).first, 204);
    QCOMPARE(applied(remove), std::optional<bool>(true));
}

void TestHostwayExchange::operationsRoundTripThroughDraftJson()
{
    CreateExchange create(kTest, QStringLiteral("a.b"), {{QStringLiteral("displayName"), QStringLiteral("A B")}}, PasswordSource::Provided,
                          kPassword);
    UpdateExchange update(kTest, QStringLiteral("a.b"), {{QStringLiteral("title"), QStringLiteral("Boss")}}, kPassword);
    DeleteExchange remove(kTest, QStringLiteral("a.b"));
    for (const Operation *op : std::initializer_list<const Operation *>{&create, &update, &remove}) {
        const QByteArray file = QJsonDocument(op->toJson()).toJson();
        QVERIFY2(!file.contains(kPassword.toUtf8()), file.constData());
        QString error;
        const auto back = Operation::fromJson(op->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), op->toJson());
        QCOMPARE(back->secretNames(), op->secretNames());
        QVERIFY2(back->validate().isEmpty(), "the password is in the keychain, not missing");
        for (const QString &name : op->secretNames())
            back->setSecret(name, op->secret(name));
        QCOMPARE(back->request(m_client->endpoint()).body, op->request(m_client->endpoint()).body);
        QVERIFY(!op->request(m_client->endpoint()).toDisplayText().contains(kPassword));
    }
}

QTEST_MAIN(TestHostwayExchange)
#include "tst_hostwayexchange.moc"
