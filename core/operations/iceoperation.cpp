#include "core/operations/iceoperation.h"

#include "core/providers/ice/iceclient.h"

#include <QJsonArray>

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

QJsonObject IceOperation::toJson() const
{
    return {{QStringLiteral("kind"), kind()},
            {QStringLiteral("settings"), Ice::toJson(m_settings)},
            {QStringLiteral("fieldNames"), Ice::fieldNamesId(m_fieldNames)},
            {QStringLiteral("passwords"), QJsonArray::fromStringList(secretNames())}};
}

std::unique_ptr<IceOperation> IceOperation::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(QLatin1String("settings")).isObject()) {
        *error = tr("The ICE change has no \"settings\".");
        return nullptr;
    }
    auto op = std::make_unique<IceOperation>(Ice::fromJson(json.value(QLatin1String("settings")).toObject()),
                                             Ice::fieldNamesFromId(json.value(QLatin1String("fieldNames")).toString()));
    const QJsonArray passwords = json.value(QLatin1String("passwords")).toArray();
    for (const QJsonValue &v : passwords) {
        if (!kServers.contains(v.toString())) {
            *error = tr("\"passwords\" names smtp, pop3 or imap.");
            return nullptr;
        }
        op->m_secretsElsewhere.append(v.toString());
    }
    return op;
}
