// MailboxTableModel against the sandbox over loopback, under a live QAbstractItemModelTester:
// lazy paging, server sort and filter, errors, and answers to superseded requests dropped.
#include "core/drafts/draft.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "models/hostway/mailboxtablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QFont>
#include <QIcon>
#include <QThreadPool>
#include <QTest>

class TestMailboxTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstPageLoadsByItself();
    void fetchMoreAppendsPages();
    void loadsNothingMoreUntilAsked();
    void sortsOnTheServer();
    void filterIsAWildcardOnTheServer();
    void supersededAnswersAreDropped();
    void unknownDomainReportsAnError();
    void draftOverlay();
    void snapshotOffline();
    void draftShowsItsChangesOfThisDomainOnly();
    void snapshotOnlyOfTheWholeDomain();
    void iconsAreMadeOnce();
    void manyRowsFilteredAndCleared();

private:
    bool waitIdle() { return QTest::qWaitFor([this] { return !m_model->isLoading(); }, 15000); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
    std::unique_ptr<MailboxTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMailboxTableModel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Hostway::Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
    m_model = std::make_unique<MailboxTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMailboxTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestMailboxTableModel::firstPageLoadsByItself()
{
    QSignalSpy total(m_model.get(), &MailboxTableModel::totalCountChanged);
    m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    QVERIFY(m_model->isLoading());
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->totalCount(), 8);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->index(0, MailboxTableModel::UsernameColumn).data().toString(), QStringLiteral("exchange-mbox"));
    QCOMPARE(m_model->index(0, MailboxTableModel::TypeColumn).data().toString(), QStringLiteral("Exchange"));
    QVERIFY(m_model->index(0, 0).data(MailboxTableModel::IsExchangeRole).toBool());
    const int john = m_model->rowOf(QStringLiteral("john.smith"));
    QCOMPARE(m_model->index(john, MailboxTableModel::QuotaColumn).data(MailboxTableModel::QuotaRole).toInt(), 10);
    QCOMPARE(m_model->index(john, MailboxTableModel::MasterColumn).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(m_model->index(john, MailboxTableModel::WebmailColumn).data().toString(), QStringLiteral("standard"));
    QCOMPARE(total.last().first().toInt(), 8);
}

void TestMailboxTableModel::fetchMoreAppendsPages()
{
    // The tester calls fetchMore() after every change, as an eager view would: the model must
    // then walk every page once, one request at a time, in order.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const int before = m_sandbox->server()->requestCount();
    m_model->setSource(m_client.get(), QStringLiteral("big.example"));
    QVERIFY(QTest::qWaitFor([this] { return m_model->rowCount() == 2000 && !m_model->isLoading(); }, 30000));
    QCOMPARE(m_model->totalCount(), 2000);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(inserted.size(), 20);
    for (int i = 0; i < inserted.size(); ++i) {
        QCOMPARE(inserted.at(i).at(1).toInt(), i * 100);
        QCOMPARE(inserted.at(i).at(2).toInt(), i * 100 + 99);
    }
    QCOMPARE(m_sandbox->server()->requestCount() - before, 20);
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.append(m_model->mailboxAt(row).username);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(names, sorted);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 2000);
}

void TestMailboxTableModel::loadsNothingMoreUntilAsked()
{
    // Without the tester (which fetches eagerly), nothing past page 1 is loaded until a view
    // scrolls: the laziness itself. The tester still watches the model in every other test.
    MailboxTableModel lazy;
    lazy.setSource(m_client.get(), QStringLiteral("big.example"));
    QVERIFY(QTest::qWaitFor([&] { return !lazy.isLoading(); }, 10000));
    QTest::qWait(100);
    QCOMPARE(lazy.rowCount(), 100);
    QVERIFY(lazy.canFetchMore({}));
    lazy.fetchMore({});
    QVERIFY(lazy.isLoading());
    QVERIFY(!lazy.canFetchMore({}));   // one page at a time
    QVERIFY(QTest::qWaitFor([&] { return !lazy.isLoading(); }, 10000));
    QCOMPARE(lazy.rowCount(), 200);
    QCOMPARE(lazy.mailboxAt(100).username.left(5), QStringLiteral("alice"));
}

void TestMailboxTableModel::sortsOnTheServer()
{
    m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    QVERIFY(waitIdle());
    m_model->sort(MailboxTableModel::QuotaColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->mailboxAt(0).quotaMb, 1000);
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->mailboxAt(row - 1).quotaMb >= m_model->mailboxAt(row).quotaMb);
    m_model->sort(MailboxTableModel::UsernameColumn, Qt::DescendingOrder);
    QVERIFY(waitIdle());
    QCOMPARE(m_model->mailboxAt(0).username, QStringLiteral("test2"));
    // A column the server cannot sort by changes nothing.
    m_model->sort(MailboxTableModel::WebmailColumn, Qt::AscendingOrder);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->sortColumn(), int(MailboxTableModel::UsernameColumn));
    // AND the header says which columns sort and why the others do not
    const auto tip = [this](int column) { return m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(); };
    QVERIFY(tip(MailboxTableModel::WebmailColumn).contains(QLatin1String("name or quota only")));
    QVERIFY(tip(MailboxTableModel::TypeColumn).contains(QLatin1String("name or quota only")));
    QVERIFY(!tip(MailboxTableModel::QuotaColumn).contains(QLatin1String("only")));
}

void TestMailboxTableModel::filterIsAWildcardOnTheServer()
{
    m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    QVERIFY(waitIdle());
    m_model->setFilterText(QStringLiteral("smith"));   // anywhere in the name
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setFilterText(QStringLiteral("test*"));   // user's own wildcard
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 4);
    m_model->setFilterText(QStringLiteral("zzz"));
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
}

void TestMailboxTableModel::supersededAnswersAreDropped()
{
    m_model->setSource(m_client.get(), QStringLiteral("big.example"));
    m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    QVERIFY(waitIdle());
    QTest::qWait(200);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->domain(), QStringLiteral("test.com"));
}

void TestMailboxTableModel::unknownDomainReportsAnError()
{
    QSignalSpy failed(m_model.get(), &MailboxTableModel::loadFailed);
    m_model->setSource(m_client.get(), QStringLiteral("nope.example"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::NotFound);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("404")));
}

void TestMailboxTableModel::draftOverlay()
{
    m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    QVERIFY(waitIdle());
    MailboxTableModel::DraftMark mark;
    mark.description = QStringLiteral("Change mailbox john.smith@test.com: quota to 85 MB");
    mark.quotaMb = 85;
    MailboxTableModel::DraftMark gone;
    gone.description = QStringLiteral("Delete mailbox test@test.com");
    gone.deleted = true;
    m_model->setDraftMarks({{QStringLiteral("John.Smith"), mark}, {QStringLiteral("test"), gone}});
    const QModelIndex john = m_model->index(m_model->rowOf(QStringLiteral("john.smith")), MailboxTableModel::QuotaColumn);
    QCOMPARE(john.data().toString(), QStringLiteral("85 MB"));
    QCOMPARE(john.data(MailboxTableModel::QuotaRole).toInt(), 10);
    QVERIFY(m_model->index(m_model->rowOf(QStringLiteral("test")), 0).data(Qt::FontRole).value<QFont>().strikeOut());

    Hostway::MailboxSummary created;
    created.username = QStringLiteral("drafted");
    created.quotaMb = 5;
    m_model->setDraftCreations({created}, {QStringLiteral("Create mailbox drafted@test.com (5 MB)")});
    QCOMPARE(m_model->rowCount(), 9);
    QVERIFY(m_model->index(8, 0).data(MailboxTableModel::IsDraftCreationRole).toBool());
    QCOMPARE(m_model->rowOf(QStringLiteral("drafted")), 8);
    m_model->reload();   // paging again: the drafted row comes back once the domain is complete
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 9);
    m_model->setDraftCreations({}, {});
    QCOMPARE(m_model->rowCount(), 8);
}

void TestMailboxTableModel::snapshotOffline()
{
    QList<Hostway::MailboxSummary> rows;
    for (const auto &[name, quota] : {std::pair{"b.user", 20}, std::pair{"a.user", 30}, std::pair{"c.admin", 10}}) {
        Hostway::MailboxSummary m;
        m.username = QLatin1String(name);
        m.quotaMb = quota;
        rows.append(m);
    }
    const QDateTime taken(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    m_model->showSnapshot(QStringLiteral("offline.example"), rows, taken);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->snapshotTime(), taken);
    QCOMPARE(m_model->mailboxAt(0).username, QStringLiteral("a.user"));   // sorted here
    m_model->sort(MailboxTableModel::QuotaColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->mailboxAt(0).username, QStringLiteral("a.user"));
    QCOMPARE(m_model->mailboxAt(2).username, QStringLiteral("c.admin"));
    m_model->setFilterText(QStringLiteral("user"));
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->isLoading());
}

void TestMailboxTableModel::draftShowsItsChangesOfThisDomainOnly()
{
    // GIVEN test.com loaded, and a draft with changes to it, to another domain, and one
    // change already applied
    m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    QVERIFY(waitIdle());
    Draft draft = Draft::create({QStringLiteral("hostway"), m_sandbox->baseUrl(), SandboxFixture::accountId(), SandboxFixture::user()});
    auto quota = std::make_shared<UpdateMailbox>(QStringLiteral("Test.com"), QStringLiteral("John.Smith"));
    quota->setQuotaMb(85);
    draft.append(quota);
    draft.append(std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("test")));
    draft.append(std::make_shared<CreateMailbox>(QStringLiteral("test.com"), QStringLiteral("drafted"), 5, false, PasswordSource::Generate));
    auto later = std::make_shared<UpdateMailbox>(QStringLiteral("test.com"), QStringLiteral("drafted"));
    later->setQuotaMb(7);
    draft.append(later);
    auto elsewhere = std::make_shared<UpdateMailbox>(QStringLiteral("other.example"), QStringLiteral("test2"));
    elsewhere->setQuotaMb(99);
    draft.append(elsewhere);
    const QString appliedId = draft.append(std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("jack.smith")));

    // WHEN the model shows the draft
    m_model->setDraft(&draft, {appliedId});

    // THEN the update and the deletion mark their rows, the creation is a row of its own
    const int john = m_model->rowOf(QStringLiteral("john.smith"));
    QCOMPARE(m_model->index(john, MailboxTableModel::QuotaColumn).data().toString(), QStringLiteral("85 MB"));
    QVERIFY(m_model->index(john, 0).data(MailboxTableModel::DraftMarkRole).toString().contains(QLatin1String("85 MB")));
    QVERIFY(m_model->index(m_model->rowOf(QStringLiteral("test")), 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(m_model->rowCount(), 9);
    const int drafted = m_model->rowOf(QStringLiteral("drafted"));
    QVERIFY(m_model->index(drafted, 0).data(MailboxTableModel::IsDraftCreationRole).toBool());
    QCOMPARE(m_model->mailboxAt(drafted).quotaMb, 7);   // its later change shows on its own row
    QVERIFY(m_model->index(drafted, 0).data(MailboxTableModel::DraftMarkRole).toString().contains(QLatin1String("7 MB")));
    // AND the applied deletion and the other domain's change mark nothing
    for (const QString &name : {QStringLiteral("jack.smith"), QStringLiteral("test2")}) {
        const int row = m_model->rowOf(name);
        QVERIFY(row >= 0);
        QVERIFY(!m_model->index(row, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(m_model->index(row, 0).data(MailboxTableModel::DraftMarkRole).toString(), QString());
    }

    // WHEN the drafted mailbox is then drafted for deletion THEN its row goes
    draft.append(std::make_shared<DeleteMailbox>(QStringLiteral("test.com"), QStringLiteral("drafted")));
    m_model->setDraft(&draft, {appliedId});
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->rowOf(QStringLiteral("drafted")), -1);

    // WHEN the draft is gone THEN so are its marks and rows
    m_model->setDraft(nullptr, {});
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->index(john, MailboxTableModel::QuotaColumn).data().toString(), QStringLiteral("10 MB"));
}

void TestMailboxTableModel::snapshotOnlyOfTheWholeDomain()
{
    // GIVEN a domain loaded in full THEN its snapshot holds every mailbox as the provider said
    m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    QVERIFY(!m_model->snapshot());   // nothing yet
    QVERIFY(waitIdle());
    auto whole = m_model->snapshot();
    QVERIFY(whole);
    QCOMPARE(whole->mailboxes.size(), 8);
    const SnapshotMailbox *john = whole->find(QStringLiteral("john.smith"));
    QVERIFY(john);
    QCOMPARE(john->quotaMb, 10);
    QVERIFY(john->master);
    QVERIFY(whole->fetchedAt.isValid());
    // AND a drafted creation is not in it
    Hostway::MailboxSummary created;
    created.username = QStringLiteral("drafted");
    m_model->setDraftCreations({created}, {QStringLiteral("Create mailbox drafted@test.com")});
    QCOMPARE(m_model->snapshot()->mailboxes.size(), 8);
    // WHEN the list is filtered THEN there is no snapshot: it would miss mailboxes
    m_model->setFilterText(QStringLiteral("john"));
    QVERIFY(waitIdle());
    QVERIFY(!m_model->snapshot());
    // AND a snapshot shown offline gives itself back, with its time
    DomainSnapshot offline;
    offline.fetchedAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    offline.mailboxes = {{QStringLiteral("b.user"), 20, false, QStringLiteral("imap")}, {QStringLiteral("a.user"), 30, true, QStringLiteral("imap")}};
    m_model->setFilterText(QString());
    m_model->setDraftCreations({}, {});
    m_model->showSnapshot(QStringLiteral("offline.example"), offline);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->snapshot()->fetchedAt, offline.fetchedAt);
    QCOMPARE(m_model->snapshot()->find(QStringLiteral("a.user"))->quotaMb, 30);
}

void TestMailboxTableModel::iconsAreMadeOnce()
{
    // A new QIcon per data() call reads its SVG again at every paint.
    m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    QVERIFY(waitIdle());
    const QModelIndex exchange = m_model->index(0, MailboxTableModel::UsernameColumn);
    const QModelIndex john = m_model->index(m_model->rowOf(QStringLiteral("john.smith")), MailboxTableModel::UsernameColumn);
    const auto icon = [](const QModelIndex &index) { return index.data(Qt::DecorationRole).value<QIcon>(); };
    QVERIFY(!icon(john).isNull());
    QCOMPARE(icon(john).cacheKey(), icon(john).cacheKey());
    QCOMPARE(icon(exchange).cacheKey(), icon(exchange).cacheKey());
    QVERIFY(icon(john).cacheKey() != icon(exchange).cacheKey());
}

void TestMailboxTableModel::manyRowsFilteredAndCleared()
{
    // GIVEN 20,000 rows (more than are freed on the GUI thread)
    QList<Hostway::MailboxSummary> rows;
    for (int i = 0; i < 20'000; ++i) {
        Hostway::MailboxSummary m;
        m.username = QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0'));
        m.quotaMb = i % 50;
        m.type = QStringLiteral("imap");
        rows.append(m);
    }
    m_model->showSnapshot(QStringLiteral("many.example"), rows, QDateTime::currentDateTimeUtc());
    QCOMPARE(m_model->rowCount(), 20'000);
    // WHEN filtered to ten, then to none, then back to all
    m_model->setFilterText(QStringLiteral("user1999*"));
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->mailboxAt(9).username, QStringLiteral("user19999"));
    m_model->setFilterText(QStringLiteral("nobody"));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFilterText(QString());
    // THEN every row is back, in order, the rows freed elsewhere never missed
    QCOMPARE(m_model->rowCount(), 20'000);
    QCOMPARE(m_model->mailboxAt(0).username, QStringLiteral("user00000"));
    QCOMPARE(m_model->mailboxAt(19'999).username, QStringLiteral("user19999"));
    QThreadPool::globalInstance()->waitForDone();   // the freed rows gone, the shown ones intact
    QCOMPARE(m_model->mailboxAt(19'999).username, QStringLiteral("user19999"));
}

QTEST_GUILESS_MAIN(TestMailboxTableModel)
#include "tst_mailboxtablemodel.moc"
