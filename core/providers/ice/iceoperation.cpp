#include "core/providers/ice/iceoperation.h"

#include "core/operations/strictjson.h"
#include "core/providers/ice/iceclient.h"

#include <QJsonArray>

#include <limits>

namespace {

const QStringList kServers = {QStringLiteral("smtp"), QStringLiteral("pop3"), QStringLiteral("imap")};

} // namespace

IceOperation::IceOperation(Ice::ServerSettings settings, Ice::FieldNames names)
    : m_settings(std::move(settings))
    , m_fieldNames(names)
{
}

namespace {

/// The server of `settings` a secret name stands for (smtp, pop3, imap), or nullptr.
template<typename Settings>
auto *serverOf(Settings &settings, const QString &name)
{
    return name == kServers.at(0) ? &settings.smtp : name == kServers.at(1) ? &settings.pop3
                                                   : name == kServers.at(2) ? &settings.imap : nullptr;
}

} // namespace

QString IceOperation::secret(const QString &name) const
{
    const Ice::MailServer *s = serverOf(m_settings, name);
    return s ? s->password : QString();
}

void IceOperation::setSecret(const QString &name, const QString &value)
{
    if (Ice::MailServer *s = serverOf(m_settings, name))
        s->password = value;
}

QStringList IceOperation::secretNames() const
{
    QStringList names;
    for (const QString &name : kServers) {
        if (!secret(name).isEmpty() || m_secretsElsewhere.contains(name))
            names.append(name);
    }
    return names;
}

QList<ValidationProblem> IceOperation::validate() const
{
    QList<ValidationProblem> problems;
    if (m_settings.organisationId <= 0)
        problems.append({QStringLiteral("organisationId"), tr("The organisation id must be a number from 1.")});
    if (m_settings.skillId <= 0)
        problems.append({QStringLiteral("skillId"), tr("The skill id must be a number from 1.")});
    const QStringList settingsProblems = m_settings.problems();
    for (const QString &p : settingsProblems)
        problems.append({QStringLiteral("settings"), p});
    return problems;
}

QString IceOperation::describe() const
{
    const Ice::MailServer &receiving = m_settings.isImap ? m_settings.imap : m_settings.pop3;
    return tr("Update the email server of skill %1: SMTP %2, %3 %4")
        .arg(m_settings.skillId)
        .arg(m_settings.smtp.address.isEmpty() ? tr("none") : m_settings.smtp.address,
             m_settings.isImap ? QStringLiteral("IMAP") : QStringLiteral("POP3"),
             receiving.address.isEmpty() ? tr("none") : receiving.address);
}

HttpRequest IceOperation::request(const ApiEndpoint &endpoint) const
{
    return IceClient(nullptr, endpoint.baseUrl).preview(m_settings, m_fieldNames);
}

QString IceOperation::targetKey() const
{
    return QStringLiteral("ice:%1/%2").arg(m_settings.organisationId).arg(m_settings.skillId);
}

OperationTarget IceOperation::target() const
{
    return {OperationTarget::Kind::EmailSettings, QStringLiteral("%1/%2").arg(m_settings.organisationId).arg(m_settings.skillId)};
}

QJsonObject IceOperation::toJson() const
{
    return {{QStringLiteral("kind"), kind()},
            {QStringLiteral("settings"), Ice::toJson(m_settings)},
            {QStringLiteral("fieldNames"), Ice::fieldNamesId(m_fieldNames)},
            {QStringLiteral("passwords"), QJsonArray::fromStringList(secretNames())}};
}

namespace {

/// Checks the types of the settings Ice::toJson() writes: ids, switches and each server's texts.
void checkSettings(const QJsonObject &settings, StrictJson *into)
{
    StrictJson s(settings, QStringLiteral("settings"));
    for (const char *id : {"organisationId", "skillId", "emailServerId"})
        (void)s.optionalInteger(QLatin1String(id), 0, std::numeric_limits<int>::max());
    for (const char *flag : {"enabled", "active", "emailSpoofing", "ssl", "tls", "isImap"})
        (void)s.optionalBool(QLatin1String(flag));
    (void)s.optionalText(QStringLiteral("spoofEmail"));
    for (const QString &server : kServers) {
        StrictJson m(s.object(server, true), QStringLiteral("settings.") + server);
        for (const char *field : {"address", "userName", "mailbox", "port", "pollRate"})
            (void)m.optionalText(QLatin1String(field));
        if (!m.ok())
            s.fail({}, m.error());
    }
    if (!s.ok())
        into->fail({}, s.error());
}

} // namespace

std::unique_ptr<IceOperation> IceOperation::fromJson(const QJsonObject &json, QString *error)
{
    StrictJson j(json);
    const QJsonObject settings = j.object(QStringLiteral("settings"));
    const auto fieldNames = j.optionalText(QStringLiteral("fieldNames"));
    if (fieldNames && *fieldNames != QLatin1String("example") && *fieldNames != QLatin1String("table"))
        j.fail(QStringLiteral("fieldNames"), tr("must be \"example\" or \"table\""));
    const QJsonArray passwords = j.array(QStringLiteral("passwords"), true);
    if (j.ok())
        checkSettings(settings, &j);
    if (!j.ok()) {
        *error = j.error();
        return nullptr;
    }
    auto op = std::make_unique<IceOperation>(Ice::fromJson(settings), Ice::fieldNamesFromId(fieldNames.value_or(QString())));
    for (const QJsonValue &v : passwords) {
        if (!kServers.contains(v.toString())) {
            *error = tr("\"passwords\" names smtp, pop3 or imap.");
            return nullptr;
        }
        op->m_secretsElsewhere.append(v.toString());
    }
    return op;
}
