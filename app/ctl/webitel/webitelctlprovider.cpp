#include "app/ctl/webitel/webitelctlprovider.h"

#include "app/ctl/webitel/ctlwebitel.h"

#include <QCommandLineParser>

QString WebitelCtlProvider::usage() const
{
    return QStringLiteral(R"(With --provider webitel --base-url URL --user NAME:
  server-settings show --domain D [--format table|json]
  server-settings set --domain D [--host H] [--port N] [--secure yes|no] [--from ADDRESS]
                      [--description TEXT] [--smtp-user NAME] [--smtp-password-stdin]
                      [--reject-unauthorized yes|no]        (creates the settings if there are none)
  server-settings delete --domain D --yes
  server-settings test --domain D --to ADDRESS            (Webitel sends a test email)
)");
}

QStringList WebitelCtlProvider::commands() const
{
    return {QStringLiteral("server-settings show"), QStringLiteral("server-settings set"), QStringLiteral("server-settings delete"),
            QStringLiteral("server-settings test")};
}

QString WebitelCtlProvider::commandProblem(const QString &noun, const QString &verb) const
{
    if (commands().contains(noun + QLatin1Char(' ') + verb))
        return {};
    return QStringLiteral("with --provider webitel, the commands are server-settings show|set|delete|test");
}

QString WebitelCtlProvider::accountProblem(const CtlOptions &o) const
{
    if (o.baseUrl.isEmpty() || o.user.isEmpty())
        return QStringLiteral("give --base-url and --user");
    return {};
}

bool WebitelCtlProvider::readOptions(const QCommandLineParser &parser, CtlOptions &o, QString *error) const
{
    const auto yesNo = [&](const QString &option, std::optional<bool> *out) {
        if (!parser.isSet(option))
            return true;
        const QString v = parser.value(option).toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return false;
        *out = v == QLatin1String("yes");
        return true;
    };
    if (!yesNo(QStringLiteral("secure"), &o.secure) || !yesNo(QStringLiteral("reject-unauthorized"), &o.rejectUnauthorized)) {
        *error = QStringLiteral("--secure and --reject-unauthorized take yes or no");
        return false;
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        o.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || *o.port < 1 || *o.port > 65535) {
            *error = QStringLiteral("--port takes a number from 1 to 65535");
            return false;
        }
    }
    o.host = parser.value(QStringLiteral("host"));
    o.hostSet = parser.isSet(QStringLiteral("host"));
    o.from = parser.value(QStringLiteral("from"));
    o.fromSet = parser.isSet(QStringLiteral("from"));
    o.description = parser.value(QStringLiteral("description"));
    o.descriptionSet = parser.isSet(QStringLiteral("description"));
    readSmtpOptions(parser, o);
    o.to = parser.value(QStringLiteral("to"));
    if (o.domain.isEmpty()) {
        *error = QStringLiteral("--domain is required");
        return false;
    }
    if (o.verb == QLatin1String("delete") && !o.yes) {
        *error = QStringLiteral("server-settings delete removes the domain's SMTP settings: confirm with --yes");
        return false;
    }
    if (o.verb == QLatin1String("test") && !o.to.contains(QLatin1Char('@'))) {
        *error = QStringLiteral("server-settings test needs --to ADDRESS");
        return false;
    }
    return true;
}

std::unique_ptr<CtlCommand> WebitelCtlProvider::makeCommand(const CtlOptions &options) const
{
    return std::make_unique<CtlWebitel>(options);
}
