// mailroomctl for Ikoula and ICE as a user runs it: a real process against the sandbox over
// loopback, with exit codes, JSON output, and the changes checked on the sandbox afterwards.
#include "core/accounts/accountstore.h"
#include "sandbox/ikoulasimulator.h"
#include "ctlprocess.h"
#include "sandboxfixture.h"
#include "sandbox/icesimulator.h"
#include "sandbox/webitelsimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestMailroomctlProviders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ikoulaUsageErrors_data();
    void ikoulaUsageErrors();
    void ikoulaSubscriptionsBillingAndMailboxes();
    void ikoulaMailboxLifecycle();
    void ikoulaListsMembersAndContacts();
    void ikoulaWrongPasswordExitsWith3();
    void ikoulaProfileSavedByTheGui();
    void iceFieldNamesChooseTheSpelling();
    void iceSetThenShowWhatWasSent();
    void ikoulaChangesDraftedThenApplied();
    void webitelAndIceChangesDrafted();
    void timeoutReachesEveryProvider();

private:
    using Result = CtlResult;
    /// Runs mailroomctl with `words` (split on spaces) after the Ikoula account options.
    Result ikoula(const QString &words, const QByteArray &input = {}, const QString &password = QStringLiteral("sandbox"))
    {
        return run(QStringList{QStringLiteral("--provider"), QStringLiteral("ikoula"), QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                               QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--public-key"),
                               QStringLiteral(SANDBOX_DEMO_DIR "/ikoula-public.pem")}
                       + words.split(QLatin1Char(' '), Qt::SkipEmptyParts),
                   input, password);
    }
    Result ice(const QString &words, const QByteArray &input = {})
    {
        return run(QStringList{QStringLiteral("--provider"), QStringLiteral("ice"), QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                               QStringLiteral("--organisation"), QStringLiteral("59"), QStringLiteral("--user"), QStringLiteral("admin")}
                       + words.split(QLatin1Char(' '), Qt::SkipEmptyParts),
                   input, QStringLiteral("sandbox"));
    }
    Result run(const QStringList &arguments, const QByteArray &input, const QString &password)
    {
        return runMailroomctl(arguments, input, password, m_home.path() + QStringLiteral("/config"), m_home.path() + QStringLiteral("/data"));
    }
    QJsonArray jsonArray(const QString &words)
    {
        const Result r = ikoula(words + QStringLiteral(" --format json"));
        if (r.code != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).array();
    }
    QJsonObject mailbox(const QString &email)
    {
        const Result r = ikoula(QStringLiteral("mailbox show --subscription 10442 --organisation 2031 --format json --email ") + email);
        return QJsonDocument::fromJson(r.out).object();
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_home;
};

void TestMailroomctlProviders::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
}

void TestMailroomctlProviders::cleanup()
{
    m_sandbox.reset();
}

void TestMailroomctlProviders::ikoulaUsageErrors_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("says");
    QTest::newRow("hostway command") << QStringLiteral("domain show --domain x.fr") << QStringLiteral("with --provider ikoula");
    QTest::newRow("list without organisation") << QStringLiteral("mailboxes list --subscription 10442") << QStringLiteral("--organisation");
    QTest::newRow("delete unconfirmed") << QStringLiteral("mailbox delete --email a@brasserie-lumiere.fr") << QStringLiteral("--yes");
    QTest::newRow("bad type") << QStringLiteral("mailbox create --organisation 2031 --email a@brasserie-lumiere.fr --display-name A --type robot --generate-password")
                              << QStringLiteral("--type");
    QTest::newRow("partial features need the current ones") << QStringLiteral("mailbox set --email a@brasserie-lumiere.fr --pop no")
                                                            << QStringLiteral("--subscription and --organisation");
    QTest::newRow("nothing to change") << QStringLiteral("mailbox set --email a@brasserie-lumiere.fr") << QStringLiteral("nothing to change");
}

void TestMailroomctlProviders::ikoulaUsageErrors()
{
    QFETCH(QString, words);
    QFETCH(QString, says);
    const int before = m_sandbox->server()->requestCount();
    const Result r = ikoula(words);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QCOMPARE(m_sandbox->server()->requestCount(), before);
    // Without --public-key, Ikoula cannot sign.
    const Result noKey = run({QStringLiteral("--provider"), QStringLiteral("ikoula"), QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                              QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("subscriptions"), QStringLiteral("list")},
                             {}, QStringLiteral("sandbox"));
    QCOMPARE(noKey.code, 2);
    QVERIFY(noKey.err.contains("--public-key"));
}

void TestMailroomctlProviders::ikoulaSubscriptionsBillingAndMailboxes()
{
    const QJsonArray subscriptions = jsonArray(QStringLiteral("subscriptions list"));
    QCOMPARE(subscriptions.size(), 2);
    QCOMPARE(subscriptions.at(0).toObject().value(QLatin1String("organisations")).toArray().size(), 2);
    QCOMPARE(jsonArray(QStringLiteral("billing list --subscription 10442")).size(), 4);
    const QJsonArray mailboxes = jsonArray(QStringLiteral("mailboxes list --subscription 10442 --organisation 2031"));
    QCOMPARE(mailboxes.size(), 7);
    const Result table = ikoula(QStringLiteral("mailboxes list --subscription 10442 --organisation 2031"));
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith("EMAIL"));
    const QByteArrayList lines = table.out.split('\n');
    const auto room = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("salle.privee@"); });
    QVERIFY(room != lines.end());
    QCOMPARE(room->simplified().split(' ').value(1), QByteArray("room"));
}

void TestMailroomctlProviders::ikoulaMailboxLifecycle()
{
    const QString email = QStringLiteral("paul.leroy@brasserie-lumiere.fr");
    const Result created = ikoula(QStringLiteral("mailbox create --organisation 2031 --display-name Paul --type room --password-stdin --email ") + email,
                                  "Paul-Leroy-2026\n");
    QCOMPARE(created.code, 0);
    QCOMPARE(mailbox(email).value(QLatin1String("type")).toString(), QStringLiteral("room"));

    const Result set = ikoula(QStringLiteral("mailbox set --subscription 10442 --organisation 2031 --pop no --receive-mb 4096 "
                                             "--keep-deleted-days 30 --add-alias paul@brasserie-lumiere.fr "
                                             "--forward-to lea.petit@brasserie-lumiere.fr --keep-copy yes "
                                             "--smtp-forward-to paul@gmail.example --job Sommelier --hidden yes --email ") + email);
    QVERIFY2(set.code == 0, set.err.constData());
    QCOMPARE(set.out.count('\n'), 6);   // features, quotas, alias, forward, SMTP forward, fields
    QJsonObject m = mailbox(email);
    QCOMPARE(m.value(QLatin1String("pop")).toBool(), false);
    QCOMPARE(m.value(QLatin1String("imap")).toBool(), true);                 // merged, not reset
    QCOMPARE(m.value(QLatin1String("prohibitSendReceiveKb")).toDouble(), 4096.0 * 1024);
    QCOMPARE(m.value(QLatin1String("issueWarningKb")).toDouble(), 1'900'000.0);   // kept
    QCOMPARE(m.value(QLatin1String("aliases")).toArray().at(0).toString(), QStringLiteral("paul@brasserie-lumiere.fr"));
    QCOMPARE(m.value(QLatin1String("deliverAndForward")).toBool(), true);
    QCOMPARE(m.value(QLatin1String("smtpForwardTo")).toString(), QStringLiteral("paul@gmail.example"));
    QCOMPARE(m.value(QLatin1String("hiddenFromAddressBook")).toBool(), true);
    QCOMPARE(m.value(QLatin1String("displayName")).toString(), QStringLiteral("Paul"));  // kept by update-bal

    QCOMPARE(ikoula(QStringLiteral("mailbox set --remove-alias paul@brasserie-lumiere.fr --no-forward --no-smtp-forward --email ") + email).code, 0);
    const Result reset = ikoula(QStringLiteral("mailbox set --reset-password --email ") + email);
    QVERIFY(reset.out.contains("new password: "));
    QCOMPARE(ikoula(QStringLiteral("mailbox set --password-stdin --email ") + email, "Autre-Mot-2026\n").code, 0);
    const Result weak = ikoula(QStringLiteral("mailbox set --password-stdin --email ") + email, "court\n");
    QCOMPARE(weak.code, 1);
    QVERIFY(weak.err.contains("at least 8"));
    m = mailbox(email);
    QVERIFY(m.value(QLatin1String("aliases")).toArray().isEmpty());
    QVERIFY(m.value(QLatin1String("forwardTo")).toString().isEmpty());

    QCOMPARE(ikoula(QStringLiteral("mailbox delete --yes --email ") + email).code, 0);
    QCOMPARE(ikoula(QStringLiteral("mailbox delete --yes --email ") + email).code, 1);
}

void TestMailroomctlProviders::ikoulaListsMembersAndContacts()
{
    const QString list = QStringLiteral("bar@brasserie-lumiere.fr");
    QCOMPARE(ikoula(QStringLiteral("lists create --organisation 2031 --display-name Bar --manager lea.petit@brasserie-lumiere.fr --email ") + list).code, 0);
    QCOMPARE(ikoula(QStringLiteral("list-members add --member lea.petit@brasserie-lumiere.fr --email ") + list).code, 0);
    QCOMPARE(ikoula(QStringLiteral("list-members add --member hugo.bernard@brasserie-lumiere.fr --email ") + list).code, 0);
    QCOMPARE(ikoula(QStringLiteral("list-members remove --member lea.petit@brasserie-lumiere.fr --email ") + list).code, 0);
    QCOMPARE(jsonArray(QStringLiteral("list-members list --subscription 10442 --organisation 2031 --email ") + list),
             QJsonArray{QStringLiteral("hugo.bernard@brasserie-lumiere.fr")});
    QCOMPARE(jsonArray(QStringLiteral("lists list --subscription 10442 --organisation 2031")).size(), 3);
    QCOMPARE(ikoula(QStringLiteral("lists delete --yes --email ") + list).code, 0);

    QCOMPARE(ikoula(QStringLiteral("contacts create --organisation 2031 --email vins@cave.fr --display-name Cave")).code, 0);
    QJsonArray contacts = jsonArray(QStringLiteral("contacts list --subscription 10442 --organisation 2031"));
    QCOMPARE(contacts.size(), 3);
    QString id;
    for (const QJsonValue &c : contacts) {
        if (c.toObject().value(QLatin1String("email")).toString() == QLatin1String("vins@cave.fr"))
            id = c.toObject().value(QLatin1String("id")).toString();
    }
    QVERIFY(!id.isEmpty());
    QCOMPARE(ikoula(QStringLiteral("contacts delete --yes --contact-id ") + id).code, 0);
    QCOMPARE(jsonArray(QStringLiteral("contacts list --subscription 10442 --organisation 2031")).size(), 2);
}

void TestMailroomctlProviders::ikoulaWrongPasswordExitsWith3()
{
    const Result r = ikoula(QStringLiteral("subscriptions list"), {}, QStringLiteral("wrong"));
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("credentials"));
}

void TestMailroomctlProviders::ikoulaProfileSavedByTheGui()
{
    // GIVEN an Ikoula account saved the way the window saves it: public key in the settings
    {
        QSettings settings(m_home.filePath(QStringLiteral("config/Mailroom/Mailroom.conf")), QSettings::IniFormat);
        AccountStore store(&settings);
        Account a;
        a.provider = QStringLiteral("ikoula");
        a.displayName = QStringLiteral("Ikoula Desk");
        a.baseUrl = m_sandbox->baseUrl();
        a.userName = QStringLiteral("admin");
        a.publicKeyPem = Sandbox::IkoulaSimulator::demoPublicKey();
        store.add(a);
    }
    // WHEN mailroomctl is given only the profile, THEN it signs with the saved key
    const Result r = run({QStringLiteral("--profile"), QStringLiteral("ikoula desk"), QStringLiteral("subscriptions"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("json")},
                         {}, QStringLiteral("sandbox"));
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    // AND a Hostway command is refused for it, as for --provider ikoula
    const Result wrong = run({QStringLiteral("--profile"), QStringLiteral("ikoula desk"), QStringLiteral("domain"), QStringLiteral("show"),
                              QStringLiteral("--domain"), QStringLiteral("x.fr")},
                             {}, QStringLiteral("sandbox"));
    QCOMPARE(wrong.code, 2);
    QVERIFY(wrong.err.contains("with --provider ikoula"));
}

void TestMailroomctlProviders::iceFieldNamesChooseTheSpelling()
{
    // (Skill 700: what is sent is remembered, and iceSetThenShowWhatWasSent starts from none on 663.)
    // WHEN the spelling is not one of ICE's two THEN nothing is sent and the two are named
    const Result bad = ice(QStringLiteral("server-settings set --skill 700 --smtp-host smtp.mail.com --ice-field-names camel"));
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("example") && bad.err.contains("table"), bad.err.constData());
    // WHEN the table's spelling is chosen THEN ICE gets OrganizationId, not the example's OrgId
    QList<QByteArray> bodies;
    m_sandbox->server()->setRequestObserver([&bodies](const Sandbox::Request &r) { bodies.append(r.body); });
    const Result set = ice(QStringLiteral("server-settings set --skill 700 --smtp-host smtp.mail.com --smtp-port 587 --smtp-mailbox hc@etech.com "
                                          "--in-host pop.mail.com --in-port 995 --ice-field-names table"));
    m_sandbox->server()->setRequestObserver({});
    QVERIFY2(set.code == 0, set.err.constData());
    const auto sent = std::find_if(bodies.cbegin(), bodies.cend(), [](const QByteArray &b) { return b.contains("SMTPServer") || b.contains("Smtp"); });
    QVERIFY(sent != bodies.cend());
    QVERIFY2(sent->contains("\"OrganizationId\"") && !sent->contains("\"OrgId\""), sent->constData());
}

void TestMailroomctlProviders::iceSetThenShowWhatWasSent()
{
    const Result nothing = ice(QStringLiteral("server-settings show --skill 663"));
    QCOMPARE(nothing.code, 1);
    QVERIFY(nothing.err.contains("ICE has no call that reads them"));
    const Result bad = ice(QStringLiteral("server-settings set --skill 663 --smtp-host smtp.mail.com --smtp-port 70000 --in-host pop.mail.com --in-port 995"));
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("SMTP port"));
    const Result set = ice(QStringLiteral("server-settings set --skill 663 --smtp-host smtp.mail.com --smtp-port 587 --smtp-mailbox hc@etech.com "
                                          "--smtp-password-stdin --in-host pop3.mail.com --in-port 995 --in-user Alex --in-password-stdin "
                                          "--spoof-email chris@etechgs.com"),
                           "Clark1!\nPassword1@\n");
    QVERIFY2(set.code == 0, set.err.constData());
    QVERIFY(set.out.contains("ICE accepted the settings"));
    const QJsonObject received = m_sandbox->server()->ice()->settings(59, 663);
    QCOMPARE(received.value(QLatin1String("SMTPPassword")).toString(), QStringLiteral("Clark1!"));
    QCOMPARE(received.value(QLatin1String("Pop3Password")).toString(), QStringLiteral("Password1@"));
    QCOMPARE(received.value(QLatin1String("IsEmailSpoofing")).toBool(), true);
    // A later set changes one field and keeps the rest (from Mailroom's memory).
    QCOMPARE(ice(QStringLiteral("server-settings set --skill 663 --smtp-port 465 --ssl yes")).code, 0);
    const QJsonObject again = m_sandbox->server()->ice()->settings(59, 663);
    QCOMPARE(again.value(QLatin1String("SMTPPort")).toString(), QStringLiteral("465"));
    QCOMPARE(again.value(QLatin1String("Pop3ServerAddress")).toString(), QStringLiteral("pop3.mail.com"));
    const Result shown = ice(QStringLiteral("server-settings show --skill 663 --format json"));
    QCOMPARE(shown.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(o.value(QLatin1String("smtp")).toObject().value(QLatin1String("port")).toString(), QStringLiteral("465"));
    QCOMPARE(o.value(QLatin1String("ssl")).toBool(), true);
    QVERIFY(!shown.out.contains("Clark1!"));
    QVERIFY(ice(QStringLiteral("mailboxes list --skill 663")).err.contains("with --provider ice"));
}

void TestMailroomctlProviders::ikoulaChangesDraftedThenApplied()
{
    // GIVEN four Ikoula changes added to a draft with --draft, one with a typed password
    const QString draft = m_home.filePath(QStringLiteral("ikoula-draft.json"));
    const QString with = QStringLiteral("--subscription 10442 --organisation 2031 --draft ") + draft + QLatin1Char(' ');
    const int before = m_sandbox->server()->requestCount();
    Result r = ikoula(with + QStringLiteral("mailbox create --display-name Zoe --generate-password --email zoe@brasserie-lumiere.fr"));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("drafted: Create user mailbox zoe@brasserie-lumiere.fr"));
    QCOMPARE(ikoula(with + QStringLiteral("list-members add --email equipe@brasserie-lumiere.fr --member zoe@brasserie-lumiere.fr")).code, 0);
    QCOMPARE(ikoula(with + QStringLiteral("mailbox set --password-stdin --email lea.petit@brasserie-lumiere.fr"), "Lea-Nouveau-2026\n").code, 0);
    QCOMPARE(ikoula(with + QStringLiteral("lists delete --yes --email cuisine@brasserie-lumiere.fr")).code, 0);
    // THEN nothing was sent, and the file holds the changes but not the password
    QCOMPARE(m_sandbox->server()->requestCount(), before);
    QFile file(draft);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Lea-Nouveau-2026"));
    r = run({QStringLiteral("draft"), QStringLiteral("show"), draft, QStringLiteral("--format"), QStringLiteral("json")}, {}, QStringLiteral("sandbox"));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("operations")).toArray().size(), 4);
    // AND a draft of another account is not mixed in
    r = run({QStringLiteral("--provider"), QStringLiteral("webitel"), QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
             QStringLiteral("--user"), QStringLiteral("admin@demo.webitel"), QStringLiteral("--draft"), draft, QStringLiteral("server-settings"),
             QStringLiteral("test"), QStringLiteral("--domain"), QStringLiteral("demo.webitel"), QStringLiteral("--to"), QStringLiteral("a@demo.webitel")},
            {}, QStringLiteral("sandbox"));
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("is a draft for ikoula"));

    // WHEN it is applied
    r = run({QStringLiteral("draft"), QStringLiteral("apply"), draft}, {}, QStringLiteral("sandbox"));

    // THEN every change landed and the generated password is shown once
    QVERIFY2(r.code == 0, r.out.constData());
    QVERIFY(r.out.contains("4 done, 0 refused"));
    QVERIFY(r.out.contains("zoe@brasserie-lumiere.fr  "));
    QCOMPARE(mailbox(QStringLiteral("zoe@brasserie-lumiere.fr")).value(QLatin1String("email")).toString(), QStringLiteral("zoe@brasserie-lumiere.fr"));
    const QJsonArray members = jsonArray(QStringLiteral("list-members list --subscription 10442 --organisation 2031 --email equipe@brasserie-lumiere.fr"));
    QVERIFY(members.contains(QJsonValue(QStringLiteral("zoe@brasserie-lumiere.fr"))));
    const QJsonArray lists = jsonArray(QStringLiteral("lists list --subscription 10442 --organisation 2031"));
    QCOMPARE(lists.size(), 1);
}

void TestMailroomctlProviders::webitelAndIceChangesDrafted()
{
    const QString draft = m_home.filePath(QStringLiteral("webitel-draft.json"));
    const QStringList webitel{QStringLiteral("--provider"), QStringLiteral("webitel"), QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                              QStringLiteral("--user"), QStringLiteral("admin@demo.webitel"), QStringLiteral("--draft"), draft,
                              QStringLiteral("server-settings")};
    // set reads the current settings to merge into; the password Webitel has is kept at apply
    Result r = run(webitel + QStringList{QStringLiteral("set"), QStringLiteral("--domain"), QStringLiteral("demo.webitel"),
                                        QStringLiteral("--port"), QStringLiteral("2525")}, {}, QStringLiteral("sandbox"));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("keeping the SMTP password"));
    QCOMPARE(m_sandbox->server()->webitel()->settingsOf(QStringLiteral("demo.webitel")).value(QLatin1String("options")).toObject()
                 .value(QLatin1String("port")).toInt(), 465);
    r = run({QStringLiteral("draft"), QStringLiteral("apply"), draft}, {}, QStringLiteral("sandbox"));
    QVERIFY2(r.code == 0, r.out.constData());
    const QJsonObject options = m_sandbox->server()->webitel()->settingsOf(QStringLiteral("demo.webitel")).value(QLatin1String("options")).toObject();
    QCOMPARE(options.value(QLatin1String("port")).toInt(), 2525);
    QVERIFY(!options.value(QLatin1String("auth")).toObject().value(QLatin1String("pass")).toString().isEmpty());

    const QString iceDraft = m_home.filePath(QStringLiteral("ice-draft.json"));
    r = ice(QStringLiteral("--draft ") + iceDraft + QStringLiteral(" server-settings set --skill 700 --smtp-host smtp.mail.com --smtp-port 587 "
                                                                 "--receive imap --in-host imap.mail.com --in-port 993"));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(m_sandbox->server()->ice()->settings(59, 700).isEmpty());
    r = run({QStringLiteral("draft"), QStringLiteral("apply"), iceDraft}, {}, QStringLiteral("sandbox"));
    QVERIFY2(r.code == 0, r.out.constData());
    QCOMPARE(m_sandbox->server()->ice()->settings(59, 700).value(QLatin1String("ImapPort")).toString(), QStringLiteral("993"));
    // What the draft sent is remembered, as a live change would be.
    QCOMPARE(QJsonDocument::fromJson(ice(QStringLiteral("server-settings show --skill 700 --format json")).out).object()
                 .value(QLatin1String("receive")).toString(), QStringLiteral("imap"));
}

void TestMailroomctlProviders::timeoutReachesEveryProvider()
{
    // GIVEN a provider that answers after 3 s, WHEN each command is given --timeout 1,
    // THEN each gives up after a second with exit code 3 and says it timed out
    m_sandbox->server()->setDelayMs(3000);
    const Result ik = ikoula(QStringLiteral("--timeout 1 subscriptions list"));
    QCOMPARE(ik.code, 3);
    QVERIFY2(ik.err.contains("time"), ik.err.constData());
    const Result ic = ice(QStringLiteral("--timeout 1 server-settings set --skill 663 --smtp-host smtp.mail.com --smtp-port 587 "
                                         "--smtp-mailbox hc@etech.com --in-host pop3.mail.com --in-port 995 --in-user Alex"));
    QCOMPARE(ic.code, 3);
    QVERIFY2(ic.err.contains("time"), ic.err.constData());
    const Result we = run({QStringLiteral("--provider"), QStringLiteral("webitel"), QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                           QStringLiteral("--user"), QStringLiteral("admin@demo.webitel"), QStringLiteral("--timeout"), QStringLiteral("1"),
                           QStringLiteral("server-settings"), QStringLiteral("show"), QStringLiteral("--domain"), QStringLiteral("demo.webitel")},
                          {}, QStringLiteral("sandbox"));
    QCOMPARE(we.code, 3);
    QVERIFY2(we.err.contains("time"), we.err.constData());
}

QTEST_GUILESS_MAIN(TestMailroomctlProviders)
#include "tst_mailroomctlproviders.moc"
