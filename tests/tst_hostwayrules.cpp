// Hostway's documented password rules and mailbox name pattern (seed 003, mailbox PUT).
#include "core/providers/hostway/hostwayrules.h"

#include <QSet>
#include <QTest>

using namespace Hostway::Rules;
Q_DECLARE_METATYPE(Hostway::Rules::PasswordRule)

class TestHostwayRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedPasswordsMeetEveryRule();
    void passwordRules_data();
    void passwordRules();
    void mailboxNames_data();
    void mailboxNames();
};

void TestHostwayRules::generatedPasswordsMeetEveryRule()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString password = Hostway::Rules::generatePassword(QStringLiteral("abc.user"), QStringLiteral("test.com"));
        QVERIFY2(Hostway::Rules::passwordProblems(password, QStringLiteral("abc.user"), QStringLiteral("test.com")).isEmpty(), qPrintable(password));
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 200);   // drawn anew each time
}

void TestHostwayRules::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QList<PasswordRule>>("broken");

    const QString u = QStringLiteral("john.smith");
    const QString d = QStringLiteral("test.com");
    using L = QList<PasswordRule>;
    QTest::newRow("documented create example") << "pWord123$" << u << d << L{};
    QTest::newRow("documented update example") << "!q2w3e4R" << u << d << L{};
    QTest::newRow("too short") << "aB3$" << u << d << L{PasswordRule::MinLength};
    QTest::newRow("too long") << QString(QStringLiteral("aB3$") + QString(125, QLatin1Char('x'))) << u << d << L{PasswordRule::MaxLength};
    QTest::newRow("no digit") << "xBcdefg$" << u << d << L{PasswordRule::Digit};
    QTest::newRow("no capital") << "abxdef3$" << u << d << L{PasswordRule::Capital};
    QTest::newRow("no lower case") << "ABXDEF3$" << u << d << L{PasswordRule::LowerCase};
    QTest::newRow("underscore is not special") << "test_password1" << QStringLiteral("x") << QStringLiteral("q.org")
        << L{PasswordRule::Capital, PasswordRule::Special};
    QTest::newRow("pass prefix, any case") << "PaSsword9$" << u << d << L{PasswordRule::NoPassPrefix};
    QTest::newRow("abc prefix, documented failure") << "abc1234" << u << d
        << L{PasswordRule::MinLength, PasswordRule::Capital, PasswordRule::Special, PasswordRule::NoAbcPrefix};
    QTest::newRow("123 prefix") << "123xY$abc" << u << d << L{PasswordRule::No123Prefix};
    QTest::newRow("contains second-level domain") << "Xy9$TEST!" << u << d << L{PasswordRule::NoSecondLevelDomain};
    QTest::newRow("contains username") << "Xy9$John.Smith" << u << d << L{PasswordRule::NoUsername};
    QTest::newRow("starts with username's 3 letters") << "Joh9$abcd" << u << d << L{PasswordRule::NoUsernamePrefix};
    QTest::newRow("documented 201 that breaks rules") << "pword1234" << u << d << L{PasswordRule::Capital, PasswordRule::Special};
}

void TestHostwayRules::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(QString, username);
    QFETCH(QString, domain);
    QFETCH(QList<PasswordRule>, broken);

    QList<PasswordRule> actual;
    const auto checks = checkPassword(password, username, domain);
    QCOMPARE(checks.size(), 12);
    for (const RuleCheck &check : checks) {
        QVERIFY(!check.text.isEmpty());
        if (!check.met)
            actual.append(check.rule);
    }
    QCOMPARE(actual, broken);
    QCOMPARE(isPasswordAcceptable(password, username, domain), broken.isEmpty());
    QCOMPARE(passwordProblems(password, username, domain).size(), broken.size());
}

void TestHostwayRules::mailboxNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "test" << true;
    QTest::newRow("dots and underscore") << "john.smith_2" << true;
    QTest::newRow("capitals and digits") << "Sales2024" << true;
    QTest::newRow("hyphen is Exchange-only") << "mfg-mbox" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "john smith" << false;
    QTest::newRow("at sign") << "john@test.com" << false;
    QTest::newRow("accented") << QStringLiteral("jos\u00e9") << false;
}

void TestHostwayRules::mailboxNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidMailboxName(name), valid);
    QCOMPARE(mailboxNameProblem(name).isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestHostwayRules)
#include "tst_hostwayrules.moc"
