// mailroomctl's commands for a Hostway domain's global address list against the sandbox:
// contacts list (Hostway's filter and search; table, JSON, CSV), show, create (the 409 in
// words), set, delete --yes; their exit codes; and draft import-csv --kind contacts, all or
// nothing, applied afterwards.
#include "ctlprocess.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestMailroomctlContacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listFiltersSearchesAndFormats();
    void createSetShowDelete();
    void usageErrors_data();
    void usageErrors();
    void csvImportDraftedThenApplied();

private:
    /// mailroomctl with the sandbox's account and --domain test.com.
    CtlResult run(QStringList arguments, const QByteArray &input = {});
    /// Runs without the account options (draft commands).
    CtlResult runBare(const QStringList &arguments);
    QJsonValue json(const QStringList &arguments);
    QString write(const char *name, const QByteArray &content);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestMailroomctlContacts::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_home = std::make_unique<QTemporaryDir>();
}

void TestMailroomctlContacts::cleanup()
{
    m_sandbox.reset();
    m_home.reset();
}

CtlResult TestMailroomctlContacts::run(QStringList arguments, const QByteArray &input)
{
    arguments = QStringList{QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--account"),
                            SandboxFixture::accountId(), QStringLiteral("--user"), SandboxFixture::user()}
                + arguments + QStringList{QStringLiteral("--domain"), QStringLiteral("test.com")};
    return runMailroomctl(arguments, input, SandboxFixture::password(), m_home->filePath(QStringLiteral("config")),
                          m_home->filePath(QStringLiteral("data")));
}

CtlResult TestMailroomctlContacts::runBare(const QStringList &arguments)
{
    return runMailroomctl(arguments, {}, SandboxFixture::password(), m_home->filePath(QStringLiteral("config")),
                          m_home->filePath(QStringLiteral("data")));
}

QJsonValue TestMailroomctlContacts::json(const QStringList &arguments)
{
    const CtlResult r = run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString TestMailroomctlContacts::write(const char *name, const QByteArray &content)
{
    QFile file(m_home->filePath(QLatin1String(name)));
    (void)file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

void TestMailroomctlContacts::listFiltersSearchesAndFormats()
{
    // The whole list as JSON: every field of each contact
    QJsonArray all = json({QStringLiteral("contacts"), QStringLiteral("list")}).toArray();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.first().toObject().size(), 21);
    // Hostway's search and its exact filter, `*` a wildcard
    QJsonArray found = json({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("searchCompany=gmbh")}).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("jonas.becker"));
    found = json({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("filterEmail=*@test.com")}).toArray();
    QCOMPARE(found.size(), 3);
    // A table names the main fields; CSV gives every field, in the schema's order
    CtlResult r = run({QStringLiteral("contacts"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("displayName") && r.out.contains("Reception desk"));
    r = run({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("\"name\",\"email\",\"firstName\",\"lastName\",\"displayName\""));
    // (the domain's aliases, whose usage offered CSV that --format refused)
    r = run({QStringLiteral("aliases"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("\"alias\"\r\n\"test-com-alias.com\"\r\n"));
    // One contact, every field
    const QJsonObject reception = json({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("reception")}).toObject();
    QCOMPARE(reception.value(QLatin1String("postalCode")).toString(), QStringLiteral("60606"));
    // An unknown domain is exit 1 with what is missing
    r = runMailroomctl({QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("--account"), SandboxFixture::accountId(),
                        QStringLiteral("--user"), SandboxFixture::user(), QStringLiteral("contacts"), QStringLiteral("list"),
                        QStringLiteral("--domain"), QStringLiteral("nowhere.example")},
                       {}, SandboxFixture::password(), m_home->filePath(QStringLiteral("config")), m_home->filePath(QStringLiteral("data")));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
}

void TestMailroomctlContacts::createSetShowDelete()
{
    const QStringList name{QStringLiteral("--name"), QStringLiteral("front-desk")};
    // Created, then the same name again: section 25's 409 in words, exit 1
    const QStringList create = QStringList{QStringLiteral("contacts"), QStringLiteral("create")} + name
                               + QStringList{QStringLiteral("email=front@test.com"), QStringLiteral("displayName=Front desk"), QStringLiteral("city=Chicago")};
    CtlResult r = run(create);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("front-desk"));
    r = run(create);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("has a contact named front-desk already"), r.err.constData());
    // A creation without an email is refused before anything is sent: exit 2
    r = run({QStringLiteral("contacts"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("displayName=X")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("email"), r.err.constData());
    // Set changes the fields given, and only them
    r = run(QStringList{QStringLiteral("contacts"), QStringLiteral("set")} + name + QStringList{QStringLiteral("city=Evanston"), QStringLiteral("pager=")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject shown = json(QStringList{QStringLiteral("contacts"), QStringLiteral("show")} + name).toObject();
    QCOMPARE(shown.value(QLatin1String("city")).toString(), QStringLiteral("Evanston"));
    QCOMPARE(shown.value(QLatin1String("email")).toString(), QStringLiteral("front@test.com"));
    // Delete needs --yes; then the contact is gone: show says so, exit 1
    QCOMPARE(run(QStringList{QStringLiteral("contacts"), QStringLiteral("delete")} + name).code, 2);
    r = run(QStringList{QStringLiteral("contacts"), QStringLiteral("delete"), QStringLiteral("--yes")} + name);
    QVERIFY2(r.code == 0, r.err.constData());
    r = run(QStringList{QStringLiteral("contacts"), QStringLiteral("show")} + name);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not found"), r.err.constData());
}

void TestMailroomctlContacts::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("said");
    QTest::newRow("show without a name") << QStringList{QStringLiteral("contacts"), QStringLiteral("show")} << QByteArray("--name");
    QTest::newRow("set without a field") << QStringList{QStringLiteral("contacts"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("reception")}
                                         << QByteArray("FIELD=VALUE");
    QTest::newRow("set of no such field") << QStringList{QStringLiteral("contacts"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("reception"),
                                                         QStringLiteral("phone=1")} << QByteArray("phone=1");
    QTest::newRow("list with no such query") << QStringList{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("findName=x")}
                                             << QByteArray("filterFIELD");
    QTest::newRow("delete without --yes") << QStringList{QStringLiteral("contacts"), QStringLiteral("delete"), QStringLiteral("--name"), QStringLiteral("reception")}
                                          << QByteArray("--yes");
}

void TestMailroomctlContacts::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, said);
    const int before = m_sandbox->server()->requestCount();
    const CtlResult r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(said), r.err.constData());
    QCOMPARE(m_sandbox->server()->requestCount(), before);   // nothing asked of Hostway
}

void TestMailroomctlContacts::csvImportDraftedThenApplied()
{
    const QString draft = m_home->filePath(QStringLiteral("contacts-draft.json"));
    const QStringList importing{QStringLiteral("draft"), QStringLiteral("import-csv"), QStringLiteral("--kind"), QStringLiteral("contacts")};
    // A file with a name in the list already: each bad line said, nothing written, exit 1
    CtlResult r = run(importing + QStringList{write("bad.csv", "name,email,displayName\nnew.one,n@example.com,New One\nreception,r@test.com,R\n"),
                                              QStringLiteral("-o"), draft});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("line 3") && r.err.contains("nothing was imported"), r.err.constData());
    QVERIFY(!QFile::exists(draft));
    // A good file: a draft of two creations, applied, and the contacts are at Hostway
    r = run(importing + QStringList{write("good.csv", "name,email,displayName,city\nnew.one,n@example.com,New One,Paris\nnew.two,t@example.com,New Two,\n"),
                                    QStringLiteral("-o"), draft});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("2 operation(s)"));
    r = runBare({QStringLiteral("draft"), QStringLiteral("apply"), draft});
    QVERIFY2(r.code == 0, r.out.constData());
    const QJsonObject one = json({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("--name"), QStringLiteral("new.one")}).toObject();
    QCOMPARE(one.value(QLatin1String("city")).toString(), QStringLiteral("Paris"));
    // Applying it again changes nothing: each creation reads as done, not as a second try
    r = runBare({QStringLiteral("draft"), QStringLiteral("apply"), draft});
    QVERIFY2(r.code == 0, r.out.constData());
    QVERIFY2(!r.out.contains("409") && !r.err.contains("409"), r.out.constData());   // nothing sent twice
    QCOMPARE(json({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("filterName=new.*")}).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestMailroomctlContacts)
#include "tst_mailroomctlcontacts.moc"
