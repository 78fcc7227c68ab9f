// A Hostway mailbox's secret questions (seed 003 sections 75-78, 116-119) and the password
// reset by secret answers (sections 47-48, 63-64): the client and the operations against the
// sandbox over loopback HTTP, each documented refusal, and that answers stay secrets in
// draft files, previews and the sender's resume checks.
#include "core/drafts/draft.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/secretoperations.h"
#include "hostwaywait.h"
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Hostway;

namespace {
const QString kTest = QStringLiteral("test.com");
const QString kJohn = QStringLiteral("john.smith");
/// The answers the sandbox's demo keeps for john.smith and test-mb (section 78's example).
const SecretAnswers kOnFile{{QStringLiteral("tk1"), QStringLiteral("answer1")},
                            {QStringLiteral("tk2"), QStringLiteral("answer2")},
                            {QStringLiteral("tk3"), QStringLiteral("answer3")}};
const QString kGoodPassword = QStringLiteral("Zq7!vbnmKk2");
} // namespace

class TestHostwaySecurity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void questionsAndMinimumAsTheServerSays();
    void answeredKeysOfEachKindOfMailbox();
    void answersSetThenReadBack();
    void documentedSecretsRefusals();
    void answersCheckedOffline_data();
    void answersCheckedOffline();
    void resetByAnswers();
    void resetRefusalsAndTheFailureExamplesName();
    void repeatedPasswordMeansTheResetLanded();
    void answersStayOutOfFilesAndPreviews();
    void generatedExchangePasswordStartsWithALetter();
    void senderNeverTakesKeysForAnswers();

private:
    QStringList keysOf(const QString &name, ApiError *error = nullptr);
    std::pair<int, ApiError> send(const Operation &op) { return sendAndWait(m_client.get(), op.request(m_client->endpoint()), this); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HostwayClient> m_client;
};

void TestHostwaySecurity::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HostwayClient>(m_nam.get(), Endpoint{m_sandbox->baseUrl(), SandboxFixture::accountId()});
    m_client->setCredentials(SandboxFixture::user(), SandboxFixture::password());
}

void TestHostwaySecurity::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

QStringList TestHostwaySecurity::keysOf(const QString &name, ApiError *error)
{
    const auto [e, keys] = fetchAndWait<QStringList>([&](auto done) { m_client->fetchSecretKeys(kTest, name, this, done); });
    if (error)
        *error = e;
    return e.isError() ? QStringList{QStringLiteral("<error>")} : keys;
}

void TestHostwaySecurity::questionsAndMinimumAsTheServerSays()
{
    // WHEN the questions are read (/email/secretQuestions, then its settings)
    const auto [error, questions] = fetchAndWait<SecretQuestions>([&](auto done) { m_client->fetchSecretQuestions(this, done); });
    // THEN the list form of section 117's example is read, with section 119's minimum
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(questions.questions.size(), 3);
    QCOMPARE(questions.questions.first().first, QStringLiteral("tk1"));
    QCOMPARE(questions.question(QStringLiteral("tk2")), QStringLiteral("What is question two?"));
    QCOMPARE(questions.question(QStringLiteral("unknown")), QStringLiteral("unknown"));
    QCOMPARE(questions.minimum, 3);
    // AND both paths are at the root, not under /accounts
    QCOMPARE(Requests::secretQuestions(m_client->endpoint()).url.path(), QStringLiteral("/email/secretQuestions"));
    QCOMPARE(Requests::secretQuestionSettings(m_client->endpoint()).url.path(), QStringLiteral("/email/secretQuestionSettings"));
}

void TestHostwaySecurity::answeredKeysOfEachKindOfMailbox()
{
    QCOMPARE(keysOf(kJohn), kOnFile.keys());
    QCOMPARE(keysOf(QStringLiteral("test-mb")), kOnFile.keys());   // Exchange mailboxes have secrets too
    QCOMPARE(keysOf(QStringLiteral("test")), QStringList());
    ApiError error;
    keysOf(QStringLiteral("nobody"), &error);
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
}

void TestHostwaySecurity::answersSetThenReadBack()
{
    // GIVEN a mailbox with no answers
    QCOMPARE(keysOf(QStringLiteral("test")), QStringList());
    // WHEN three are set
    SetSecretAnswers set(kTest, QStringLiteral("test"), {{QStringLiteral("tk1"), QStringLiteral("Rex")},
                                                         {QStringLiteral("tk2"), QStringLiteral("Paris")},
                                                         {QStringLiteral("tk3"), QStringLiteral("Blue")}});
    set.setMinimum(3);
    QVERIFY(set.validate().isEmpty());
    const auto [status, error] = send(set);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(status, 204);
    // THEN their keys are on file, and the answers reset the password
    QCOMPARE(keysOf(QStringLiteral("test")), set.keys());
    ResetPasswordByAnswers reset(kTest, QStringLiteral("test"), false, {{QStringLiteral("tk2"), QStringLiteral("Paris")}},
                                 PasswordSource::Provided, kGoodPassword);
    QCOMPARE(send(reset).first, 204);
}

void TestHostwaySecurity::documentedSecretsRefusals()
{
    // Two pairs when the minimum is three: section 78's example, explained with its number.
    SetSecretAnswers two(kTest, kJohn, {{QStringLiteral("tk1"), QStringLiteral("answer1")}, {QStringLiteral("tk2"), QStringLiteral("xy")}});
    const auto [status, error] = send(two);
    QCOMPARE(status, 400);
    const QStringList words = two.explainRefusal(error);
    QCOMPARE(words.size(), 1);
    QVERIFY2(words.first().contains(QLatin1String("3")), qPrintable(words.first()));
    // AND the answers on file are unchanged
    QCOMPARE(keysOf(kJohn), kOnFile.keys());

    // An answer of one character, sent as is: refused by the sandbox as the seed's rule says.
    SetSecretAnswers shortAnswer(kTest, kJohn, {{QStringLiteral("tk1"), QStringLiteral("a")}, {QStringLiteral("tk2"), QStringLiteral("bb")},
                                                {QStringLiteral("tk3"), QStringLiteral("cc")}});
    QCOMPARE(send(shortAnswer).first, 400);
    QVERIFY(!shortAnswer.validate().isEmpty());

    // An unknown mailbox.
    SetSecretAnswers nobody(kTest, QStringLiteral("nobody"), kOnFile);
    QCOMPARE(send(nobody).second.kind(), ApiError::Kind::NotFound);

    // 403, documented for accounts without the permission, is put in words.
    const ApiError forbidden(ApiError::Kind::Refused, QStringLiteral("Forbidden"), 403);
    QCOMPARE(two.explainRefusal(forbidden).size(), 1);
}

void TestHostwaySecurity::answersCheckedOffline_data()
{
    QTest::addColumn<SecretAnswers>("answers");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("field");

    QTest::newRow("none") << SecretAnswers() << 0 << QStringLiteral("questions");
    QTest::newRow("one character") << SecretAnswers{{QStringLiteral("tk1"), QStringLiteral("a")}} << 0 << QStringLiteral("answer:tk1");
    QTest::newRow("spaces only") << SecretAnswers{{QStringLiteral("tk1"), QStringLiteral("   ")}} << 0 << QStringLiteral("answer:tk1");
    QTest::newRow("below the minimum") << SecretAnswers{{QStringLiteral("tk1"), QStringLiteral("ok")}} << 3 << QStringLiteral("questions");
    QTest::newRow("empty key") << SecretAnswers{{QString(), QStringLiteral("ok")}} << 0 << QStringLiteral("questions");
    QTest::newRow("fine") << SecretAnswers{{QStringLiteral("tk1"), QStringLiteral("ok")}} << 1 << QString();
}

void TestHostwaySecurity::answersCheckedOffline()
{
    QFETCH(SecretAnswers, answers);
    QFETCH(int, minimum);
    QFETCH(QString, field);
    SetSecretAnswers op(kTest, kJohn, answers);
    op.setMinimum(minimum);
    const QList<ValidationProblem> problems = op.validate();
    if (field.isEmpty()) {
        QVERIFY(problems.isEmpty());
        return;
    }
    const auto found = std::find_if(problems.cbegin(), problems.cend(), [&](const ValidationProblem &p) { return p.field == field; });
    QVERIFY(found != problems.cend());
    // An answer's problem names its question in words when the questions are known.
    SecretQuestions questions;
    questions.questions = {{QStringLiteral("tk1"), QStringLiteral("Your first pet?")}};
    if (field == QLatin1String("answer:tk1")) {
        const QString words = SetSecretAnswers::inWords(*found, questions);
        QVERIFY2(words.contains(QStringLiteral("\u201cYour first pet?\u201d")) && !words.contains(QLatin1String("tk1")), qPrintable(words));
    }
    // The reset checks its answers by the same rules.
    ResetPasswordByAnswers reset(kTest, kJohn, false, answers, PasswordSource::Generate);
    if (minimum == 0)
        QVERIFY(!reset.validate().isEmpty());
}

void TestHostwaySecurity::resetByAnswers()
{
    // A regular mailbox, one right answer of three (the seed's example sends one).
    ResetPasswordByAnswers reset(kTest, kJohn, false, {{QStringLiteral("tk1"), QStringLiteral("answer1")}}, PasswordSource::Provided,
                                 kGoodPassword);
    QVERIFY(reset.validate().isEmpty());
    QCOMPARE(reset.request(m_client->endpoint()).url.path(),
             QStringLiteral("/accounts/test-account123/email/test.com/usernames/john.smith/mailbox/action"));
    const auto [status, error] = send(reset);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(status, 204);

    // An Exchange mailbox, through .../exchange/action.
    ResetPasswordByAnswers exchange(kTest, QStringLiteral("test-mb"), true, kOnFile, PasswordSource::Provided, kGoodPassword);
    QCOMPARE(exchange.request(m_client->endpoint()).url.path(),
             QStringLiteral("/accounts/test-account123/email/test.com/usernames/test-mb/exchange/action"));
    QCOMPARE(send(exchange).first, 204);
}

void TestHostwaySecurity::resetRefusalsAndTheFailureExamplesName()
{
    // A wrong answer: the documented 409, explained.
    ResetPasswordByAnswers wrong(kTest, kJohn, false, {{QStringLiteral("tk1"), QStringLiteral("wrongAnswer")}}, PasswordSource::Provided,
                                 kGoodPassword);
    const auto [status, error] = send(wrong);
    QCOMPARE(status, 409);
    QCOMPARE(error.providerMessage(), QStringLiteral("Invalid secret questions and answers provided"));
    QCOMPARE(ResetPasswordByAnswers::explainRefusal(error).size(), 1);

    // The mailbox action on an Exchange mailbox: 404, explained.
    ResetPasswordByAnswers kind(kTest, QStringLiteral("test-mb"), false, kOnFile, PasswordSource::Provided, kGoodPassword);
    const auto [kindStatus, kindError] = send(kind);
    QCOMPARE(kindStatus, 404);
    QCOMPARE(ResetPasswordByAnswers::explainRefusal(kindError).size(), 1);

    // Exchange passwords start with a letter (checked offline and by the sandbox).
    ResetPasswordByAnswers digit(kTest, QStringLiteral("test-mb"), true, kOnFile, PasswordSource::Provided, QStringLiteral("9Zq7!vbnmKk"));
    QVERIFY(!digit.validate().isEmpty());
    QCOMPARE(send(digit).first, 400);

    // The failure examples' "secretQuestionsAnswersList" is read by the sandbox as well.
    HttpRequest raw = wrong.request(m_client->endpoint());
    raw.body = QJsonDocument(QJsonObject{{QStringLiteral("action"), QStringLiteral("resetPassword")},
                                         {QStringLiteral("actionData"), QJsonObject{{QStringLiteral("secretQuestionsAnswersList"),
                                                                                     QJsonObject{{QStringLiteral("tk1"), QStringLiteral("answer1")}}},
                                                                                    {QStringLiteral("password"), kGoodPassword}}}})
                   .toJson();
    QCOMPARE(sendAndWait(m_client.get(), raw, this).first, 204);
}

void TestHostwaySecurity::repeatedPasswordMeansTheResetLanded()
{
    HostwaySender sender(m_client.get());
    ResetPasswordByAnswers reset(kTest, kJohn, false, kOnFile, PasswordSource::Provided, kGoodPassword);
    QVERIFY(!sender.canReadBack(reset));
    // GIVEN a reset that landed, WHEN it is sent again after an unknown outcome
    QCOMPARE(send(reset).first, 204);
    const auto [status, refusal] = send(reset);
    // THEN Hostway refuses the password as used before, which the sender takes as applied
    QCOMPARE(status, 400);
    QVERIFY(sender.mayMeanAlreadyApplied(refusal));
    std::optional<bool> applied;
    sender.findApplied(reset, refusal, this, [&](const ApiError &, bool yes) { applied = yes; });
    QTRY_VERIFY(applied.has_value());
    QVERIFY(*applied);
    // AND without that refusal, nothing says it landed
    applied.reset();
    sender.findApplied(reset, ApiError(), this, [&](const ApiError &, bool yes) { applied = yes; });
    QTRY_VERIFY(applied.has_value());
    QVERIFY(!*applied);
}

void TestHostwaySecurity::answersStayOutOfFilesAndPreviews()
{
    const QString answer = QStringLiteral("MyFirstDogRex");
    SetSecretAnswers set(kTest, kJohn, {{QStringLiteral("tk1"), answer}, {QStringLiteral("tk2"), QStringLiteral("Paris")}});
    set.setMinimum(2);
    ResetPasswordByAnswers reset(kTest, kJohn, false, {{QStringLiteral("tk1"), answer}}, PasswordSource::Provided, kGoodPassword);
    for (const Operation *op : std::initializer_list<const Operation *>{&set, &reset}) {
        const QByteArray file = QJsonDocument(op->toJson()).toJson();
        QVERIFY2(!file.contains(answer.toUtf8()) && !file.contains(kGoodPassword.toUtf8()), file.constData());
        const HttpRequest request = op->request(m_client->endpoint());
        QVERIFY(request.body.contains(answer.toUtf8()));   // sent...
        const QString preview = request.toDisplayText() + request.toCurl(QStringLiteral("admin"));
        QVERIFY2(!preview.contains(answer) && !preview.contains(kGoodPassword), qPrintable(preview));   // ...never shown
        QVERIFY(op->secretNames().contains(QStringLiteral("answer:tk1")));

        // A draft's copy has the keys, and the secrets come back by name.
        QString error;
        std::unique_ptr<Operation> copy = Operation::fromJson(op->toJson(), &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->secretNames(), op->secretNames());
        QVERIFY2(copy->validate().isEmpty(), "answers are in the keychain, not missing");
        for (const QString &name : op->secretNames())
            copy->setSecret(name, op->secret(name));
        QCOMPARE(copy->request(m_client->endpoint()).body, request.body);
    }
}

void TestHostwaySecurity::generatedExchangePasswordStartsWithALetter()
{
    for (int i = 0; i < 50; ++i) {
        ResetPasswordByAnswers reset(kTest, QStringLiteral("test-mb"), true, kOnFile, PasswordSource::Generate);
        QVERIFY(reset.validate().isEmpty());
        reset.prepare();
        QVERIFY(!reset.password().isEmpty());
        QVERIFY2(reset.password().at(0).isLetter(), qPrintable(reset.password()));
    }
}

void TestHostwaySecurity::senderNeverTakesKeysForAnswers()
{
    HostwaySender sender(m_client.get());
    // The same keys with other answers: the keys alone never prove the change made.
    auto same = std::make_shared<SetSecretAnswers>(kTest, kJohn, kOnFile);
    QVERIFY(!sender.canReadBack(*same));
    std::optional<bool> applied;
    sender.findApplied(*same, ApiError(), this, [&](const ApiError &, bool yes) { applied = yes; });
    QTRY_VERIFY(applied.has_value());
    QVERIFY(!*applied);

    // A change drafted against other keys than those on file is a conflict.
    const auto conflict = [&](const std::shared_ptr<Operation> &op) {
        Draft draft;
        draft.entries.append(DraftEntry{QStringLiteral("1"), op});
        QString what = QStringLiteral("<no answer>");
        sender.findConflict(draft, 0, this, [&](const ApiError &error, const QString &text) { what = error.isError() ? error.message() : text; });
        (void)QTest::qWaitFor([&] { return what != QLatin1String("<no answer>"); }, 10000);
        return what;
    };
    same->setExpected(SetSecretAnswers::stateOf(kOnFile.keys()));
    QCOMPARE(conflict(same), QString());
    auto stale = std::make_shared<SetSecretAnswers>(kTest, kJohn, kOnFile);
    stale->setExpected(SetSecretAnswers::stateOf({QStringLiteral("tk1")}));
    QVERIFY(!conflict(stale).isEmpty());
}

QTEST_MAIN(TestHostwaySecurity)
#include "tst_hostwaysecurity.moc"
