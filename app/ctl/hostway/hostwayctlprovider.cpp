#include "app/ctl/hostway/hostwayctlprovider.h"

#include "app/ctl/hostway/ctlcontacts.h"
#include "app/ctl/hostway/ctlexchange.h"
#include "app/ctl/hostway/ctlorders.h"
#include "app/ctl/hostway/ctlimportcsv.h"
#include "app/ctl/hostway/ctlmailboxsettings.h"
#include "app/ctl/hostway/ctlrunner.h"
#include "app/ctl/hostway/ctlsecurity.h"
#include "app/ctl/registry/ctlproviders.h"
#include "core/providers/hostway/mailboxowner.h"

QString HostwayCtlProvider::usage() const
{
    return QStringLiteral(R"(With --provider hostway (the default) --base-url URL --account ID --user NAME:
  domain show --domain D
  aliases list --domain D [--format table|json|csv]   (the domain's aliases: other names of the domain)
  antispam link --domain D [--format table|json]       (a sign-in link to the anti-spam panel: open it soon, keep it secret)
  infostore show --domain D [--format table|json]      (the InfoStore's usage and quota, MB)
  infostore set --domain D --quota MB                  (0 or more, and not below its usage)
  contacts list --domain D [filterFIELD=VALUE | searchFIELD=VALUE...] [--format table|json|csv]
                                   (the global address list; filter: the whole field, * any text; search: a part of it)
  contacts show --domain D --name N [--format table|json]
  contacts create --domain D --name N email=ADDRESS displayName=TEXT [FIELD=VALUE...]   (fields: city, company, mobilePhone...)
  contacts set --domain D --name N FIELD=VALUE...   (an empty VALUE clears the field; the name never changes)
  contacts delete --domain D --name N --yes
  mailboxes list --domain D [--filter PATTERN] [--sort username|quota] [--desc] [--format table|json|csv]
  mailbox show --domain D --name M [--format table|json]
  mailbox create --domain D --name M [--quota MB] [--master] (--password-stdin | --generate-password)
  mailbox set --domain D --name M [--quota MB] [--password-stdin] [--master | --no-master] [--type T] [--rename NEW]
                                   (--type: a plan of webmail show; --rename: mail to the old name is no longer delivered)
  mailbox delete --domain D --name M --yes
  mailbox stats --domain D --name M [--format table|json]     (messages in the inbox, sent and spam folders)
  exchange stats --domain D --name M [--format table|json]    (the same for an Exchange mailbox)
  exchange show --domain D --name M [--format table|json]     (every field Hostway gives: sizes, limits, protocols)
  exchange create --domain D --name M --display-name TEXT [--type standard|premium] [--resource user|room|equipment]
                  (--password-stdin | --generate-password) [FIELD=VALUE...]   (fields: city, company, title, ...)
  exchange set --domain D --name M [--display-name TEXT] [--type T] [--password-stdin] [--reset-password] [FIELD=VALUE...]
                                   (--reset-password: a new password is asked at the next logon; the resource never changes)
  exchange delete --domain D --name M --yes
  order exchange-mailbox --domain D --name M --display-name TEXT (--password-stdin | --generate-password) [FIELD=VALUE...] [--wait]
                                   (an order: Hostway creates the mailbox when it completes; fields: name.company,
                                    phones.mobile, address.city...; a paid product prints its quote and waits for submit)
  order show --order ID [--wait] [--wait-limit SECONDS]   (its status; --wait: until Completed, exit 1 needing attention)
  order submit --order ID --yes [--wait]   (confirms a paid order's quote: this buys it)
  order list [--format table|json]         (the orders placed from this computer for the account)
  forwards list --domain D --name M [--format table|json]
  forwards add --domain D --name M --target ADDRESS[,ADDRESS...]   (reads the list first, also with --draft)
  forwards remove --domain D --name M --target ADDRESS
                                 (blackwhitelist and spamfilter without --name: the domain's own)
  blackwhitelist list --domain D [--name M] [--filter PATTERN] [--list allowed|blocked] [--desc] [--format table|json]
  blackwhitelist add --domain D [--name M] --address A[,A...] --list allowed|blocked   (A: name@domain or @domain)
  blackwhitelist remove --domain D [--name M] --address A
  blackwhitelist show --domain D [--name M] --address A   (the list A is on; exit 1 when on neither)
  spamfilter show --domain D [--name M] [--format table|json]   (the CleanMailPlus attributes and their choices)
  spamfilter set --domain D [--name M] NAME=VALUE...   (e.g. SPAM_LEVEL=4 SPAM_ACTION="Move to SPAM Folder")
  webmail show --domain D --name M [--format table|json]   (the OpenXchange account and the domain's plans)
  webmail create --domain D --name M [--type T] [--allow-upgrade yes|no] [--theme X] [--language en_US] [--timezone Area/City]
  webmail set --domain D --name M [--type T] [--allow-upgrade yes|no] [--reset-password] [--theme X] [--language L] [--timezone Z]
  webmail domain show --domain D [--format table|json]   (the domain's own webmail: type, trial, upgrades)
  webmail domain set --domain D --allow-upgrade yes|no   (whether the domain's accounts may upgrade)
                                   (--reset-password: a new password is asked at the next webmail sign-in)
  migration report --domain D --name M [--subject TEXT] (--body TEXT | --body-file FILE|-)   (a ticket at Hostway's support)
  autoresponder show --domain D --name M [--format table|json]
  autoresponder set --domain D --name M [--subject TEXT] (--body TEXT | --body-file FILE|-)   (no --subject: keeps it)
  autoresponder off --domain D --name M   (keeps the text, which Hostway needs; reads it first)
  secret-questions list [--format table|json]   (the questions Hostway offers and how many answers each mailbox keeps)
  secrets show --domain D --name M [--format table|json]   (the questions the mailbox answered; answers are never shown)
  secrets set --domain D --name M --answers-stdin   (replaces every answer: one KEY=ANSWER per line on standard input)
  mailbox reset-password --domain D --name M --answers-stdin (--password-stdin | --generate-password)
  exchange reset-password --domain D --name M --answers-stdin (--password-stdin | --generate-password)
                                   (by the secret answers; standard input: the new password's line first with
                                    --password-stdin, then one KEY=ANSWER per line)
With --owner --base-url URL --user NAME@DOMAIN (a mailbox's owner, signing in with that mailbox's password;
the /email/{domain} shortcuts: --domain and --name are the mailbox's own and may be left out):
  secret-questions list · secrets show · secrets set --answers-stdin
  mailbox reset-password · exchange reset-password   (--answers-stdin, as above)
  webmail show · webmail create · webmail set        (the plan changes only while the administrator allows upgrades)
  draft import-csv --kind mailboxes --domain D CSV -o FILE   (a draft of mailbox creations)
  draft import-csv --kind contacts --domain D CSV -o FILE    (a draft of contact creations: a header of field names,
                                   name, email and displayName at least; contacts list --format csv writes one)
)");
}

QStringList HostwayCtlProvider::commands() const
{
    return {QStringLiteral("domain show"), QStringLiteral("aliases list"), QStringLiteral("infostore show"), QStringLiteral("infostore set"), QStringLiteral("antispam link"), QStringLiteral("mailboxes list"), QStringLiteral("mailbox show"),
            QStringLiteral("mailbox create"), QStringLiteral("mailbox set"), QStringLiteral("mailbox delete"),
            QStringLiteral("draft import-csv"), QStringLiteral("forwards list"), QStringLiteral("forwards add"),
            QStringLiteral("forwards remove"), QStringLiteral("autoresponder show"), QStringLiteral("autoresponder set"),
            QStringLiteral("autoresponder off"), QStringLiteral("mailbox stats"), QStringLiteral("exchange stats"),
            QStringLiteral("blackwhitelist list"), QStringLiteral("blackwhitelist add"), QStringLiteral("blackwhitelist remove"),
            QStringLiteral("blackwhitelist show"),
            QStringLiteral("spamfilter show"), QStringLiteral("spamfilter set"), QStringLiteral("migration report"),
            QStringLiteral("webmail show"), QStringLiteral("webmail create"), QStringLiteral("webmail set"), QStringLiteral("webmail domain"),
            QStringLiteral("secret-questions list"), QStringLiteral("secrets show"), QStringLiteral("secrets set"),
            QStringLiteral("mailbox reset-password"), QStringLiteral("exchange reset-password"),
            QStringLiteral("exchange show"), QStringLiteral("exchange create"), QStringLiteral("exchange set"),
            QStringLiteral("exchange delete"), QStringLiteral("contacts list"), QStringLiteral("contacts show"),
            QStringLiteral("contacts create"), QStringLiteral("contacts set"), QStringLiteral("contacts delete"),
            QStringLiteral("order exchange-mailbox"), QStringLiteral("order show"), QStringLiteral("order submit"), QStringLiteral("order list")};
}

bool HostwayCtlProvider::takesArguments(const QString &command) const
{
    return command == QLatin1String("spamfilter set") || command == QLatin1String("webmail domain") || command == QLatin1String("exchange create")
           || command == QLatin1String("exchange set") || command == QLatin1String("contacts list")
           || command == QLatin1String("contacts create") || command == QLatin1String("contacts set")
           || command == QLatin1String("order exchange-mailbox");
}

bool HostwayCtlProvider::writesCsv(const QString &command) const
{
    return command == QLatin1String("mailboxes list") || command == QLatin1String("aliases list") || command == QLatin1String("contacts list");
}

QStringList HostwayCtlProvider::valueOptions() const
{
    return {QStringLiteral("target"), QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("body-file"),
            QStringLiteral("address"), QStringLiteral("list"), QStringLiteral("allow-upgrade"),
            QStringLiteral("theme"), QStringLiteral("language"), QStringLiteral("timezone"), QStringLiteral("rename"), QStringLiteral("resource"),
            QStringLiteral("order"), QStringLiteral("wait-limit")};
}

QStringList HostwayCtlProvider::flagOptions() const
{
    // The same flag as Ikoula's mailbox set --reset-password: one option of one meaning.
    return {QStringLiteral("reset-password"), QStringLiteral("answers-stdin"), QStringLiteral("no-master"), QStringLiteral("wait"),
            QStringLiteral("owner")};
}

namespace {

/// The settings commands' own checks (forwards, autoresponder); false and *error.
bool readSettingsOptions(const CtlOptions &o, QString *error)
{
    const QString command = o.noun + QLatin1Char(' ') + o.verb;
    if ((command == QLatin1String("forwards add") || command == QLatin1String("forwards remove")) && o.value("target").isEmpty()) {
        *error = QStringLiteral("%1 needs --target ADDRESS").arg(command);
        return false;
    }
    if (command == QLatin1String("forwards remove") && o.value("target").contains(QLatin1Char(','))) {
        *error = QStringLiteral("forwards remove takes one --target at a time");
        return false;
    }
    if (o.noun == QLatin1String("blackwhitelist")) {
        const QString list = o.value("list");
        if (!list.isEmpty() && list != QLatin1String("allowed") && list != QLatin1String("blocked")) {
            *error = QStringLiteral("--list takes allowed or blocked");
            return false;
        }
        if (o.verb != QLatin1String("list") && o.value("address").isEmpty()) {
            *error = QStringLiteral("blackwhitelist %1 needs --address").arg(o.verb);
            return false;
        }
        if (o.verb == QLatin1String("add") && list.isEmpty()) {
            *error = QStringLiteral("blackwhitelist add needs --list allowed or --list blocked");
            return false;
        }
        if (o.verb != QLatin1String("list") && o.verb != QLatin1String("add") && o.value("address").contains(QLatin1Char(','))) {
            *error = QStringLiteral("blackwhitelist %1 takes one --address at a time").arg(o.verb);
            return false;
        }
    }
    for (const char *flag : {"allow-upgrade"}) {
        if (o.has(flag) && o.value(flag) != QLatin1String("yes") && o.value(flag) != QLatin1String("no")) {
            *error = QStringLiteral("--%1 takes yes or no").arg(QLatin1String(flag));
            return false;
        }
    }
    if (command == QLatin1String("spamfilter set")) {
        if (o.arguments.isEmpty()) {
            *error = QStringLiteral("spamfilter set takes NAME=VALUE for each setting to change (see spamfilter show)");
            return false;
        }
        for (const QString &argument : o.arguments) {
            if (!argument.contains(QLatin1Char('=')) || argument.startsWith(QLatin1Char('='))) {
                *error = QStringLiteral("\"%1\" is not NAME=VALUE").arg(argument);
                return false;
            }
        }
    } else if (!o.arguments.isEmpty() && command != QLatin1String("webmail domain")) {   // its show|set: checked by readOptions()
        *error = QStringLiteral("unexpected argument \"%1\"").arg(o.arguments.first());
        return false;
    }
    if ((command == QLatin1String("autoresponder set") || command == QLatin1String("migration report")) && o.has("body") == o.has("body-file")) {
        *error = QStringLiteral("%1 takes one of --body TEXT or --body-file FILE (- for standard input)").arg(command);
        return false;
    }
    return true;
}

} // namespace

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

namespace {

/// True when the command line signs in as a mailbox's owner (--owner, or an owner's profile).
bool signsInAsOwner(const CtlOptions &o)
{
    return o.flag("owner") || Hostway::MailboxOwner::isOwnerKind(o.accountKind);
}

/// The commands a mailbox owner may give: those the /email/{domain} shortcuts serve.
bool ownerMayGive(const QString &command)
{
    static const QStringList allowed{QStringLiteral("secret-questions list"), QStringLiteral("secrets show"), QStringLiteral("secrets set"),
                                     QStringLiteral("mailbox reset-password"), QStringLiteral("exchange reset-password"),
                                     QStringLiteral("webmail show"), QStringLiteral("webmail create"), QStringLiteral("webmail set")};
    return allowed.contains(command);
}

/// With --owner: the mailbox is the one signed in as; --domain and --name default to it and
/// may not name another. False and *error.
bool readOwnerOptions(CtlOptions &o, QString *error)
{
    const QString command = o.noun + QLatin1Char(' ') + o.verb;
    if (o.flag("owner") && !o.profile.isEmpty() && !Hostway::MailboxOwner::isOwnerKind(o.accountKind)) {
        *error = QStringLiteral("--owner goes with --base-url and --user NAME@DOMAIN, or with a mailbox owner's profile; \"%1\" is an administrator's")
                     .arg(o.profile);
        return false;
    }
    if (!ownerMayGive(command)) {
        *error = QStringLiteral("\"%1\" is not for a mailbox owner: sign in as the account's administrator (--account, without --owner)").arg(command);
        return false;
    }
    // The user name is the mailbox's address (--user, or the owner's profile's).
    const qsizetype at = o.user.lastIndexOf(QLatin1Char('@'));
    if (at <= 0) {
        *error = QStringLiteral("a mailbox owner signs in as NAME@DOMAIN, the mailbox's own address");
        return false;
    }
    const QString name = o.user.left(at);
    const QString domain = o.user.mid(at + 1).toLower();
    if ((!o.domain.isEmpty() && o.domain.compare(domain, Qt::CaseInsensitive) != 0)
        || (!o.name.isEmpty() && o.name.compare(name, Qt::CaseInsensitive) != 0)) {
        *error = QStringLiteral("a mailbox owner reaches only its own mailbox, %1: leave out --domain and --name").arg(o.user);
        return false;
    }
    if (command != QLatin1String("secret-questions list")) {
        o.domain = domain;
        o.name = name;
    }
    return true;
}

} // namespace

QString HostwayCtlProvider::accountId(const CtlOptions &options) const
{
    return signsInAsOwner(options) ? QString() : options.accountId;
}

QString HostwayCtlProvider::accountKind(const CtlOptions &options) const
{
    if (!signsInAsOwner(options))
        return options.accountKind;
    return QLatin1String(options.noun == QLatin1String("exchange") ? Hostway::kExchangeOwnerKind : Hostway::kOwnerKind);
}

QString HostwayCtlProvider::accountProblem(const CtlOptions &o) const
{
    if (o.flag("owner")) {
        if (o.baseUrl.isEmpty() || o.user.isEmpty())
            return QStringLiteral("--owner needs --base-url and --user NAME@DOMAIN (the mailbox's own address)");
        if (!o.accountId.isEmpty())
            return QStringLiteral("--owner signs in without --account: a mailbox owner's calls name no account");
        const qsizetype at = o.user.lastIndexOf(QLatin1Char('@'));
        if (at <= 0 || at == o.user.size() - 1)
            return QStringLiteral("--owner needs --user NAME@DOMAIN, the mailbox's own address");
        return {};
    }
    if (o.baseUrl.isEmpty() || o.user.isEmpty() || o.accountId.isEmpty())
        return QStringLiteral("give --profile NAME, or --base-url, --account and --user");
    return {};
}

bool HostwayCtlProvider::readOptions(const QCommandLineParser &, CtlOptions &o, QString *error) const
{
    if (signsInAsOwner(o) && !readOwnerOptions(o, error))
        return false;
    if (o.isDraftCommand()) {   // draft import-csv: a draft of mailbox creations from a CSV file
        if (o.kind != QLatin1String("mailboxes") && o.kind != QLatin1String("contacts")) {
            *error = QStringLiteral("--kind takes mailboxes or contacts (the objects this version imports)");
            return false;
        }
        if (o.domain.isEmpty() || o.output.isEmpty()) {
            *error = QStringLiteral("draft import-csv needs --domain and -o FILE");
            return false;
        }
        return true;
    }
    if (o.noun == QLatin1String("order")) {
        if (o.verb == QLatin1String("exchange-mailbox")) {
            if (o.domain.isEmpty() || o.name.isEmpty() || !o.has("display-name")) {
                *error = QStringLiteral("order exchange-mailbox needs --domain, --name and --display-name");
                return false;
            }
            if (o.passwordStdin == o.generatePassword) {
                *error = QStringLiteral("order exchange-mailbox takes one of --password-stdin or --generate-password");
                return false;
            }
        } else if (o.verb != QLatin1String("list") && o.value("order").isEmpty()) {
            *error = QStringLiteral("order %1 needs --order ID (see order list)").arg(o.verb);
            return false;
        }
        bool ok = true;
        if (o.has("wait-limit") && (o.value("wait-limit").toInt(&ok) <= 0 || !ok)) {
            *error = QStringLiteral("--wait-limit takes a number of seconds, 1 or more");
            return false;
        }
        return true;
    }
    if (o.noun == QLatin1String("secret-questions"))
        return true;   // the questions are the same for every domain
    if (o.domain.isEmpty()) {
        *error = QStringLiteral("--domain is required");
        return false;
    }
    if (o.noun == QLatin1String("contacts")) {
        if (o.verb != QLatin1String("list") && o.name.isEmpty()) {
            *error = QStringLiteral("--name is required: the contact's name");
            return false;
        }
        if ((o.verb == QLatin1String("show") || o.verb == QLatin1String("delete")) && !o.arguments.isEmpty()) {
            *error = QStringLiteral("unexpected argument \"%1\"").arg(o.arguments.first());
            return false;
        }
        if (o.verb == QLatin1String("delete") && !o.yes) {
            *error = QStringLiteral("contacts delete removes the contact from the address list: confirm with --yes");
            return false;
        }
        return true;
    }
    if (o.noun == QLatin1String("exchange") && o.verb != QLatin1String("stats") && o.verb != QLatin1String("reset-password")) {
        if (o.name.isEmpty()) {
            *error = QStringLiteral("--name is required");
            return false;
        }
        if (o.verb == QLatin1String("create") && o.passwordStdin == o.generatePassword) {
            *error = QStringLiteral("exchange create takes one of --password-stdin or --generate-password");
            return false;
        }
        if (o.verb == QLatin1String("delete") && !o.yes) {
            *error = QStringLiteral("exchange delete removes the Exchange mailbox and its mail: confirm with --yes");
            return false;
        }
        if (o.verb == QLatin1String("delete") && !o.arguments.isEmpty()) {
            *error = QStringLiteral("unexpected argument \"%1\"").arg(o.arguments.first());
            return false;
        }
        return true;
    }
    if (o.noun == QLatin1String("secrets") || o.verb == QLatin1String("reset-password")) {
        if (o.name.isEmpty()) {
            *error = QStringLiteral("--name is required");
            return false;
        }
        const bool writes = o.verb != QLatin1String("show");
        if (writes != o.flag("answers-stdin")) {
            *error = writes ? QStringLiteral("%1 %2 reads the answers from standard input: give --answers-stdin").arg(o.noun, o.verb)
                            : QStringLiteral("secrets show takes no --answers-stdin");
            return false;
        }
        if (o.verb == QLatin1String("reset-password") && o.passwordStdin == o.generatePassword) {
            *error = QStringLiteral("%1 reset-password takes one of --password-stdin or --generate-password").arg(o.noun);
            return false;
        }
        return true;
    }
    const bool settings = o.noun == QLatin1String("forwards") || o.noun == QLatin1String("autoresponder")
                          || o.noun == QLatin1String("blackwhitelist") || o.noun == QLatin1String("spamfilter")
                          || o.noun == QLatin1String("migration") || o.noun == QLatin1String("webmail")
                          || o.verb == QLatin1String("stats");
    if (o.noun == QLatin1String("infostore") && o.verb == QLatin1String("set") && !o.quotaMb) {
        *error = QStringLiteral("infostore set needs --quota MB");
        return false;
    }
    // Without --name, the black/white list and the spam filter are the domain's own (seed 003
    // sections 3-14).
    const bool domainLevel = o.noun == QLatin1String("blackwhitelist") || o.noun == QLatin1String("spamfilter")
                             || (o.noun == QLatin1String("webmail") && o.verb == QLatin1String("domain"));
    if (o.noun == QLatin1String("webmail") && o.verb == QLatin1String("domain")) {
        const QString what = o.arguments.value(0);
        if (o.arguments.size() != 1 || (what != QLatin1String("show") && what != QLatin1String("set"))) {
            *error = QStringLiteral("webmail domain takes show or set");
            return false;
        }
        if (what == QLatin1String("set") && !o.has("allow-upgrade")) {
            *error = QStringLiteral("webmail domain set needs --allow-upgrade yes|no");
            return false;
        }
    }
    if ((o.noun == QLatin1String("mailbox") || settings) && o.name.isEmpty() && !domainLevel) {
        *error = QStringLiteral("--name is required");
        return false;
    }
    if (settings)
        return readSettingsOptions(o, error);
    if (o.verb == QLatin1String("create") && o.passwordStdin == o.generatePassword) {
        *error = QStringLiteral("mailbox create takes one of --password-stdin or --generate-password");
        return false;
    }
    if (o.verb == QLatin1String("set") && !o.quotaMb && !o.passwordStdin && !o.master && !o.flag("no-master") && !o.has("type")
        && !o.has("rename")) {
        *error = QStringLiteral("mailbox set needs at least one of --quota, --password-stdin, --master, --no-master, --type, --rename");
        return false;
    }
    if (o.master && o.flag("no-master")) {
        *error = QStringLiteral("mailbox set takes one of --master or --no-master");
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
    if (options.noun == QLatin1String("secret-questions") || options.noun == QLatin1String("secrets")
        || options.verb == QLatin1String("reset-password"))
        return std::make_unique<CtlSecurity>(options);
    if (options.noun == QLatin1String("order"))
        return std::make_unique<CtlOrders>(options);
    if (options.noun == QLatin1String("contacts"))
        return std::make_unique<CtlContacts>(options);
    if (options.noun == QLatin1String("exchange") && options.verb != QLatin1String("stats"))
        return std::make_unique<CtlExchange>(options);
    if (options.noun == QLatin1String("forwards") || options.noun == QLatin1String("autoresponder")
        || options.noun == QLatin1String("blackwhitelist") || options.noun == QLatin1String("spamfilter")
        || options.noun == QLatin1String("migration") || options.noun == QLatin1String("webmail")
        || options.verb == QLatin1String("stats"))
        return std::make_unique<CtlMailboxSettings>(options);
    return std::make_unique<CtlRunner>(options);
}
