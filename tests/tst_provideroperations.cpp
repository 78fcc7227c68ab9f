// The Operations of Ikoula, Webitel and ICE offline: what a draft file holds (never a
// secret), that fromJson(toJson()) gives the same operation back, their validation, their
// previews, and a draft refusing an operation of another provider.
#include "core/credentials/passwordgenerator.h"
#include "core/drafts/draft.h"
#include "core/providers/ice/iceoperation.h"
#include "core/providers/ikoula/ikoulacalls.h"
#include "core/providers/ikoula/ikoulaoperation.h"
#include "core/providers/webitel/webiteloperation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString kSecret = QStringLiteral("S3cret-Pass!42");

Ikoula::NewBal newBal()
{
    Ikoula::NewBal bal;
    bal.email = QStringLiteral("sophie.leroy@brasserie-lumiere.fr");
    bal.password = kSecret;
    bal.organisationId = QStringLiteral("2031");
    bal.displayName = QStringLiteral("Sophie Leroy");
    return bal;
}

Webitel::EmailSettings webitelSettings()
{
    Webitel::EmailSettings s;
    s.from = QStringLiteral("pbx@demo.webitel");
    s.host = QStringLiteral("smtp.demo.webitel");
    s.port = 587;
    s.user = QStringLiteral("pbx@demo.webitel");
    s.password = kSecret;
    return s;
}

Ice::ServerSettings iceSettings()
{
    Ice::ServerSettings s;
    s.organisationId = 59;
    s.skillId = 663;
    s.smtp = {QStringLiteral("smtp.mail.com"), QStringLiteral("harry"), kSecret, QStringLiteral("harry@mail.com"),
              QStringLiteral("587"), QStringLiteral("10")};
    s.pop3 = {QStringLiteral("pop3.mail.com"), QStringLiteral("alex"), QString(), QStringLiteral("alex@mail.com"),
              QStringLiteral("995"), QStringLiteral("10")};
    return s;
}

QString text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QStringList problemFields(const Operation &op)
{
    QStringList fields;
    const auto problems = op.validate();
    for (const ValidationProblem &p : problems)
        fields.append(p.field);
    return fields;
}

} // namespace

Q_DECLARE_METATYPE(std::shared_ptr<Operation>)

class TestProviderOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsWithoutSecrets_data();
    void roundTripsWithoutSecrets();
    void ikoulaValidation();
    void ikoulaRequestIsTheSignedCallMasked();
    void ikoulaPasswordGeneratedAtApply();
    void webitelAndIceValidation();
    void previewsMaskSecrets();
    void draftRefusesAnotherProvidersOperation();
};

void TestProviderOperations::roundTripsWithoutSecrets_data()
{
    QTest::addColumn<std::shared_ptr<Operation>>("operation");
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("ikoula add-bal") << std::shared_ptr<Operation>(std::make_shared<IkoulaOperation>(
        IkoulaCalls::addBal(newBal()), QStringLiteral("10442"), QString())) << QStringList{QStringLiteral("password")};
    QTest::newRow("ikoula quotas") << std::shared_ptr<Operation>(std::make_shared<IkoulaOperation>(
        IkoulaCalls::updateQuotas(QStringLiteral("lea.petit@brasserie-lumiere.fr"), Ikoula::Quotas{1024, 2048, 4096, 7}),
        QStringLiteral("10442"), QStringLiteral("2031"))) << QStringList();
    QTest::newRow("webitel update") << std::shared_ptr<Operation>(std::make_shared<WebitelOperation>(
        WebitelOperation::Action::Update, QStringLiteral("demo.webitel"), webitelSettings())) << QStringList{QStringLiteral("password")};
    QTest::newRow("webitel test") << std::shared_ptr<Operation>(std::make_shared<WebitelOperation>(
        WebitelOperation::Action::Test, QStringLiteral("demo.webitel"), Webitel::EmailSettings{}, QStringLiteral("ops@demo.webitel")))
                                  << QStringList();
    QTest::newRow("ice") << std::shared_ptr<Operation>(std::make_shared<IceOperation>(iceSettings())) << QStringList{QStringLiteral("smtp")};
    QTest::newRow("ice, table names") << std::shared_ptr<Operation>(std::make_shared<IceOperation>(iceSettings(), Ice::FieldNames::Table))
                                      << QStringList{QStringLiteral("smtp")};
}

void TestProviderOperations::roundTripsWithoutSecrets()
{
    QFETCH(std::shared_ptr<Operation>, operation);
    QFETCH(QStringList, secrets);
    // GIVEN an operation holding its secrets in memory
    QCOMPARE(operation->secretNames(), secrets);
    for (const QString &name : secrets)
        QCOMPARE(operation->secret(name), kSecret);
    QVERIFY2(operation->validate().isEmpty(), qPrintable(problemFields(*operation).join(QLatin1Char(','))));
    // WHEN it is written and read back
    const QJsonObject json = operation->toJson();
    QVERIFY(!text(json).contains(kSecret));
    QString error;
    const std::unique_ptr<Operation> back = Operation::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    // THEN it is the same operation, which still knows which secrets the keychain holds
    QCOMPARE(text(back->toJson()), text(json));
    QCOMPARE(back->kind(), operation->kind());
    QCOMPARE(back->describe(), operation->describe());
    QCOMPARE(back->targetKey(), operation->targetKey());
    QCOMPARE(back->secretNames(), secrets);
    for (const QString &name : secrets)
        QVERIFY(back->secret(name).isEmpty());
    QVERIFY2(back->validate().isEmpty(), "a password kept in the keychain is not a missing password");
}

void TestProviderOperations::ikoulaValidation()
{
    IkoulaCall call = IkoulaCalls::addBal(newBal());
    call.parameters.removeIf([](const QPair<QString, QString> &p) { return p.first == QLatin1String("display_name"); });
    QVERIFY(problemFields(IkoulaOperation(call, {}, {})).contains(QStringLiteral("display_name")));

    Ikoula::NewBal noPassword = newBal();
    noPassword.password.clear();
    QVERIFY(problemFields(IkoulaOperation(IkoulaCalls::addBal(noPassword), {}, {})).contains(QStringLiteral("password")));
    QVERIFY(IkoulaOperation(IkoulaCalls::addBal(noPassword), {}, {}, PasswordSource::Generate).validate().isEmpty());

    const QString lea = QStringLiteral("lea.petit@brasserie-lumiere.fr");
    QVERIFY(problemFields(IkoulaOperation(IkoulaCalls::addListMember(QStringLiteral("equipe"), lea), {}, {}))
                .contains(QStringLiteral("email_dl")));
    QVERIFY(problemFields(IkoulaOperation(IkoulaCalls::updateQuotas(lea, Ikoula::Quotas{4096, 2048, 8192, 7}), {}, {}))
                .contains(QStringLiteral("issue_warning_kb")));
    QVERIFY(problemFields(IkoulaOperation(IkoulaCalls::updateQuotas(lea, Ikoula::Quotas{0, 0, 0, 31}), {}, {}))
                .contains(QStringLiteral("keep_deleted_items_days")));
    QVERIFY(problemFields(IkoulaOperation(IkoulaCall{QStringLiteral("list"), {}}, {}, {})).contains(QString()));

    // Lengths (issue 12, item 14): a 100 MB name no longer validates.
    Ikoula::NewBal huge = newBal();
    huge.displayName = QString(257, QLatin1Char('x'));
    QVERIFY(problemFields(IkoulaOperation(IkoulaCalls::addBal(huge), {}, {})).contains(QStringLiteral("display_name")));
    huge = newBal();
    huge.email = QString(250, QLatin1Char('x')) + QStringLiteral("@brasserie-lumiere.fr");
    QVERIFY(problemFields(IkoulaOperation(IkoulaCalls::addBal(huge), {}, {})).contains(QStringLiteral("email_bal")));

    QString error;
    QVERIFY(!Operation::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("ikoula.schema-subscr")}}, &error));
    QVERIFY(error.contains(QLatin1String("schema-subscr")));
    const QJsonObject withPassword{{QStringLiteral("kind"), QStringLiteral("ikoula.change-password")},
                                   {QStringLiteral("parameters"), QJsonArray{QJsonArray{QStringLiteral("email_bal"), lea},
                                                                             QJsonArray{QStringLiteral("password_bal"), kSecret}}},
                                   {QStringLiteral("password"), QStringLiteral("provided")}};
    QVERIFY2(!Operation::fromJson(withPassword, &error), "a file holding a password is refused, not read");
}

void TestProviderOperations::ikoulaRequestIsTheSignedCallMasked()
{
    const IkoulaOperation op(IkoulaCalls::addBal(newBal()), QStringLiteral("10442"), QString());
    QCOMPARE(op.organisationId(), QStringLiteral("2031"));
    QVERIFY(op.creates());
    const HttpRequest request = op.request({QUrl(QStringLiteral("https://api.ikoula.test")), QString(), QStringLiteral("admin")});
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.path(), QStringLiteral("/wsexch/add-bal"));
    QVERIFY(request.url.query().contains(QLatin1String("login=admin")));
    QVERIFY(request.url.query().contains(QLatin1String("signature=")));
    QVERIFY(request.body.contains("email_bal=sophie.leroy%40brasserie-lumiere.fr"));
    QVERIFY2(request.body.contains("password_bal="), "the password goes where the seed lists it");
    QVERIFY(!request.toDisplayText().contains(kSecret));
    QVERIFY(op.call().parameters.at(1) == qMakePair(QStringLiteral("password_bal"), kSecret));
}

void TestProviderOperations::ikoulaPasswordGeneratedAtApply()
{
    Ikoula::NewBal bal = newBal();
    bal.password.clear();
    IkoulaOperation op(IkoulaCalls::addBal(bal), QStringLiteral("10442"), QString(), PasswordSource::Generate);
    QVERIFY(op.generatesPassword());
    QVERIFY(op.secret(QStringLiteral("password")).isEmpty());
    op.prepare();
    const QString generated = op.secret(QStringLiteral("password"));
    QVERIFY(generated.size() >= 12);
    QVERIFY2(PasswordGenerator::hasEveryKindOfCharacter(generated), qPrintable(generated));
    op.prepare();
    QCOMPARE(op.secret(QStringLiteral("password")), generated);   // prepared once, kept
    QCOMPARE(op.passwordOwner(), bal.email);
    QVERIFY(!text(op.toJson()).contains(generated));
    QVERIFY(IkoulaOperation(IkoulaCalls::resetPassword(bal.email), {}, {}).generatesPassword());
}

void TestProviderOperations::webitelAndIceValidation()
{
    Webitel::EmailSettings bad = webitelSettings();
    bad.port = 0;
    QVERIFY(problemFields(WebitelOperation(WebitelOperation::Action::Create, QStringLiteral("demo.webitel"), bad)).contains(QStringLiteral("settings")));
    QVERIFY(problemFields(WebitelOperation(WebitelOperation::Action::Delete, QString())).contains(QStringLiteral("domain")));
    QVERIFY(problemFields(WebitelOperation(WebitelOperation::Action::Test, QStringLiteral("demo.webitel"), {}, QStringLiteral("nobody")))
                .contains(QStringLiteral("to")));
    QVERIFY(WebitelOperation(WebitelOperation::Action::Delete, QStringLiteral("demo.webitel")).isDestructive());

    Ice::ServerSettings ice = iceSettings();
    ice.smtp.port = QStringLiteral("70000");
    QVERIFY(problemFields(IceOperation(ice)).contains(QStringLiteral("settings")));
    ice = iceSettings();
    ice.skillId = 0;
    QVERIFY(problemFields(IceOperation(ice)).contains(QStringLiteral("skillId")));
}

void TestProviderOperations::previewsMaskSecrets()
{
    const QUrl base(QStringLiteral("https://api.example.test/engine"));
    const HttpRequest webitel = WebitelOperation(WebitelOperation::Action::Update, QStringLiteral("demo.webitel"), webitelSettings())
                                    .request({base});
    QCOMPARE(webitel.method, QByteArray("PUT"));
    QCOMPARE(webitel.url.toString(), QStringLiteral("https://api.example.test/engine/api/v2/email/settings?domain=demo.webitel"));
    QVERIFY(!webitel.toDisplayText().contains(kSecret));
    const HttpRequest test = WebitelOperation(WebitelOperation::Action::Test, QStringLiteral("demo.webitel"), {}, QStringLiteral("ops@demo.webitel"))
                                 .request({base});
    QCOMPARE(test.url.path(), QStringLiteral("/engine/api/v2/email/settings/test/ops@demo.webitel"));

    const HttpRequest ice = IceOperation(iceSettings()).request({base, QStringLiteral("59")});
    QCOMPARE(ice.url.path(), QStringLiteral("/engine/ICEAPI/api/EmailAdmin/UpdateEmailServer"));
    QVERIFY(ice.body.contains("\"SkillId\":663"));
    QVERIFY(ice.body.contains("\"OrgId\":59"));
    const HttpRequest table = IceOperation(iceSettings(), Ice::FieldNames::Table).request({base, QStringLiteral("59")});
    QVERIFY2(table.body.contains("\"OrganizationId\":59") && table.body.contains("\"Pop3Username\""), table.body.constData());
    QVERIFY(!ice.toDisplayText().contains(kSecret));
}

void TestProviderOperations::draftRefusesAnotherProvidersOperation()
{
    Draft draft = Draft::create({QStringLiteral("ikoula"), QUrl(QStringLiteral("https://api.ikoula.test")), QString(),
                                 QStringLiteral("admin"), QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n...")});
    draft.append(std::make_shared<IkoulaOperation>(IkoulaCalls::deleteBal(QStringLiteral("lea.petit@brasserie-lumiere.fr")),
                                                   QStringLiteral("10442"), QStringLiteral("2031")));
    QJsonObject json = draft.toJson();
    QString error;
    const auto back = Draft::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->account.publicKeyPem, draft.account.publicKeyPem);
    QCOMPARE(back->entries.first().operation->provider(), QStringLiteral("ikoula"));

    QJsonObject account = json.value(QLatin1String("account")).toObject();
    account.insert(QStringLiteral("provider"), QStringLiteral("webitel"));
    json.insert(QStringLiteral("account"), account);
    QVERIFY(!Draft::fromJson(json, &error));
    QVERIFY2(error.contains(QLatin1String("ikoula")) && error.contains(QLatin1String("webitel")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProviderOperations)
#include "tst_provideroperations.moc"
