// mailroomctl signed in as a Hostway mailbox's owner (--owner --user name@domain, seed 003's
// /email/{domain} shortcuts) against the sandbox: what it may do and its JSON, the commands
// and mailboxes it may not reach (exit 2, nothing sent), a refused password (exit 3), a reset
// by answers after which only the new password signs in, and a drafted change applied.
#include "core/accounts/accountstore.h"
#include "ctlprocess.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kJohnPassword = "pWord123$";   // the sandbox demo's
} // namespace

class TestMailroomctlOwner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ownerReadsItsMailbox();
    void ownerReachesNothingElse();
    void resetByAnswersThenTheNewPassword();
    void draftedChangeApplied();
    void ownerProfileIsItsMailbox();

private:
    CtlResult run(const QStringList &arguments, const QByteArray &password = kJohnPassword, const QByteArray &input = {});

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    QStringList m_paths;   ///< every path the sandbox was asked for
};

void TestMailroomctlOwner::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_paths.clear();
    m_sandbox->server()->setRequestObserver([this](const Sandbox::Request &request) { m_paths.append(request.path); });
    m_home = std::make_unique<QTemporaryDir>();
}

void TestMailroomctlOwner::cleanup()
{
    m_sandbox.reset();
    m_home.reset();
}

CtlResult TestMailroomctlOwner::run(const QStringList &arguments, const QByteArray &password, const QByteArray &input)
{
    const QStringList owner{QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--owner"),
                            QStringLiteral("--user"), QStringLiteral("john.smith@test.com")};
    const bool draftCommand = arguments.value(0) == QLatin1String("draft");
    return runMailroomctl(draftCommand ? arguments : owner + arguments, input, QString::fromUtf8(password),
                          m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
}

void TestMailroomctlOwner::ownerReadsItsMailbox()
{
    // WHEN the owner shows its webmail and its secrets, without --domain or --name
    CtlResult r = run({QStringLiteral("webmail"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject webmail = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(webmail.value(QLatin1String("mailbox")).toString(), QStringLiteral("john.smith@test.com"));
    QCOMPARE(webmail.value(QLatin1String("account")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("standard"));
    QVERIFY(!webmail.value(QLatin1String("plans")).toArray().isEmpty());
    r = run({QStringLiteral("secrets"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject secrets = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(secrets.value(QLatin1String("mailbox")).toString(), QStringLiteral("john.smith@test.com"));
    QCOMPARE(secrets.value(QLatin1String("answered")).toArray().size(), 3);
    // THEN only the shortcuts and the questions' own paths were asked for
    QVERIFY(!m_paths.isEmpty());
    for (const QString &path : std::as_const(m_paths))
        QVERIFY2(path.startsWith(QLatin1String("/email/")), qPrintable(path));
}

void TestMailroomctlOwner::ownerReachesNothingElse()
{
    // An administrator's command: refused before anything is sent
    CtlResult r = run({QStringLiteral("mailboxes"), QStringLiteral("list"), QStringLiteral("--domain"), QStringLiteral("test.com")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not for a mailbox owner"), r.err.constData());
    // Another mailbox, another domain
    r = run({QStringLiteral("webmail"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("test1")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("reaches only its own mailbox"), r.err.constData());
    r = run({QStringLiteral("secrets"), QStringLiteral("show"), QStringLiteral("--domain"), QStringLiteral("other.example")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("reaches only its own mailbox"), r.err.constData());
    QVERIFY(m_paths.isEmpty());
    // --owner with --account, or a user name that is no address
    r = runMailroomctl({QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--owner"), QStringLiteral("--account"),
                        SandboxFixture::accountId(), QStringLiteral("--user"), QStringLiteral("john.smith@test.com"), QStringLiteral("webmail"),
                        QStringLiteral("show")},
                       {}, QString::fromUtf8(kJohnPassword), m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("without --account"), r.err.constData());
    r = runMailroomctl({QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--owner"), QStringLiteral("--user"),
                        QStringLiteral("john.smith"), QStringLiteral("webmail"), QStringLiteral("show")},
                       {}, QString::fromUtf8(kJohnPassword), m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("NAME@DOMAIN"), r.err.constData());
    QVERIFY(m_paths.isEmpty());
    // A wrong password: the provider's refusal (exit 3)
    r = run({QStringLiteral("webmail"), QStringLiteral("show")}, "not-the-password");
    QCOMPARE(r.code, 3);
}

void TestMailroomctlOwner::resetByAnswersThenTheNewPassword()
{
    // WHEN the owner resets the password with its answers (the new password's line first)
    const CtlResult r = run({QStringLiteral("mailbox"), QStringLiteral("reset-password"), QStringLiteral("--answers-stdin"), QStringLiteral("--password-stdin")},
                            "forgotten", "Zq7!vbnmKk2\ntk1=answer1\ntk2=answer2\ntk3=answer3\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(m_paths.contains(QStringLiteral("/email/test.com/usernames/john.smith/mailbox/action")));
    // THEN the old password is refused and the new one signs in
    QCOMPARE(run({QStringLiteral("webmail"), QStringLiteral("show")}).code, 3);
    QCOMPARE(run({QStringLiteral("webmail"), QStringLiteral("show")}, "Zq7!vbnmKk2").code, 0);
}

void TestMailroomctlOwner::draftedChangeApplied()
{
    const QString draft = m_home->filePath(QStringLiteral("owner.json"));
    CtlResult r = run({QStringLiteral("webmail"), QStringLiteral("set"), QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--draft"), draft});
    QVERIFY2(r.code == 0, r.err.constData());
    // The draft names the owner's account: no account id
    QFile file(draft);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject account = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("accountId")).toString(), QString());
    QCOMPARE(account.value(QLatin1String("userName")).toString(), QStringLiteral("john.smith@test.com"));
    r = run({QStringLiteral("draft"), QStringLiteral("apply"), draft, QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(m_paths.contains(QStringLiteral("/email/test.com/usernames/john.smith/webmail")));
    r = run({QStringLiteral("webmail"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object().value(QLatin1String("account")).toObject();
    QCOMPARE(shown.value(QLatin1String("theme")).toString(), QStringLiteral("dark"));
}

void TestMailroomctlOwner::ownerProfileIsItsMailbox()
{
    // GIVEN a mailbox owner's account and an administrator's, saved by the window
    {
        QSettings settings(m_home->filePath(QStringLiteral("config/Mailroom/Mailroom.conf")), QSettings::IniFormat);
        AccountStore store(&settings);
        Account owner;
        owner.displayName = QStringLiteral("John");
        owner.baseUrl = m_sandbox->baseUrl();
        owner.kind = QStringLiteral("owner");
        owner.userName = QStringLiteral("john.smith@test.com");
        store.add(owner);
        Account admin;
        admin.displayName = QStringLiteral("Admin");
        admin.baseUrl = m_sandbox->baseUrl();
        admin.accountId = SandboxFixture::accountId();
        admin.userName = SandboxFixture::user();
        store.add(admin);
    }
    const auto profile = [this](const QString &name, QStringList arguments, const QByteArray &password = kJohnPassword) {
        return runMailroomctl(QStringList{QStringLiteral("--profile"), name} + arguments, {}, QString::fromUtf8(password),
                              m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
    };
    // WHEN the owner's profile shows its secrets without --domain or --name: its own mailbox
    CtlResult r = profile(QStringLiteral("John"), {QStringLiteral("secrets"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("mailbox")).toString(), QStringLiteral("john.smith@test.com"));
    // AND it may not name another mailbox, nor give an administrator's command
    m_paths.clear();
    r = profile(QStringLiteral("John"), {QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("--answers-stdin"), QStringLiteral("--domain"),
                                         QStringLiteral("test.com"), QStringLiteral("--name"), QStringLiteral("test1")});
    QCOMPARE(r.code, 2);
    r = profile(QStringLiteral("John"), {QStringLiteral("mailboxes"), QStringLiteral("list"), QStringLiteral("--domain"), QStringLiteral("test.com")});
    QCOMPARE(r.code, 2);
    QVERIFY(m_paths.isEmpty());
    // AND --owner with an administrator's profile is refused
    r = profile(QStringLiteral("Admin"), {QStringLiteral("--owner"), QStringLiteral("webmail"), QStringLiteral("show")}, SandboxFixture::password().toUtf8());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("administrator's"), r.err.constData());
}

QTEST_MAIN(TestMailroomctlOwner)
#include "tst_mailroomctlowner.moc"
