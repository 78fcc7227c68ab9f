// ProviderRegistry and ProviderViews with a fifth provider defined here only (testprovider/):
// registered once in each, it is listed with the others, checks its accounts' fields, gets
// its connection from SessionManager, and its change goes through the one change path to a
// loopback server and into the audit log, or into a draft without anything sent; in the
// window, its account is in the tree with its own page, whose change takes the same path;
// mailroomctl offers its command, which takes it too. No shared file names it.
#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloptions.h"
#include "app/ctl/registry/ctlprovider.h"
#include "app/ctl/registry/ctlproviders.h"
#include "core/accounts/account.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/audit/auditlog.h"
#include "core/changes/changepath.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "core/registry/providerregistry.h"
#include "models/accounttreemodel.h"
#include "testprovider/testmailctl.h"
#include "testprovider/testmailmodule.h"
#include "testprovider/testmailview.h"
#include "ui/mainwindow.h"
#include "ui/registry/providerviews.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using Status = ChangeOutcome::Status;

class TestProviderRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void builtInProvidersComeFirstInTheirOrder();
    void addedProviderIsListedOnceAndChecksItsAccounts();
    void unknownProviderIsAProblemOfTheAccount();
    void changeGoesThroughTheChangePathToTheServer();
    void invalidChangeSendsNothing();
    void providerRefusalIsReported();
    void draftedChangeSendsNothing();
    void itsOperationsReadBackFromJson();
    void windowShowsItsPageWhoseChangeTakesTheChangePath();
    void mailroomctlOffersItsCommandWhichTakesTheChangePath();

private:
    ChangeRoute route();
    ChangeOutcome submit(const ChangeRoute &route, std::shared_ptr<Operation> op);

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<QByteArray> m_received;   ///< "METHOD path body" of each request the server got
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<AuditLog> m_log;
    QString m_accountId;
    QList<std::shared_ptr<Operation>> m_drafted;
};

void TestProviderRegistry::initTestCase()
{
    QVERIFY(ProviderRegistry::instance().add(std::make_unique<TestMailModule>()));
    QVERIFY(ProviderViews::instance().add(QStringLiteral("testmail"), [](const ProviderView::Host &host, QObject *parent) {
        return new TestMailView(host, parent);
    }));
    QVERIFY(CtlProviders::instance().add(std::make_unique<TestMailCtlProvider>()));
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_server.route(QStringLiteral("/mailboxes/<arg>"), [this](const QString &name, const QHttpServerRequest &request) {
        const QByteArray method = request.method() == QHttpServerRequest::Method::Put ? "PUT" : "OTHER";
        m_received.append(method + ' ' + name.toUtf8() + ' ' + request.body());
        if (request.value("Authorization") != "Basic " + QByteArrayLiteral("desk:tm-secret-9").toBase64())
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
        if (name == QLatin1String("locked"))
            return QHttpServerResponse(QByteArrayLiteral("mailbox locked"), QHttpServerResponse::StatusCode::Conflict);
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
    });
}

void TestProviderRegistry::init()
{
    m_received.clear();
    m_drafted.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("org.mailroom.Mailroom.tests"));
    m_accounts = std::make_unique<AccountStore>(nullptr);
    m_sessions = std::make_unique<SessionManager>(m_accounts.get(), m_credentials.get(), m_nam.get(), nullptr);
    m_log = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    Account account;
    account.provider = QStringLiteral("testmail");
    account.displayName = QStringLiteral("Test desk");
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    account.accountId = QStringLiteral("tm-1");
    account.userName = QStringLiteral("desk");
    QVERIFY2(account.problems().isEmpty(), qPrintable(account.problems().join(QLatin1Char(' '))));
    m_accountId = m_accounts->add(account);
    m_credentials->remember(account.keychainKey(), QStringLiteral("tm-secret-9"));
}

void TestProviderRegistry::cleanup()
{
    m_sessions.reset();
    m_accounts.reset();
    m_credentials.reset();
    m_nam.reset();
}

ChangeRoute TestProviderRegistry::route()
{
    ChangeRoute r;
    r.subject = {QStringLiteral("Mailroom"), QStringLiteral("Test desk"), m_accountId, QStringLiteral("testmail"), {}};
    r.sender = [this](QObject *context, std::function<void(std::unique_ptr<OperationSender>)> ready) {
        m_sessions->withSender(m_accountId, context, std::move(ready));
    };
    return r;
}

ChangeOutcome TestProviderRegistry::submit(const ChangeRoute &route, std::shared_ptr<Operation> op)
{
    ChangePath path(m_log.get());
    std::optional<ChangeOutcome> result;
    path.submit(route, std::move(op), this, [&](const ChangeOutcome &o) { result = o; });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 10000);
    return result.value_or(ChangeOutcome{Status::Cancelled, ApiError(ApiError::Kind::Timeout, QStringLiteral("no outcome")), 0});
}

void TestProviderRegistry::builtInProvidersComeFirstInTheirOrder()
{
    QStringList ids;
    for (const Provider &p : Provider::all())
        ids.append(p.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("hostway"), QStringLiteral("ikoula"), QStringLiteral("ice"),
                               QStringLiteral("webitel"), QStringLiteral("testmail")}));
    QVERIFY(Provider::of(QStringLiteral("ikoula")).needsPublicKey);
    QCOMPARE(Provider::of(QStringLiteral("no-such")).id, QStringLiteral("hostway"));   // accounts saved before providers
}

void TestProviderRegistry::addedProviderIsListedOnceAndChecksItsAccounts()
{
    // GIVEN the test provider registered in initTestCase()
    QVERIFY(!ProviderRegistry::instance().add(std::make_unique<TestMailModule>()));
    QCOMPARE(Provider::of(QStringLiteral("testmail")).name, QStringLiteral("Test mail"));
    // WHEN an account of it has an id its module refuses THEN Account::problems() says the module's words
    Account account = *m_accounts->find(m_accountId);
    account.accountId = QStringLiteral("42");
    QCOMPARE(account.problems(), QStringList{TestMailModule::accountIdProblem()});
    // AND the built-in modules' rules still apply to theirs
    account.provider = QStringLiteral("ice");
    QVERIFY(!account.problems().contains(TestMailModule::accountIdProblem()));
    account.accountId = QStringLiteral("abc");
    QCOMPARE(account.problems().size(), 1);
}

void TestProviderRegistry::unknownProviderIsAProblemOfTheAccount()
{
    Account account = *m_accounts->find(m_accountId);
    account.provider = QStringLiteral("no-such");
    const QStringList problems = account.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QLatin1String("no-such")), qPrintable(problems.constFirst()));
}

void TestProviderRegistry::changeGoesThroughTheChangePathToTheServer()
{
    // GIVEN a testmail account with its password WHEN its change is submitted
    auto op = std::make_shared<TestMailQuota>(QStringLiteral("sales"), 250);
    const ChangeOutcome o = submit(route(), op);
    // THEN the server got exactly the previewed request, once, and the audit log says so
    QCOMPARE(o.status, Status::Done);
    QCOMPARE(m_received, QList<QByteArray>{"PUT sales " + op->request(ApiEndpoint()).body});
    const QList<AuditEntry> lines = m_log->read();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).outcome, AuditEntry::Outcome::Done);
    QCOMPARE(lines.at(1).provider, QStringLiteral("testmail"));
    QCOMPARE(lines.at(1).description, op->describe());
    QCOMPARE(lines.at(1).httpStatus, 200);
    QFile file(m_dir->filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("tm-secret-9"));
    QVERIFY(!text.contains(QByteArrayLiteral("desk:tm-secret-9").toBase64()));
}

void TestProviderRegistry::invalidChangeSendsNothing()
{
    const ChangeOutcome o = submit(route(), std::make_shared<TestMailQuota>(QStringLiteral("sales"), 5000));
    QCOMPARE(o.status, Status::Invalid);
    QVERIFY(!o.error.fieldMessage(QStringLiteral("quotaMb")).isEmpty());
    QVERIFY(m_received.isEmpty());
    QVERIFY(m_log->read().isEmpty());
}

void TestProviderRegistry::providerRefusalIsReported()
{
    const ChangeOutcome o = submit(route(), std::make_shared<TestMailQuota>(QStringLiteral("locked"), 100));
    QCOMPARE(o.status, Status::Refused);
    QCOMPARE(o.httpStatus, 409);
    QCOMPARE(m_received.size(), 1);
    const QList<AuditEntry> lines = m_log->read();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).outcome, AuditEntry::Outcome::Refused);
}

void TestProviderRegistry::draftedChangeSendsNothing()
{
    ChangeRoute r = route();
    r.drafter = [this](std::shared_ptr<Operation> operation) {
        m_drafted.append(std::move(operation));
        return ApiError();
    };
    const ChangeOutcome o = submit(r, std::make_shared<TestMailQuota>(QStringLiteral("sales"), 300));
    QCOMPARE(o.status, Status::Drafted);
    QCOMPARE(m_drafted.size(), 1);
    QVERIFY(m_received.isEmpty());
    const QList<AuditEntry> lines = m_log->read();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).outcome, AuditEntry::Outcome::Drafted);
}

void TestProviderRegistry::itsOperationsReadBackFromJson()
{
    // GIVEN the provider's change as a draft writes it WHEN it is read THEN its module reads it back
    const TestMailQuota written(QStringLiteral("sales"), 250);
    QString error;
    const std::unique_ptr<Operation> read = Operation::fromJson(written.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->kind(), written.kind());
    QCOMPARE(read->request(ApiEndpoint()).body, written.request(ApiEndpoint()).body);
    // AND a damaged one is refused in its module's words, an unknown kind by Operation
    QJsonObject damaged = written.toJson();
    damaged.insert(QStringLiteral("quotaMb"), QStringLiteral("250"));
    QVERIFY(!Operation::fromJson(damaged, &error));
    QVERIFY2(error.contains(QLatin1String("testmail.quota.set")), qPrintable(error));
    QVERIFY(!Operation::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("nobody.change")}}, &error));
    QVERIFY2(error.contains(QLatin1String("nobody.change")), qPrintable(error));
}

void TestProviderRegistry::windowShowsItsPageWhoseChangeTakesTheChangePath()
{
    // GIVEN a window over a testmail account with one domain
    m_accounts->addDomain(m_accountId, QStringLiteral("example.test"));
    JobTracker tracker;
    MainWindow window(m_accounts.get(), m_sessions.get(), &tracker, nullptr);
    window.show();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accountTree"));
    auto *centre = window.findChild<QStackedWidget *>(QStringLiteral("centrePages"));
    QVERIFY(tree && centre);
    const auto *model = qobject_cast<const AccountTreeModel *>(tree->model());
    QVERIFY(model);
    // WHEN the account is selected THEN the account page says what its view says
    tree->setCurrentIndex(model->accountIndex(m_accountId));
    QVERIFY(centre->currentWidget()->objectName() != QLatin1String("testmailPage"));
    bool summarised = false;
    for (const QLabel *label : centre->currentWidget()->findChildren<QLabel *>())
        summarised = summarised || label->text() == QLatin1String("Test mail account Test desk");
    QVERIFY(summarised);
    // WHEN its domain's child is selected THEN the tree uses the provider's words and the page is its view's,
    // without the window's mailbox actions
    const QModelIndex child = model->mailboxesIndex(m_accountId, QStringLiteral("example.test"));
    QCOMPARE(child.parent().data().toString(), QStringLiteral("Test domain example.test"));
    tree->setCurrentIndex(child);
    QCOMPARE(centre->currentWidget()->objectName(), QStringLiteral("testmailPage"));
    auto *newMailbox = window.findChild<QAction *>(QStringLiteral("actionNewMailbox"));
    QVERIFY(newMailbox && !newMailbox->isVisible());
    // WHEN the page's change is set THEN it reached the server once, and the audit log has it
    auto *page = centre->currentWidget();
    auto *mailbox = page->findChild<QLineEdit *>(QStringLiteral("testmailMailbox"));
    auto *quota = page->findChild<QSpinBox *>(QStringLiteral("testmailQuota"));
    auto *set = page->findChild<QPushButton *>(QStringLiteral("testmailSet"));
    auto *outcome = page->findChild<QLabel *>(QStringLiteral("testmailOutcome"));
    QVERIFY(mailbox && quota && set && outcome);
    mailbox->setText(QStringLiteral("sales"));
    quota->setValue(250);
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_COMPARE(outcome->text(), QStringLiteral("done"));
    QCOMPARE(m_received, QList<QByteArray>{"PUT sales " + TestMailQuota(QStringLiteral("sales"), 250).request(ApiEndpoint()).body});
    const QList<AuditEntry> audit = AuditLog(AuditLog::defaultFile()).read();
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.constLast().provider, QStringLiteral("testmail"));
    QCOMPARE(audit.constLast().outcome, AuditEntry::Outcome::Done);
    // WHEN the quota is out of range THEN nothing is sent and the page hears why
    quota->setValue(5000);
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_VERIFY(outcome->text().startsWith(QLatin1String("not done")));
    QCOMPARE(m_received.size(), 1);
    // WHEN Draft Mode is on THEN the page says so and its change waits in the draft
    auto *draftMode = window.findChild<QAction *>(QStringLiteral("actionDraftMode"));
    QVERIFY(draftMode);
    draftMode->trigger();
    QCOMPARE(set->text(), QStringLiteral("Add to Draft"));
    quota->setValue(300);
    QTest::mouseClick(set, Qt::LeftButton);
    QTRY_COMPARE(outcome->text(), QStringLiteral("drafted"));
    QCOMPARE(m_received.size(), 1);
    draftMode->trigger();
}

void TestProviderRegistry::mailroomctlOffersItsCommandWhichTakesTheChangePath()
{
    const QStringList account = {QStringLiteral("mailroomctl"), QStringLiteral("--provider"), QStringLiteral("testmail"),
                                 QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                                 QStringLiteral("--account"), QStringLiteral("tm-1"), QStringLiteral("--user"), QStringLiteral("desk")};
    QString error;
    QString help;
    // WHEN --help is asked THEN it lists the provider's command
    QVERIFY(!parseCtlOptions({QStringLiteral("mailroomctl"), QStringLiteral("--help")}, &error, &help));
    QVERIFY2(help.contains(QLatin1String("quota set --name M --quota MB")), qPrintable(help));
    // WHEN another provider's command is given for it THEN its own words refuse it
    QVERIFY(!parseCtlOptions(account + QStringList{QStringLiteral("domain"), QStringLiteral("show"), QStringLiteral("--domain"), QStringLiteral("x.test")},
                             &error, &help));
    QCOMPARE(error, QStringLiteral("with --provider testmail, the command is quota set"));
    // AND a Hostway account is refused the provider's command, and an unknown provider names it
    QVERIFY(!parseCtlOptions({QStringLiteral("mailroomctl"), QStringLiteral("--base-url"), QStringLiteral("https://h.example"),
                              QStringLiteral("--account"), QStringLiteral("a"), QStringLiteral("--user"), QStringLiteral("u"),
                              QStringLiteral("quota"), QStringLiteral("set")},
                             &error, &help));
    QCOMPARE(error, QStringLiteral("\"quota set\" needs --provider testmail (Hostway has no such command)"));
    QVERIFY(!parseCtlOptions({QStringLiteral("mailroomctl"), QStringLiteral("--provider"), QStringLiteral("nope"), QStringLiteral("quota"),
                              QStringLiteral("set")},
                             &error, &help));
    QVERIFY2(error.contains(QLatin1String("testmail")), qPrintable(error));
    // WHEN its command is given with its options THEN it is sent once through the change path, audited
    const auto options = parseCtlOptions(account + QStringList{QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--name"),
                                                               QStringLiteral("sales"), QStringLiteral("--quota"), QStringLiteral("250")},
                                         &error, &help);
    QVERIFY2(options, qPrintable(error));
    qputenv("MAILROOM_PASSWORD", "tm-secret-9");
    const auto unset = qScopeGuard([] { qunsetenv("MAILROOM_PASSWORD"); });   // also when a check fails
    const auto run = [](const CtlOptions &o) {
        std::unique_ptr<CtlCommand> command = CtlProviders::instance().find(o.provider)->makeCommand(o);
        int code = -1;
        QObject::connect(command.get(), &CtlCommand::finished, command.get(), [&code](int exitCode) { code = exitCode; });
        command->start();
        [[maybe_unused]] const bool ended = QTest::qWaitFor([&] { return code >= 0; }, 10000);
        return code;
    };
    QCOMPARE(run(*options), 0);
    QCOMPARE(m_received, QList<QByteArray>{"PUT sales " + TestMailQuota(QStringLiteral("sales"), 250).request(ApiEndpoint()).body});
    const QList<AuditEntry> audit = AuditLog(AuditLog::defaultFile()).read();
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.constLast().provider, QStringLiteral("testmail"));
    QCOMPARE(audit.constLast().description, TestMailQuota(QStringLiteral("sales"), 250).describe());
    // WHEN the quota is out of range THEN nothing is sent and the exit code says a usage error
    auto invalid = *options;
    invalid.quotaMb = 5000;
    QCOMPARE(run(invalid), int(CtlCommand::Usage));
    QCOMPARE(m_received.size(), 1);
}

QTEST_MAIN(TestProviderRegistry)
#include "tst_providerregistry.moc"
