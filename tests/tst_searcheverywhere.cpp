// Search Everywhere in core: SearchTerm's reading of what is typed, and SearchEverywhere over
// the demo's accounts (Hostway administrator and mailbox owner, Ikoula, Webitel, ICE) against
// the sandbox over loopback HTTP. No keychain (D-Bus points at nothing): the passwords are
// remembered for the session, as once signed in; a search never asks one.
#include "core/accounts/demoaccount.h"
#include "core/providers/hostway/hostwaysearch.h"
#include "core/providers/hostway/mailboxowner.h"
#include "core/search/accountsearch.h"
#include "core/search/searcheverywhere.h"
#include "sandbox/ikoulasimulator.h"
#include "sessionfixture.h"

#include <QSignalSpy>
#include <QTest>

namespace {

/// The hits' names, sorted, as one comparable list.
QStringList names(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out.append(h.name);
    out.sort();
    return out;
}

} // namespace

class TestSearchEverywhere final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void termMatches_data();
    void termMatches();
    void hitSurvivesTheSettings();

    void findsAcrossEveryAccount();
    void domainPartNarrowsTheDomains();
    void ikoulaFindsListsAndContacts();
    void domainsOfEveryProvider();
    void largeDomainSaysHowManyMore();
    void refusedPasswordIsAProblemNotAnEnd();
    void accountWithoutPasswordIsNotAsked();
    void cancelDropsEveryAnswer();
    void tooShortSearchesNothing();

private:
    /// Runs one search to its end; the hits found.
    QList<SearchHit> searchAll(const QString &term);

    std::unique_ptr<SessionFixture> m_f;
    std::unique_ptr<SearchEverywhere> m_search;
    QStringList m_failures;   ///< searchAll()'s searches that did not end as they should
};

void TestSearchEverywhere::init()
{
    m_f = std::make_unique<SessionFixture>();
    QVERIFY(m_f->sandbox.isListening());
    const quint16 port = m_f->sandbox.port();
    for (const Account &a : {DemoAccount::make(port), DemoAccount::makeOwner(port),
                             DemoAccount::makeIkoula(port, Sandbox::IkoulaSimulator::demoPublicKey()), DemoAccount::makeWebitel(port),
                             DemoAccount::makeIce(port)})
        m_f->add(a, Hostway::MailboxOwner::isOwnerKind(a.kind) ? DemoAccount::ownerPassword() : DemoAccount::password());
    m_search = std::make_unique<SearchEverywhere>(&m_f->accounts, &m_f->sessions);
}

void TestSearchEverywhere::cleanup()
{
    // A search that did not run to its end fails the test that ran it (an empty result
    // would otherwise pass as "nothing found").
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QStringLiteral("; "))));
    m_failures.clear();
    m_search.reset();
    m_f.reset();
}

QList<SearchHit> TestSearchEverywhere::searchAll(const QString &term)
{
    QList<SearchHit> hits;
    QSignalSpy finished(m_search.get(), &SearchEverywhere::finished);
    auto connection = connect(m_search.get(), &SearchEverywhere::found, this, [&hits](const QList<SearchHit> &more) { hits.append(more); });
    if (!m_search->start(term)) {
        m_failures.append(QStringLiteral("%1: not started").arg(term));
        return {};
    }
    if (finished.isEmpty() && !finished.wait(30000))
        m_failures.append(QStringLiteral("%1: did not end").arg(term));
    disconnect(connection);
    if (finished.size() != 1 || finished.first().first().toBool())
        m_failures.append(QStringLiteral("%1: ended %2 times, or was cancelled").arg(term).arg(finished.size()));
    return hits;
}

void TestSearchEverywhere::termMatches_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<bool>("matches");
    QTest::newRow("part of the name") << "smith" << "john.smith@test.com" << "" << true;
    QTest::newRow("any case") << "SMITH" << "john.smith@test.com" << "" << true;
    QTest::newRow("the display name") << "pierre" << "p.morel@cabinet-morel.fr" << "Pierre Morel" << true;
    QTest::newRow("each part in its own") << "john@test" << "john.smith@test.com" << "" << true;
    QTest::newRow("domain part elsewhere") << "john@big" << "john.smith@test.com" << "" << false;
    QTest::newRow("name part only") << "smith@" << "john.smith@test.com" << "" << true;
    QTest::newRow("not there") << "brown" << "john.smith@test.com" << "John Smith" << false;
    QTest::newRow("empty finds nothing") << "" << "john.smith@test.com" << "" << false;
}

void TestSearchEverywhere::termMatches()
{
    QFETCH(QString, term);
    QFETCH(QString, address);
    QFETCH(QString, displayName);
    QFETCH(bool, matches);
    QCOMPARE(SearchTerm::parse(term).matches(address, displayName), matches);
}

void TestSearchEverywhere::hitSurvivesTheSettings()
{
    SearchHit hit;
    hit.accountId = QStringLiteral("a1");
    hit.kind = SearchHit::Kind::DistributionList;
    hit.name = QStringLiteral("team@example.fr");
    hit.subscription = QStringLiteral("s1");
    hit.organisation = QStringLiteral("o1");
    hit.object = QStringLiteral("team@example.fr");
    const SearchHit read = SearchHit::fromVariant(hit.toVariant());
    QVERIFY(read == hit);
    QCOMPARE(read.name, hit.name);
    // A note is not kept as a recent item: it opens nothing.
    hit.kind = SearchHit::Kind::Problem;
    QVERIFY(SearchHit::fromVariant(hit.toVariant()).accountId.isEmpty());
}

void TestSearchEverywhere::findsAcrossEveryAccount()
{
    // GIVEN the demo's five accounts WHEN "smith" is searched
    QSignalSpy progress(m_search.get(), &SearchEverywhere::progress);
    const QList<SearchHit> hits = searchAll(QStringLiteral("smith"));
    // THEN the administrator's two mailboxes of test.com and the owner's own are found
    QCOMPARE(names(hits), QStringList({QStringLiteral("jack.smith@test.com"), QStringLiteral("john.smith@test.com"),
                                       QStringLiteral("john.smith@test.com")}));
    int owners = 0;
    for (const SearchHit &h : hits) {
        QCOMPARE(h.kind, SearchHit::Kind::Mailbox);
        QVERIFY(!h.object.isEmpty());
        const Account account = *m_f->accounts.find(h.accountId);
        if (account.accountId.isEmpty()) {   // the owner's node is the account itself
            ++owners;
            QVERIFY(h.domain.isEmpty());
        } else {
            QCOMPARE(h.domain, QStringLiteral("test.com"));
            QVERIFY(h.name.startsWith(h.object + QLatin1Char('@')));
        }
    }
    QCOMPARE(owners, 1);
    // and every account was heard from, counted as it answered, no password asked
    QCOMPARE(m_f->prompts, 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
}

void TestSearchEverywhere::domainPartNarrowsTheDomains()
{
    QCOMPARE(names(searchAll(QStringLiteral("smith@big"))), QStringList());   // nor the domain big.example itself
    QCOMPARE(names(searchAll(QStringLiteral("jack@test"))), QStringList({QStringLiteral("jack.smith@test.com")}));
}

void TestSearchEverywhere::ikoulaFindsListsAndContacts()
{
    const QList<SearchHit> hits = searchAll(QStringLiteral("morel"));
    QVERIFY(!hits.isEmpty());
    QSet<SearchHit::Kind> kinds;
    for (const SearchHit &h : hits) {
        QVERIFY2(h.name.contains(QStringLiteral("morel"), Qt::CaseInsensitive) || h.detail.contains(QStringLiteral("morel"), Qt::CaseInsensitive),
                 qPrintable(h.name));
        QVERIFY(!h.subscription.isEmpty());
        QVERIFY(!h.organisation.isEmpty());
        QCOMPARE(h.object, h.name);
        kinds.insert(h.kind);
    }
    QVERIFY(kinds.contains(SearchHit::Kind::Mailbox));    // p.morel@cabinet-morel.fr
    QVERIFY(kinds.contains(SearchHit::Kind::Contact));    // expert@cabinet-morel.fr, in the brasserie's list
}

void TestSearchEverywhere::domainsOfEveryProvider()
{
    // Webitel's domain, ICE's skills and Hostway's domains are found by name.
    const QList<SearchHit> webitel = searchAll(QStringLiteral("demo.web"));
    QCOMPARE(names(webitel), QStringList({QStringLiteral("demo.webitel")}));
    QCOMPARE(webitel.first().kind, SearchHit::Kind::Domain);
    QCOMPARE(webitel.first().domain, QStringLiteral("demo.webitel"));
    // (big.example's dave.0663 is found too: only the domains are compared here)
    QList<SearchHit> skills = searchAll(QStringLiteral("663"));
    skills.removeIf([](const SearchHit &h) { return h.kind != SearchHit::Kind::Domain; });
    QCOMPARE(names(skills), QStringList({QStringLiteral("663")}));
    const QList<SearchHit> big = searchAll(QStringLiteral("@big.ex"));
    QCOMPARE(names(big), QStringList({QStringLiteral("big.example")}));
}

void TestSearchEverywhere::largeDomainSaysHowManyMore()
{
    // big.example has 200 "alice" mailboxes (every tenth of 2,000): the first page, then a note.
    const QList<SearchHit> hits = searchAll(QStringLiteral("alice"));
    int mailboxes = 0;
    QList<SearchHit> more;
    for (const SearchHit &h : hits) {
        if (h.kind == SearchHit::Kind::Mailbox)
            ++mailboxes;
        else if (h.kind == SearchHit::Kind::More)
            more.append(h);
    }
    QCOMPARE(mailboxes, HostwaySearch::kPageSize);
    QCOMPARE(more.size(), 1);
    QCOMPARE(more.first().domain, QStringLiteral("big.example"));
    QVERIFY2(more.first().name.contains(QString::number(200 - HostwaySearch::kPageSize)), qPrintable(more.first().name));
    QVERIFY(!more.first().isObject());
}

void TestSearchEverywhere::refusedPasswordIsAProblemNotAnEnd()
{
    // The administrator's password is wrong: each of its domains says so; the rest is found.
    const Account admin = m_f->accounts.accounts().first();
    m_f->credentials.remember(admin.keychainKey(), QStringLiteral("wrong"));
    const QList<SearchHit> hits = searchAll(QStringLiteral("smith"));
    int problems = 0;
    for (const SearchHit &h : hits) {
        if (h.accountId == admin.id) {
            QCOMPARE(h.kind, SearchHit::Kind::Problem);
            ++problems;
        }
    }
    QCOMPARE(problems, 2);   // test.com and big.example
    QCOMPARE(names(hits).filter(QStringLiteral("smith@test.com")), QStringList({QStringLiteral("john.smith@test.com")}));
}

void TestSearchEverywhere::accountWithoutPasswordIsNotAsked()
{
    // GIVEN an account never signed in to (no password in the session or the keychain)
    Account unknown = DemoAccount::make(m_f->sandbox.port());
    unknown.displayName = QStringLiteral("Never signed in");
    unknown.userName = QStringLiteral("someone-else");
    const QString id = m_f->accounts.add(unknown);
    // WHEN a search runs THEN it says so for that account, asks nothing, and finds the rest
    const QList<SearchHit> hits = searchAll(QStringLiteral("jack"));
    QCOMPARE(m_f->prompts, 0);
    QList<SearchHit> problems;
    for (const SearchHit &h : hits) {
        if (h.accountId == id)
            problems.append(h);
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, SearchHit::Kind::Problem);
    QVERIFY2(problems.first().name.contains(QStringLiteral("no password")), qPrintable(problems.first().name));
    QCOMPARE(names(hits).filter(QStringLiteral("jack.smith")), QStringList({QStringLiteral("jack.smith@test.com")}));
}

void TestSearchEverywhere::cancelDropsEveryAnswer()
{
    QSignalSpy found(m_search.get(), &SearchEverywhere::found);
    QSignalSpy finished(m_search.get(), &SearchEverywhere::finished);
    QVERIFY(m_search->start(QStringLiteral("alice")));
    QVERIFY(m_search->isRunning());
    m_search->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    const qsizetype before = found.size();
    QTest::qWait(500);   // the sandbox would have answered by now
    QCOMPARE(found.size(), before);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_search->isRunning());
    QTRY_COMPARE(m_f->tracker.inFlight(), 0);   // nothing left running (aborted, or never sent)
}

void TestSearchEverywhere::tooShortSearchesNothing()
{
    QSignalSpy progress(m_search.get(), &SearchEverywhere::progress);
    QVERIFY(!m_search->start(QStringLiteral(" a ")));
    QVERIFY(!m_search->isRunning());
    QVERIFY(progress.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchEverywhere)
#include "tst_searcheverywhere.moc"
