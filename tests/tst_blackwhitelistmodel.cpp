// BlackWhiteListModel against the sandbox, under a live QAbstractItemModelTester: the seed's
// example list, paging by fetchMore, the provider's filter and sort, and a failed load.
#include "core/net/apijob.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "models/hostway/blackwhitelistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Hostway;

class TestBlackWhiteListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheExampleList();
    void pagesFilterAndSortAreTheProviders();
    void unknownMailboxFailsToLoad();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
    BlackWhiteListModel *m_model = nullptr;
};

void TestBlackWhiteListModel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
    m_model = new BlackWhiteListModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestBlackWhiteListModel::cleanup()
{
    delete m_model;
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestBlackWhiteListModel::showsTheExampleList()
{
    QSignalSpy loaded(m_model, &BlackWhiteListModel::loaded);
    m_model->setSource(m_client.get(), QStringLiteral("test.com"), QStringLiteral("test"));
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->totalCount(), 4);
    QCOMPARE(m_model->index(0, BlackWhiteListModel::AddressColumn).data().toString(), QStringLiteral("@sometestdomain.com"));
    QCOMPARE(m_model->index(0, BlackWhiteListModel::ListColumn).data().toString(), QStringLiteral("Blocked"));
    QCOMPARE(m_model->index(1, BlackWhiteListModel::ListColumn).data().toString(), QStringLiteral("Allowed"));
    QCOMPARE(m_model->index(1, 0).data(BlackWhiteListModel::TypeRole).toString(), QStringLiteral("W"));
    QVERIFY(m_model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("sometestdomain.com")));
    QVERIFY(!m_model->canFetchMore({}));
}

void TestBlackWhiteListModel::pagesFilterAndSortAreTheProviders()
{
    // GIVEN 150 more blocked senders (one PUT)
    QList<BlackWhiteEntry> many;
    for (int i = 0; i < 150; ++i)
        many.append({QStringLiteral("spammer%1@bulk.example").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("B")});
    bool done = false;
    int status = 0;
    m_client->send(Requests::putBlackWhite(m_client->endpoint(), QStringLiteral("test.com"), QStringLiteral("test"), many), this,
                   [&](ApiJob *job) { status = job->httpStatus(); done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(status, 204);

    // WHEN listed: the first page of 100, then the rest as the view asks for more
    QSignalSpy loaded(m_model, &BlackWhiteListModel::loaded);
    m_model->setSource(m_client.get(), QStringLiteral("test.com"), QStringLiteral("test"));
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->totalCount(), 154);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({}));   // one page at a time
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 154);
    QVERIFY(!m_model->canFetchMore({}));

    // WHEN filtered by address and list: the provider's answer, from the first page
    m_model->setFilter(QStringLiteral("*somedomain*"), QString());
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setFilter(QString(), QStringLiteral("W"));
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 1);

    // WHEN sorted descending by address; the List column does not sort
    m_model->setFilter(QString(), QString());
    QVERIFY(loaded.wait());
    m_model->sort(BlackWhiteListModel::AddressColumn, Qt::DescendingOrder);
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("spammer149@bulk.example"));
    m_model->sort(BlackWhiteListModel::ListColumn, Qt::AscendingOrder);
    QVERIFY(!m_model->isLoading());   // nothing asked of the provider
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("spammer149@bulk.example"));
}

void TestBlackWhiteListModel::unknownMailboxFailsToLoad()
{
    QSignalSpy failed(m_model, &BlackWhiteListModel::loadFailed);
    m_model->setSource(m_client.get(), QStringLiteral("test.com"), QStringLiteral("nobody"));
    QVERIFY(failed.wait());
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::NotFound);
    QCOMPARE(m_model->rowCount(), 0);
    // Cleared: nothing listed, nothing to fetch
    m_model->setSource(nullptr, QString(), QString());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

QTEST_MAIN(TestBlackWhiteListModel)
#include "tst_blackwhitelistmodel.moc"
