#include "sandbox/hostwaysecrets.h"

#include "sandbox/hostwaypasswordpolicy.h"
#include "sandbox/hostwayresponses.h"

namespace Sandbox {

using namespace HostwayResponses;

namespace {

/// "The answer in plain-text - must be at least two characters."
constexpr int kMinAnswer = 2;

QString shorter(int minimum)
{
    return QStringLiteral("Shorter than minimum length %1").arg(minimum);
}

} // namespace

Response HostwaySecrets::questions(const HostwayData &data, const QString &origin)
{
    QJsonObject dictionary;
    for (auto it = data.secretQuestions.cbegin(); it != data.secretQuestions.cend(); ++it)
        dictionary.insert(it.key(), it.value());
    const QJsonValue questions = dictionary.isEmpty() ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray{dictionary});
    return json(200, QJsonObject{{QStringLiteral("questions"), questions},
                                 {QStringLiteral("links"), link(origin + QStringLiteral("/email/secretQuestions/"), QStringLiteral("self"),
                                                                QStringLiteral("location"))}});
}

Response HostwaySecrets::settings(const HostwayData &data, const QString &origin)
{
    return json(200, QJsonObject{{QStringLiteral("minimum"), data.secretQuestionMinimum},
                                 {QStringLiteral("links"), link(origin + QStringLiteral("/email/secretQuestionSettings"),
                                                                QStringLiteral("self"), QStringLiteral("location"))}});
}

Response HostwaySecrets::secrets(const QByteArray &method, const Request &request)
{
    if (method == "GET") {
        return json(200, QJsonObject{{QStringLiteral("list"), QJsonArray::fromStringList(mailbox.secretAnswers.keys())},
                                     {QStringLiteral("links"), link(mailboxUrl + QStringLiteral("secrets"), QStringLiteral("self"))}});
    }
    if (method != "PUT")
        return Response::empty(405);
    QJsonObject body;
    if (!bodyObject(request, &body))
        return notAnObject();
    QMap<QString, QString> answers;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!data.secretQuestions.contains(it.key()))
            return fieldError(it.key(), QStringLiteral("Unknown secret question"));
        if (!it.value().isString() || it.value().toString().trimmed().size() < kMinAnswer)
            return fieldError(it.key(), shorter(kMinAnswer));
        answers.insert(it.key(), it.value().toString());
    }
    if (answers.size() < data.secretQuestionMinimum)
        return envelope(400, QStringLiteral("badRequest"), QStringLiteral("POST data error"),
                        QJsonObject{{QString(), shorter(data.secretQuestionMinimum)}});
    mailbox.secretAnswers = answers;
    return Response::empty(204);
}

Response HostwaySecrets::action(bool exchange, const Request &request)
{
    if (mailbox.exchange != exchange)
        return Response::empty(404);
    QJsonObject body;
    if (!bodyObject(request, &body))
        return notAnObject();
    if (body.value(QStringLiteral("action")).toString() != QLatin1String("resetPassword"))
        return fieldError(QStringLiteral("action"), QStringLiteral("Allowed values are: resetPassword"));
    if (!body.value(QStringLiteral("actionData")).isObject())
        return fieldError(QStringLiteral("actionData"), QStringLiteral("Required"));
    const QJsonObject data = body.value(QStringLiteral("actionData")).toObject();
    QJsonValue given = data.value(QStringLiteral("secretQuestionsAnswers"));
    if (given.isUndefined())
        given = data.value(QStringLiteral("secretQuestionsAnswersList"));   // the failure examples' name
    if (!given.isObject())
        return fieldError(QStringLiteral("actionData.secretQuestionsAnswers"), QStringLiteral("Required"));
    const QJsonValue password = data.value(QStringLiteral("password"));
    if (!password.isString() || password.toString().isEmpty())
        return fieldError(QStringLiteral("password"), QStringLiteral("Required"));
    const QJsonObject answers = given.toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().size() < kMinAnswer)
            return fieldError(QStringLiteral("actionData.secretQuestionsAnswers.") + it.key(), shorter(kMinAnswer));
    }

    bool matches = !answers.isEmpty() && !mailbox.secretAnswers.isEmpty();
    for (auto it = answers.begin(); matches && it != answers.end(); ++it) {
        const auto onFile = mailbox.secretAnswers.constFind(it.key());
        matches = onFile != mailbox.secretAnswers.cend() && onFile->trimmed() == it.value().toString().trimmed();
    }
    if (!matches)
        return json(409, QJsonObject{{QStringLiteral("conflict"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid secret questions and answers provided")},
                                                                              {QStringLiteral("code"), 409}}}});   // no "details", as printed

    QString violation = hostwayPasswordViolation(password.toString(), mailbox.username, domain.name, mailbox.passwordHistory);
    if (violation.isEmpty() && exchange && !password.toString().at(0).isLetter())
        violation = QStringLiteral("Password should start with a letter");
    if (!violation.isEmpty())
        return fieldError(QStringLiteral("password"), violation);
    mailbox.passwordHistory.append(password.toString());
    return Response::empty(204);
}

} // namespace Sandbox
