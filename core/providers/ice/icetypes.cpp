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
    if (server.address.trimmed().isEmpty())
        out->append(tr("%1 server: enter the server's address.").arg(name));
    else if (!isHost(server.address.trimmed()))
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

} // namespace Ice
