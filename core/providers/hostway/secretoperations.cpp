#include "core/providers/hostway/secretoperations.h"

#include "core/operations/strictjson.h"
#include "core/credentials/passwordgenerator.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/hostwayrules.h"

#include <QRegularExpression>

namespace {
const QString kQuestions = QStringLiteral("questions");
const QString kMinimum = QStringLiteral("minimum");
const QString kPassword = QStringLiteral("password");
const QString kExchange = QStringLiteral("exchange");
const QString kAnswerPrefix = QStringLiteral("answer:");

/// "At least two characters" (sections 64, 78); the seed sets no upper bound: 200 keeps a
/// draft's keychain entries and a request sane.
constexpr int kMinAnswer = 2;
constexpr int kMaxAnswer = 200;

/// The problems of `answers`, as validate() reports them; none for an answer not in memory.
QList<ValidationProblem> answerProblems(const SecretAnswers &answers, bool elsewhere)
{
    QList<ValidationProblem> problems;
    if (answers.isEmpty())
        problems.append({kQuestions, QCoreApplication::translate("SetSecretAnswers", "Answer at least one secret question.")});
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            problems.append({kQuestions, QCoreApplication::translate("SetSecretAnswers", "A secret question has no text key.")});
        if (elsewhere && it.value().isEmpty())
            continue;   // checked when typed; read back from the keychain at apply time
        if (it.value().trimmed().size() < kMinAnswer)
            problems.append({SetSecretAnswers::secretName(it.key()),
                             QCoreApplication::translate("SetSecretAnswers", "The answer to %1 needs at least %2 characters.")
                                 .arg(it.key()).arg(kMinAnswer)});
        else if (it.value().size() > kMaxAnswer)
            problems.append({SetSecretAnswers::secretName(it.key()),
                             QCoreApplication::translate("SetSecretAnswers", "The answer to %1 has at most %2 characters.")
                                 .arg(it.key()).arg(kMaxAnswer)});
    }
    return problems;
}

/// The keys written by toJson(), each a non-empty text, into answers with empty values.
SecretAnswers readKeys(StrictJson &json)
{
    SecretAnswers answers;
    const QJsonArray keys = json.array(kQuestions);
    for (const QJsonValue &key : keys) {
        if (!key.isString() || key.toString().isEmpty()) {
            json.fail(kQuestions, QCoreApplication::translate("SetSecretAnswers", "holds something that is not a question's key"));
            break;
        }
        answers.insert(key.toString(), QString());
    }
    return answers;
}

/// The key of a secret name "answer:<key>"; empty for any other name.
QString keyOf(const QString &secretName)
{
    return secretName.startsWith(kAnswerPrefix) ? secretName.mid(kAnswerPrefix.size()) : QString();
}

} // namespace

// SetSecretAnswers

SetSecretAnswers::SetSecretAnswers(QString domain, QString name, SecretAnswers answers)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_answers(std::move(answers))
{
}

QString SetSecretAnswers::secretName(const QString &key)
{
    return kAnswerPrefix + key;
}

QString SetSecretAnswers::inWords(const ValidationProblem &problem, const Hostway::SecretQuestions &questions)
{
    const QString key = keyOf(problem.field);
    const QString question = questions.question(key);
    if (key.isEmpty() || question == key)
        return problem.message;
    // The key as a whole word only: a key such as "a" must not change the rest of the sentence.
    const QRegularExpression word(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(key)));
    return QString(problem.message).replace(word, QStringLiteral("\u201c%1\u201d").arg(question));
}

QList<ValidationProblem> SetSecretAnswers::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    problems += answerProblems(m_answers, m_answersElsewhere);
    if (m_minimum > 0 && m_answers.size() < m_minimum)
        problems.append({kQuestions, tr("Hostway asks for answers to at least %n question(s).", nullptr, m_minimum)});
    return problems;
}

QString SetSecretAnswers::describe() const
{
    return tr("Set %n secret question answer(s) of %1", nullptr, int(m_answers.size())).arg(address());
}

QStringList SetSecretAnswers::changes(const SnapshotMailbox *) const
{
    const QString before = expected().isArray() ? QString::number(expected().toArray().size()) : tr("unknown");
    return {tr("secret questions: %1 \u2192 %2 (%3)").arg(before).arg(m_answers.size()).arg(keys().join(QStringLiteral(", ")))};
}

HttpRequest SetSecretAnswers::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::putSecrets(endpoint, domain(), name(), m_answers);
}

QJsonObject SetSecretAnswers::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kQuestions, QJsonArray::fromStringList(keys()));
    if (m_minimum > 0)
        json.insert(kMinimum, m_minimum);
    return json;
}

QStringList SetSecretAnswers::secretNames() const
{
    QStringList names;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        names.append(secretName(it.key()));
    return names;
}

QString SetSecretAnswers::secret(const QString &name) const
{
    return m_answers.value(keyOf(name));
}

void SetSecretAnswers::setSecret(const QString &name, const QString &value)
{
    const QString key = keyOf(name);
    if (m_answers.contains(key))
        m_answers.insert(key, value);
}

HttpRequest SetSecretAnswers::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::secrets(endpoint, domain(), name());
}

bool SetSecretAnswers::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    QStringList keys;
    if (!Hostway::Parser::secretKeys(body, &keys, error))
        return false;
    *state = stateOf(keys);
    return true;
}

bool SetSecretAnswers::isAppliedIn(const QJsonValue &state) const
{
    Q_UNUSED(state)
    return false;   // the same keys may hold other answers: never taken as proof
}

QString SetSecretAnswers::conflictWith(const QJsonValue &state) const
{
    if (expected().isUndefined() || state == expected())
        return {};
    return tr("The secret questions of %1 changed since the draft was made.").arg(address());
}

QStringList SetSecretAnswers::explainRefusal(const ApiError &error) const
{
    if (error.httpStatus() == 403)
        return {tr("This Hostway account may not set secret questions: ask Hostway for the permission, or let the mailbox's owner set them.")};
    if (error.httpStatus() != 400)
        return {};
    // The pair count's refusal comes under the empty key (section 78's example); an answer's
    // own ("tk1": "Shorter than minimum length 2") is about its length, said by its field.
    static const QRegularExpression shorter(QStringLiteral("minimum length (\\d+)"), QRegularExpression::CaseInsensitiveOption);
    QString said = error.providerMessage();
    for (const ApiError::FieldMessage &f : error.fieldMessages()) {
        if (f.field.isEmpty() || f.field == QLatin1String("details"))
            said += QLatin1Char(' ') + f.message;
    }
    const QRegularExpressionMatch match = shorter.match(said);
    if (match.hasMatch())
        return {tr("Hostway asks for answers to at least %1 questions: answer more of them.").arg(match.captured(1))};
    return {};
}

QJsonValue SetSecretAnswers::stateOf(QStringList keys)
{
    keys.sort();
    keys.removeDuplicates();
    return QJsonArray::fromStringList(keys);
}

std::unique_ptr<SetSecretAnswers> SetSecretAnswers::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<SetSecretAnswers>(QString(), QString(), SecretAnswers());
    readBase(json, object, op.get());
    op->m_answers = readKeys(json);
    op->m_minimum = int(json.optionalInteger(kMinimum, 1, 100).value_or(0));
    op->m_answersElsewhere = true;
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}

// ResetPasswordByAnswers

ResetPasswordByAnswers::ResetPasswordByAnswers(QString domain, QString name, bool exchange, SecretAnswers answers,
                                               PasswordSource source, QString password)
    : m_domain(std::move(domain))
    , m_name(std::move(name))
    , m_exchange(exchange)
    , m_answers(std::move(answers))
    , m_source(source)
    , m_password(std::move(password))
{
}

QList<ValidationProblem> ResetPasswordByAnswers::validate() const
{
    QList<ValidationProblem> problems = MailboxSettingChange::addressProblems(m_domain, m_name);
    problems += answerProblems(m_answers, m_secretsElsewhere);
    if (m_source == PasswordSource::Provided && !(m_secretsElsewhere && m_password.isEmpty())) {
        if (m_password.isEmpty())
            problems.append({kPassword, tr("Enter a new password, or let Mailroom generate one.")});
        QStringList broken = m_password.isEmpty() ? QStringList() : Hostway::Rules::passwordProblems(m_password, m_name, m_domain);
        if (m_exchange && !m_password.isEmpty() && !m_password.at(0).isLetter())
            broken.append(tr("Should start with a letter"));   // Exchange PUT's extra rule (section 56)
        for (const QString &rule : std::as_const(broken))
            problems.append({kPassword, tr("Password: %1").arg(rule)});
    }
    return problems;
}

QString ResetPasswordByAnswers::describe() const
{
    const QString address = passwordOwner();
    return m_source == PasswordSource::Generate ? tr("Reset the password of %1 by its secret answers, to a generated one").arg(address)
                                                : tr("Reset the password of %1 by its secret answers").arg(address);
}

HttpRequest ResetPasswordByAnswers::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::resetPassword(endpoint, m_domain, m_name, m_exchange, m_answers, m_password);
}

QJsonObject ResetPasswordByAnswers::toJson() const
{
    return {{QStringLiteral("kind"), kind()},
            {QStringLiteral("domain"), m_domain},
            {QStringLiteral("name"), m_name},
            {kExchange, m_exchange},
            {kQuestions, QJsonArray::fromStringList(m_answers.keys())},
            {kPassword, m_source == PasswordSource::Generate ? QStringLiteral("generate") : QStringLiteral("provided")}};
}

void ResetPasswordByAnswers::prepare()
{
    if (m_source == PasswordSource::Generate && m_password.isEmpty()) {
        m_password = PasswordGenerator::generate([this](const QString &password) {
            return Hostway::Rules::isPasswordAcceptable(password, m_name, m_domain) && (!m_exchange || password.at(0).isLetter());
        });
    }
}

QStringList ResetPasswordByAnswers::secretNames() const
{
    QStringList names{kPassword};
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        names.append(SetSecretAnswers::secretName(it.key()));
    return names;
}

QString ResetPasswordByAnswers::secret(const QString &name) const
{
    return name == kPassword ? m_password : m_answers.value(keyOf(name));
}

void ResetPasswordByAnswers::setSecret(const QString &name, const QString &value)
{
    if (name == kPassword)
        m_password = value;
    else if (m_answers.contains(keyOf(name)))
        m_answers.insert(keyOf(name), value);
}

QString ResetPasswordByAnswers::passwordOwner() const
{
    return m_name + QLatin1Char('@') + m_domain;
}

QString ResetPasswordByAnswers::targetKey() const
{
    return QStringLiteral("mailbox:%1/%2").arg(m_domain.toLower(), m_name.toLower());
}

OperationTarget ResetPasswordByAnswers::target() const
{
    return OperationTarget::mailbox(m_name, m_domain);
}

QStringList ResetPasswordByAnswers::explainRefusal(const ApiError &error)
{
    if (error.httpStatus() == 409)
        return {tr("An answer does not match the one on file: check each answer with the mailbox's owner, or set new answers "
                   "in the Security tab first.")};
    if (error.httpStatus() == 404)
        return {tr("Hostway knows no such mailbox of that kind: check the name, and whether it is an Exchange mailbox.")};
    return {};
}

std::unique_ptr<ResetPasswordByAnswers> ResetPasswordByAnswers::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    const QString domain = json.text(QStringLiteral("domain"));
    const QString name = json.text(QStringLiteral("name"));
    const bool exchange = json.optionalBool(kExchange).value_or(false);
    SecretAnswers answers = readKeys(json);
    const QString password = json.choice(kPassword, {QStringLiteral("generate"), QStringLiteral("provided")});
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    auto op = std::make_unique<ResetPasswordByAnswers>(domain, name, exchange, std::move(answers),
                                                       password == QLatin1String("generate") ? PasswordSource::Generate
                                                                                             : PasswordSource::Provided);
    op->m_secretsElsewhere = true;
    return op;
}
