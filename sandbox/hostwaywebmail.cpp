#include "sandbox/hostwaywebmail.h"

#include "sandbox/hostwayresponses.h"

namespace Sandbox {

using namespace HostwayResponses;

namespace {
constexpr int kStandardQuotaMb = 100;   ///< the sandbox's quota of the standard plan (the seed gives none)
}

Response HostwayWebmail::plans(const QString &which) const
{
    QJsonObject values;
    QJsonObject body;
    if (which == QLatin1String("webmailNames")) {
        for (auto it = domain.webmailNames.cbegin(); it != domain.webmailNames.cend(); ++it)
            values.insert(it.key(), it.value());
        body.insert(which, values);
    } else if (which == QLatin1String("webmailLimits")) {
        for (auto it = domain.webmailLimits.cbegin(); it != domain.webmailLimits.cend(); ++it)
            values.insert(it.key(), it.value() > 0 ? it.value() : -1);
        values.insert(QStringLiteral("starter"), -1);   // the example's key of no type
        body.insert(which, values);
    } else {
        body.insert(QStringLiteral("allowed"), domain.webmailUpgradeAllowed);
    }
    body.insert(QStringLiteral("links"), link(domainUrl + QLatin1Char('/') + which + QLatin1Char('/'), QStringLiteral("self")));
    return json(200, body);
}

Response HostwayWebmail::domainSettings(const QByteArray &method, const Request &request)
{
    if (method == "GET") {
        const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
        // Section 90's example prints "location" in its link.
        return json(200, QJsonObject{{QStringLiteral("type"), domain.webmailType},
                                     {QStringLiteral("allowUpgrade"), domain.domainAllowUpgrade},
                                     {QStringLiteral("trialType"), orNull(domain.trialType)},
                                     {QStringLiteral("trialExpiration"), orNull(domain.trialExpiration)},
                                     {QStringLiteral("links"), link(domainUrl + QStringLiteral("/webmail/"), QStringLiteral("self"), QStringLiteral("location"))}});
    }
    if (method != "PUT")
        return Response::empty(405);
    QJsonObject body;
    if (!bodyObject(request, &body))
        return notAnObject();
    const QJsonValue allow = body.value(QStringLiteral("allowUpgrade"));
    if (allow.isUndefined() || allow.isNull())
        return fieldError(QStringLiteral("allowUpgrade"), QStringLiteral("Required"));
    // The seed is silent on a value that is not a boolean: refused like a missing one.
    if (!allow.isBool())
        return fieldError(QStringLiteral("allowUpgrade"), QStringLiteral("Must be true or false"));
    // Section 92's 409: upgrades disabled at the product level (webmailUpgrade's "allowed",
    // section 98) cannot be turned on for the domain.
    if (allow.toBool() && !domain.webmailUpgradeAllowed)
        return Response::empty(409);
    domain.domainAllowUpgrade = allow.toBool();
    return Response::empty(204);
}

Response HostwayWebmail::typeProblem(const QString &type) const
{
    if (type.isEmpty())
        return fieldError(QStringLiteral("type"), QStringLiteral("Required"));
    if (!domain.webmailNames.contains(type))
        return fieldError(QStringLiteral("type"), QStringLiteral("\"%1\" is not one of standard, activesync, premium").arg(type));
    return Response::empty(0);
}

Response HostwayWebmail::limitProblem(const QString &type) const
{
    const int limit = domain.webmailLimits.value(type);
    const auto used = std::count_if(domain.mailboxes.cbegin(), domain.mailboxes.cend(),
                                    [&](const HostwayMailbox &m) { return !m.exchange && m.hasWebmail && m.webmailAccess == type; });
    if (limit > 0 && used >= limit)
        return json(400, QJsonObject{{QStringLiteral("computeFault"), QStringLiteral("Number of mailboxes exceeded")}});
    return Response::empty(0);
}

Response HostwayWebmail::account(HostwayMailbox &mailbox, const QString &mailboxUrl, const QByteArray &method, const Request &request)
{
    if (method == "GET") {
        if (!mailbox.hasWebmail)
            return Response::empty(404);
        const QString token = QString::fromLatin1(QByteArray("sandbox-webmail-token-" + mailbox.username.toUtf8()).toBase64());
        return json(200, QJsonObject{{QStringLiteral("authToken"), token}, {QStringLiteral("type"), mailbox.webmailAccess},
                                     {QStringLiteral("allowUpgrade"), mailbox.allowUpgrade},
                                     {QStringLiteral("resetPassword"), mailbox.webmailResetPassword},
                                     {QStringLiteral("theme"), mailbox.webmailTheme}, {QStringLiteral("language"), mailbox.webmailLanguage},
                                     {QStringLiteral("timezone"), mailbox.webmailTimezone},
                                     {QStringLiteral("links"), link(mailboxUrl + QStringLiteral("webmail/"), QStringLiteral("self"))}});
    }
    QJsonObject body;
    if (!bodyObject(request, &body))
        return notAnObject();
    const auto text = [&body](const char *key, const QString &now) {
        return body.contains(QLatin1String(key)) ? body.value(QLatin1String(key)).toString() : now;
    };
    if (method == "POST") {
        if (mailbox.hasWebmail)
            return Response::empty(409);   // "OpenXchange account already exists."
        const QString type = text("type", QStringLiteral("standard"));
        if (const Response problem = typeProblem(type); problem.status)
            return problem;
        if (const Response problem = limitProblem(type); problem.status)
            return problem;
        mailbox.hasWebmail = true;
        mailbox.webmailAccess = type;
        mailbox.allowUpgrade = body.contains(QStringLiteral("allowUpgrade")) ? body.value(QStringLiteral("allowUpgrade")).toBool() : true;
        mailbox.webmailTheme = text("theme", QString());
        mailbox.webmailLanguage = text("language", QStringLiteral("en_US"));
        mailbox.webmailTimezone = text("timezone", QStringLiteral("America/Chicago"));
        return Response::empty(201);
    }
    if (method != "PUT")
        return Response::empty(405);
    if (!mailbox.hasWebmail)
        return Response::empty(404);
    const QString type = text("type", mailbox.webmailAccess);
    if (body.contains(QStringLiteral("type"))) {
        if (const Response problem = typeProblem(type); problem.status)
            return problem;
    }
    const bool allowUpgrade = body.contains(QStringLiteral("allowUpgrade")) ? body.value(QStringLiteral("allowUpgrade")).toBool() : mailbox.allowUpgrade;
    const bool standard = type == QLatin1String("standard");
    if (body.contains(QStringLiteral("type")) && body.contains(QStringLiteral("allowUpgrade")) && !allowUpgrade && !standard)
        return json(400, QJsonObject{{QStringLiteral("message"), QStringLiteral("The allowUpgrade option is inconsistent with the provided type")}});
    if (!body.contains(QStringLiteral("type")) && body.contains(QStringLiteral("allowUpgrade")) && allowUpgrade != mailbox.allowUpgrade
        && mailbox.webmailAccess != QLatin1String("standard"))
        return json(400, QJsonObject{{QStringLiteral("message"), QStringLiteral("The account is already upgraded. Please downgrade it to standard first.")}});
    if (type != mailbox.webmailAccess) {
        if (!domain.webmailUpgradeAllowed)
            return json(400, QJsonObject{{QStringLiteral("message"), QStringLiteral("This account is not allowed to be upgraded")}});
        if (const Response problem = limitProblem(type); problem.status)
            return problem;
        if (standard && mailbox.usage > kStandardQuotaMb)
            return json(400, QJsonObject{{QStringLiteral("message"), QStringLiteral("Current mailbox usage is larger than the new quota value")}});
    }
    mailbox.webmailAccess = type;
    mailbox.allowUpgrade = allowUpgrade;
    if (body.contains(QStringLiteral("resetPassword")))
        mailbox.webmailResetPassword = body.value(QStringLiteral("resetPassword")).toBool();
    mailbox.webmailTheme = text("theme", mailbox.webmailTheme);
    mailbox.webmailLanguage = text("language", mailbox.webmailLanguage);
    mailbox.webmailTimezone = text("timezone", mailbox.webmailTimezone);
    return Response::empty(204);
}

} // namespace Sandbox
