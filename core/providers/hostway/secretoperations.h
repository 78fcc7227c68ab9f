#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

#include <QMap>

/// Secret answers by question text key ("tk1" -> "Rex"); held in memory only.
using SecretAnswers = QMap<QString, QString>;

/// Sets every secret question answer of a Hostway mailbox, replacing those on file: PUT
/// .../usernames/{name}/secrets {key: answer}, answered 204 (seed 003 section 77-78). Each
/// answer has at least two characters; Hostway refuses fewer answers than
/// /email/secretQuestionSettings's minimum (400 "Shorter than minimum length 3") and, for an
/// account without the permission, answers 403.
/// Answers are secrets (secretNames() "answer:<key>"): never in toJson(), kept in the
/// keychain by drafts. State (MailboxSettingChange): the sorted keys on file (GET
/// .../secrets, section 75-76); answers cannot be read back, so an interrupted send is
/// sent again (harmless: the PUT replaces them all).
class SetSecretAnswers final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(SetSecretAnswers)

public:
    static constexpr char kKind[] = "hostway.secrets.set";

    SetSecretAnswers(QString domain, QString name, SecretAnswers answers);

    /// The least number of answers Hostway asks for (secretQuestionSettings), checked by
    /// validate(); 0: unknown, not checked.
    void setMinimum(int minimum) { m_minimum = minimum; }
    [[nodiscard]] int minimum() const { return m_minimum; }
    /// The question keys answered, sorted.
    [[nodiscard]] QStringList keys() const { return m_answers.keys(); }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] QStringList secretNames() const override;
    [[nodiscard]] QString secret(const QString &name) const override;
    void setSecret(const QString &name, const QString &value) override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    [[nodiscard]] bool canReadBack() const override { return false; }
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    [[nodiscard]] QString conflictWith(const QJsonValue &state) const override;
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override;

    /// The state of the keys on file.
    [[nodiscard]] static QJsonValue stateOf(QStringList keys);
    /// The secret name of the answer to question `key`.
    [[nodiscard]] static QString secretName(const QString &key);
    /// `problem`'s message with its question's text key ("tk1") replaced by the question
    /// itself, quoted, when `questions` has it: validate() knows keys only.
    [[nodiscard]] static QString inWords(const ValidationProblem &problem, const Hostway::SecretQuestions &questions);
    /// Reads what toJson() wrote: {"kind", "domain", "name", "questions": [keys], "minimum"?,
    /// "expected"?}; null and *error naming the field otherwise.
    static std::unique_ptr<SetSecretAnswers> fromJson(const QJsonObject &json, QString *error);

private:
    SecretAnswers m_answers;
    int m_minimum = 0;
    bool m_answersElsewhere = false;   ///< read from a file: the answers are in the keychain
};

/// Resets the password of a Hostway mailbox by its secret answers: POST
/// .../usernames/{name}/mailbox/action, or .../exchange/action for an Exchange mailbox,
/// {"action": "resetPassword", "actionData": {"secretQuestionsAnswers", "password"}},
/// answered 204 (seed 003 sections 63-64 and 47-48); 409 when an answer is wrong, 400 for a
/// password the rules refuse (Exchange adds "Should start with a letter").
/// The password (typed, or generated at apply time and shown once) and the answers are
/// secrets. Nothing reads a password back: an interrupted reset is sent again, and Hostway's
/// refusal of a password used before says that the first one landed (HostwaySender).
class ResetPasswordByAnswers final : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(ResetPasswordByAnswers)

public:
    static constexpr char kKind[] = "hostway.password.reset";

    ResetPasswordByAnswers(QString domain, QString name, bool exchange, SecretAnswers answers, PasswordSource source,
                           QString password = {});

    [[nodiscard]] const QString &domain() const { return m_domain; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] bool exchange() const { return m_exchange; }
    [[nodiscard]] const QString &password() const { return m_password; }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void prepare() override;
    [[nodiscard]] QStringList secretNames() const override;
    [[nodiscard]] QString secret(const QString &name) const override;
    void setSecret(const QString &name, const QString &value) override;
    [[nodiscard]] bool generatesPassword() const override { return m_source == PasswordSource::Generate; }
    [[nodiscard]] QString passwordOwner() const override;
    /// "mailbox:domain/name".
    [[nodiscard]] QString targetKey() const override;
    [[nodiscard]] OperationTarget target() const override;
    [[nodiscard]] MailboxEffect mailboxEffect() const override { return {MailboxEffect::Kind::Changes, m_domain, m_name}; }

    /// The refusal in words that say what to do, one line each; empty when the provider's
    /// own message says it.
    [[nodiscard]] static QStringList explainRefusal(const ApiError &error);
    /// Reads what toJson() wrote: {"kind", "domain", "name", "exchange", "questions": [keys],
    /// "password": "generate"|"provided"}; null and *error naming the field otherwise.
    static std::unique_ptr<ResetPasswordByAnswers> fromJson(const QJsonObject &json, QString *error);

private:
    QString m_domain;
    QString m_name;
    bool m_exchange = false;
    SecretAnswers m_answers;
    PasswordSource m_source = PasswordSource::Provided;
    QString m_password;
    bool m_secretsElsewhere = false;   ///< read from a file: answers and password are in the keychain
};
