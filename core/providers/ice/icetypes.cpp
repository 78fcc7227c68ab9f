#include "core/providers/ice/icetypes.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Ice {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ice", text);
}

bool isHost(const QString &text)
{
    if (!QHostAddress(text).isNull())
        return true;
    static const QRegularExpression host(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return host.match(text).hasMatch();
}

bool isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?\\.[A-Za-z]{2,}$"));
    return email.match(text).hasMatch();
}

void check(const MailServer &server, const QString &name, bool required, QStringList *out)
{
    // Ports have defaults, so an unused server is one without address, user or mailbox.
    const bool empty = server.address.trimmed().isEmpty() && server.userName.trimmed().isEmpty() && server.mailbox.trimmed().isEmpty();
    if (!required && empty)
        return;
    // Seed 001 sets no lengths: a host name has at most 253 characters, a user or an address 254.
    if (server.userName.size() > 254 || server.mailbox.size() > 254)
        out->append(tr("%1 server: the user name and the mailbox have at most 254 characters.").arg(name));
    if (server.address.trimmed().isEmpty())
        out->append(tr("%1 server: enter the server's address.").arg(name));
    else if (server.address.size() > 253 || !isHost(server.address.trimmed()))
        out->append(tr("%1 server: \"%2\" is not a host name or IP address.").arg(name, server.address));
    bool ok = false;
    const int port = server.port.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        out->append(tr("%1 port: enter a number from 1 to 65535.").arg(name));
    if (!server.pollRate.trimmed().isEmpty()) {
        const int rate = server.pollRate.trimmed().toInt(&ok);
        if (!ok || rate < 1)
            out->append(tr("%1 poll rate: enter whole minutes, 1 or more.").arg(name));
    }
    if (!server.mailbox.trimmed().isEmpty() && !isEmail(server.mailbox.trimmed()))
        out->append(tr("%1 mailbox: \"%2\" is not an email address.").arg(name, server.mailbox));
}

} // namespace

QStringList ServerSettings::problems() const
{
    QStringList out;
    if (organisationId <= 0)
        out.append(QCoreApplication::translate("Ice", "Enter the organisation id."));
    if (skillId <= 0)
        out.append(QCoreApplication::translate("Ice", "Enter the skill id."));
    check(smtp, QStringLiteral("SMTP"), true, &out);
    check(pop3, QStringLiteral("POP3"), !isImap, &out);
    check(imap, QStringLiteral("IMAP"), isImap, &out);
    if (emailSpoofing && !isEmail(spoofEmail.trimmed()))
        out.append(QCoreApplication::translate("Ice", "Spoofing is on: enter the address to send as."));
    return out;
}

namespace {

QJsonObject serverJson(const MailServer &m)
{
    return {{QStringLiteral("address"), m.address}, {QStringLiteral("userName"), m.userName},
            {QStringLiteral("mailbox"), m.mailbox}, {QStringLiteral("port"), m.port},
            {QStringLiteral("pollRate"), m.pollRate}};
}

MailServer serverFromJson(const QJsonObject &o)
{
    MailServer m;
    m.address = o.value(QLatin1String("address")).toString();
    m.userName = o.value(QLatin1String("userName")).toString();
    m.mailbox = o.value(QLatin1String("mailbox")).toString();
    m.port = o.value(QLatin1String("port")).toString();
    m.pollRate = o.value(QLatin1String("pollRate")).toString();
    return m;
}

} // namespace

QString fieldNamesId(FieldNames names)
{
    return names == FieldNames::Table ? QStringLiteral("table") : QStringLiteral("example");
}

FieldNames fieldNamesFromId(const QString &id)
{
    return id == QLatin1String("table") ? FieldNames::Table : FieldNames::Example;
}

QJsonObject toJson(const ServerSettings &s)
{
    return {{QStringLiteral("organisationId"), s.organisationId},
            {QStringLiteral("skillId"), s.skillId},
            {QStringLiteral("emailServerId"), s.emailServerId},
            {QStringLiteral("enabled"), s.enabled},
            {QStringLiteral("active"), s.active},
            {QStringLiteral("emailSpoofing"), s.emailSpoofing},
            {QStringLiteral("spoofEmail"), s.spoofEmail},
            {QStringLiteral("ssl"), s.ssl},
            {QStringLiteral("tls"), s.tls},
            {QStringLiteral("isImap"), s.isImap},
            {QStringLiteral("smtp"), serverJson(s.smtp)},
            {QStringLiteral("pop3"), serverJson(s.pop3)},
            {QStringLiteral("imap"), serverJson(s.imap)}};
}

ServerSettings fromJson(const QJsonObject &json)
{
    ServerSettings s;
    s.organisationId = json.value(QLatin1String("organisationId")).toInt();
    s.skillId = json.value(QLatin1String("skillId")).toInt();
    s.emailServerId = json.value(QLatin1String("emailServerId")).toInt();
    s.enabled = json.value(QLatin1String("enabled")).toBool(true);
    s.active = json.value(QLatin1String("active")).toBool(true);
    s.emailSpoofing = json.value(QLatin1String("emailSpoofing")).toBool();
    s.spoofEmail = json.value(QLatin1String("spoofEmail")).toString();
    s.ssl = json.value(QLatin1String("ssl")).toBool();
    s.tls = json.value(QLatin1String("tls")).toBool();
    s.isImap = json.value(QLatin1String("isImap")).toBool();
    s.smtp = serverFromJson(json.value(QLatin1String("smtp")).toObject());
    s.pop3 = serverFromJson(json.value(QLatin1String("pop3")).toObject());
    s.imap = serverFromJson(json.value(QLatin1String("imap")).toObject());
    return s;
}

} // namespace Ice
