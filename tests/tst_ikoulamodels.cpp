// The Ikoula table models and the tree's subscriptions, each under a live
// QAbstractItemModelTester while their contents change.
#include "core/accounts/accountstore.h"
#include "models/accounttreemodel.h"
#include "models/ikoula/baltablemodel.h"
#include "models/ikoula/billingtablemodel.h"
#include "models/ikoula/contacttablemodel.h"
#include "models/ikoula/distributionlistmodel.h"
#include "models/ikoula/listmembermodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Ikoula;

class TestIkoulaModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void balTableShowsSizesAndSortsByKilobytes();
    void listsAndMembers();
    void contactsAndBilling();
    void treeShowsSubscriptionsAndOrganisations();
    void draftMarksFollowTheRowsTheDraftChanges();

private:
    static Bal bal(const char *email, qint64 quotaKb, qint64 usedKb)
    {
        Bal b;
        b.email = QLatin1String(email);
        b.details.displayName = QString::fromLatin1(email).section(QLatin1Char('@'), 0, 0);
        b.quotas.prohibitSendReceiveKb = quotaKb;
        b.usedKb = usedKb;
        return b;
    }
};

void TestIkoulaModels::balTableShowsSizesAndSortsByKilobytes()
{
    BalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(SimpleTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest, &sorted);

    // GIVEN three mailboxes: 2 GB, 900 MB and no limit
    Bal room = bal("room@x.fr", 0, 10);
    room.kind = BalKind::Room;
    room.smtpForwardTo = QStringLiteral("out@gmail.example");
    model.setBals({bal("a@x.fr", 2 * 1024 * 1024, 1024), bal("b@x.fr", 900 * 1024, 0), room});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BalTableModel::ColumnCount));
    // THEN sizes read in whole MB, as every quota in the window, and the unlimited one says so
    QCOMPARE(model.index(0, BalTableModel::Quota).data().toString(), QStringLiteral("2,048 MB"));
    QCOMPARE(model.index(1, BalTableModel::Quota).data().toString(), QStringLiteral("900 MB"));
    QCOMPARE(model.index(2, BalTableModel::Quota).data().toString(), QStringLiteral("No limit"));
    QCOMPARE(model.index(2, BalTableModel::Type).data().toString(), QStringLiteral("Room"));
    QCOMPARE(model.index(2, BalTableModel::Forwarding).data().toString(), QStringLiteral("SMTP: out@gmail.example"));
    // AND sorting by quota goes by kilobytes, "no limit" last
    sorted.sort(BalTableModel::Quota, Qt::AscendingOrder);
    QCOMPARE(sorted.index(0, BalTableModel::Email).data().toString(), QStringLiteral("b@x.fr"));
    QCOMPARE(sorted.index(2, BalTableModel::Email).data().toString(), QStringLiteral("room@x.fr"));
    QCOMPARE(model.rowOf(QStringLiteral("B@X.FR")), 1);
    model.setBals({});
    QCOMPARE(sorted.rowCount(), 0);
}

void TestIkoulaModels::listsAndMembers()
{
    DistributionListModel lists;
    QAbstractItemModelTester tester(&lists, QAbstractItemModelTester::FailureReportingMode::QtTest, &lists);
    lists.setLists({{QStringLiteral("team@x.fr"), QStringLiteral("Team"), QStringLiteral("a@x.fr"), {QStringLiteral("a@x.fr"), QStringLiteral("b@x.fr")}}});
    QCOMPARE(lists.index(0, DistributionListModel::Members).data().toInt(), 2);
    QCOMPARE(lists.rowOf(QStringLiteral("TEAM@x.fr")), 0);

    ListMemberModel members;
    QAbstractItemModelTester memberTester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest, &members);
    members.setMembers(lists.lists().at(0).members);
    members.addMember(QStringLiteral("c@x.fr"));
    members.addMember(QStringLiteral("C@x.fr"));   // already there
    QCOMPARE(members.rowCount(), 3);
    QVERIFY(members.removeMember(QStringLiteral("A@X.FR")));
    QVERIFY(!members.removeMember(QStringLiteral("nobody@x.fr")));
    QCOMPARE(members.members(), (QStringList{QStringLiteral("b@x.fr"), QStringLiteral("c@x.fr")}));
    QCOMPARE(members.index(1, 0).data().toString(), QStringLiteral("c@x.fr"));
}

void TestIkoulaModels::contactsAndBilling()
{
    ContactTableModel contacts;
    QAbstractItemModelTester tester(&contacts, QAbstractItemModelTester::FailureReportingMode::QtTest, &contacts);
    contacts.setContacts({{QStringLiteral("4101"), QStringLiteral("a@b.fr"), QStringLiteral("Primeurs")}});
    QCOMPARE(contacts.index(0, ContactTableModel::Id).data().toString(), QStringLiteral("4101"));

    BillingTableModel billing;
    QAbstractItemModelTester billingTester(&billing, QAbstractItemModelTester::FailureReportingMode::QtTest, &billing);
    billing.setLines({{QStringLiteral("2026-10-01"), QStringLiteral("BAL"), QStringLiteral("9"), QStringLiteral("44.91"), QStringLiteral("EUR"), QStringLiteral("FA-1")},
                      {QStringLiteral("soon"), QStringLiteral("BAL"), QStringLiteral("1"), QStringLiteral("n/a"), QString(), QStringLiteral("FA-2")}});
    QVERIFY(billing.index(0, BillingTableModel::Amount).data().toString().contains(QLatin1String("44.91")));
    QCOMPARE(billing.index(0, BillingTableModel::Amount).data(SimpleTableModel::SortRole).toDouble(), 44.91);
    QCOMPARE(billing.index(1, BillingTableModel::Date).data().toString(), QStringLiteral("soon"));   // unreadable dates kept as text
    QCOMPARE(billing.index(1, BillingTableModel::Amount).data().toString(), QStringLiteral("n/a"));
}

void TestIkoulaModels::treeShowsSubscriptionsAndOrganisations()
{
    AccountStore store(nullptr);
    Account account;
    account.provider = QStringLiteral("ikoula");
    account.displayName = QStringLiteral("Ikoula");
    account.baseUrl = QUrl(QStringLiteral("https://api.ikoula.com"));
    account.userName = QStringLiteral("admin");
    const QString id = store.add(account);
    AccountTreeModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QCOMPARE(model.rowCount(model.accountIndex(id)), 0);   // nothing until the API has listed

    const QList<AccountTreeModel::Subscription> subscriptions = {{QStringLiteral("10442"), QStringLiteral("Pro"),
                                                {{QStringLiteral("2031"), QStringLiteral("Brasserie")}, {QStringLiteral("2032"), QStringLiteral("Atelier")}}}};
    model.setSubscriptions(id, subscriptions);
    const QModelIndex sub = model.subscriptionIndex(id, QStringLiteral("10442"));
    QCOMPARE(sub.data().toString(), QStringLiteral("Pro (10442)"));
    QCOMPARE(model.rowCount(sub), 2);
    const QModelIndex lists = model.organisationIndex(id, QStringLiteral("10442"), QStringLiteral("2031"), AccountTreeModel::NodeType::DistributionLists);
    QCOMPARE(lists.data().toString(), QStringLiteral("Distribution Lists"));
    QCOMPARE(lists.data(AccountTreeModel::OrganisationRole).toString(), QStringLiteral("2031"));
    QCOMPARE(lists.data(AccountTreeModel::SubscriptionRole).toString(), QStringLiteral("10442"));
    QCOMPARE(model.rowCount(model.organisationIndex(id, QStringLiteral("10442"), QStringLiteral("2031"))), 3);

    // The same list again keeps the nodes (selection survives a refresh); a new one replaces them.
    const QPersistentModelIndex kept(lists);
    model.setSubscriptions(id, subscriptions);
    QVERIFY(kept.isValid());
    model.setSubscriptions(id, {});
    QVERIFY(!kept.isValid());
    QCOMPARE(model.rowCount(model.accountIndex(id)), 0);
    // Editing the account does not drop the listed subscriptions.
    model.setSubscriptions(id, subscriptions);
    Account edited = *store.find(id);
    edited.displayName = QStringLiteral("Ikoula (renamed)");
    store.update(edited);
    QCOMPARE(model.rowCount(model.accountIndex(id)), 1);
}

void TestIkoulaModels::draftMarksFollowTheRowsTheDraftChanges()
{
    BalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setBals({bal("ann@x.fr", 1024, 10), bal("bob@x.fr", 1024, 10), bal("cyd@x.fr", 1024, 10)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // GIVEN a draft that changes ann (any case) and deletes cyd
    model.setDraftMarks({{QStringLiteral("ann@x.fr"), {QStringLiteral("Set the quotas of ann@x.fr"), false}},
                         {QStringLiteral("cyd@x.fr"), {QStringLiteral("Delete mailbox cyd@x.fr"), true}}});

    // THEN their rows say so, in italics, cyd's struck out; bob's row is as it was
    QCOMPARE(changed.size(), 1);
    const auto at = [&model](int row, int role) { return model.index(row, BalTableModel::Name).data(role); };
    QCOMPARE(at(0, SimpleTableModel::DraftMarkRole).toString(), QStringLiteral("Set the quotas of ann@x.fr"));
    QVERIFY(at(0, Qt::FontRole).value<QFont>().italic());
    QVERIFY(!at(0, Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(at(2, Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(at(0, Qt::ToolTipRole).toString().contains(QLatin1String("quotas")));
    QVERIFY(at(1, SimpleTableModel::DraftMarkRole).toString().isEmpty());
    QVERIFY(!at(1, Qt::FontRole).isValid());
    QCOMPARE(at(1, Qt::DisplayRole).toString(), QStringLiteral("bob"));
    // AND they survive a reload of the rows, and go when the draft does
    model.setBals({bal("cyd@x.fr", 1024, 10)});
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    model.setDraftMarks({});
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
}

QTEST_MAIN(TestIkoulaModels)
#include "tst_ikoulamodels.moc"
