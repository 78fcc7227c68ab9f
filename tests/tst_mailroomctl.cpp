// mailroomctl as a user runs it: a real process against the sandbox over loopback, checking
// exit codes, stdout (JSON, CSV, table) and the provider's messages on stderr.
#include "core/accounts/accountstore.h"
#include "ctlprocess.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestMailroomctl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void usageErrors_data();
    void usageErrors();
    void listAsJsonFetchesEveryPage();
    void listAsCsvAndTable();
    void domainAndMailboxShow();
    void createSetDelete();
    void refusalCarriesTheProviderMessages();
    void wrongPasswordAndNoNetworkExitWith3();
    void passwordAskedOnlyOnATerminalWithoutEcho();
    void profileSavedByTheGui();
    void webitelServerSettings();
    void hostwayChangesDraftedThenApplied();
    void unansweredCreationShowsItsPassword();
    void verifyFindsAForgedJournal();
    void journalThatIsNotARegularFileIsRefused_data();
    void journalThatIsNotARegularFileIsRefused();
    void auditLogListsChangesWithoutSecrets();

private:
    using Result = CtlResult;
    Result run(const QStringList &arguments, const QByteArray &input = {}, const QString &password = QStringLiteral("sandbox"));
    QStringList account() const
    {
        return {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--account"),
                SandboxFixture::accountId(), QStringLiteral("--user"), SandboxFixture::user()};
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_config;
    QTemporaryDir m_data;   ///< the audit log, drafts and ICE memory
};

void TestMailroomctl::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
}

void TestMailroomctl::cleanup()
{
    m_sandbox.reset();
}

TestMailroomctl::Result TestMailroomctl::run(const QStringList &arguments, const QByteArray &input, const QString &password)
{
    return runMailroomctl(arguments, input, password, m_config.path(), m_data.path());
}

void TestMailroomctl::passwordAskedOnlyOnATerminalWithoutEcho()
{
    // GIVEN no MAILROOM_PASSWORD and no keychain (so nothing typed is stored anywhere)
    const QStringList show = QStringList{QStringLiteral("domain"), QStringLiteral("show"), QStringLiteral("--domain"), QStringLiteral("test.com")}
                             + account();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILROOM_PASSWORD"), QString());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());

    // WHEN the command runs without a terminal THEN nothing is asked and it says what to do
    QProcess piped;
    piped.setProcessEnvironment(env);
    QSignalSpy pipedDone(&piped, &QProcess::finished);
    piped.start(QStringLiteral(MAILROOMCTL_PATH), show);
    QVERIFY(piped.waitForStarted());
    piped.closeWriteChannel();
    QVERIFY(pipedDone.wait(30000));
    QCOMPARE(piped.exitCode(), 3);
    const QByteArray why = piped.readAllStandardError();
    QVERIFY2(why.contains("set MAILROOM_PASSWORD") && why.contains("in a terminal"), why.constData());
    QVERIFY(!why.contains("Password for"));

    // WHEN it runs on a terminal (script(1) gives it one) THEN it asks, with the echo off
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        QSKIP("script(1) (bsdutils) is needed to give mailroomctl a terminal");
    QStringList quoted;
    for (const QString &a : QStringList{QStringLiteral(MAILROOMCTL_PATH)} + show)
        quoted.append(QLatin1Char('\'') + a + QLatin1Char('\''));
    QProcess terminal;
    terminal.setProcessEnvironment(env);
    terminal.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy terminalDone(&terminal, &QProcess::finished);
    terminal.start(QStringLiteral("script"), {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    QVERIFY(terminal.waitForStarted());
    QByteArray screen;
    QTRY_VERIFY_WITH_TIMEOUT((screen += terminal.readAll()).contains("Password for admin at 127.0.0.1: "), 20000);
    terminal.write(SandboxFixture::password().toUtf8() + '\n');
    QVERIFY(terminalDone.wait(30000));
    screen += terminal.readAll();
    QCOMPARE(terminal.exitCode(), 0);
    QVERIFY2(screen.contains("quota (MB)"), screen.constData());
    QVERIFY2(!screen.contains(SandboxFixture::password().toUtf8()), screen.constData());   // not echoed
    QVERIFY(screen.contains("No keychain service"));   // and told why it asks each time
}

void TestMailroomctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "expected a command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("mailboxes"), QStringLiteral("eat")} << "unknown command";
    QTest::newRow("no account") << QStringList{QStringLiteral("domain"), QStringLiteral("show"), QStringLiteral("--domain"), QStringLiteral("a.b")}
                                << "--profile";
    QTest::newRow("more in flight than connections") << QStringList{QStringLiteral("draft"), QStringLiteral("apply"), QStringLiteral("x.mailroom-draft"),
                                                                    QStringLiteral("--parallel"), QStringLiteral("7")}
                                                     << "from 1 to 6";
    QTest::newRow("password on the command line") << QStringList{QStringLiteral("--password"), QStringLiteral("x"), QStringLiteral("domain"), QStringLiteral("show")}
                                                  << "never taken from the command line";
    // Basic credentials never go out in clear (issue 12, item 8): the window's rule, here too.
    const QStringList clear{QStringLiteral("--base-url"), QStringLiteral("http://0.0.0.0:9"), QStringLiteral("--account"), QStringLiteral("a"),
                            QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("domain"), QStringLiteral("show"),
                            QStringLiteral("--domain"), QStringLiteral("a.b")};
    QTest::newRow("plain http to 0.0.0.0") << clear << "must start with https://";
    QStringList remote = clear;
    remote[1] = QStringLiteral("http://mail.example.invalid");
    QTest::newRow("plain http to another host") << remote << "must start with https://";
    QTest::newRow("draft to plain http elsewhere") << QStringList{QStringLiteral("draft"), QStringLiteral("apply"), QStringLiteral(TEST_DATA_DIR "/clear-http.mailroom-draft")}
                                                   << "account.baseUrl http://mail.example.invalid";
}

void TestMailroomctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

void TestMailroomctl::listAsJsonFetchesEveryPage()
{
    const Result r = run(account() << QStringLiteral("mailboxes") << QStringLiteral("list") << QStringLiteral("--domain")
                                   << QStringLiteral("big.example") << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(r.code, 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(all.size(), 2000);
    const QJsonObject first = all.first().toObject();
    QCOMPARE(first.value(QLatin1String("username")).toString(), QStringLiteral("alice.0000"));
    QVERIFY(first.value(QLatin1String("quota")).isDouble());
    QVERIFY(first.value(QLatin1String("master")).isBool());
    QVERIFY(first.value(QLatin1String("type")).isString());

    const Result sorted = run(account() << QStringLiteral("mailboxes") << QStringLiteral("list") << QStringLiteral("--domain")
                                        << QStringLiteral("test.com") << QStringLiteral("--sort") << QStringLiteral("quota")
                                        << QStringLiteral("--desc") << QStringLiteral("--filter") << QStringLiteral("*smith")
                                        << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(sorted.code, 0);
    const QJsonArray smiths = QJsonDocument::fromJson(sorted.out).array();
    QCOMPARE(smiths.size(), 2);
    QCOMPARE(smiths.at(0).toObject().value(QLatin1String("username")).toString(), QStringLiteral("jack.smith"));
}

void TestMailroomctl::listAsCsvAndTable()
{
    const Result csv = run(account() << QStringLiteral("mailboxes") << QStringLiteral("list") << QStringLiteral("--domain")
                                     << QStringLiteral("test.com") << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(csv.code, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines.first(), QByteArray("\"username\",\"quota\",\"type\",\"master\",\"webmail\"\r"));
    QVERIFY(csv.out.contains("\"john.smith\",\"10\",\"imap\",\"yes\",\"standard\"\r\n"));
    const Result table = run(account() << QStringLiteral("mailboxes") << QStringLiteral("list") << QStringLiteral("--domain")
                                       << QStringLiteral("test.com"));
    QCOMPARE(table.code, 0);
    QCOMPARE(table.out.count('\n'), 9);
    QVERIFY(table.out.startsWith("username"));
}

void TestMailroomctl::domainAndMailboxShow()
{
    const Result domain = run(account() << QStringLiteral("domain") << QStringLiteral("show") << QStringLiteral("--domain")
                                        << QStringLiteral("test.com"));
    QCOMPARE(domain.code, 0);
    QVERIFY(domain.out.contains("2790"));
    const Result aliases = run(account() << QStringLiteral("aliases") << QStringLiteral("list") << QStringLiteral("--domain")
                                         << QStringLiteral("test.com") << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(aliases.code, 0);
    QCOMPARE(QJsonDocument::fromJson(aliases.out).object().value(QLatin1String("aliases")).toArray(),
             QJsonArray{QStringLiteral("test-com-alias.com")});
    // The anti-spam panel's link: printed alone, for a script to open; an unknown domain is 1
    const Result link = run(account() << QStringLiteral("antispam") << QStringLiteral("link") << QStringLiteral("--domain") << QStringLiteral("test.com"));
    QVERIFY2(link.code == 0, link.err.constData());
    QVERIFY2(link.out.startsWith(QByteArray(m_sandbox->baseUrl().toString().toUtf8() + "/avas-panel/test.com?sso=")) && link.out.count('\n') == 1, link.out.constData());
    QCOMPARE(run(account() << QStringLiteral("antispam") << QStringLiteral("link") << QStringLiteral("--domain") << QStringLiteral("nowhere.example")).code, 1);
    // AND the HTTP log, bodies included, says the answer came, never the link: it signs whoever has it in
    qputenv("QT_LOGGING_RULES", "mailroom.http.debug=true");
    const Result logged = run(account() << QStringLiteral("antispam") << QStringLiteral("link") << QStringLiteral("--domain") << QStringLiteral("test.com")
                                        << QStringLiteral("--verbose"));
    qunsetenv("QT_LOGGING_RULES");
    QCOMPARE(logged.code, 0);
    QVERIFY2(logged.err.contains("SSOLink") && logged.err.contains("withheld") && !logged.err.contains("sso="), logged.err.constData());
    // The InfoStore: shown; a quota below its usage refused by Hostway (1), a negative one
    // before sending and none at all (2); one above it set
    const QStringList store = account() << QStringLiteral("infostore");
    const QStringList domainArg{QStringLiteral("--domain"), QStringLiteral("test.com")};
    QCOMPARE(QJsonDocument::fromJson(run(QStringList(store) << QStringLiteral("show") << domainArg << QStringLiteral("--format") << QStringLiteral("json")).out)
                 .object().value(QLatin1String("usage")).toInt(),
             12);
    const Result below = run(QStringList(store) << QStringLiteral("set") << domainArg << QStringLiteral("--quota") << QStringLiteral("5"));
    QCOMPARE(below.code, 1);
    QVERIFY2(below.err.contains("at least what it uses"), below.err.constData());
    QCOMPARE(run(QStringList(store) << QStringLiteral("set") << domainArg << QStringLiteral("--quota") << QStringLiteral("-1")).code, 2);
    QCOMPARE(run(QStringList(store) << QStringLiteral("set") << domainArg).code, 2);
    QCOMPARE(run(QStringList(store) << QStringLiteral("set") << domainArg << QStringLiteral("--quota") << QStringLiteral("40")).code, 0);
    QCOMPARE(QJsonDocument::fromJson(run(QStringList(store) << QStringLiteral("show") << domainArg << QStringLiteral("--format") << QStringLiteral("json")).out)
                 .object().value(QLatin1String("quota")).toInt(),
             40);
    const Result mailbox = run(account() << QStringLiteral("mailbox") << QStringLiteral("show") << QStringLiteral("--domain")
                                         << QStringLiteral("test.com") << QStringLiteral("--name") << QStringLiteral("test-mb")
                                         << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(mailbox.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(mailbox.out).object();
    QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("exchange"));
    QCOMPARE(o.value(QLatin1String("primarySmtpAddress")).toString(), QStringLiteral("test-mb@test.com"));
    const Result missing = run(account() << QStringLiteral("mailbox") << QStringLiteral("show") << QStringLiteral("--domain")
                                         << QStringLiteral("test.com") << QStringLiteral("--name") << QStringLiteral("nobody"));
    QCOMPARE(missing.code, 1);
}

void TestMailroomctl::createSetDelete()
{
    const QStringList target{QStringLiteral("--domain"), QStringLiteral("test.com"), QStringLiteral("--name"), QStringLiteral("cli.user")};
    const Result created = run(account() << QStringLiteral("mailbox") << QStringLiteral("create") << target
                                         << QStringLiteral("--quota") << QStringLiteral("50") << QStringLiteral("--generate-password")
                                         << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(created.code, 0);
    const QString generated = QJsonDocument::fromJson(created.out).object().value(QLatin1String("password")).toString();
    QCOMPARE(generated.size(), 16);

    const Result quota = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << target << QStringLiteral("--quota") << QStringLiteral("75"));
    QCOMPARE(quota.code, 0);
    const Result reuse = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << target << QStringLiteral("--password-stdin"),
                             generated.toUtf8() + "\n");
    QCOMPARE(reuse.code, 1);   // the generated password is in the mailbox's history
    const Result fresh = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << target << QStringLiteral("--password-stdin"),
                             "Fr3sh!Secret\n");
    QCOMPARE(fresh.code, 0);
    const Result shown = run(account() << QStringLiteral("mailbox") << QStringLiteral("show") << target << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QLatin1String("quota")).toInt(), 75);

    // Master, plan and name at once; the old address's fate is said
    const Result changed = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << target << QStringLiteral("--master")
                                         << QStringLiteral("--type") << QStringLiteral("premium") << QStringLiteral("--rename") << QStringLiteral("cli.renamed"));
    QVERIFY2(changed.code == 0, changed.err.constData());
    QVERIFY2(changed.out.contains("cli.user@test.com after the rename is not delivered"), changed.out.constData());
    const QStringList renamed{QStringLiteral("--domain"), QStringLiteral("test.com"), QStringLiteral("--name"), QStringLiteral("cli.renamed")};
    const Result after = run(account() << QStringLiteral("mailbox") << QStringLiteral("show") << renamed << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY(QJsonDocument::fromJson(after.out).object().value(QLatin1String("master")).toBool());
    const Result both = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << renamed << QStringLiteral("--master") << QStringLiteral("--no-master"));
    QCOMPARE(both.code, 2);
    const Result onto = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << renamed << QStringLiteral("--rename") << QStringLiteral("john.smith"));
    QCOMPARE(onto.code, 1);   // the documented 400: the name is taken
    const Result back = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << renamed << QStringLiteral("--no-master")
                                      << QStringLiteral("--rename") << QStringLiteral("cli.user"));
    QVERIFY2(back.code == 0, back.err.constData());

    const Result unconfirmed = run(account() << QStringLiteral("mailbox") << QStringLiteral("delete") << target);
    QCOMPARE(unconfirmed.code, 2);
    const Result deleted = run(account() << QStringLiteral("mailbox") << QStringLiteral("delete") << target << QStringLiteral("--yes"));
    QCOMPARE(deleted.code, 0);
    const Result again = run(account() << QStringLiteral("mailbox") << QStringLiteral("delete") << target << QStringLiteral("--yes"));
    QCOMPARE(again.code, 1);
}

void TestMailroomctl::refusalCarriesTheProviderMessages()
{
    // Offline rules first: a weak password never reaches the provider (usage error).
    const Result weak = run(account() << QStringLiteral("mailbox") << QStringLiteral("create") << QStringLiteral("--domain")
                                      << QStringLiteral("test.com") << QStringLiteral("--name") << QStringLiteral("x.y")
                                      << QStringLiteral("--password-stdin"), "abc1234\n");
    QCOMPARE(weak.code, 2);
    QVERIFY(weak.err.contains("Does not start with \"abc\""));
    // The provider's refusal, field by field, without echoing the secret: a reused password.
    const Result reuse = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << QStringLiteral("--domain")
                                       << QStringLiteral("test.com") << QStringLiteral("--name") << QStringLiteral("john.smith")
                                       << QStringLiteral("--password-stdin"), "pWord123$\n");
    QCOMPARE(reuse.code, 1);
    QVERIFY2(reuse.err.contains("password: Password must not be used more than once"), reuse.err.constData());
    QVERIFY(!reuse.err.contains("pWord123$"));
}

void TestMailroomctl::wrongPasswordAndNoNetworkExitWith3()
{
    const Result wrong = run(account() << QStringLiteral("domain") << QStringLiteral("show") << QStringLiteral("--domain") << QStringLiteral("test.com"),
                             {}, QStringLiteral("wrong"));
    QCOMPARE(wrong.code, 3);
    QVERIFY(!wrong.err.contains("wrong"));
    const QString base = m_sandbox->baseUrl().toString();
    m_sandbox.reset();   // nothing listens there any more
    const Result down = run({QStringLiteral("--base-url"), base, QStringLiteral("--account"), SandboxFixture::accountId(),
                             QStringLiteral("--user"), SandboxFixture::user(), QStringLiteral("domain"), QStringLiteral("show"),
                             QStringLiteral("--domain"), QStringLiteral("test.com")});
    QCOMPARE(down.code, 3);
    QVERIFY(down.err.contains("Could not reach"));
}

void TestMailroomctl::profileSavedByTheGui()
{
    {
        QSettings settings(m_config.filePath(QStringLiteral("Mailroom/Mailroom.conf")), QSettings::IniFormat);
        AccountStore store(&settings);
        Account a;
        a.displayName = QStringLiteral("Helpdesk Sandbox");
        a.baseUrl = m_sandbox->baseUrl();
        a.accountId = SandboxFixture::accountId();
        a.userName = SandboxFixture::user();
        store.add(a);
    }
    const Result r = run({QStringLiteral("--profile"), QStringLiteral("helpdesk sandbox"), QStringLiteral("domain"), QStringLiteral("show"),
                          QStringLiteral("--domain"), QStringLiteral("test.com"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("quota")).toInt(), 2790);
    const Result unknown = run({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("domain"), QStringLiteral("show"),
                                QStringLiteral("--domain"), QStringLiteral("test.com")});
    QCOMPARE(unknown.code, 2);
}

void TestMailroomctl::webitelServerSettings()
{
    const QStringList webitel{QStringLiteral("--provider"), QStringLiteral("webitel"), QStringLiteral("--base-url"),
                              m_sandbox->baseUrl().toString(), QStringLiteral("--user"), QStringLiteral("admin@demo.webitel")};
    const QStringList demo{QStringLiteral("--domain"), QStringLiteral("demo.webitel")};
    const Result shown = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("show") << demo
                                                   << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(shown.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(o.value(QLatin1String("host")).toString(), QStringLiteral("smtp.demo.webitel"));
    QCOMPARE(o.value(QLatin1String("port")).toInt(), 465);
    QCOMPARE(o.value(QLatin1String("passwordSet")).toBool(), true);
    QVERIFY(!shown.out.contains("b271e0c652eaa98e"));   // the echoed SMTP password is never printed

    const Result set = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("set") << demo
                                                 << QStringLiteral("--port") << QStringLiteral("587") << QStringLiteral("--secure")
                                                 << QStringLiteral("no") << QStringLiteral("--smtp-password-stdin"),
                           "New-Smtp-Pass\n");
    QVERIFY2(set.code == 0, set.err.constData());
    const Result after = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("show") << demo);
    QVERIFY(after.out.contains("587"));
    QVERIFY(!after.out.contains("New-Smtp-Pass"));

    const Result created = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("set") << QStringLiteral("--domain")
                                                     << QStringLiteral("fresh.webitel") << QStringLiteral("--host") << QStringLiteral("mx.fresh")
                                                     << QStringLiteral("--from") << QStringLiteral("pbx@fresh.webitel"));
    QCOMPARE(created.code, 0);
    QVERIFY(created.out.startsWith("created"));
    const Result noHost = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("set") << QStringLiteral("--domain")
                                                    << QStringLiteral("empty.webitel") << QStringLiteral("--port") << QStringLiteral("25"));
    QCOMPARE(noHost.code, 2);
    const Result test = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("test") << demo
                                                  << QStringLiteral("--to") << QStringLiteral("boss@example.com"));
    QCOMPARE(test.code, 0);
    QVERIFY2(test.out.contains("boss@example.com") && test.out.contains(": done"), test.out.constData());
    const Result unconfirmed = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("delete") << demo);
    QCOMPARE(unconfirmed.code, 2);
    const Result deleted = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("delete") << demo << QStringLiteral("--yes"));
    QCOMPARE(deleted.code, 0);
    QVERIFY2(deleted.out.contains(": done"), deleted.out.constData());
    const Result gone = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("show") << demo);
    QCOMPARE(gone.code, 1);
    const Result wrong = run(QStringList(webitel) << QStringLiteral("server-settings") << QStringLiteral("show") << QStringLiteral("--domain")
                                                   << QStringLiteral("fresh.webitel"), {}, QStringLiteral("wrong"));
    QCOMPARE(wrong.code, 3);
    const Result mixed = run(QStringList(webitel) << QStringLiteral("mailboxes") << QStringLiteral("list") << demo);
    QCOMPARE(mixed.code, 2);
}

void TestMailroomctl::hostwayChangesDraftedThenApplied()
{
    const QString draft = m_config.filePath(QStringLiteral("hostway-draft.json"));
    const QStringList target{QStringLiteral("--domain"), QStringLiteral("test.com"), QStringLiteral("--name"), QStringLiteral("drafted.user"),
                             QStringLiteral("--draft"), draft};
    const int before = m_sandbox->server()->requestCount();
    Result r = run(account() << QStringLiteral("mailbox") << QStringLiteral("create") << target << QStringLiteral("--quota")
                             << QStringLiteral("40") << QStringLiteral("--generate-password"), {}, QString());
    QVERIFY2(r.code == 0, r.err.constData());   // no password needed: nothing is sent
    QCOMPARE(run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << target << QStringLiteral("--quota") << QStringLiteral("60"),
                 {}, QString()).code, 0);
    QCOMPARE(m_sandbox->server()->requestCount(), before);
    const Result listed = run({QStringLiteral("--draft"), draft, QStringLiteral("draft"), QStringLiteral("show"), draft});
    QCOMPARE(listed.code, 2);   // --draft goes with changes only

    r = run({QStringLiteral("draft"), QStringLiteral("apply"), draft});
    QVERIFY2(r.code == 0, r.out.constData());
    QVERIFY(r.out.contains("generated passwords"));
    const Result shown = run(account() << QStringLiteral("mailbox") << QStringLiteral("show") << QStringLiteral("--domain") << QStringLiteral("test.com")
                                       << QStringLiteral("--name") << QStringLiteral("drafted.user") << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QLatin1String("quota")).toInt(), 60);
}

void TestMailroomctl::unansweredCreationShowsItsPassword()
{
    // GIVEN a provider that creates the mailbox, then loses the answer
    QString error;
    m_sandbox->server()->setFaults(*Sandbox::Faults::parse(QStringLiteral("drop-after-apply=1"), &error));
    // WHEN a mailbox with a generated password is created
    const Result r = run(account() << QStringLiteral("mailbox") << QStringLiteral("create") << QStringLiteral("--domain")
                                   << QStringLiteral("test.com") << QStringLiteral("--name") << QStringLiteral("lost.answer")
                                   << QStringLiteral("--generate-password") << QStringLiteral("--format") << QStringLiteral("json"));
    m_sandbox->server()->setFaults({});
    // THEN the outcome is unknown (exit 3), sent once, and the password is printed all the same
    QCOMPARE(r.code, 3);
    QCOMPARE(m_sandbox->server()->droppedAfterApply(), 1);
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown.value(QLatin1String("outcome")).toString(), QStringLiteral("unknown"));
    QCOMPARE(shown.value(QLatin1String("username")).toString(), QStringLiteral("lost.answer"));
    const QString password = shown.value(QLatin1String("password")).toString();
    QVERIFY(password.size() >= 8);
    // AND it is the password the mailbox was created with: setting it again is refused as reused
    const Result again = run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << QStringLiteral("--domain")
                                       << QStringLiteral("test.com") << QStringLiteral("--name") << QStringLiteral("lost.answer")
                                       << QStringLiteral("--password-stdin"), (password + QLatin1Char('\n')).toUtf8());
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains("more than once"), again.err.constData());
}

/// Writes a Hostway draft for the sandbox: a creation of "ghost" and a deletion of "test".
static QString writeTwoOperationDraft(const QString &folder, const QUrl &base)
{
    const QString path = folder + QStringLiteral("/verify.mailroom-draft");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral(R"({"format": "mailroom-draft", "version": 1, "id": "11111111-2222-4333-8444-555555555555",
        "account": {"provider": "hostway", "baseUrl": "%1", "accountId": "test-account123", "userName": "admin"},
        "operations": [{"id": "create-ghost", "kind": "hostway.mailbox.create", "domain": "test.com", "name": "ghost", "password": "generate"},
                       {"id": "delete-test", "kind": "hostway.mailbox.delete", "domain": "test.com", "name": "test"}]})")
                   .arg(base.toString()).toUtf8());
    return path;
}

void TestMailroomctl::verifyFindsAForgedJournal()
{
    // GIVEN a journal that says both operations are done, though the provider shows neither
    const QString draft = writeTwoOperationDraft(m_config.path(), m_sandbox->baseUrl());
    QFile journal(draft + QStringLiteral(".journal"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(R"({"entry": "create-ghost", "state": "done", "at": "2026-12-01T10:00:00Z"})" "\n"
                  R"({"entry": "delete-test", "state": "done", "at": "2026-12-01T10:00:01Z"})" "\n");
    journal.close();
    // WHEN it is verified
    const Result r = run({QStringLiteral("draft"), QStringLiteral("verify"), draft});
    // THEN both differences are reported, and the exit code says so
    QVERIFY2(r.code == 1, r.err.constData());
    QCOMPARE(r.out.count("DIFFERS"), 2);
    QVERIFY2(r.err.contains("2 operation(s) the journal says are done"), r.err.constData());
    // AND once they are really applied, apply --verify confirms them
    QVERIFY(QFile::remove(draft + QStringLiteral(".journal")));
    const Result applied = run({QStringLiteral("draft"), QStringLiteral("apply"), draft, QStringLiteral("--verify"),
                                QStringLiteral("--passwords-out"), m_config.filePath(QStringLiteral("verify-passwords.csv"))});
    QVERIFY2(applied.code == 0, applied.err.constData());
    QCOMPARE(applied.out.count("confirmed"), 2);
}

void TestMailroomctl::journalThatIsNotARegularFileIsRefused_data()
{
    QTest::addColumn<bool>("fifo");
    QTest::newRow("symbolic link") << false;
    QTest::newRow("FIFO") << true;
}

void TestMailroomctl::journalThatIsNotARegularFileIsRefused()
{
    QFETCH(bool, fifo);
    const QString draft = writeTwoOperationDraft(m_config.path(), m_sandbox->baseUrl());
    const QString journal = draft + QStringLiteral(".journal");
    QFile::remove(journal);
    const QString target = m_config.filePath(QStringLiteral("innocent.txt"));
    QFile innocent(target);
    QVERIFY(innocent.open(QIODevice::WriteOnly));
    innocent.write("untouched\n");
    innocent.close();
    if (fifo)
        QCOMPARE(::mkfifo(QFile::encodeName(journal).constData(), 0600), 0);
    else
        QVERIFY(QFile::link(target, journal));
    const int before = m_sandbox->server()->requestCount();
    const Result r = run({QStringLiteral("draft"), QStringLiteral("apply"), draft});   // a FIFO would hang here
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(fifo ? "not a regular file" : "symbolic link"), r.err.constData());
    QCOMPARE(m_sandbox->server()->requestCount(), before);
    QVERIFY(innocent.open(QIODevice::ReadOnly));
    QCOMPARE(innocent.readAll(), QByteArray("untouched\n"));
    QFile::remove(journal);
}

void TestMailroomctl::auditLogListsChangesWithoutSecrets()
{
    const QString logFile = m_data.filePath(QStringLiteral("Mailroom/Mailroom/audit.jsonl"));
    QFile::remove(logFile);
    const QStringList target{QStringLiteral("--domain"), QStringLiteral("test.com"), QStringLiteral("--name"), QStringLiteral("audit.user")};
    // GIVEN a creation with a generated password, a password change, and a refused reuse
    const Result created = run(account() << QStringLiteral("mailbox") << QStringLiteral("create") << target
                                         << QStringLiteral("--generate-password") << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(created.code, 0);
    const QByteArray generated = QJsonDocument::fromJson(created.out).object().value(QLatin1String("password")).toString().toUtf8();
    QVERIFY(!generated.isEmpty());
    QCOMPARE(run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << target << QStringLiteral("--password-stdin"),
                 "Zq7!Fresh#pass\n").code, 0);
    QCOMPARE(run(account() << QStringLiteral("mailbox") << QStringLiteral("set") << target << QStringLiteral("--password-stdin"),
                 "Zq7!Fresh#pass\n").code, 1);
    QCOMPARE(run(account() << QStringLiteral("mailbox") << QStringLiteral("show") << target).code, 0);   // a read: not logged

    // WHEN the log is printed as JSON, THEN the three changes are there, newest first
    const Result printed = run({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(printed.code, 0);
    const QJsonArray changes = QJsonDocument::fromJson(printed.out).array();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0)[QLatin1String("outcome")].toString(), QStringLiteral("refused"));
    QCOMPARE(changes.at(0)[QLatin1String("status")].toInt(), 400);
    QVERIFY(changes.at(0)[QLatin1String("message")].toString().contains(QLatin1String("more than once")));
    QCOMPARE(changes.at(1)[QLatin1String("outcome")].toString(), QStringLiteral("done"));
    QCOMPARE(changes.at(2)[QLatin1String("kind")].toString(), QStringLiteral("hostway.mailbox.create"));
    QCOMPARE(changes.at(2)[QLatin1String("via")].toString(), QStringLiteral("mailroomctl"));
    QCOMPARE(changes.at(2)[QLatin1String("target")].toString(), QStringLiteral("mailbox:test.com/audit.user"));

    // THEN the filters and formats work
    const Result mine = run({QStringLiteral("log"), QStringLiteral("--account"), SandboxFixture::accountId(), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(mine.code, 0);
    QCOMPARE(mine.out.count('\n'), 4);   // a header and three rows
    QCOMPARE(QJsonDocument::fromJson(run({QStringLiteral("log"), QStringLiteral("--account"), QStringLiteral("nobody"),
                                          QStringLiteral("--format"), QStringLiteral("json")}).out).array().size(), 0);
    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    QCOMPARE(QJsonDocument::fromJson(run({QStringLiteral("log"), QStringLiteral("--since"), tomorrow, QStringLiteral("--format"),
                                          QStringLiteral("json")}).out).array().size(), 0);
    const Result table = run({QStringLiteral("log")});
    QVERIFY(table.out.contains("audit.user@test.com"));
    QCOMPARE(run({QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("yesterday")}).code, 2);
    QCOMPARE(run({QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("xml")}).code, 2);

    // THEN no secret is in the log: not the account's, not the mailbox passwords
    QFile file(logFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray logged = file.readAll();
    QCOMPARE(logged.count('\n'), 6);   // a line before and after each change
    for (const QByteArray &secret : {generated, QByteArray("Zq7!Fresh#pass"), SandboxFixture::password().toUtf8()})
        QVERIFY2(!logged.contains(secret), secret.constData());
}

QTEST_GUILESS_MAIN(TestMailroomctl)
#include "tst_mailroomctl.moc"
