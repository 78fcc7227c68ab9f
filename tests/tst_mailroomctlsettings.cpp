// mailroomctl's Hostway mailbox settings commands against the sandbox: forwards list, add
// and remove, autoresponder show, set and off; exit codes, JSON output, the documented
// refusals in words, and --draft.
#include "core/drafts/draft.h"
#include "ctlprocess.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestMailroomctlSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void forwardsListAddRemove();
    void forwardsRefusalsExitOne();
    void forwardsUsageErrors_data();
    void forwardsUsageErrors();
    void autoresponderShowSetOff();
    void changesCanBeDrafted();
    void messageStats();
    void blackWhiteListAddRemove();
    void spamFilterShowAndSet();
    void migrationReport();
    void webmailShowSetCreate();
    void secretQuestionsAndAnswers();
    void resetPasswordByAnswers();
    void exchangeCreateSetDelete();
    void domainListAndFilterWithoutName();

private:
    CtlResult run(QStringList arguments, const QByteArray &input = {});
    QJsonObject json(const QStringList &arguments);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestMailroomctlSettings::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_home = std::make_unique<QTemporaryDir>();
}

void TestMailroomctlSettings::cleanup()
{
    m_sandbox.reset();
    m_home.reset();
}

CtlResult TestMailroomctlSettings::run(QStringList arguments, const QByteArray &input)
{
    arguments = QStringList{QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--account"),
                            SandboxFixture::accountId(), QStringLiteral("--user"), SandboxFixture::user()}
                + arguments + QStringList{QStringLiteral("--domain"), QStringLiteral("test.com")};
    return runMailroomctl(arguments, input, SandboxFixture::password(), m_home->filePath(QStringLiteral("config")),
                          m_home->filePath(QStringLiteral("data")));
}

QJsonObject TestMailroomctlSettings::json(const QStringList &arguments)
{
    const CtlResult r = run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void TestMailroomctlSettings::forwardsListAddRemove()
{
    const QStringList test{QStringLiteral("--name"), QStringLiteral("test")};
    QJsonObject list = json(QStringList{QStringLiteral("forwards"), QStringLiteral("list")} + test);
    QCOMPARE(list.value(QStringLiteral("mailbox")).toString(), QStringLiteral("test@test.com"));
    QCOMPARE(list.value(QStringLiteral("targets")).toArray().size(), 2);

    // Two at once
    CtlResult r = run(QStringList{QStringLiteral("forwards"), QStringLiteral("add"), QStringLiteral("--target"),
                                  QStringLiteral("john.smith@test.com,ann@else.example")} + test);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("done"), r.out.constData());
    list = json(QStringList{QStringLiteral("forwards"), QStringLiteral("list")} + test);
    QCOMPARE(list.value(QStringLiteral("targets")).toArray().size(), 4);

    r = run(QStringList{QStringLiteral("forwards"), QStringLiteral("remove"), QStringLiteral("--target"), QStringLiteral("ann@else.example")} + test);
    QVERIFY2(r.code == 0, r.err.constData());
    list = json(QStringList{QStringLiteral("forwards"), QStringLiteral("list")} + test);
    QCOMPARE(list.value(QStringLiteral("targets")).toArray().size(), 3);
    QVERIFY(!list.value(QStringLiteral("targets")).toArray().contains(QStringLiteral("ann@else.example")));

    // A target it does not have: 404, exit 1
    r = run(QStringList{QStringLiteral("forwards"), QStringLiteral("remove"), QStringLiteral("--target"), QStringLiteral("ann@else.example")} + test);
    QCOMPARE(r.code, 1);
}

void TestMailroomctlSettings::forwardsRefusalsExitOne()
{
    const QStringList add{QStringLiteral("forwards"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("test"), QStringLiteral("--target")};
    CtlResult r = run(add + QStringList{QStringLiteral("test@test-com-alias.com")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("domain alias"), r.err.constData());
    r = run(add + QStringList{QStringLiteral("nobody@test.com")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("nobody@test.com does not exist in test.com"), r.err.constData());
    // Checked before sending: exit 2
    r = run(add + QStringList{QStringLiteral("test@test.com")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("itself"), r.err.constData());
}

void TestMailroomctlSettings::forwardsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("add without target") << QStringList{QStringLiteral("forwards"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("test")}
                                        << QByteArray("--target");
    QTest::newRow("remove two") << QStringList{QStringLiteral("forwards"), QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("test"),
                                               QStringLiteral("--target"), QStringLiteral("a@b.example,c@d.example")}
                                << QByteArray("one --target");
    QTest::newRow("no mailbox") << QStringList{QStringLiteral("forwards"), QStringLiteral("list")} << QByteArray("--name");
    QTest::newRow("set without text") << QStringList{QStringLiteral("autoresponder"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("test")}
                                      << QByteArray("--body");
}

void TestMailroomctlSettings::forwardsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    const CtlResult r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says), r.err.constData());
}

void TestMailroomctlSettings::autoresponderShowSetOff()
{
    const QStringList test1{QStringLiteral("--name"), QStringLiteral("test1")};
    QJsonObject shown = json(QStringList{QStringLiteral("autoresponder"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("john.smith")});
    QCOMPARE(shown.value(QStringLiteral("subject")).toString(), QStringLiteral("Out of office"));   // the nested form
    QCOMPARE(shown.value(QStringLiteral("active")).toBool(), false);

    // The text from standard input
    CtlResult r = run(QStringList{QStringLiteral("autoresponder"), QStringLiteral("set"), QStringLiteral("--subject"), QStringLiteral("Away"),
                                  QStringLiteral("--body-file"), QStringLiteral("-")} + test1, "Back on Monday.\n");
    QVERIFY2(r.code == 0, r.err.constData());
    shown = json(QStringList{QStringLiteral("autoresponder"), QStringLiteral("show")} + test1);
    QCOMPARE(shown.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(shown.value(QStringLiteral("body")).toString(), QStringLiteral("Back on Monday.\n"));

    r = run(QStringList{QStringLiteral("autoresponder"), QStringLiteral("off")} + test1);
    QVERIFY2(r.code == 0, r.err.constData());
    shown = json(QStringList{QStringLiteral("autoresponder"), QStringLiteral("show")} + test1);
    QCOMPARE(shown.value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(shown.value(QStringLiteral("body")).toString(), QStringLiteral("Back on Monday.\n"));   // kept
    // Off again: nothing to do
    r = run(QStringList{QStringLiteral("autoresponder"), QStringLiteral("off")} + test1);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("off already"), r.out.constData());
}

void TestMailroomctlSettings::changesCanBeDrafted()
{
    const QString file = m_home->filePath(QStringLiteral("settings.mailroom-draft"));
    const QStringList draft{QStringLiteral("--draft"), file, QStringLiteral("--name"), QStringLiteral("test")};
    CtlResult r = run(QStringList{QStringLiteral("forwards"), QStringLiteral("add"), QStringLiteral("--target"), QStringLiteral("ann@else.example")} + draft);
    QVERIFY2(r.code == 0, r.err.constData());
    r = run(QStringList{QStringLiteral("autoresponder"), QStringLiteral("set"), QStringLiteral("--body"), QStringLiteral("Away")} + draft);
    QVERIFY2(r.code == 0, r.err.constData());
    // Nothing sent yet
    QCOMPARE(json({QStringLiteral("forwards"), QStringLiteral("list"), QStringLiteral("--name"), QStringLiteral("test")})
                 .value(QStringLiteral("targets")).toArray().size(), 2);
    QString error;
    const auto loaded = Draft::load(file, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->entries.size(), 2);
    QCOMPARE(loaded->entries.at(0).operation->kind(), QStringLiteral("hostway.forwards.set"));
    QCOMPARE(loaded->entries.at(1).operation->kind(), QStringLiteral("hostway.autoresponder.set"));

    // Applied: both land
    r = runMailroomctl({QStringLiteral("draft"), QStringLiteral("apply"), file}, {}, SandboxFixture::password(),
                       m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(json({QStringLiteral("forwards"), QStringLiteral("list"), QStringLiteral("--name"), QStringLiteral("test")})
                 .value(QStringLiteral("targets")).toArray().size(), 3);
    QCOMPARE(json({QStringLiteral("autoresponder"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("test")})
                 .value(QStringLiteral("body")).toString(), QStringLiteral("Away"));
}

void TestMailroomctlSettings::messageStats()
{
    const QJsonObject stats = json({QStringLiteral("mailbox"), QStringLiteral("stats"), QStringLiteral("--name"), QStringLiteral("test")});
    QCOMPARE(stats.value(QStringLiteral("inbox")).toObject().value(QStringLiteral("all")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("inbox")).toObject().value(QStringLiteral("unread")).toInt(), 3);
    CtlResult r = run({QStringLiteral("exchange"), QStringLiteral("stats"), QStringLiteral("--name"), QStringLiteral("exchange-mbox")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("inbox"));
    r = run({QStringLiteral("mailbox"), QStringLiteral("stats"), QStringLiteral("--name"), QStringLiteral("test1")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("502"), r.err.constData());
}

void TestMailroomctlSettings::blackWhiteListAddRemove()
{
    const QStringList test{QStringLiteral("--name"), QStringLiteral("test"), QStringLiteral("--format"), QStringLiteral("json")};
    const auto list = [&](const QStringList &more = {}) {
        const CtlResult r = run(QStringList{QStringLiteral("blackwhitelist"), QStringLiteral("list")} + test + more);
        return QJsonDocument::fromJson(r.out).array();
    };
    QCOMPARE(list().size(), 4);
    QCOMPARE(list({QStringLiteral("--list"), QStringLiteral("allowed")}).size(), 1);
    QCOMPARE(list({QStringLiteral("--filter"), QStringLiteral("*somedomain.com*")}).size(), 2);

    CtlResult r = run({QStringLiteral("blackwhitelist"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("test"),
                       QStringLiteral("--address"), QStringLiteral("@spam.example,bad@x.example"), QStringLiteral("--list"), QStringLiteral("blocked")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(list().size(), 6);
    r = run({QStringLiteral("blackwhitelist"), QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("test"),
             QStringLiteral("--address"), QStringLiteral("@spam.example")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(list().size(), 5);
    // Checked before sending (exit 2), refused by Hostway (exit 1), usage (exit 2)
    r = run({QStringLiteral("blackwhitelist"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("test"),
             QStringLiteral("--address"), QStringLiteral("spam.example"), QStringLiteral("--list"), QStringLiteral("blocked")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("blackwhitelist"), QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("test"),
             QStringLiteral("--address"), QStringLiteral("never@listed.example")});
    QCOMPARE(r.code, 1);
    r = run({QStringLiteral("blackwhitelist"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("test"),
             QStringLiteral("--address"), QStringLiteral("a@b.example")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--list"), r.err.constData());
    // One address shown with its list; one on neither list is exit 1, in words
    QCOMPARE(json({QStringLiteral("blackwhitelist"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("test"),
                   QStringLiteral("--address"), QStringLiteral("mb1-white@somedomain.com")})
                 .value(QStringLiteral("list")).toString(),
             QStringLiteral("allowed"));
    r = run({QStringLiteral("blackwhitelist"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("test"),
             QStringLiteral("--address"), QStringLiteral("never@listed.example")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("neither list"), r.err.constData());
}

void TestMailroomctlSettings::spamFilterShowAndSet()
{
    const auto level = [&] {
        const CtlResult r = run({QStringLiteral("spamfilter"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("test"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray filter = QJsonDocument::fromJson(r.out).array();
        for (const QJsonValue &v : filter) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("SPAM_LEVEL"))
                return v.toObject().value(QStringLiteral("selected")).toString();
        }
        return QString();
    };
    QCOMPARE(level(), QStringLiteral("6"));
    // By value, and by the option's name
    CtlResult r = run({QStringLiteral("spamfilter"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("test"),
                       QStringLiteral("SPAM_LEVEL=4"), QStringLiteral("SPAM_ACTION=Move to SPAM Folder")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("SPAM Tag Level: Normal"), r.out.constData());
    QCOMPARE(level(), QStringLiteral("4"));
    // A value the server does not list: exit 2, naming the choices; no NAME=VALUE: exit 2
    r = run({QStringLiteral("spamfilter"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("test"), QStringLiteral("SPAM_LEVEL=val01")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("4=Normal"), r.err.constData());
    r = run({QStringLiteral("spamfilter"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("test")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("spamfilter"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("test"), QStringLiteral("extra")});
    QCOMPARE(r.code, 2);
}

void TestMailroomctlSettings::migrationReport()
{
    CtlResult r = run({QStringLiteral("migration"), QStringLiteral("report"), QStringLiteral("--name"), QStringLiteral("john.smith"),
                       QStringLiteral("--body-file"), QStringLiteral("-")}, "The mail stopped at 2 GB of 5.\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Failed migration of john.smith@test.com"), r.out.constData());
    r = run({QStringLiteral("migration"), QStringLiteral("report"), QStringLiteral("--name"), QStringLiteral("john.smith")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--body"), r.err.constData());
}

void TestMailroomctlSettings::webmailShowSetCreate()
{
    QJsonObject shown = json({QStringLiteral("webmail"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("john.smith")});
    QCOMPARE(shown.value(QStringLiteral("account")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("standard"));
    QCOMPARE(shown.value(QStringLiteral("plans")).toArray().size(), 3);
    QVERIFY(!shown.value(QStringLiteral("account")).toObject().contains(QStringLiteral("authToken")));   // never shown
    CtlResult r = run({QStringLiteral("webmail"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("john.smith"),
                       QStringLiteral("--type"), QStringLiteral("activesync")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Every mailbox this plan allows"), r.err.constData());
    r = run({QStringLiteral("webmail"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("john.smith"),
             QStringLiteral("--type"), QStringLiteral("premium"), QStringLiteral("--reset-password")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(json({QStringLiteral("webmail"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("john.smith")})
                .value(QStringLiteral("account")).toObject().value(QStringLiteral("resetPassword")).toBool());
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({QStringLiteral("webmail"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("mfg-mbox")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(json({QStringLiteral("webmail"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("mfg-mbox")})
                .value(QStringLiteral("account")).isObject());
    r = run({QStringLiteral("webmail"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("test"), QStringLiteral("--allow-upgrade"), QStringLiteral("maybe")});
    QCOMPARE(r.code, 2);
}

void TestMailroomctlSettings::secretQuestionsAndAnswers()
{
    const QStringList test{QStringLiteral("--name"), QStringLiteral("test")};
    // The questions, with the minimum read at run time
    const QJsonObject questions = json({QStringLiteral("secret-questions"), QStringLiteral("list")});
    QCOMPARE(questions.value(QStringLiteral("minimum")).toInt(), 3);
    QCOMPARE(questions.value(QStringLiteral("questions")).toObject().value(QStringLiteral("tk2")).toString(), QStringLiteral("What is question two?"));
    QCOMPARE(json(QStringList{QStringLiteral("secrets"), QStringLiteral("show")} + test).value(QStringLiteral("answered")).toArray().size(), 0);

    // Answers only from standard input; too few are refused offline (exit 2), an unknown key too
    CtlResult r = run(QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--answers-stdin")} + test, "tk1=Rex\ntk2=Paris\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("at least 3"), r.err.constData());
    r = run(QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--answers-stdin")} + test, "tk9=Rex\n");
    QCOMPARE(r.code, 2);
    r = run(QStringList{QStringLiteral("secrets"), QStringLiteral("set")} + test);
    QCOMPARE(r.code, 2);

    // Drafted: the file names the questions, never the answers; applied: they are on file
    const QString file = m_home->filePath(QStringLiteral("secrets.mailroom-draft"));
    r = run(QStringList{QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--answers-stdin"), QStringLiteral("--draft"), file} + test,
            "tk1=MyDogRex\ntk2=Paris\ntk3=Blue\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(text.contains("tk1") && !text.contains("MyDogRex"));
    QCOMPARE(json(QStringList{QStringLiteral("secrets"), QStringLiteral("show")} + test).value(QStringLiteral("answered")).toArray().size(), 0);
    r = runMailroomctl({QStringLiteral("draft"), QStringLiteral("apply"), file}, {}, SandboxFixture::password(),
                       m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!r.out.contains("MyDogRex") && !r.err.contains("MyDogRex"));
    QCOMPARE(json(QStringList{QStringLiteral("secrets"), QStringLiteral("show")} + test).value(QStringLiteral("answered")).toArray().size(), 3);
    // AND the answers now on file reset the password
    r = run(QStringList{QStringLiteral("mailbox"), QStringLiteral("reset-password"), QStringLiteral("--answers-stdin"),
                        QStringLiteral("--generate-password"), QStringLiteral("--format"), QStringLiteral("json")} + test, "tk1=MyDogRex\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!QJsonDocument::fromJson(r.out).object().value(QStringLiteral("password")).toString().isEmpty());
}

void TestMailroomctlSettings::resetPasswordByAnswers()
{
    const QStringList john{QStringLiteral("--name"), QStringLiteral("john.smith")};
    // A wrong answer: the documented 409, in words, exit 1
    CtlResult r = run(QStringList{QStringLiteral("mailbox"), QStringLiteral("reset-password"), QStringLiteral("--answers-stdin"),
                                  QStringLiteral("--password-stdin")} + john, "Zq7!vbnmKk2\ntk1=wrongAnswer\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("does not match"), r.err.constData());
    // The right one
    r = run(QStringList{QStringLiteral("mailbox"), QStringLiteral("reset-password"), QStringLiteral("--answers-stdin"),
                        QStringLiteral("--password-stdin")} + john, "Zq7!vbnmKk2\ntk1=answer1\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!r.out.contains("Zq7!vbnmKk2"));
    // An Exchange mailbox through exchange reset-password; the mailbox action refuses it
    r = run({QStringLiteral("exchange"), QStringLiteral("reset-password"), QStringLiteral("--answers-stdin"), QStringLiteral("--generate-password"),
             QStringLiteral("--name"), QStringLiteral("test-mb")}, "tk2=answer2\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("password: "));
    r = run({QStringLiteral("mailbox"), QStringLiteral("reset-password"), QStringLiteral("--answers-stdin"), QStringLiteral("--generate-password"),
             QStringLiteral("--name"), QStringLiteral("test-mb")}, "tk2=answer2\n");
    QCOMPARE(r.code, 1);
    // Usage: both or neither password option, no answers
    r = run(QStringList{QStringLiteral("mailbox"), QStringLiteral("reset-password"), QStringLiteral("--answers-stdin")} + john, "tk1=answer1\n");
    QCOMPARE(r.code, 2);
    r = run(QStringList{QStringLiteral("mailbox"), QStringLiteral("reset-password"), QStringLiteral("--answers-stdin"),
                        QStringLiteral("--generate-password")} + john, "");
    QCOMPARE(r.code, 2);
}

void TestMailroomctlSettings::exchangeCreateSetDelete()
{
    const QStringList helpdesk{QStringLiteral("--name"), QStringLiteral("helpdesk")};
    // Created with a generated password (JSON) and a field given as FIELD=VALUE
    CtlResult r = run(QStringList{QStringLiteral("exchange"), QStringLiteral("create"), QStringLiteral("--display-name"), QStringLiteral("Help Desk"),
                                  QStringLiteral("--generate-password"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("city=Chicago")}
                      + helpdesk);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString password = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("password")).toString();
    QVERIFY(!password.isEmpty() && password.at(0).isLetter());
    QCOMPARE(json(QStringList{QStringLiteral("mailbox"), QStringLiteral("show")} + helpdesk).value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Help Desk"));
    // Changed; the resource type is refused offline (exit 2), a field too long too
    r = run(QStringList{QStringLiteral("exchange"), QStringLiteral("set"), QStringLiteral("title=Support"), QStringLiteral("--reset-password")} + helpdesk);
    QVERIFY2(r.code == 0, r.err.constData());
    // Shown with every field Hostway gives: the one set, the sizes as worded, the protocols
    const QJsonObject shown = json(QStringList{QStringLiteral("exchange"), QStringLiteral("show")} + helpdesk);
    QCOMPARE(shown.value(QStringLiteral("title")).toString(), QStringLiteral("Support"));
    QCOMPARE(shown.value(QStringLiteral("city")).toString(), QStringLiteral("Chicago"));
    QCOMPARE(shown.value(QStringLiteral("maxSendSize")).toString(), QStringLiteral("50 MB (52,428,800 bytes)"));
    QVERIFY(shown.value(QStringLiteral("imapEnabled")).isBool());
    r = run({QStringLiteral("exchange"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("john.smith")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not an Exchange mailbox"), r.err.constData());
    r = run(QStringList{QStringLiteral("exchange"), QStringLiteral("set"), QStringLiteral("resourceType=room")} + helpdesk);
    QCOMPARE(r.code, 2);
    r = run(QStringList{QStringLiteral("exchange"), QStringLiteral("set"), QStringLiteral("postalCode=") + QString(41, QLatin1Char('1'))} + helpdesk);
    QCOMPARE(r.code, 2);
    r = run(QStringList{QStringLiteral("exchange"), QStringLiteral("set"), QStringLiteral("nonsense")} + helpdesk);
    QCOMPARE(r.code, 2);
    // A set never creates: the PUT would, so the mailbox is read first
    r = run({QStringLiteral("exchange"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("nobody.here"), QStringLiteral("title=X")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("no Exchange mailbox of that name"), r.err.constData());
    // Deleted only with --yes; then it is gone
    r = run(QStringList{QStringLiteral("exchange"), QStringLiteral("delete")} + helpdesk);
    QCOMPARE(r.code, 2);
    r = run(QStringList{QStringLiteral("exchange"), QStringLiteral("delete"), QStringLiteral("--yes")} + helpdesk);
    QVERIFY2(r.code == 0, r.err.constData());
    r = run(QStringList{QStringLiteral("exchange"), QStringLiteral("delete"), QStringLiteral("--yes")} + helpdesk);
    QCOMPARE(r.code, 1);
    // A regular mailbox's name: the documented 409, in words
    r = run({QStringLiteral("exchange"), QStringLiteral("create"), QStringLiteral("--display-name"), QStringLiteral("J"), QStringLiteral("--generate-password"),
             QStringLiteral("--name"), QStringLiteral("john.smith")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("exists already"), r.err.constData());
}

void TestMailroomctlSettings::domainListAndFilterWithoutName()
{
    // Without --name: the domain's own list (the seed's four) and filter
    const auto domainList = [&] {
        const CtlResult r = run({QStringLiteral("blackwhitelist"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out).array();
    };
    QCOMPARE(domainList().size(), 4);
    CtlResult r = run({QStringLiteral("spamfilter"), QStringLiteral("show")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("SPAM_LEVEL"));
    // A domain-level change drafted, then applied: it lands on the domain's list
    const QString file = m_home->filePath(QStringLiteral("domain-draft.json"));
    r = run({QStringLiteral("blackwhitelist"), QStringLiteral("add"), QStringLiteral("--address"), QStringLiteral("@spam.example"),
             QStringLiteral("--list"), QStringLiteral("blocked"), QStringLiteral("--draft"), file});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(domainList().size(), 4);
    r = runMailroomctl({QStringLiteral("draft"), QStringLiteral("apply"), file}, {}, SandboxFixture::password(),
                       m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(domainList().size(), 5);
    QCOMPARE(json({QStringLiteral("blackwhitelist"), QStringLiteral("show"), QStringLiteral("--address"), QStringLiteral("@spam.example")})
                 .value(QStringLiteral("list")).toString(),
             QStringLiteral("blocked"));
    // The domain's webmail: shown; upgrades turned off; turned on where the product locks them: 1
    QCOMPARE(json({QStringLiteral("webmail"), QStringLiteral("domain"), QStringLiteral("show")}).value(QStringLiteral("trialType")).toString(),
             QStringLiteral("premium"));
    r = run({QStringLiteral("webmail"), QStringLiteral("domain"), QStringLiteral("set"), QStringLiteral("--allow-upgrade"), QStringLiteral("no")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(json({QStringLiteral("webmail"), QStringLiteral("domain"), QStringLiteral("show")}).value(QStringLiteral("allowUpgrade")).toBool(), false);
    QCOMPARE(run({QStringLiteral("webmail"), QStringLiteral("domain"), QStringLiteral("set")}).code, 2);
    QCOMPARE(run({QStringLiteral("webmail"), QStringLiteral("domain"), QStringLiteral("nonsense")}).code, 2);
    // Forwarding has no domain level: --name stays required
    QCOMPARE(run({QStringLiteral("forwards"), QStringLiteral("list")}).code, 2);
}

QTEST_MAIN(TestMailroomctlSettings)
#include "tst_mailroomctlsettings.moc"
