// mailroom-sandbox: serves the simulated provider APIs on loopback until SIGINT or SIGTERM.
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailroom-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates the Hostway Email API, Ikoula Exchange (wsexch), ICE EmailAdmin and Webitel's email settings on 127.0.0.1, "
        "each under its documented paths, for Mailroom's tests and demo."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 picks a free one."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Initial data: demo or empty, then any generated Hostway domains, e.g. demo,big=100000 (big.example with 100,000 mailboxes)."),
                                        QStringLiteral("demo|empty[,DOMAIN=COUNT...]"), QStringLiteral("demo"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("Answer each request this many milliseconds late (for tests)."),
                                         QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          QStringLiteral("Inject faults, e.g. 'status=503:0.10,reset=0.05,drop-after-apply=0.05,delay=3000:0.05' "
                                                         "(each a probability per request)."),
                                          QStringLiteral("SPEC"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the faults' draws: the same seed gives the same faults."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption logOption(QStringLiteral("log"),
                                       QStringLiteral("Append \"METHOD PATH STATUS\" for every request handled to FILE (for tests)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption orderSecondsOption(QStringLiteral("order-seconds"),
                                                QStringLiteral("Seconds a Hostway Exchange order takes from submitted to Completed (default 6)."),
                                                QStringLiteral("N"), QStringLiteral("6"));
    parser.addOption(orderSecondsOption);
    parser.addOption(logOption);
    parser.addOption(portOption);
    parser.addOption(faultsOption);
    parser.addOption(seedOption);
    parser.addOption(dataOption);
    parser.addOption(delayOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const QStringList dataParts = parser.value(dataOption).split(QLatin1Char(','));
    const QString data = dataParts.first();
    QTextStream err(stderr);
    if (!portOk || port > 65535) {
        err << "mailroom-sandbox: --port takes a number from 0 to 65535\n";
        return 2;
    }
    if (data != QLatin1String("demo") && data != QLatin1String("empty")) {
        err << "mailroom-sandbox: --data takes demo or empty\n";
        return 2;
    }
    QList<QPair<QString, int>> generated;   // a domain without a dot is <name>.example
    for (const QString &part : dataParts.mid(1)) {
        bool ok = false;
        const int count = part.section(QLatin1Char('='), 1).toInt(&ok);
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        if (!ok || count < 0 || count > 1'000'000 || name.isEmpty() || !part.contains(QLatin1Char('='))) {
            err << "mailroom-sandbox: --data: \"" << part << "\" is not DOMAIN=COUNT (0 to 1,000,000 mailboxes)\n";
            return 2;
        }
        generated.append({name.contains(QLatin1Char('.')) ? name : name + QStringLiteral(".example"), count});
    }

    std::optional<Sandbox::Faults> faults = Sandbox::Faults();
    if (parser.isSet(faultsOption)) {
        QString error;
        faults = Sandbox::Faults::parse(parser.value(faultsOption), &error);
        if (!faults) {
            err << "mailroom-sandbox: --faults: " << error << "\n";
            return 2;
        }
    }
    bool seedOk = false;
    const uint seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        err << "mailroom-sandbox: --seed takes a whole number from 0 to 4294967295\n";
        return 2;
    }
    faults->setSeed(seed);

    Sandbox::Server server(data == QLatin1String("demo") ? Sandbox::Server::Data::Demo
                                                          : Sandbox::Server::Data::Empty);
    for (const auto &[name, count] : std::as_const(generated))
        server.generateHostwayDomain(name, count);
    server.setDelayMs(std::max(0, parser.value(delayOption).toInt()));
    bool orderSecondsOk = false;
    const int orderSeconds = parser.value(orderSecondsOption).toInt(&orderSecondsOk);
    if (!orderSecondsOk || orderSeconds < 0) {
        err << "mailroom-sandbox: --order-seconds takes a whole number of seconds, 0 or more\n";
        return 2;
    }
    server.setHostwayOrderSeconds(orderSeconds);
    server.setFaults(*faults);
    if (parser.isSet(logOption) && !server.setRequestLog(parser.value(logOption))) {
        err << "mailroom-sandbox: cannot write " << parser.value(logOption) << "\n";
        return 2;
    }
    const quint16 actual = server.listenLocal(static_cast<quint16>(port));
    if (actual == 0) {
        err << "mailroom-sandbox: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }

    QTextStream out(stdout);
    out << "listening on http://127.0.0.1:" << actual << Qt::endl;
    return app.exec();
}
