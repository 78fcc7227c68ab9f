// GlobalAddressListModel against the sandbox, under live QAbstractItemModelTesters (the model
// and the sorting proxy the GUI puts over it): the demo list, the provider's filter and
// search, a reload after a change, and a failed load.
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/contactoperations.h"
#include "hostwaywait.h"
#include "models/hostway/globaladdresslistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Hostway;

class TestGlobalAddressListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryFieldOfTheList();
    void queriesAreTheProviders();
    void sortsThroughTheProxy();
    void reloadShowsAChange();
    void unknownDomainFailsToLoad();

private:
    [[nodiscard]] bool load(const ContactQuery &query = {});

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
    GlobalAddressListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
};

void TestGlobalAddressListModel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
    m_model = new GlobalAddressListModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    m_sorted = new QSortFilterProxyModel(m_model);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(GlobalAddressListModel::SortRole);
    new QAbstractItemModelTester(m_sorted, QAbstractItemModelTester::FailureReportingMode::QtTest, m_sorted);
}

void TestGlobalAddressListModel::cleanup()
{
    delete m_model;
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

bool TestGlobalAddressListModel::load(const ContactQuery &query)
{
    QSignalSpy loaded(m_model, &GlobalAddressListModel::loaded);
    if (m_model->domain().isEmpty())
        m_model->setSource(m_client.get(), QStringLiteral("test.com"));
    m_model->setQuery(query);
    return loaded.wait() || loaded.size() > 0;
}

void TestGlobalAddressListModel::showsEveryFieldOfTheList()
{
    QVERIFY(load());
    QCOMPARE(m_model->columnCount(), kContactFieldCount);
    QCOMPARE(m_model->headerData(int(ContactField::DisplayName), Qt::Horizontal).toString(), QStringLiteral("Display name"));
    const int reception = m_model->rowOf(QStringLiteral("RECEPTION"));
    QVERIFY(reception >= 0);
    QCOMPARE(m_model->index(reception, int(ContactField::City)).data().toString(), QStringLiteral("Chicago"));
    QCOMPARE(m_model->index(reception, int(ContactField::City)).data(GlobalAddressListModel::NameRole).toString(), QStringLiteral("reception"));
    QCOMPARE(m_model->contactAt(reception).value(ContactField::PostalCode), QStringLiteral("60606"));
    QVERIFY(m_model->isWholeList());
}

void TestGlobalAddressListModel::queriesAreTheProviders()
{
    QVERIFY(load());
    const int all = m_model->rowCount();
    // WHEN the provider searches the company THEN only its contacts stay
    ContactQuery query;
    query.searches = {{ContactField::Company, QStringLiteral("gmbh")}};
    QVERIFY(load(query));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->contactAt(0).name(), QStringLiteral("jonas.becker"));
    QVERIFY(!m_model->isWholeList());
    // WHEN the filter matches nothing THEN the table is empty, not failed
    query = {};
    query.filters = {{ContactField::Email, QStringLiteral("nobody@*")}};
    QVERIFY(load(query));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->lastError().isError());
    // WHEN the conditions go THEN the whole list is back
    QVERIFY(load({}));
    QCOMPARE(m_model->rowCount(), all);
}

void TestGlobalAddressListModel::sortsThroughTheProxy()
{
    QVERIFY(load());
    m_sorted->sort(int(ContactField::City), Qt::DescendingOrder);
    // Lyon, Chicago, Berlin, then the contacts with no city
    QCOMPARE(m_sorted->index(0, int(ContactField::City)).data().toString(), QStringLiteral("Lyon"));
    QCOMPARE(m_sorted->index(2, int(ContactField::City)).data().toString(), QStringLiteral("Berlin"));
    m_sorted->sort(int(ContactField::Name), Qt::AscendingOrder);
    QCOMPARE(m_sorted->index(0, 0).data().toString(), QStringLiteral("it-helpdesk"));
}

void TestGlobalAddressListModel::reloadShowsAChange()
{
    QVERIFY(load());
    const int before = m_model->rowCount();
    DeleteContact remove(QStringLiteral("test.com"), QStringLiteral("reception"));
    QCOMPARE(sendAndWait(m_client.get(), remove.request(m_client->endpoint()), this).first, 204);
    QSignalSpy loaded(m_model, &GlobalAddressListModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("reception")), -1);
}

void TestGlobalAddressListModel::unknownDomainFailsToLoad()
{
    QVERIFY(load());
    QSignalSpy failed(m_model, &GlobalAddressListModel::loadFailed);
    m_model->setSource(m_client.get(), QStringLiteral("nowhere.example"));
    QVERIFY(failed.wait());
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::NotFound);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestGlobalAddressListModel)
#include "tst_globaladdresslistmodel.moc"
