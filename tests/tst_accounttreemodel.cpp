// AccountTreeModel under a live QAbstractItemModelTester while accounts and domains come and go.
#include "core/accounts/accountstore.h"
#include "models/accounttreemodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAccountTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeFollowsTheStore();
    void storeSavesNoPassword();
    void cutNamesHaveTheirWholeNameAsTooltip();

private:
    static Account sample(const QString &name)
    {
        Account a;
        a.displayName = name;
        a.baseUrl = QUrl(QStringLiteral("https://api.hostway.com"));
        a.accountId = QStringLiteral("acct-") + name;
        a.userName = QStringLiteral("admin@partner");
        return a;
    }
};

void TestAccountTreeModel::treeFollowsTheStore()
{
    // GIVEN a store with one account and one domain
    AccountStore store(nullptr);
    const QString first = store.add(sample(QStringLiteral("First")));
    store.addDomain(first, QStringLiteral("Test.com"));
    AccountTreeModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex domain = model.domainIndex(first, QStringLiteral("test.com"));
    QVERIFY(domain.isValid());
    QCOMPARE(domain.data().toString(), QStringLiteral("test.com"));
    const QModelIndex mailboxes = model.mailboxesIndex(first, QStringLiteral("test.com"));
    QCOMPARE(mailboxes.data(AccountTreeModel::NodeTypeRole).toInt(), int(AccountTreeModel::NodeType::Mailboxes));
    QCOMPARE(mailboxes.data(AccountTreeModel::DomainRole).toString(), QStringLiteral("test.com"));
    QCOMPARE(mailboxes.parent(), domain);

    // WHEN accounts and domains are added, renamed and removed
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QString second = store.add(sample(QStringLiteral("Second")));
    store.addDomain(second, QStringLiteral("b.example"));
    store.addDomain(second, QStringLiteral("c.example"));
    store.addDomain(second, QStringLiteral("b.example"));   // once only
    Account renamed = *store.find(first);
    renamed.displayName = QStringLiteral("Renamed");
    store.update(renamed);
    store.removeDomain(second, QStringLiteral("b.example"));

    // THEN the model changed row by row
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.accountIndex(first).data().toString(), QStringLiteral("Renamed"));
    QCOMPARE(model.rowCount(model.accountIndex(second)), 1);
    QVERIFY(model.domainIndex(second, QStringLiteral("c.example")).isValid());
    QVERIFY(!model.domainIndex(second, QStringLiteral("b.example")).isValid());

    store.remove(first);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(AccountTreeModel::AccountIdRole).toString(), second);
}

void TestAccountTreeModel::storeSavesNoPassword()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mailroom.conf"));
    QString id;
    {
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        Account a = sample(QStringLiteral("Saved"));
        id = store.add(a);
        store.addDomain(id, QStringLiteral("test.com"));
        Account ice = sample(QStringLiteral("Ice"));
        ice.provider = QStringLiteral("ice");
        ice.accountId = QStringLiteral("59");
        ice.fieldSpelling = QStringLiteral("table");
        store.add(ice);
    }
    QSettings settings(path, QSettings::IniFormat);
    AccountStore reloaded(&settings);
    QCOMPARE(reloaded.accounts().size(), 2);
    QCOMPARE(reloaded.findByName(QStringLiteral("Ice"))->fieldSpelling, QStringLiteral("table"));
    QCOMPARE(reloaded.findByName(QStringLiteral("Saved"))->fieldSpelling, QString());   // the provider's default
    QCOMPARE(reloaded.accounts().first().id, id);
    QCOMPARE(reloaded.accounts().first().domains, QStringList{QStringLiteral("test.com")});
    QCOMPARE(reloaded.findByName(QStringLiteral("saved"))->accountId, QStringLiteral("acct-Saved"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toLower().contains("password"));
}

void TestAccountTreeModel::cutNamesHaveTheirWholeNameAsTooltip()
{
    AccountStore store(nullptr);
    Account ikoula = sample(QStringLiteral("Ikoula"));
    ikoula.provider = QStringLiteral("ikoula");
    const QString id = store.add(ikoula);
    const QString hostway = store.add(sample(QStringLiteral("Hostway")));
    store.addDomain(hostway, QStringLiteral("a-rather-long-domain-name.example"));
    AccountTreeModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setSubscriptions(id, {{QStringLiteral("10442"), QStringLiteral("Exchange 2019 \u2013 25 BAL"), {}}});
    const QModelIndex subscription = model.subscriptionIndex(id, QStringLiteral("10442"));
    QVERIFY(subscription.isValid());
    QVERIFY2(subscription.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Subscription 10442: Exchange 2019 \u2013 25 BAL")),
             qPrintable(subscription.data(Qt::ToolTipRole).toString()));
    const QModelIndex domain = model.domainIndex(hostway, QStringLiteral("a-rather-long-domain-name.example"));
    QVERIFY(domain.isValid());
    QCOMPARE(domain.data(Qt::ToolTipRole).toString(), QStringLiteral("a-rather-long-domain-name.example"));
}

QTEST_GUILESS_MAIN(TestAccountTreeModel)
#include "tst_accounttreemodel.moc"
