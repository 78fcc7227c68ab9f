#include "app/ctl/hostway/ctlsecurity.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "app/ctl/ctlterminal.h"
#include "core/providers/hostway/hostwayclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Hostway;

CtlSecurity::CtlSecurity(CtlOptions options, QObject *parent)
    : CtlHostwayCommand(std::move(options), parent)
{
}

bool CtlSecurity::needsPassword() const
{
    // `secrets set` reads the minimum first, also when drafting.
    return m_options.draftFile.isEmpty() || m_options.noun == QLatin1String("secrets");
}

void CtlSecurity::run()
{
    if (m_options.noun == QLatin1String("secret-questions"))
        questionsList();
    else if (m_options.noun == QLatin1String("secrets") && m_options.verb == QLatin1String("show"))
        secretsShow();
    else if (m_options.noun == QLatin1String("secrets"))
        secretsSet();
    else
        resetPassword(m_options.noun == QLatin1String("exchange"));
}

void CtlSecurity::fail(const ApiError &error)
{
    CtlHostwayCommand::fail(error, QStringLiteral("not found (HTTP 404): the domain or mailbox does not exist"));
}

void CtlSecurity::questionsList()
{
    m_client->fetchSecretQuestions(this, [this](const ApiError &error, const SecretQuestions &questions) {
        if (error.isError())
            return fail(error);
        if (m_options.format == CtlOptions::Format::Json) {
            QJsonObject byKey;
            for (const auto &q : questions.questions)
                byKey.insert(q.first, q.second);
            CtlOutput::out(QJsonDocument(QJsonObject{{QStringLiteral("questions"), byKey}, {QStringLiteral("minimum"), questions.minimum}})
                               .toJson(QJsonDocument::Indented));
        } else {
            QList<QStringList> rows{{QStringLiteral("key"), QStringLiteral("question")}};
            for (const auto &q : questions.questions)
                rows.append({q.first, q.second});
            CtlOutput::out(CtlOutput::table(rows));
            CtlOutput::out(QStringLiteral("each mailbox keeps answers to at least %1 of them\n").arg(questions.minimum).toUtf8());
        }
        finish(Done);
    });
}

void CtlSecurity::secretsShow()
{
    m_client->fetchSecretQuestions(this, [this](const ApiError &error, const SecretQuestions &questions) {
        if (error.isError())
            return fail(error);
        m_client->fetchSecretKeys(m_options.domain, m_options.name, this, [this, questions](const ApiError &keysError, const QStringList &keys) {
            if (keysError.isError())
                return fail(keysError);
            if (m_options.format == CtlOptions::Format::Json) {
                QJsonArray answered;
                for (const QString &key : keys)
                    answered.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("question"), questions.question(key)}});
                CtlOutput::out(QJsonDocument(QJsonObject{{QStringLiteral("mailbox"), QString(m_options.name + QLatin1Char('@') + m_options.domain)},
                                                         {QStringLiteral("answered"), answered},
                                                         {QStringLiteral("minimum"), questions.minimum}})
                                   .toJson(QJsonDocument::Indented));
            } else {
                QList<QStringList> rows{{QStringLiteral("key"), QStringLiteral("question answered")}};
                for (const QString &key : keys)
                    rows.append({key, questions.question(key)});
                CtlOutput::out(CtlOutput::table(rows));
                if (keys.size() < questions.minimum)
                    CtlOutput::out(QStringLiteral("fewer than the %1 answers Hostway asks for: set them with secrets set --answers-stdin\n")
                                       .arg(questions.minimum).toUtf8());
            }
            finish(Done);
        });
    });
}

bool CtlSecurity::readAnswers(SecretAnswers *answers)
{
    // On a terminal, each answer is typed without echo; from a pipe or a file, line by line.
    const auto next = [] {
        if (const auto typed = CtlTerminal::readPasswordWithoutEcho(QStringLiteral("KEY=ANSWER (empty line ends): ")))
            return *typed;
        return CtlAccount::readSecretLine();
    };
    for (QString line = next(); !line.isEmpty(); line = next()) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            usage(QStringLiteral("--answers-stdin reads one KEY=ANSWER per line (see secret-questions list for the keys)"));
            return false;
        }
        const QString key = line.left(eq).trimmed();
        if (answers->contains(key)) {
            usage(QStringLiteral("the answer to %1 was given twice").arg(key));
            return false;
        }
        answers->insert(key, line.mid(eq + 1));
    }
    if (answers->isEmpty()) {
        usage(QStringLiteral("--answers-stdin read no answer"));
        return false;
    }
    return true;
}

void CtlSecurity::secretsSet()
{
    SecretAnswers answers;
    if (!readAnswers(&answers))
        return;
    m_client->fetchSecretQuestions(this, [this, answers](const ApiError &error, const SecretQuestions &questions) {
        if (error.isError())
            return fail(error);
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (questions.question(it.key()) == it.key())
                return usage(QStringLiteral("%1 is not a secret question Hostway offers (see secret-questions list)").arg(it.key()));
        }
        m_client->fetchSecretKeys(m_options.domain, m_options.name, this, [this, answers, questions](const ApiError &keysError, const QStringList &keys) {
            if (keysError.isError())
                return fail(keysError);
            auto op = std::make_shared<SetSecretAnswers>(m_options.domain, m_options.name, answers);
            op->setMinimum(questions.minimum);
            op->setExpected(SetSecretAnswers::stateOf(keys));
            const SetSecretAnswers *raw = op.get();
            submitChange(op, [raw](const ApiError &refusal) { return raw->explainRefusal(refusal); });
        });
    });
}

void CtlSecurity::resetPassword(bool exchange)
{
    const QString password = m_options.passwordStdin ? CtlAccount::readSecretLine() : QString();
    if (m_options.passwordStdin && password.isEmpty())
        return usage(QStringLiteral("--password-stdin read no password"));
    SecretAnswers answers;
    if (!readAnswers(&answers))
        return;
    const PasswordSource source = m_options.generatePassword ? PasswordSource::Generate : PasswordSource::Provided;
    auto op = std::make_shared<ResetPasswordByAnswers>(m_options.domain, m_options.name, exchange, answers, source, password);
    const ResetPasswordByAnswers *raw = op.get();
    submitChange(op, [raw](const ApiError &refusal) { return withUnknownPassword(ResetPasswordByAnswers::explainRefusal(refusal), *raw, refusal); },
                 [this, raw] { printDone(*raw, raw->name(), QStringLiteral("password of %1 reset").arg(raw->passwordOwner())); });
}
