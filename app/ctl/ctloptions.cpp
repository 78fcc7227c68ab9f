#include "app/ctl/ctloptions.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/registry/ctlprovider.h"
#include "app/ctl/registry/ctlproviders.h"
#include "core/drafts/draftapplier.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

const char kUsageHead[] = R"(Usage: mailroomctl [--profile NAME | --provider NAME --base-url URL [--account ID] --user NAME] COMMAND

Commands of every account:
  draft show FILE [--format table|json]
  draft validate FILE                    (exit 1 when any operation is invalid)
  draft apply FILE [--parallel N] [--continue-on-error] [--on-conflict stop|skip|apply]
                   [--passwords-out FILE] [--report FILE.csv] [--verify]
                                         (running it again on the same FILE resumes from its journal)
  draft verify FILE                      (reads back what the journal says is done; exit 1 on a difference)
  log [--since DATE] [--account ID|NAME] [--format table|json|csv]
                                         (the audit log: every change sent, newest first; no account needed)
)";

const char kUsageTail[] = R"(
Any change above takes --draft FILE: it is added to that draft (made for the account if the file
does not exist) instead of being sent; "draft show FILE" reviews it, "draft apply FILE" sends it.

The account password comes from the MAILROOM_PASSWORD environment variable, else the system
keychain (saved by the GUI), else, on a terminal, a prompt without echo; never from the
command line. A mailbox password is
read from standard input (--password-stdin) or generated and printed once.

Options: --format table|json|csv, --timeout SECONDS (default 30), --verbose (log HTTP, secrets masked).

Exit codes: 0 done; 1 the provider refused; 2 usage error; 3 network, TLS or authentication failure.
)";

/// --help: every account's commands, then each provider's (CtlProviders), then the options.
QString usageText()
{
    return QString::fromLatin1(kUsageHead) + CtlProviders::instance().usage() + QString::fromLatin1(kUsageTail);
}

/// The draft commands every provider has (import-csv is a provider's: it makes a draft of its
/// objects).
const QStringList &draftCommands()
{
    static const QStringList commands = {QStringLiteral("draft show"), QStringLiteral("draft validate"),
                                         QStringLiteral("draft apply"), QStringLiteral("draft verify")};
    return commands;
}

} // namespace

namespace {

/// The account options: a profile, or --provider, --base-url, --account, --user and the
/// provider's own; the chosen provider's checks of its command and account. False and *error.
bool readAccountOptions(const QCommandLineParser &parser, CtlOptions &o, QString *error)
{
    o.profile = parser.value(QStringLiteral("profile"));
    o.provider = parser.value(QStringLiteral("provider"));
    o.accountId = parser.value(QStringLiteral("account"));
    o.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("base-url"))) {
        o.baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!o.baseUrl.isValid() || o.baseUrl.host().isEmpty() || (o.baseUrl.scheme() != QLatin1String("https") && o.baseUrl.scheme() != QLatin1String("http"))) {
            *error = QStringLiteral("--base-url must be an http(s) URL");
            return false;
        }
    }
    // A draft names its account; only import-csv, which makes one, needs it given.
    const bool needsAccount = o.providersCommand;
    o.publicKeyFile = parser.value(QStringLiteral("public-key"));
    o.draftFile = parser.value(QStringLiteral("draft"));
    if (!o.draftFile.isEmpty() && (o.isDraftCommand() || o.verb == QLatin1String("list") || o.verb == QLatin1String("show"))) {
        *error = QStringLiteral("--draft FILE goes with a change (create, set, delete, add, remove, test), not with \"%1 %2\"").arg(o.noun, o.verb);
        return false;
    }
    o.organisation = parser.value(QStringLiteral("organisation")).trimmed();
    for (const CtlProvider *p : CtlProviders::instance().all()) {
        for (const QString &n : p->valueOptions()) {
            if (parser.isSet(n))
                o.values.insert(n, parser.value(n).trimmed());
        }
        for (const QString &n : p->flagOptions()) {
            if (parser.isSet(n))
                o.flags.insert(n);
        }
    }
    const CtlProviders &providers = CtlProviders::instance();
    if (!o.profile.isEmpty() && needsAccount) {
        // The profile says which provider: its commands are checked as if it were given.
        QString why;
        const auto profileAccount = CtlAccount::fromOptions(o, &why);
        if (!profileAccount) {
            *error = why;
            return false;
        }
        o.provider = profileAccount->provider;
        o.accountKind = profileAccount->kind;
        o.user = profileAccount->userName;   // the profile's account is the one signed in as
    }
    if (needsAccount) {
        if (o.provider.isEmpty())
            o.provider = providers.defaultProvider().id();
        const CtlProvider *chosen = providers.find(o.provider);
        if (!chosen) {
            QStringList ids = providers.ids();
            const QString last = ids.takeLast();
            *error = QStringLiteral("unknown provider \"%1\" (%2)")
                         .arg(o.provider, ids.isEmpty() ? last : ids.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last);
            return false;
        }
        if (const QString why = chosen->commandProblem(o.noun, o.verb); !why.isEmpty()) {
            *error = why;
            return false;
        }
        if (o.profile.isEmpty()) {
            if (const QString why = chosen->accountProblem(o); !why.isEmpty()) {
                *error = why;
                return false;
            }
        }
    }
    return true;
}

/// The options of the commands every provider shares: timeout, domain and mailbox, listing,
/// output, and applying drafts. False and *error.
bool readCommandOptions(const QCommandLineParser &parser, CtlOptions &o, QString *error)
{
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        o.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1) {
            *error = QStringLiteral("--timeout takes a number of seconds");
            return false;
        }
    }

    o.domain = parser.value(QStringLiteral("domain")).trimmed().toLower();
    o.name = parser.value(QStringLiteral("name")).trimmed();
    o.filter = parser.value(QStringLiteral("filter"));
    if (parser.isSet(QStringLiteral("sort")))
        o.sort = parser.value(QStringLiteral("sort"));
    if (o.sort != QLatin1String("username") && o.sort != QLatin1String("quota")) {
        *error = QStringLiteral("--sort takes username or quota");
        return false;
    }
    o.descending = parser.isSet(QStringLiteral("desc"));
    const QString f = parser.value(QStringLiteral("format"));
    if (f.isEmpty() || f == QLatin1String("table"))
        o.format = CtlOptions::Format::Table;
    else if (f == QLatin1String("json"))
        o.format = CtlOptions::Format::Json;
    // The lists that write CSV: their provider says which.
    const QString command = o.noun + QLatin1Char(' ') + o.verb;
    const auto &providers = CtlProviders::instance().all();
    const bool csvList = std::any_of(providers.cbegin(), providers.cend(), [&command](const CtlProvider *p) { return p->writesCsv(command); });
    if (f == QLatin1String("csv") && csvList)
        o.format = CtlOptions::Format::Csv;
    else if (f != QLatin1String("table") && f != QLatin1String("json") && !f.isEmpty()) {
        *error = QStringLiteral("--format takes table, json%1").arg(csvList ? QStringLiteral(" or csv") : QString());
        return false;
    }
    if (parser.isSet(QStringLiteral("quota"))) {
        bool ok = false;
        o.quotaMb = parser.value(QStringLiteral("quota")).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--quota takes a whole number of MB");
            return false;
        }
    }
    o.master = parser.isSet(QStringLiteral("master"));
    o.passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    o.generatePassword = parser.isSet(QStringLiteral("generate-password"));
    o.yes = parser.isSet(QStringLiteral("yes"));
    o.verbose = parser.isSet(QStringLiteral("verbose"));

    o.output = parser.value(QStringLiteral("output"));
    o.kind = parser.value(QStringLiteral("kind"));
    o.continueOnError = parser.isSet(QStringLiteral("continue-on-error"));
    o.verify = parser.isSet(QStringLiteral("verify"));
    o.passwordsOut = parser.value(QStringLiteral("passwords-out"));
    o.report = parser.value(QStringLiteral("report"));
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        o.parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || o.parallel < 1 || o.parallel > DraftApplier::kMaxParallel) {
            *error = QStringLiteral("--parallel takes a number from 1 to %1 (the connections Qt opens to one server)").arg(DraftApplier::kMaxParallel);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("on-conflict")))
        o.onConflict = parser.value(QStringLiteral("on-conflict"));
    if (o.onConflict != QLatin1String("stop") && o.onConflict != QLatin1String("skip") && o.onConflict != QLatin1String("apply")) {
        *error = QStringLiteral("--on-conflict takes stop, skip or apply");
        return false;
    }
    return true;
}

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
    const QCommandLineOption verify(QStringLiteral("verify"));
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
                       desc, format, quota, master, passwordStdin, generate, yes, verbose, password, output, kind, parallel, continueOnError, verify, passwordsOut,
                       report, onConflict, host, port, secure, rejectUnauthorized, from, description, smtpUser,
                       smtpPasswordStdin, to});
    const QCommandLineOption publicKey(QStringLiteral("public-key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption draftFile(QStringLiteral("draft"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption organisation(QStringList{QStringLiteral("organisation"), QStringLiteral("organization")}, QString(), QStringLiteral("ID"));
    parser.addOptions({publicKey, organisation, draftFile});
    // The providers' own options, kept by name for their commands to check.
    QSet<QString> valueNames;
    QSet<QString> flagNames;
    for (const CtlProvider *p : CtlProviders::instance().all()) {
        const QStringList values = p->valueOptions();
        const QStringList flags = p->flagOptions();
        valueNames.unite(QSet<QString>(values.cbegin(), values.cend()));
        flagNames.unite(QSet<QString>(flags.cbegin(), flags.cend()));
    }
    // One name, one kind: a flag of one provider that another's takes a value for would
    // swallow the next word (Ikoula's --reset-password once did).
    if (const QSet<QString> both = QSet<QString>(valueNames).intersect(flagNames); !both.isEmpty()) {
        *error = QStringLiteral("internal error: --%1 is both an option with a value and a flag").arg(*both.cbegin());
        return std::nullopt;
    }
    QList<QCommandLineOption> providerValues;
    QList<QCommandLineOption> providerFlags;
    for (const QString &optionName : std::as_const(valueNames))
        providerValues.append(QCommandLineOption(optionName, QString(), QStringLiteral("VALUE")));
    for (const QString &flagName : std::as_const(flagNames))
        providerFlags.append(QCommandLineOption(flagName));
    parser.addOptions(providerValues);
    parser.addOptions(providerFlags);
    parser.addPositionalArgument(QStringLiteral("command"), QString());

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        *helpText = usageText();
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
        *error = QStringLiteral("expected a command such as \"mailboxes list\"\n\n") + usageText();
        return std::nullopt;
    }
    o.noun = words.at(0);
    o.verb = words.at(1);
    const QStringList commands = draftCommands() + CtlProviders::instance().commands();
    if (!commands.contains(o.noun + QLatin1Char(' ') + o.verb)) {
        *error = QStringLiteral("unknown command \"%1 %2\"").arg(o.noun, o.verb);
        return std::nullopt;
    }
    const QString command = o.noun + QLatin1Char(' ') + o.verb;
    const auto &all = CtlProviders::instance().all();
    const bool takesArguments = std::any_of(all.cbegin(), all.cend(), [&command](const CtlProvider *p) { return p->takesArguments(command); });
    if (takesArguments) {
        o.arguments = words.mid(2);
    } else if (o.isDraftCommand() != (words.size() == 3)) {
        *error = o.isDraftCommand() ? QStringLiteral("draft %1 takes one FILE").arg(o.verb)
                                    : QStringLiteral("unexpected argument \"%1\"").arg(words.last());
        return std::nullopt;
    }
    if (o.isDraftCommand())
        o.file = words.at(2);
    o.providersCommand = !draftCommands().contains(o.noun + QLatin1Char(' ') + o.verb);

    if (!readAccountOptions(parser, o, error) || !readCommandOptions(parser, o, error))
        return std::nullopt;
    const CtlProviders &providers = CtlProviders::instance();
    if (o.isDraftCommand()) {
        if (o.verify && o.verb != QLatin1String("apply")) {
            *error = QStringLiteral("--verify goes with draft apply (or use draft verify FILE)");
            return std::nullopt;
        }
        if (o.providersCommand)
            return providers.find(o.provider)->readOptions(parser, o, error) ? std::optional<CtlOptions>(o) : std::nullopt;
        return o;   // a draft names its account: nothing more to check here
    }
    if (!providers.find(o.provider)->readOptions(parser, o, error))
        return std::nullopt;
    return o;
}
