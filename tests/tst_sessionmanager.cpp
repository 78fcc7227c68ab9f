// SessionManager: one client per account, of the account's provider, kept while the account
// changes in ways the client does not care about (a domain or skill added) and renewed when
// it does (base URL, user, public key).
#include "core/accounts/accountstore.h"
#include "core/accounts/demoaccount.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/ice/iceclient.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/webitel/webitelclient.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

class TestSessionManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachAccountGetsItsProvidersClient();
    void clientSurvivesAnAddedSkillNotANewUrl();
};

void TestSessionManager::eachAccountGetsItsProvidersClient()
{
    QNetworkAccessManager nam;
    JobTracker tracker;
    CredentialStore credentials(QStringLiteral("org.mailroom.Mailroom.tests"));
    AccountStore accounts(nullptr);
    SessionManager sessions(&accounts, &credentials, &nam, &tracker);
    const Account hostway = DemoAccount::make(1);
    const Account ikoula = DemoAccount::makeIkoula(1, "-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----\n");
    const QString h = accounts.add(hostway);
    const QString k = accounts.add(ikoula);
    credentials.remember(hostway.keychainKey(), QStringLiteral("pw"));
    credentials.remember(ikoula.keychainKey(), QStringLiteral("pw"));

    HostwayClient *hostwayClient = nullptr;
    IkoulaClient *ikoulaClient = nullptr;
    WebitelClient *webitelClient = reinterpret_cast<WebitelClient *>(1);
    sessions.withClient<HostwayClient>(h, this, [&](HostwayClient *c) { hostwayClient = c; });
    sessions.withClient<IkoulaClient>(k, this, [&](IkoulaClient *c) { ikoulaClient = c; });
    sessions.withClient<WebitelClient>(k, this, [&](WebitelClient *c) { webitelClient = c; });
    QVERIFY(hostwayClient);
    QVERIFY(ikoulaClient);
    QCOMPARE(webitelClient, nullptr);   // an Ikoula account has no Webitel client
    QCOMPARE(sessions.client<HostwayClient>(k), nullptr);
}

void TestSessionManager::clientSurvivesAnAddedSkillNotANewUrl()
{
    QNetworkAccessManager nam;
    JobTracker tracker;
    CredentialStore credentials(QStringLiteral("org.mailroom.Mailroom.tests"));
    AccountStore accounts(nullptr);
    SessionManager sessions(&accounts, &credentials, &nam, &tracker);
    const Account ice = DemoAccount::makeIce(1);
    const QString id = accounts.add(ice);
    credentials.remember(ice.keychainKey(), QStringLiteral("pw"));
    QPointer<IceClient> first;
    sessions.withClient<IceClient>(id, this, [&](IceClient *c) { first = c; });
    QVERIFY(first);

    accounts.addDomain(id, QStringLiteral("664"));   // a skill added: same client
    QVERIFY(first);
    IceClient *again = nullptr;
    sessions.withClient<IceClient>(id, this, [&](IceClient *c) { again = c; });
    QCOMPARE(again, first.data());
    QCOMPARE(first->fieldNames(), Ice::FieldNames::Example);

    Account spelt = *accounts.find(id);
    spelt.fieldSpelling = QStringLiteral("table");
    accounts.update(spelt);   // another field spelling: the same client (and token) sends it
    QVERIFY(first);
    QCOMPARE(first->fieldNames(), Ice::FieldNames::Table);

    Account moved = *accounts.find(id);
    moved.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:2"));
    accounts.update(moved);   // a new base URL: the old client is gone
    QVERIFY(!first);
}

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
