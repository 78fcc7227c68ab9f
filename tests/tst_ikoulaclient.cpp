// IkoulaClient against the sandbox over loopback: every one of the 24 wsexch actions, the
// RSA + HMAC authentication (wrong password, wrong key), errors in the provider's words,
// tolerant reading of other answer shapes, and secrets kept out of the log.
#include "core/providers/ikoula/ikoulaactions.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaparser.h"
#include "sandbox/ikoulasimulator.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace Ikoula;

namespace {
const QString kDomain = QStringLiteral("@brasserie-lumiere.fr");
QString addr(const char *local)
{
    return QLatin1String(local) + kDomain;
}
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

class TestIkoulaClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsSubscriptionsAndBilling();
    void readsAnOrganisation();
    void createsEveryKindOfMailbox();
    void updatesAMailboxByLoadMergeSend();
    void passwordsFeaturesAndQuotas();
    void aliasesAndForwarding();
    void distributionListsAndMembers();
    void contacts();
    void everyActionIsExercised();
    void refusals_data();
    void refusals();
    void wrongPasswordOrKeyIsAuthentication();
    void missingParameterIsRefusedBeforeSending();
    void tolerantReading();
    void secretsNeverReachTheLog();

private:
    std::pair<ApiError, QJsonObject> run(const IkoulaCall &call)
    {
        m_sent.insert(call.action);
        std::pair<ApiError, QJsonObject> result;
        bool done = false;
        m_client->send(call, this, [&](const ApiError &e, const QJsonObject &o) {
            result = {e, o};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.first = ApiError(ApiError::Kind::Timeout, QStringLiteral("test"));
        return result;
    }
    OrganisationSchema schema(const QString &orga = QStringLiteral("2031"))
    {
        m_sent.insert(QStringLiteral("schema-subscr"));
        OrganisationSchema out;
        bool done = false;
        m_client->fetchSchema(QStringLiteral("10442"), orga, this, [&](const ApiError &e, const OrganisationSchema &s) {
            if (e.isError())
                qWarning() << e.message();
            out = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("schema-subscr did not answer");
        return out;
    }
    static QByteArray publicKey() { return Sandbox::IkoulaSimulator::demoPublicKey(); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IkoulaClient> m_client;
    QSet<QString> m_sent;   ///< across all test functions: everyActionIsExercised checks it
};

void TestIkoulaClient::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<IkoulaClient>(m_nam.get(), m_sandbox->baseUrl());
    m_client->setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    m_client->setPublicKey(publicKey());
}

void TestIkoulaClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestIkoulaClient::listsSubscriptionsAndBilling()
{
    m_sent.insert(QStringLiteral("list"));
    QList<Subscription> subscriptions;
    bool done = false;
    m_client->listSubscriptions(this, [&](const ApiError &e, const QList<Subscription> &s) {
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        subscriptions = s;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(subscriptions.size(), 2);
    QCOMPARE(subscriptions.at(0).id, QStringLiteral("10442"));
    QCOMPARE(subscriptions.at(0).organisations.size(), 2);
    QCOMPARE(subscriptions.at(0).organisations.at(0).id, QStringLiteral("2031"));
    QCOMPARE(subscriptions.at(0).organisations.at(0).name, QStringLiteral("Brasserie Lumière"));

    m_sent.insert(QStringLiteral("billing-by-subscrid"));
    QList<BillingLine> lines;
    done = false;
    m_client->fetchBilling(QStringLiteral("10587"), this, [&](const ApiError &e, const QList<BillingLine> &l) {
        QVERIFY2(!e.isError(), qPrintable(e.message()));
        lines = l;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).date, QStringLiteral("2026-08-01"));
    QCOMPARE(lines.at(0).amount, QStringLiteral("2.99"));
    QCOMPARE(lines.at(0).quantity, QStringLiteral("1"));
}

void TestIkoulaClient::readsAnOrganisation()
{
    const OrganisationSchema s = schema();
    QCOMPARE(s.organisationName, QStringLiteral("Brasserie Lumière"));
    QCOMPARE(s.domains, QStringList{QStringLiteral("brasserie-lumiere.fr")});
    QCOMPARE(s.bals.size(), 7);
    const Bal *claire = s.findBal(addr("claire.martin"));
    QVERIFY(claire);
    QCOMPARE(claire->details.displayName, QStringLiteral("Claire Martin"));
    QCOMPARE(claire->aliases, QStringList{addr("direction")});
    QCOMPARE(claire->usedKb, 1'254'000);
    QCOMPARE(s.findBal(addr("salle.privee"))->kind, BalKind::Room);
    QCOMPARE(s.findBal(addr("projecteur"))->kind, BalKind::Equipment);
    const Bal *nina = s.findBal(addr("nina.roux"));
    QCOMPARE(nina->forwardTo, addr("claire.martin"));
    QVERIFY(nina->deliverAndForward);
    QVERIFY(!nina->features.pop);
    QCOMPARE(s.lists.size(), 2);
    QCOMPARE(s.findList(addr("equipe"))->members.size(), 3);
    QCOMPARE(s.contacts.size(), 2);
}

void TestIkoulaClient::createsEveryKindOfMailbox()
{
    const BalKind kinds[] = {BalKind::User, BalKind::Room, BalKind::Equipment};
    const char *names[] = {"marc.durand", "terrasse", "camionnette"};
    for (int i = 0; i < 3; ++i) {
        NewBal bal;
        bal.kind = kinds[i];
        bal.email = addr(names[i]);
        bal.password = QStringLiteral("Nouveau-2026");
        bal.organisationId = QStringLiteral("2031");
        bal.displayName = QString::fromLatin1(names[i]);
        bal.firstName = QStringLiteral("Marc");
        const auto [error, answer] = run(IkoulaCalls::addBal(bal));
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(answer.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    }
    const OrganisationSchema s = schema();
    QCOMPARE(s.bals.size(), 10);
    QCOMPARE(s.findBal(addr("terrasse"))->kind, BalKind::Room);
    QCOMPARE(s.findBal(addr("camionnette"))->kind, BalKind::Equipment);
    // The same address again is a conflict; deleting it works once.
    NewBal again;
    again.email = addr("marc.durand");
    again.password = QStringLiteral("Nouveau-2026");
    again.organisationId = QStringLiteral("2031");
    again.displayName = QStringLiteral("Marc");
    QCOMPARE(run(IkoulaCalls::addBal(again)).first.kind(), ApiError::Kind::Conflict);
    QVERIFY(!run(IkoulaCalls::deleteBal(addr("marc.durand"))).first.isError());
    QCOMPARE(run(IkoulaCalls::deleteBal(addr("marc.durand"))).first.kind(), ApiError::Kind::NotFound);
    QVERIFY(!schema().findBal(addr("marc.durand")));
}

void TestIkoulaClient::updatesAMailboxByLoadMergeSend()
{
    m_sent.insert(QStringLiteral("update-bal"));
    bool done = false;
    m_client->updateBalMerged(QStringLiteral("10442"), QStringLiteral("2031"), addr("hugo.bernard"),
                              [](BalDetails &d) { d.mobilePhone = QStringLiteral("+33 6 12 34 56 78"); d.hideAddressBook = true; },
                              this, [&](const ApiError &e, const QJsonObject &) {
                                  QVERIFY2(!e.isError(), qPrintable(e.message()));
                                  done = true;
                              });
    QTRY_VERIFY(done);
    const OrganisationSchema after = schema();   // find() points into it: keep it alive
    const Bal *hugo = after.findBal(addr("hugo.bernard"));
    QCOMPARE(hugo->details.mobilePhone, QStringLiteral("+33 6 12 34 56 78"));   // "+" and spaces survive signing
    QVERIFY(hugo->details.hideAddressBook);
    QCOMPARE(hugo->details.job, QStringLiteral("Chef de cuisine"));          // the other fields kept
    QCOMPARE(hugo->details.displayName, QStringLiteral("Hugo Bernard"));
}

void TestIkoulaClient::passwordsFeaturesAndQuotas()
{
    QVERIFY(!run(IkoulaCalls::changePassword(addr("lea.petit"), QStringLiteral("Nouveau-Mot-2026"))).first.isError());
    const ApiError weak = run(IkoulaCalls::changePassword(addr("lea.petit"), QStringLiteral("court"))).first;
    QCOMPARE(weak.kind(), ApiError::Kind::Refused);
    QVERIFY(weak.providerMessage().contains(QLatin1String("at least 8")));
    const auto [resetError, reset] = run(IkoulaCalls::resetPassword(addr("lea.petit")));
    QVERIFY(!resetError.isError());
    QCOMPARE(IkoulaClient::resetPasswordOf(reset).size(), 12);

    Features features;
    features.pop = false;
    features.activeSync = false;
    QVERIFY(!run(IkoulaCalls::updateFeatures(addr("lea.petit"), features)).first.isError());
    Quotas quotas{4'500'000, 4'800'000, 5'000'000, 30};
    QVERIFY(!run(IkoulaCalls::updateQuotas(addr("lea.petit"), quotas)).first.isError());
    const OrganisationSchema after = schema();
    const Bal *lea = after.findBal(addr("lea.petit"));
    QVERIFY(!lea->features.pop && lea->features.imap && !lea->features.activeSync);
    QCOMPARE(lea->quotas.prohibitSendReceiveKb, 5'000'000);
    QCOMPARE(lea->quotas.keepDeletedItemsDays, 30);
    Quotas upsideDown{5'000'000, 4'000'000, 3'000'000, 14};
    QCOMPARE(run(IkoulaCalls::updateQuotas(addr("lea.petit"), upsideDown)).first.kind(), ApiError::Kind::Refused);
}

void TestIkoulaClient::aliasesAndForwarding()
{
    QVERIFY(!run(IkoulaCalls::addAlias(addr("hugo.bernard"), addr("chef"))).first.isError());
    QCOMPARE(run(IkoulaCalls::addAlias(addr("lea.petit"), addr("chef"))).first.kind(), ApiError::Kind::Conflict);
    QVERIFY(!run(IkoulaCalls::setForward(addr("hugo.bernard"), addr("lea.petit"), false)).first.isError());
    QVERIFY(!run(IkoulaCalls::setSmtpForward(addr("hugo.bernard"), QStringLiteral("hugo@gmail.example"))).first.isError());
    // Forwarding to a mailbox wants an address of the organisation.
    QCOMPARE(run(IkoulaCalls::setForward(addr("hugo.bernard"), QStringLiteral("x@elsewhere.example"), true)).first.kind(),
             ApiError::Kind::Refused);
    Bal hugo = *schema().findBal(addr("hugo.bernard"));
    QVERIFY(hugo.aliases.contains(addr("chef")));
    QCOMPARE(hugo.forwardTo, addr("lea.petit"));
    QVERIFY(!hugo.deliverAndForward);
    QCOMPARE(hugo.smtpForwardTo, QStringLiteral("hugo@gmail.example"));

    QVERIFY(!run(IkoulaCalls::deleteAlias(addr("chef"))).first.isError());
    QVERIFY(!run(IkoulaCalls::deleteForward(addr("hugo.bernard"))).first.isError());
    QVERIFY(!run(IkoulaCalls::deleteSmtpForward(addr("hugo.bernard"))).first.isError());
    QCOMPARE(run(IkoulaCalls::deleteSmtpForward(addr("hugo.bernard"))).first.kind(), ApiError::Kind::NotFound);
    hugo = *schema().findBal(addr("hugo.bernard"));
    QVERIFY(hugo.aliases.isEmpty() && hugo.forwardTo.isEmpty() && hugo.smtpForwardTo.isEmpty());
}

void TestIkoulaClient::distributionListsAndMembers()
{
    QVERIFY(!run(IkoulaCalls::addDistributionList(QStringLiteral("2031"), addr("salle"), QStringLiteral("Salle"), addr("lea.petit"))).first.isError());
    QVERIFY(!run(IkoulaCalls::addListMember(addr("salle"), addr("lea.petit"))).first.isError());
    QVERIFY(!run(IkoulaCalls::addListMember(addr("salle"), addr("hugo.bernard"))).first.isError());
    QCOMPARE(run(IkoulaCalls::addListMember(addr("salle"), addr("hugo.bernard"))).first.kind(), ApiError::Kind::Conflict);
    QVERIFY(!run(IkoulaCalls::removeListMember(addr("salle"), addr("lea.petit"))).first.isError());
    const OrganisationSchema after = schema();
    const DistributionList *list = after.findList(addr("salle"));
    QVERIFY(list);
    QCOMPARE(list->manager, addr("lea.petit"));
    QCOMPARE(list->members, QStringList{addr("hugo.bernard")});
    QVERIFY(!run(IkoulaCalls::deleteDistributionList(addr("salle"))).first.isError());
    QVERIFY(!schema().findList(addr("salle")));
}

void TestIkoulaClient::contacts()
{
    const auto [error, answer] = run(IkoulaCalls::addContact(QStringLiteral("2031"), QStringLiteral("vins@cave-dupre.fr"), QStringLiteral("Cave Dupré")));
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    const QString id = answer.value(QLatin1String("contact_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(schema().contacts.size(), 3);
    QVERIFY(!run(IkoulaCalls::deleteContact(id)).first.isError());
    QCOMPARE(schema().contacts.size(), 2);
}

void TestIkoulaClient::everyActionIsExercised()
{
    // Runs after the functions above: each seed action went over the wire at least once.
    QStringList missing;
    for (const IkoulaActions::Action &action : IkoulaActions::all()) {
        if (!m_sent.contains(action.name))
            missing.append(action.name);
    }
    QCOMPARE(IkoulaActions::all().size(), 24);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
}

void TestIkoulaClient::refusals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("params");   // name, value, name, value...
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown mailbox") << QStringLiteral("delete-bal") << QStringList{QStringLiteral("email_bal"), QStringLiteral("nobody@brasserie-lumiere.fr")}
                                     << int(ApiError::Kind::NotFound) << QStringLiteral("Unknown BAL");
    QTest::newRow("foreign domain") << QStringLiteral("add-contact") << QStringList{QStringLiteral("email_contact"), QStringLiteral("not-an-address"), QStringLiteral("display_name"), QStringLiteral("X"), QStringLiteral("orga_id"), QStringLiteral("2031")}
                                    << int(ApiError::Kind::Refused) << QStringLiteral("Contact address is not");
    QTest::newRow("manager outside") << QStringLiteral("add-distribution-list")
                                     << QStringList{QStringLiteral("email_dl"), QStringLiteral("x@brasserie-lumiere.fr"), QStringLiteral("display_name"), QStringLiteral("X"), QStringLiteral("orga_id"), QStringLiteral("2031"), QStringLiteral("email_manager"), QStringLiteral("boss@else.example")}
                                     << int(ApiError::Kind::Refused) << QStringLiteral("List manager must");
    QTest::newRow("unknown subscription") << QStringLiteral("billing-by-subscrid") << QStringList{QStringLiteral("subscr_id"), QStringLiteral("999")}
                                          << int(ApiError::Kind::NotFound) << QStringLiteral("Unknown subscription");
    QTest::newRow("flag not 0/1") << QStringLiteral("update-feature-bal")
                                  << QStringList{QStringLiteral("email_bal"), QStringLiteral("lea.petit@brasserie-lumiere.fr"), QStringLiteral("enable_pop"), QStringLiteral("yes"), QStringLiteral("enable_imap"), QStringLiteral("1"),
                                                 QStringLiteral("enable_owa"), QStringLiteral("1"), QStringLiteral("enable_mapi"), QStringLiteral("1"), QStringLiteral("enable_active_sync"), QStringLiteral("1")}
                                  << int(ApiError::Kind::Refused) << QStringLiteral("POP must be");
}

void TestIkoulaClient::refusals()
{
    QFETCH(QString, action);
    QFETCH(QStringList, params);
    QFETCH(int, kind);
    QFETCH(QString, says);
    IkoulaCall call{action, {}};
    for (int i = 0; i + 1 < params.size(); i += 2)
        call.parameters.append({params.at(i), params.at(i + 1)});
    const ApiError error = run(call).first;
    QCOMPARE(int(error.kind()), kind);
    QVERIFY2(error.providerMessage().contains(says), qPrintable(error.message()));   // in the window's words, no wire name
    QVERIFY(!error.rawBody().isEmpty());
}

void TestIkoulaClient::wrongPasswordOrKeyIsAuthentication()
{
    m_client->setCredentials(QStringLiteral("admin"), QStringLiteral("wrong"));
    ApiError error = run(IkoulaCalls::list()).first;
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);
    QVERIFY(error.isTransportOrAuth());

    // A valid RSA key that is not Ikoula's: the password does not decrypt.
    m_client->setCredentials(QStringLiteral("admin"), QStringLiteral("sandbox"));
    QFile otherKey(QStringLiteral(TEST_DATA_DIR "/other-rsa-public.pem"));
    QVERIFY(otherKey.open(QIODevice::ReadOnly));
    m_client->setPublicKey(otherKey.readAll());
    error = run(IkoulaCalls::list()).first;
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);

    // Not a key at all: nothing is sent.
    const int before = m_sandbox->server()->requestCount();
    m_client->setPublicKey("not a key");
    error = run(IkoulaCalls::list()).first;
    QCOMPARE(error.kind(), ApiError::Kind::Setup);
    QVERIFY(error.message().contains(QLatin1String("PEM")));
    QCOMPARE(m_sandbox->server()->requestCount(), before);
}

void TestIkoulaClient::missingParameterIsRefusedBeforeSending()
{
    const int before = m_sandbox->server()->requestCount();
    const ApiError error = run(IkoulaCall{QStringLiteral("add-contact"), {{QStringLiteral("email_contact"), QStringLiteral("a@b.fr")}}}).first;
    QCOMPARE(error.kind(), ApiError::Kind::Setup);
    QVERIFY(error.message().contains(QLatin1String("display_name, orga_id")));
    QCOMPARE(run(IkoulaCall{QStringLiteral("no-such-action"), {}}).first.kind(), ApiError::Kind::Setup);
    QCOMPARE(m_sandbox->server()->requestCount(), before);
}

void TestIkoulaClient::tolerantReading()
{
    // Other plausible shapes: a bare array, a "data" wrapper, upper-case keys, numbers as
    // strings, booleans as words, members as a comma list.
    QJsonObject o;
    QString error;
    QVERIFY(IkoulaParser::object(R"([{"ID":"7","Name":"Pro","orgas":{"a":{"id":3,"name":"Org"}}}])", &o, &error));
    const QList<Subscription> subs = IkoulaParser::subscriptions(o);
    QCOMPARE(subs.size(), 1);
    QCOMPARE(subs.at(0).id, QStringLiteral("7"));
    QCOMPARE(subs.at(0).organisations.at(0).id, QStringLiteral("3"));
    QVERIFY(IkoulaParser::object(R"({"data":{"BAL":[{"EMAIL":"a@b.fr","TYPE":"RoomMailbox","ENABLE_POP":"false",
        "ISSUE_WARNING_KB":"1024"}],"dl":[{"email":"l@b.fr","members":"a@b.fr, c@b.fr"}]}})", &o, &error));
    const OrganisationSchema s = IkoulaParser::schema(o);
    QCOMPARE(s.bals.size(), 1);
    QCOMPARE(s.bals.at(0).kind, BalKind::Room);
    QVERIFY(!s.bals.at(0).features.pop);
    QCOMPARE(s.bals.at(0).quotas.issueWarningKb, 1024);
    QCOMPARE(s.lists.at(0).members, (QStringList{QStringLiteral("a@b.fr"), QStringLiteral("c@b.fr")}));
    QVERIFY(!IkoulaParser::object("<xml/>", &o, &error));
    // Numbers too large for any id or size (fuzz_ikoulaparser's first find) are read as they
    // are written, or not at all: never cast past what a 64-bit integer holds.
    QVERIFY(IkoulaParser::object(R"({"data":{"orga_id": 8.9e59, "bal": [{"email_bal": "a@b.fr", "issue_warning_kb": 1e300}]}})", &o, &error));
    const OrganisationSchema huge = IkoulaParser::schema(o);
    QCOMPARE(huge.organisationId, QStringLiteral("8.9e+59"));
    QCOMPARE(huge.bals.at(0).quotas.issueWarningKb, 0);
    // An "error" on a 200 is an error (list form joined).
    QVERIFY(IkoulaParser::errorText(QJsonArray{QStringLiteral("a is required"), QStringLiteral("b is required")}) == QLatin1String("a is required; b is required"));
}

void TestIkoulaClient::secretsNeverReachTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("mailroom.http=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const ApiError error = run(IkoulaCalls::changePassword(addr("lea.petit"), QStringLiteral("Tres-Secret-99"))).first;
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!error.isError());
    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("/wsexch/change-password")));
    QVERIFY(!all.contains(QLatin1String("Tres-Secret-99")));
    QVERIFY(!all.contains(QLatin1String("sandbox")));
    QVERIFY(all.contains(QLatin1String("crypted_password=****")));
    // The preview shows the request without any secret.
    const QString preview = m_client->preview(IkoulaCalls::changePassword(addr("lea.petit"), QStringLiteral("Tres-Secret-99"))).toDisplayText();
    QVERIFY(preview.contains(QLatin1String("POST")));
    QVERIFY(!preview.contains(QLatin1String("Tres-Secret-99")));
}

QTEST_GUILESS_MAIN(TestIkoulaClient)
#include "tst_ikoulaclient.moc"
