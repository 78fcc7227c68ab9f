// The mailbox operations: offline validation, the exact request, secret-free JSON round trip.
#include "core/providers/hostway/mailboxoperations.h"
#include "core/providers/hostway/hostwayrules.h"

#include <QJsonDocument>
#include <QTest>

class TestMailboxOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createRequestIsTheDocumentedPut();
    void createValidation_data();
    void createValidation();
    void generatedPasswordMeetsRules();
    void updateSendsOnlyWhatChanges();
    void updateGeneratesAPasswordWhenAsked();
    void deleteIsDestructive();
    void roundTripWritesNoSecret_data();
    void roundTripWritesNoSecret();
    void unknownKindIsAnError();

private:
    const Hostway::Endpoint m_endpoint{QUrl(QStringLiteral("https://api.hostway.com/")), QStringLiteral("test-account123")};
};

void TestMailboxOperations::createRequestIsTheDocumentedPut()
{
    const CreateMailbox op(QStringLiteral("test.com"), QStringLiteral("john.smith"), 70, true,
                           PasswordSource::Provided, QStringLiteral("pWord123$"));
    QVERIFY(op.validate().isEmpty());
    const HttpRequest request = op.request(m_endpoint);
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.url.toString(), QStringLiteral("https://api.hostway.com/accounts/test-account123/email/test.com/usernames/john.smith/mailbox"));
    QCOMPARE(request.headers.first().second, QByteArray("application/json; charset=UTF-8"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("pWord123$"));
    QCOMPARE(body.value(QLatin1String("quota")).toInt(), 70);
    QCOMPARE(body.value(QLatin1String("master")).toBool(), true);
    QVERIFY(!request.isRetriable());
    QCOMPARE(op.describe(), QStringLiteral("Create mailbox john.smith@test.com (70 MB), master"));
}

void TestMailboxOperations::createValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("quota");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid") << "sales" << 100 << "Xy9$abcd" << QStringList{};
    QTest::newRow("bad name") << "sales-team" << 100 << "Xy9$abcd" << QStringList{QStringLiteral("name")};
    QTest::newRow("negative quota") << "sales" << -5 << "Xy9$abcd" << QStringList{QStringLiteral("quota")};
    QTest::newRow("no password") << "sales" << 0 << "" << QStringList{QStringLiteral("password")};
    QTest::newRow("weak password: one problem per rule") << "sales" << 0 << "abc1234"
        << QStringList{QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("password")};
}

void TestMailboxOperations::createValidation()
{
    QFETCH(QString, name);
    QFETCH(int, quota);
    QFETCH(QString, password);
    QFETCH(QStringList, fields);
    const CreateMailbox op(QStringLiteral("test.com"), name, quota, false, PasswordSource::Provided, password);
    QStringList actual;
    const auto problems = op.validate();
    for (const ValidationProblem &p : problems) {
        QVERIFY(!p.message.isEmpty());
        actual.append(p.field);
    }
    QCOMPARE(actual, fields);
}

void TestMailboxOperations::generatedPasswordMeetsRules()
{
    for (int i = 0; i < 50; ++i) {
        CreateMailbox op(QStringLiteral("test.com"), QStringLiteral("sales"), 0, false, PasswordSource::Generate);
        QVERIFY(op.validate().isEmpty());
        QVERIFY(op.password().isEmpty());
        op.prepare();
        QCOMPARE(op.password().size(), 16);
        QVERIFY(Hostway::Rules::isPasswordAcceptable(op.password(), op.name(), op.domain()));
        const QJsonObject body = QJsonDocument::fromJson(op.request(m_endpoint).body).object();
        QCOMPARE(body.value(QLatin1String("password")).toString(), op.password());
    }
}

void TestMailboxOperations::updateSendsOnlyWhatChanges()
{
    UpdateMailbox op(QStringLiteral("test.com"), QStringLiteral("john.smith2"));
    QCOMPARE(op.validate().size(), 1);   // nothing to change
    op.setQuotaMb(85);
    QVERIFY(op.validate().isEmpty());
    QCOMPARE(op.request(m_endpoint).body, QByteArray(R"({"quota":85})"));
    op.setQuotaMb(0);
    QCOMPARE(op.validate().first().field, QStringLiteral("quota"));
    UpdateMailbox password(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    password.setPassword(QStringLiteral("!q2w3e4R"));
    QVERIFY(password.validate().isEmpty());
    QCOMPARE(password.request(m_endpoint).body, QByteArray(R"({"password":"!q2w3e4R"})"));
    QVERIFY(!password.describe().contains(QLatin1String("!q2w3e4R")));
}

void TestMailboxOperations::updateGeneratesAPasswordWhenAsked()
{
    // A reset of several mailboxes at once: each operation makes its own password.
    UpdateMailbox op(QStringLiteral("test.com"), QStringLiteral("john.smith"));
    op.setGeneratePassword();
    QVERIFY(op.validate().isEmpty());
    QVERIFY(op.generatesPassword());
    QCOMPARE(op.passwordOwner(), QStringLiteral("john.smith@test.com"));
    QCOMPARE(op.describe(), QStringLiteral("Change mailbox john.smith@test.com: new generated password"));
    QVERIFY(op.password().isEmpty());
    op.prepare();
    QVERIFY(Hostway::Rules::isPasswordAcceptable(op.password(), op.name(), op.domain()));
    QCOMPARE(QJsonDocument::fromJson(op.request(m_endpoint).body).object().value(QLatin1String("password")).toString(), op.password());
    const QString made = op.password();
    op.prepare();   // a resumed run keeps the password made (and kept) first
    QCOMPARE(op.password(), made);
    // A draft file says "generate", never the password; read back, it generates again.
    const QJsonObject json = op.toJson();
    QCOMPARE(json.value(QLatin1String("password")).toString(), QStringLiteral("generate"));
    QVERIFY(!QJsonDocument(json).toJson().contains(made.toUtf8()));
    QString error;
    const std::unique_ptr<Operation> back = Operation::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->generatesPassword());
    QCOMPARE(back->secretNames(), QStringList{QStringLiteral("password")});
    QCOMPARE(back->toJson(), json);
}

void TestMailboxOperations::deleteIsDestructive()
{
    const DeleteMailbox op(QStringLiteral("test.com"), QStringLiteral("test"));
    QVERIFY(op.isDestructive());
    QCOMPARE(op.request(m_endpoint).method, QByteArray("DELETE"));
    QCOMPARE(op.request(m_endpoint).url.path(), QStringLiteral("/accounts/test-account123/email/test.com/usernames/test/mailbox"));
    QCOMPARE(op.describe(), QStringLiteral("Delete mailbox test@test.com"));
}

void TestMailboxOperations::roundTripWritesNoSecret_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::newRow("create, provided") << QByteArray(CreateMailbox::kKind);
    QTest::newRow("create, generate") << QByteArray("generate");
    QTest::newRow("update") << QByteArray(UpdateMailbox::kKind);
    QTest::newRow("delete") << QByteArray(DeleteMailbox::kKind);
}

void TestMailboxOperations::roundTripWritesNoSecret()
{
    QFETCH(QByteArray, kind);
    const QString secret = QStringLiteral("Sup3r$ecretValue");
    std::unique_ptr<Operation> op;
    if (kind == CreateMailbox::kKind) {
        op = std::make_unique<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("a.b"), 20, true, PasswordSource::Provided, secret);
    } else if (kind == "generate") {
        op = std::make_unique<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("a.b"), 0, false, PasswordSource::Generate);
    } else if (kind == UpdateMailbox::kKind) {
        auto update = std::make_unique<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("a.b"));
        update->setQuotaMb(30);
        update->setMaster(false);
        update->setPassword(secret);
        op = std::move(update);
    } else {
        op = std::make_unique<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("a.b"));
    }
    const QJsonObject json = op->toJson();
    QVERIFY(!QJsonDocument(json).toJson().contains(secret.toUtf8()));
    QString error;
    const std::unique_ptr<Operation> back = Operation::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->kind(), op->kind());
    // The file says a password is set; the password itself is not in it.
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->targetKey(), QStringLiteral("mailbox:test.com/a.b"));
}

void TestMailboxOperations::unknownKindIsAnError()
{
    QString error;
    QVERIFY(!Operation::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("hostway.nope")}}, &error));
    QVERIFY(error.contains(QLatin1String("hostway.nope")));
    QVERIFY(!Operation::fromJson(QJsonObject{{QStringLiteral("kind"), QLatin1String(DeleteMailbox::kKind)}}, &error));
    QVERIFY(!Operation::fromJson(QJsonObject{{QStringLiteral("kind"), QLatin1String(CreateMailbox::kKind)},
                                             {QStringLiteral("domain"), QStringLiteral("d")}, {QStringLiteral("name"), QStringLiteral("n")},
                                             {QStringLiteral("password"), QStringLiteral("hunter2")}}, &error));
}

QTEST_GUILESS_MAIN(TestMailboxOperations)
#include "tst_mailboxoperations.moc"
