#include "app/ctl/ikoula/ikoulactlprovider.h"

#include "app/ctl/ikoula/ctlikoula.h"

#include <QCommandLineParser>

QString IkoulaCtlProvider::usage() const
{
    return QStringLiteral(R"(With --provider ikoula --base-url URL --user NAME --public-key FILE (Ikoula's RSA key, PEM):
  subscriptions list                                       billing list --subscription ID
  mailboxes list --subscription ID --organisation ID       mailbox show --subscription ID --organisation ID --email E
  mailbox create --organisation ID --email E --display-name TEXT [--type user|room|equipment]
                 [--first-name T] [--last-name T] [--mail-setup-guide] (--password-stdin | --generate-password)
  mailbox set --email E [--password-stdin | --reset-password]
              [--pop|--imap|--owa|--mapi|--activesync yes|no]
              [--warning-mb N] [--send-mb N] [--receive-mb N] [--keep-deleted-days N]
              [--add-alias A] [--remove-alias A] [--forward-to A [--keep-copy yes|no]] [--no-forward]
              [--smtp-forward-to A] [--no-smtp-forward]
              [--display-name T] [--first-name T] [--last-name T] [--mobile-phone T] [--business-phone T]
              [--company T] [--office T] [--job T] [--department T] [--disabled yes|no] [--hidden yes|no]
              (features, quotas and directory fields are merged into the current ones: give
               --subscription and --organisation unless all five features or four quotas are given)
  mailbox delete --email E --yes
  lists list --subscription ID --organisation ID           lists create --organisation ID --email E --display-name T --manager A
  lists delete --email E --yes
  list-members list --subscription ID --organisation ID --email LIST
  list-members add|remove --email LIST --member A
  contacts list --subscription ID --organisation ID        contacts create --organisation ID --email E --display-name T
  contacts delete --contact-id ID --yes
)");
}

QStringList IkoulaCtlProvider::commands() const
{
    return {QStringLiteral("subscriptions list"), QStringLiteral("billing list"), QStringLiteral("mailboxes list"),
            QStringLiteral("mailbox show"), QStringLiteral("mailbox create"), QStringLiteral("mailbox set"),
            QStringLiteral("mailbox delete"), QStringLiteral("lists list"), QStringLiteral("lists create"),
            QStringLiteral("lists delete"), QStringLiteral("list-members list"), QStringLiteral("list-members add"),
            QStringLiteral("list-members remove"), QStringLiteral("contacts list"), QStringLiteral("contacts create"),
            QStringLiteral("contacts delete")};
}

QString IkoulaCtlProvider::commandProblem(const QString &noun, const QString &verb) const
{
    if (commands().contains(noun + QLatin1Char(' ') + verb))
        return {};
    return QStringLiteral("with --provider ikoula, the commands are subscriptions, billing, mailboxes, mailbox, lists, list-members and contacts (see --help)");
}

QString IkoulaCtlProvider::accountProblem(const CtlOptions &o) const
{
    if (o.baseUrl.isEmpty() || o.user.isEmpty())
        return QStringLiteral("give --base-url and --user");
    if (o.publicKeyFile.isEmpty())
        return QStringLiteral("Ikoula needs --public-key FILE (Ikoula's RSA public key, PEM)");
    return {};
}

QStringList IkoulaCtlProvider::valueOptions() const
{
    static const char *const names[] = {
        "subscription", "email", "display-name", "first-name", "last-name", "type", "manager", "member", "contact-id",
        "pop", "imap", "owa", "mapi", "activesync", "warning-mb", "send-mb", "receive-mb", "keep-deleted-days",
        "add-alias", "remove-alias", "forward-to", "keep-copy", "smtp-forward-to", "disabled", "hidden",
        "mobile-phone", "business-phone", "company", "office", "job", "department", "status"};
    QStringList options;
    for (const char *name : names)
        options.append(QLatin1String(name));
    return options;
}

QStringList IkoulaCtlProvider::flagOptions() const
{
    return {QStringLiteral("reset-password"), QStringLiteral("no-forward"), QStringLiteral("no-smtp-forward"),
            QStringLiteral("mail-setup-guide")};
}

bool IkoulaCtlProvider::readOptions(const QCommandLineParser &parser, CtlOptions &o, QString *) const
{
    // CtlIkoula checks its own options when it runs.
    readSmtpOptions(parser, o);
    return true;
}

std::unique_ptr<CtlCommand> IkoulaCtlProvider::makeCommand(const CtlOptions &options) const
{
    return std::make_unique<CtlIkoula>(options);
}
