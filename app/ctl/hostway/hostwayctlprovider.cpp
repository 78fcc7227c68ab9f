#include "app/ctl/hostway/hostwayctlprovider.h"

#include "app/ctl/hostway/ctlimportcsv.h"
#include "app/ctl/hostway/ctlrunner.h"
#include "app/ctl/registry/ctlproviders.h"

QString HostwayCtlProvider::usage() const
{
    return QStringLiteral(R"(With --provider hostway (the default) --base-url URL --account ID --user NAME:
  domain show --domain D
  mailboxes list --domain D [--filter PATTERN] [--sort username|quota] [--desc] [--format table|json|csv]
  mailbox show --domain D --name M [--format table|json]
  mailbox create --domain D --name M [--quota MB] [--master] (--password-stdin | --generate-password)
  mailbox set --domain D --name M [--quota MB] [--password-stdin]
  mailbox delete --domain D --name M --yes
  draft import-csv --kind mailboxes --domain D CSV -o FILE   (a draft of mailbox creations)
)");
}

QStringList HostwayCtlProvider::commands() const
{
    return {QStringLiteral("domain show"), QStringLiteral("mailboxes list"), QStringLiteral("mailbox show"),
            QStringLiteral("mailbox create"), QStringLiteral("mailbox set"), QStringLiteral("mailbox delete"),
            QStringLiteral("draft import-csv")};
}

QString HostwayCtlProvider::commandProblem(const QString &noun, const QString &verb) const
{
    const QString command = noun + QLatin1Char(' ') + verb;
    if (commands().contains(command))
        return {};
    // Hostway is the default: say which provider the command is for.
    QStringList others = CtlProviders::instance().offering(command);
    if (others.isEmpty())
        return QStringLiteral("\"%1\" is not a command of any provider (see --help)").arg(command);
    const QString last = others.takeLast();
    return QStringLiteral("\"%1\" needs --provider %2 (Hostway has no such command)")
        .arg(command, others.isEmpty() ? last : others.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last);
}

QString HostwayCtlProvider::accountProblem(const CtlOptions &o) const
{
    if (o.baseUrl.isEmpty() || o.user.isEmpty() || o.accountId.isEmpty())
        return QStringLiteral("give --profile NAME, or --base-url, --account and --user");
    return {};
}

bool HostwayCtlProvider::readOptions(const QCommandLineParser &, CtlOptions &o, QString *error) const
{
    if (o.isDraftCommand()) {   // draft import-csv: a draft of mailbox creations from a CSV file
        if (o.kind != QLatin1String("mailboxes")) {
            *error = QStringLiteral("--kind takes mailboxes (the objects this version imports)");
            return false;
        }
        if (o.domain.isEmpty() || o.output.isEmpty()) {
            *error = QStringLiteral("draft import-csv needs --domain and -o FILE");
            return false;
        }
        return true;
    }
    if (o.domain.isEmpty()) {
        *error = QStringLiteral("--domain is required");
        return false;
    }
    if (o.noun == QLatin1String("mailbox") && o.name.isEmpty()) {
        *error = QStringLiteral("--name is required");
        return false;
    }
    if (o.verb == QLatin1String("create") && o.passwordStdin == o.generatePassword) {
        *error = QStringLiteral("mailbox create takes one of --password-stdin or --generate-password");
        return false;
    }
    if (o.verb == QLatin1String("set") && !o.quotaMb && !o.passwordStdin) {
        *error = QStringLiteral("mailbox set needs --quota and/or --password-stdin");
        return false;
    }
    if (o.verb == QLatin1String("delete") && !o.yes) {
        *error = QStringLiteral("mailbox delete removes the mailbox and its mail: confirm with --yes");
        return false;
    }
    return true;
}

std::unique_ptr<CtlCommand> HostwayCtlProvider::makeCommand(const CtlOptions &options) const
{
    if (options.isDraftCommand())
        return std::make_unique<CtlImportCsv>(options);   // draft import-csv
    return std::make_unique<CtlRunner>(options);
}
