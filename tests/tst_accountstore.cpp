// AccountStore: what it saves reads back field for field, for every provider, and the fuzz
// target's seeds (tests/fuzz/corpus/fuzz_accountsettings) are files it reads as accounts, so
// the fuzzer starts from inputs that reach the account checks.
#include "core/accounts/accountstore.h"
#include "core/accounts/demoaccount.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAccountStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProvidersAccountReadsBack();
    void fuzzSeedsAreAccounts();
    void damagedSizeReadsOnlyTheAccountsPresent();
    void earlierSpellingKeyIsRead();
};

void TestAccountStore::everyProvidersAccountReadsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mailroom.ini"));
    QFile pem(QFINDTESTDATA("../sandbox/demo/ikoula-public.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    Account ice = DemoAccount::makeIce(8082);
    ice.fieldSpelling = QStringLiteral("table");
    const QList<Account> saved = {DemoAccount::make(8080),
                                  DemoAccount::makeIkoula(8081, pem.readAll()),
                                  ice, DemoAccount::makeWebitel(8083), DemoAccount::makeOwner(8084)};
    {
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        for (const Account &account : saved)
            store.add(account);
    }
    QSettings settings(path, QSettings::IniFormat);
    const AccountStore store(&settings);
    QCOMPARE(store.accounts().size(), saved.size());
    for (int i = 0; i < saved.size(); ++i) {
        const Account &want = saved.at(i);
        const Account &got = store.accounts().at(i);
        QVERIFY(!got.id.isEmpty());
        QCOMPARE(got.provider, want.provider);
        QCOMPARE(got.displayName, want.displayName);
        QCOMPARE(got.baseUrl, want.baseUrl);
        QCOMPARE(got.accountId, want.accountId);
        QCOMPARE(got.userName, want.userName);
        QCOMPARE(got.domains, want.domains);
        QCOMPARE(got.publicKeyPem, want.publicKeyPem);
        QCOMPARE(got.fieldSpelling, want.fieldSpelling);
        QCOMPARE(got.kind, want.kind);   // a Hostway mailbox owner's
        QCOMPARE(got.problems(), QStringList());
    }
}

void TestAccountStore::fuzzSeedsAreAccounts()
{
    const QDir corpus(QFINDTESTDATA("fuzz/corpus/fuzz_accountsettings"));
    const QStringList seeds = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY(seeds.size() >= 5);
    QSet<QString> providers;
    for (const QString &seed : seeds) {
        QSettings settings(corpus.filePath(seed), QSettings::IniFormat);
        const AccountStore store(&settings);
        QVERIFY2(!store.accounts().isEmpty(), qPrintable(seed + QStringLiteral(" holds no account")));
        for (const Account &account : store.accounts()) {
            QVERIFY2(account.problems().isEmpty(), qPrintable(seed + QLatin1Char(' ') + account.problems().join(u' ')));
            providers.insert(account.provider);
        }
    }
    QCOMPARE(providers.size(), 4);
}

void TestAccountStore::damagedSizeReadsOnlyTheAccountsPresent()
{
    // GIVEN a settings file whose array claims two billion accounts and holds one
    // (fuzz_accountsettings found a file claiming 128,082 that took 14 s to read)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mailroom.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[accounts]\n1\\id=a1\n1\\provider=webitel\n1\\baseUrl=https://w.example\n1\\userName=u\nsize=2000000000\n");
    file.close();
    // WHEN it is read THEN the one account is there, at once
    QSettings settings(path, QSettings::IniFormat);
    const AccountStore store(&settings);
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().constFirst().id, QStringLiteral("a1"));
}

void TestAccountStore::earlierSpellingKeyIsRead()
{
    // GIVEN an ICE account saved when the spelling was kept as "iceFieldNames"
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("old.ini")), QSettings::IniFormat);
    settings.beginWriteArray(QStringLiteral("accounts"));
    settings.setArrayIndex(0);
    settings.setValue(QStringLiteral("id"), QStringLiteral("a1"));
    settings.setValue(QStringLiteral("provider"), QStringLiteral("ice"));
    settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://www.enterice.com"));
    settings.setValue(QStringLiteral("iceFieldNames"), QStringLiteral("table"));
    settings.endArray();
    // THEN it reads as the account's field spelling
    const AccountStore store(&settings);
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().first().fieldSpelling, QStringLiteral("table"));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
