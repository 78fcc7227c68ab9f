// DraftSecrets against a real Secret Service (scripts/test.sh provides one), and, registered a
// second time as tst_draftsecrets_nokeychain with no session bus, against none at all.
#include "core/credentials/credentialstore.h"
#include "core/drafts/draft.h"
#include "core/drafts/draftsecrets.h"
#include "core/providers/hostway/mailboxoperations.h"

#include <QTest>

#include <optional>

class TestDraftSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedSecretsGoToTheKeychainNotToMemory();
    void refusedSecretsStayInMemoryAndAreReported();
    void forgetRemovesEverySecretOfTheDraft();

private:
    /// A draft with two password changes; their passwords are set on the operations only.
    [[nodiscard]] Draft draftWithPasswords(QList<DraftSecrets::Secret> *secrets) const;
    [[nodiscard]] std::optional<QString> readBack(const QString &key);
    [[nodiscard]] QString store(const QList<DraftSecrets::Secret> &secrets);

    CredentialStore m_store{QStringLiteral("org.mailroom.Mailroom.tests")};
    DraftSecrets m_secrets{&m_store, this};
    bool m_keychain = false;
};

void TestDraftSecrets::initTestCase()
{
    const bool expectNone = qEnvironmentVariableIntValue("MAILROOM_EXPECT_NO_KEYCHAIN") == 1;
    const QString probe = store({{QStringLiteral("probe"), QStringLiteral("x")}});
    QVERIFY2(probe != QLatin1String("timed out"), "the keychain did not answer");
    m_keychain = probe.isEmpty();
    m_secrets.remove({{QStringLiteral("probe"), QStringLiteral("x")}});
    if (expectNone && m_keychain)
        QFAIL("a keychain answered although the session bus is gone");
    if (!expectNone && !m_keychain) {
        if (qEnvironmentVariableIntValue("MAILROOM_REQUIRE_KEYCHAIN") == 1)
            QFAIL("no usable keychain");
        QSKIP("No Secret Service in this session; scripts/test.sh provides one.");
    }
}

Draft TestDraftSecrets::draftWithPasswords(QList<DraftSecrets::Secret> *secrets) const
{
    Draft draft = Draft::create({QStringLiteral("hostway"), QUrl(QStringLiteral("https://api.example")), QStringLiteral("acct"),
                                 QStringLiteral("admin")});
    for (const QString &name : {QStringLiteral("anna"), QStringLiteral("bob")}) {
        auto op = std::make_shared<UpdateMailbox>(QStringLiteral("example.com"), name);
        op->setPassword(QStringLiteral("Pw-of-%1-9x!").arg(name));
        const QString id = draft.append(op);
        secrets->append(DraftSecrets::typed(draft, id, *op));
    }
    return draft;
}

QString TestDraftSecrets::store(const QList<DraftSecrets::Secret> &secrets)
{
    auto failure = std::make_shared<std::optional<QString>>();   // outlives a timeout
    m_secrets.store(secrets, [failure](const QString &f) { *failure = f; });
    if (!QTest::qWaitFor([failure] { return failure->has_value(); }, 20000))
        return QStringLiteral("timed out");
    return **failure;
}

std::optional<QString> TestDraftSecrets::readBack(const QString &key)
{
    struct Answer
    {
        bool given = false;
        std::optional<QString> secret;
    };
    auto answer = std::make_shared<Answer>();   // outlives a timeout
    m_secrets.reader()(key, [answer](std::optional<QString> s) {
        answer->secret = std::move(s);
        answer->given = true;
    });
    if (!QTest::qWaitFor([answer] { return answer->given; }, 20000))
        qWarning("the keychain did not answer");
    return answer->secret;
}

void TestDraftSecrets::typedSecretsGoToTheKeychainNotToMemory()
{
    if (!m_keychain)
        QSKIP("needs a keychain");
    // GIVEN a draft whose two changes hold passwords in memory
    QList<DraftSecrets::Secret> secrets;
    const Draft draft = draftWithPasswords(&secrets);
    QCOMPARE(secrets.size(), 2);
    QCOMPARE(secrets.at(0).first, draft.secretKey(draft.entries.at(0).id, QStringLiteral("password")));
    // WHEN they are stored
    QCOMPARE(store(secrets), QString());
    // THEN the keychain has each, and the process's memory none
    for (const auto &[key, secret] : std::as_const(secrets)) {
        QCOMPARE(m_store.remembered(key), QString());
        QCOMPARE(readBack(key), std::optional<QString>(secret));
    }
    m_secrets.forget(draft);
}

void TestDraftSecrets::refusedSecretsStayInMemoryAndAreReported()
{
    if (m_keychain)
        QSKIP("needs a session without a keychain (tst_draftsecrets_nokeychain)");
    // GIVEN no keychain
    QList<DraftSecrets::Secret> secrets;
    const Draft draft = draftWithPasswords(&secrets);
    // WHEN the secrets are stored
    const QString failure = store(secrets);
    // THEN the refusal is reported, and the secrets are still there for this process
    QVERIFY(!failure.isEmpty());
    for (const auto &[key, secret] : std::as_const(secrets))
        QCOMPARE(readBack(key), std::optional<QString>(secret));
    // AND a generated password the applier keeps is refused the same way
    QString refused;
    std::optional<bool> kept;
    m_secrets.writer([&refused](const QString &f) { refused = f; })(draft.passwordKey(QStringLiteral("x")), QStringLiteral("gen"),
                                                                    [&kept](bool k) { kept = k; });
    QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 20000);
    QVERIFY(!*kept);
    QVERIFY(!refused.isEmpty());
    QCOMPARE(m_store.remembered(draft.passwordKey(QStringLiteral("x"))), QStringLiteral("gen"));
}

void TestDraftSecrets::forgetRemovesEverySecretOfTheDraft()
{
    // GIVEN a draft's secrets, stored (in the keychain, or in memory without one)
    QList<DraftSecrets::Secret> secrets;
    const Draft draft = draftWithPasswords(&secrets);
    QCOMPARE(store(secrets).isEmpty(), m_keychain);
    // WHEN the draft is discarded
    m_secrets.forget(draft);
    // THEN no secret of it can be read back
    for (const auto &[key, secret] : std::as_const(secrets)) {
        QCOMPARE(m_store.remembered(key), QString());
        QTRY_COMPARE_WITH_TIMEOUT(readBack(key), std::nullopt, 20000);
    }
}

QTEST_GUILESS_MAIN(TestDraftSecrets)
#include "tst_draftsecrets.moc"
