#include "sandbox/hostwayexchange.h"

#include "sandbox/hostwaypasswordpolicy.h"
#include "sandbox/hostwayresponses.h"

#include <QRegularExpression>

namespace Sandbox {

using namespace HostwayResponses;

namespace {

/// The text fields of section 56 and their documented longest length.
const QList<QPair<QString, int>> &textFields()
{
    static const QList<QPair<QString, int>> fields{
        {QStringLiteral("displayName"), 256}, {QStringLiteral("firstName"), 64},  {QStringLiteral("lastName"), 64},
        {QStringLiteral("city"), 128},        {QStringLiteral("company"), 64},    {QStringLiteral("country"), 128},
        {QStringLiteral("department"), 64},   {QStringLiteral("fax"), 64},        {QStringLiteral("homePhone"), 64},
        {QStringLiteral("mobilePhone"), 64},  {QStringLiteral("postalCode"), 40}, {QStringLiteral("state"), 128},
        {QStringLiteral("street"), 1024},     {QStringLiteral("title"), 128}};
    return fields;
}

/// The first problem of the body's documented fields, as a 400; an empty response when none.
std::optional<Response> fieldsProblem(const QJsonObject &body)
{
    for (const auto &[field, limit] : textFields()) {
        const QJsonValue value = body.value(field);
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return fieldError(field, QStringLiteral("Not a valid string"));
        if (value.toString().size() > limit)
            return fieldError(field, QStringLiteral("Longer than maximum length %1").arg(limit));
    }
    const auto oneOf = [&body](const char *field, const QStringList &allowed) -> std::optional<Response> {
        const QJsonValue value = body.value(QLatin1String(field));
        if (!value.isUndefined() && !allowed.contains(value.toString()))
            return fieldError(QLatin1String(field), QStringLiteral("\"%1\" is not one of %2").arg(value.toString(), allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    };
    if (auto problem = oneOf("type", {QStringLiteral("standard"), QStringLiteral("premium")}))
        return problem;
    if (auto problem = oneOf("resourceType", {QStringLiteral("user"), QStringLiteral("equipment"), QStringLiteral("room")}))
        return problem;
    if (body.contains(QStringLiteral("resetPassword")) && !body.value(QStringLiteral("resetPassword")).isBool())
        return fieldError(QStringLiteral("resetPassword"), QStringLiteral("Not a valid boolean"));
    return std::nullopt;
}

} // namespace

Response HostwayExchange::put(const QString &name, const Request &request)
{
    QJsonObject body;
    if (!bodyObject(request, &body))
        return notAnObject();
    const QString key = name.toLower();
    auto it = domain.mailboxes.find(key);
    if (it != domain.mailboxes.end() && !it->exchange)
        return Response::empty(409);
    if (auto problem = fieldsProblem(body))
        return *problem;
    const bool creating = it == domain.mailboxes.end();
    const QString password = body.value(QStringLiteral("password")).toString();
    const auto passwordProblem = [&](const QStringList &history) -> std::optional<Response> {
        // Section 56's "abc1234" example answers with the 'abc' rule though the password is
        // also too short: here the prefixes come first. "Should start with a letter" holds for
        // new mailboxes only: example 56.3.6 updates one to "!q2w3e4R", answered 204.
        QString violation;
        if (password.startsWith(QLatin1String("pass"), Qt::CaseInsensitive))
            violation = QStringLiteral("Password should not start with the phrase 'pass' case-insensitively");
        else if (password.startsWith(QLatin1String("abc"), Qt::CaseInsensitive))
            violation = QStringLiteral("Password should not start with 'abc' case-insensitively");
        else if (password.startsWith(QLatin1String("123")))
            violation = QStringLiteral("Password should not start with 123");
        if (violation.isEmpty())
            violation = hostwayPasswordViolation(password, name, domain.name, history);
        if (violation.isEmpty() && history.isEmpty() && !password.at(0).isLetter())
            violation = QStringLiteral("Password should start with a letter");
        if (!violation.isEmpty())
            return fieldError(QStringLiteral("password"), violation);
        return std::nullopt;
    };

    if (creating) {
        static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9._-]{1,64}$"));
        if (!pattern.match(name).hasMatch())
            return fieldError(QStringLiteral("username"), QStringLiteral("String should meet the regexp [a-zA-Z0-9._-]+ ,max 64 characters"));
        if (password.isEmpty())
            return fieldError(QStringLiteral("password"), QStringLiteral("Required"));   // example 56.3.1
        if (body.value(QStringLiteral("displayName")).toString().isEmpty())
            return fieldError(QStringLiteral("displayName"), QStringLiteral("Required"));   // example 56.3.2
        if (auto problem = passwordProblem({}))
            return *problem;
        HostwayMailbox created = makeExchangeMailbox(name, domain.name, body.value(QStringLiteral("displayName")).toString());
        for (auto field = body.begin(); field != body.end(); ++field) {
            if (field.key() != QLatin1String("password") && field.key() != QLatin1String("resetPassword"))
                created.exchangeDetails.insert(field.key(), field.value());
        }
        created.passwordHistory = {password};
        domain.mailboxes.insert(key, created);
        return Response::empty(201);
    }

    if (body.contains(QStringLiteral("resourceType")))
        return Response::text(400, "resourceType cannot be updated");   // example 56.3.8, as printed
    if (body.contains(QStringLiteral("password"))) {
        if (password.isEmpty())
            return fieldError(QStringLiteral("password"), QStringLiteral("Required"));
        if (auto problem = passwordProblem(it->passwordHistory))
            return *problem;
        it->passwordHistory.append(password);
    }
    for (auto field = body.begin(); field != body.end(); ++field) {
        if (field.key() != QLatin1String("password") && field.key() != QLatin1String("resetPassword"))
            it->exchangeDetails.insert(field.key(), field.value());
    }
    return Response::empty(204);
}

Response HostwayExchange::remove(const QString &name)
{
    const auto it = domain.mailboxes.find(name.toLower());
    if (it == domain.mailboxes.end() || !it->exchange)
        return Response::empty(404);
    domain.mailboxes.erase(it);
    return Response::empty(204);
}

} // namespace Sandbox
