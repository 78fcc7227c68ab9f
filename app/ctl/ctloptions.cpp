#include "app/ctl/ctloptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

const char kUsage[] = R"(Usage: mailroomctl [--profile NAME | --provider hostway --base-url URL --account ID --user NAME] COMMAND

Commands:
  domain show --domain D
  mailboxes list --domain D [--filter PATTERN] [--sort username|quota] [--desc] [--format table|json|csv]
  mailbox show --domain D --name M [--format table|json]
  mailbox create --domain D --name M [--quota MB] [--master] (--password-stdin | --generate-password)
  mailbox set --domain D --name M [--quota MB] [--password-stdin]
  mailbox delete --domain D --name M --yes
  draft show FILE [--format table|json]
  draft validate FILE                    (exit 1 when any operation is invalid)
  draft apply FILE [--parallel N] [--continue-on-error] [--on-conflict stop|skip|apply]
                   [--passwords-out FILE] [--report FILE.csv]
                                         (running it again on the same FILE resumes from its journal)
  draft import-csv --kind mailboxes --domain D CSV -o FILE

With --provider webitel --base-url URL --user NAME:
  server-settings show --domain D [--format table|json]
  server-settings set --domain D [--host H] [--port N] [--secure yes|no] [--from ADDRESS]
                      [--description TEXT] [--smtp-user NAME] [--smtp-password-stdin]
                      [--reject-unauthorized yes|no]        (creates the settings if there are none)
  server-settings delete --domain D --yes
  server-settings test --domain D --to ADDRESS            (Webitel sends a test email)

The account password comes from the system keychain (saved by the GUI) or from the
MAILROOM_PASSWORD environment variable, never from the command line. A mailbox password is
read from standard input (--password-stdin) or generated and printed once.

Options: --format table|json|csv, --timeout SECONDS (default 30), --verbose (log HTTP, secrets masked).

Exit codes: 0 done; 1 the provider refused; 2 usage error; 3 network, TLS or authentication failure.
)";

} // namespace

std::optional<CtlOptions> parseCtlOptions(const QStringList &arguments, QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption provider(QStringLiteral("provider"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption account(QStringLiteral("account"), QString(), QStringLiteral("ID"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption domain(QStringLiteral("domain"), QString(), QStringLiteral("D"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("M"));
    const QCommandLineOption filter(QStringLiteral("filter"), QString(), QStringLiteral("PATTERN"));
    const QCommandLineOption sort(QStringLiteral("sort"), QString(), QStringLiteral("FIELD"));
    const QCommandLineOption desc(QStringLiteral("desc"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption quota(QStringLiteral("quota"), QString(), QStringLiteral("MB"));
    const QCommandLineOption master(QStringLiteral("master"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"));
    const QCommandLineOption generate(QStringLiteral("generate-password"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption verbose(QStringList{QStringLiteral("v"), QStringLiteral("verbose")});
    const QCommandLineOption password(QStringLiteral("password"), QString(), QStringLiteral("P"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
    const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QString(), QStringLiteral("N"));
    const QCommandLineOption continueOnError(QStringLiteral("continue-on-error"));
    const QCommandLineOption passwordsOut(QStringLiteral("passwords-out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption report(QStringLiteral("report"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption onConflict(QStringLiteral("on-conflict"), QString(), QStringLiteral("CHOICE"));
    const QCommandLineOption host(QStringLiteral("host"), QString(), QStringLiteral("H"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"));
    const QCommandLineOption secure(QStringLiteral("secure"), QString(), QStringLiteral("yes|no"));
    const QCommandLineOption rejectUnauthorized(QStringLiteral("reject-unauthorized"), QString(), QStringLiteral("yes|no"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("ADDRESS"));
    const QCommandLineOption description(QStringLiteral("description"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption smtpUser(QStringLiteral("smtp-user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption smtpPasswordStdin(QStringLiteral("smtp-password-stdin"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("ADDRESS"));
    parser.addOptions({help, version, profile, provider, baseUrl, account, user, timeout, domain, name, filter, sort,
                       desc, format, quota, master, passwordStdin, generate, yes, verbose, password, output, kind, parallel, continueOnError, passwordsOut,
                       report, onConflict, host, port, secure, rejectUnauthorized, from, description, smtpUser,
                       smtpPasswordStdin, to});
    parser.addPositionalArgument(QStringLiteral("command"), QString());

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        *helpText = QString::fromLatin1(kUsage);
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        *helpText = QStringLiteral("mailroomctl ") + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return std::nullopt;
    }
    if (parser.isSet(password)) {
        *error = QStringLiteral("passwords are never taken from the command line: use MAILROOM_PASSWORD, the keychain, or --password-stdin");
        return std::nullopt;
    }

    CtlOptions o;
    const QStringList words = parser.positionalArguments();
    if (words.size() < 2) {
        *error = QStringLiteral("expected a command such as \"mailboxes list\"\n\n") + QString::fromLatin1(kUsage);
        return std::nullopt;
    }
    o.noun = words.at(0);
    o.verb = words.at(1);
    static const QStringList commands = {QStringLiteral("domain show"), QStringLiteral("mailboxes list"),
                                         QStringLiteral("mailbox show"), QStringLiteral("mailbox create"),
                                         QStringLiteral("mailbox set"), QStringLiteral("mailbox delete"),
                                         QStringLiteral("draft show"), QStringLiteral("draft validate"),
                                         QStringLiteral("draft apply"), QStringLiteral("draft import-csv"),
                                         QStringLiteral("server-settings show"), QStringLiteral("server-settings set"),
                                         QStringLiteral("server-settings delete"), QStringLiteral("server-settings test")};
    if (!commands.contains(o.noun + QLatin1Char(' ') + o.verb)) {
        *error = QStringLiteral("unknown command \"%1 %2\"").arg(o.noun, o.verb);
        return std::nullopt;
    }
    if (o.isDraftCommand() != (words.size() == 3)) {
        *error = o.isDraftCommand() ? QStringLiteral("draft %1 takes one FILE").arg(o.verb)
                                    : QStringLiteral("unexpected argument \"%1\"").arg(words.last());
        return std::nullopt;
    }
    if (o.isDraftCommand())
        o.file = words.at(2);

    o.profile = parser.value(profile);
    o.provider = parser.value(provider);
    o.accountId = parser.value(account);
    o.user = parser.value(user);
    if (parser.isSet(baseUrl)) {
        o.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (!o.baseUrl.isValid() || o.baseUrl.host().isEmpty() || (o.baseUrl.scheme() != QLatin1String("https") && o.baseUrl.scheme() != QLatin1String("http"))) {
            *error = QStringLiteral("--base-url must be an http(s) URL");
            return std::nullopt;
        }
    }
    // A draft names its account; only import-csv, which makes one, needs it given.
    const bool needsAccount = !o.isDraftCommand() || o.verb == QLatin1String("import-csv");
    if (o.profile.isEmpty() && needsAccount) {
        if (o.provider.isEmpty())
            o.provider = QStringLiteral("hostway");
        if (o.provider != QLatin1String("hostway") && o.provider != QLatin1String("webitel")) {
            *error = QStringLiteral("unknown provider \"%1\" (this version supports: hostway, webitel)").arg(o.provider);
            return std::nullopt;
        }
        const bool webitel = o.provider == QLatin1String("webitel");
        if (webitel != o.isServerSettingsCommand()) {
            *error = webitel ? QStringLiteral("with --provider webitel, the commands are server-settings show|set|delete|test")
                             : QStringLiteral("server-settings needs --provider webitel (Hostway has no server settings)");
            return std::nullopt;
        }
        if (o.baseUrl.isEmpty() || o.user.isEmpty() || (!webitel && o.accountId.isEmpty())) {
            *error = webitel ? QStringLiteral("give --base-url and --user") : QStringLiteral("give --profile NAME, or --base-url, --account and --user");
            return std::nullopt;
        }
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1) {
            *error = QStringLiteral("--timeout takes a number of seconds");
            return std::nullopt;
        }
    }

    o.domain = parser.value(domain).trimmed().toLower();
    o.name = parser.value(name).trimmed();
    o.filter = parser.value(filter);
    if (parser.isSet(sort))
        o.sort = parser.value(sort);
    if (o.sort != QLatin1String("username") && o.sort != QLatin1String("quota")) {
        *error = QStringLiteral("--sort takes username or quota");
        return std::nullopt;
    }
    o.descending = parser.isSet(desc);
    const QString f = parser.value(format);
    if (f.isEmpty() || f == QLatin1String("table"))
        o.format = CtlOptions::Format::Table;
    else if (f == QLatin1String("json"))
        o.format = CtlOptions::Format::Json;
    else if (f == QLatin1String("csv") && o.noun == QLatin1String("mailboxes"))
        o.format = CtlOptions::Format::Csv;
    else {
        *error = QStringLiteral("--format takes table, json%1").arg(o.noun == QLatin1String("mailboxes") ? QStringLiteral(" or csv") : QString());
        return std::nullopt;
    }
    if (parser.isSet(quota)) {
        bool ok = false;
        o.quotaMb = parser.value(quota).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--quota takes a whole number of MB");
            return std::nullopt;
        }
    }
    o.master = parser.isSet(master);
    o.passwordStdin = parser.isSet(passwordStdin);
    o.generatePassword = parser.isSet(generate);
    o.yes = parser.isSet(yes);
    o.verbose = parser.isSet(verbose);

    o.output = parser.value(output);
    o.kind = parser.value(kind);
    o.continueOnError = parser.isSet(continueOnError);
    o.passwordsOut = parser.value(passwordsOut);
    o.report = parser.value(report);
    if (parser.isSet(parallel)) {
        bool ok = false;
        o.parallel = parser.value(parallel).toInt(&ok);
        if (!ok || o.parallel < 1 || o.parallel > 32) {
            *error = QStringLiteral("--parallel takes a number from 1 to 32");
            return std::nullopt;
        }
    }
    if (parser.isSet(onConflict))
        o.onConflict = parser.value(onConflict);
    if (o.onConflict != QLatin1String("stop") && o.onConflict != QLatin1String("skip") && o.onConflict != QLatin1String("apply")) {
        *error = QStringLiteral("--on-conflict takes stop, skip or apply");
        return std::nullopt;
    }
    if (o.isServerSettingsCommand()) {
        const auto yesNo = [&](const QCommandLineOption &option, std::optional<bool> *out) {
            if (!parser.isSet(option))
                return true;
            const QString v = parser.value(option).toLower();
            if (v != QLatin1String("yes") && v != QLatin1String("no"))
                return false;
            *out = v == QLatin1String("yes");
            return true;
        };
        if (!yesNo(secure, &o.secure) || !yesNo(rejectUnauthorized, &o.rejectUnauthorized)) {
            *error = QStringLiteral("--secure and --reject-unauthorized take yes or no");
            return std::nullopt;
        }
        if (parser.isSet(port)) {
            bool ok = false;
            o.port = parser.value(port).toInt(&ok);
            if (!ok || *o.port < 1 || *o.port > 65535) {
                *error = QStringLiteral("--port takes a number from 1 to 65535");
                return std::nullopt;
            }
        }
        o.host = parser.value(host);
        o.hostSet = parser.isSet(host);
        o.from = parser.value(from);
        o.fromSet = parser.isSet(from);
        o.description = parser.value(description);
        o.descriptionSet = parser.isSet(description);
        o.smtpUser = parser.value(smtpUser);
        o.smtpUserSet = parser.isSet(smtpUser);
        o.smtpPasswordStdin = parser.isSet(smtpPasswordStdin);
        o.to = parser.value(to);
        if (o.domain.isEmpty()) {
            *error = QStringLiteral("--domain is required");
            return std::nullopt;
        }
        if (o.verb == QLatin1String("delete") && !o.yes) {
            *error = QStringLiteral("server-settings delete removes the domain's SMTP settings: confirm with --yes");
            return std::nullopt;
        }
        if (o.verb == QLatin1String("test") && !o.to.contains(QLatin1Char('@'))) {
            *error = QStringLiteral("server-settings test needs --to ADDRESS");
            return std::nullopt;
        }
        return o;
    }
    if (o.isDraftCommand()) {
        if (o.verb == QLatin1String("import-csv")) {
            if (o.kind != QLatin1String("mailboxes")) {
                *error = QStringLiteral("--kind takes mailboxes (the objects this version imports)");
                return std::nullopt;
            }
            if (o.domain.isEmpty() || o.output.isEmpty()) {
                *error = QStringLiteral("draft import-csv needs --domain and -o FILE");
                return std::nullopt;
            }
        }
        return o;
    }
    if (o.domain.isEmpty()) {
        *error = QStringLiteral("--domain is required");
        return std::nullopt;
    }
    if (o.noun == QLatin1String("mailbox") && o.name.isEmpty()) {
        *error = QStringLiteral("--name is required");
        return std::nullopt;
    }
    if (o.verb == QLatin1String("create") && o.passwordStdin == o.generatePassword) {
        *error = QStringLiteral("mailbox create takes one of --password-stdin or --generate-password");
        return std::nullopt;
    }
    if (o.verb == QLatin1String("set") && !o.quotaMb && !o.passwordStdin) {
        *error = QStringLiteral("mailbox set needs --quota and/or --password-stdin");
        return std::nullopt;
    }
    if (o.verb == QLatin1String("delete") && !o.yes) {
        *error = QStringLiteral("mailbox delete removes the mailbox and its mail: confirm with --yes");
        return std::nullopt;
    }
    return o;
}
