#include "app/ctl/ice/icectlprovider.h"

#include "app/ctl/ice/ctlice.h"

#include <QCommandLineParser>

QString IceCtlProvider::usage() const
{
    return QStringLiteral(R"(With --provider ice --base-url URL --organisation ID --user NAME [--ice-field-names example|table]:
  server-settings show --skill ID [--format table|json]   (what Mailroom last sent: ICE cannot be read)
  server-settings set --skill ID [--smtp-host H] [--smtp-port N] [--smtp-user U] [--smtp-password-stdin]
                      [--smtp-mailbox A] [--smtp-poll-rate MIN] [--receive pop3|imap] [--in-host H]
                      [--in-port N] [--in-user U] [--in-password-stdin] [--in-mailbox A] [--in-poll-rate MIN]
                      [--ssl yes|no] [--tls yes|no] [--spoof-email A | --no-spoofing] [--status enabled|disabled]
                      (merged into the settings last sent from this computer; both password options read one
                       line each from standard input, SMTP first)
)");
}

QStringList IceCtlProvider::commands() const
{
    return {QStringLiteral("server-settings show"), QStringLiteral("server-settings set")};
}

QString IceCtlProvider::commandProblem(const QString &noun, const QString &verb) const
{
    if (commands().contains(noun + QLatin1Char(' ') + verb))
        return {};
    return QStringLiteral("with --provider ice, the commands are server-settings show|set (ICE has no other call)");
}

QString IceCtlProvider::accountProblem(const CtlOptions &o) const
{
    if (o.baseUrl.isEmpty() || o.user.isEmpty())
        return QStringLiteral("give --base-url and --user");
    if (o.organisation.toInt() <= 0)
        return QStringLiteral("ICE needs --organisation ID (a number, such as 59)");
    return {};
}

QStringList IceCtlProvider::valueOptions() const
{
    return {QStringLiteral("skill"), QStringLiteral("smtp-host"), QStringLiteral("smtp-port"), QStringLiteral("smtp-mailbox"),
            QStringLiteral("smtp-poll-rate"), QStringLiteral("receive"), QStringLiteral("in-host"), QStringLiteral("in-port"),
            QStringLiteral("in-user"), QStringLiteral("in-mailbox"), QStringLiteral("in-poll-rate"), QStringLiteral("ssl"),
            QStringLiteral("tls"), QStringLiteral("spoof-email"), QStringLiteral("imap"), QStringLiteral("disabled"),
            QStringLiteral("status"), QStringLiteral("ice-field-names")};
}

QStringList IceCtlProvider::flagOptions() const
{
    return {QStringLiteral("in-password-stdin"), QStringLiteral("no-spoofing")};
}

bool IceCtlProvider::readOptions(const QCommandLineParser &parser, CtlOptions &o, QString *error) const
{
    if (o.has("ice-field-names")) {
        o.fieldSpelling = o.value("ice-field-names");
        if (o.fieldSpelling != QLatin1String("example") && o.fieldSpelling != QLatin1String("table")) {
            *error = QStringLiteral("--ice-field-names takes example (OrgId, Pop3UserName) or table (OrganizationId, Pop3Username)");
            return false;
        }
    }
    // CtlIce checks its other options when it runs.
    readSmtpOptions(parser, o);
    return true;
}

std::unique_ptr<CtlCommand> IceCtlProvider::makeCommand(const CtlOptions &options) const
{
    return std::make_unique<CtlIce>(options);
}
