// mailroomctl: the command line over the same core as the GUI (see --help).
#include "app/ctl/ctldraft.h"
#include "app/ctl/ctllog.h"
#include "app/ctl/ctloptions.h"
#include "app/ctl/registry/ctlprovider.h"
#include "app/ctl/registry/ctlproviders.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Mailroom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));

    if (CtlLog::isLogCommand(QCoreApplication::arguments()))
        return CtlLog::run(QCoreApplication::arguments());
    QString error;
    QString help;
    const auto options = parseCtlOptions(QCoreApplication::arguments(), &error, &help);
    if (!options) {
        if (!help.isEmpty()) {
            std::fputs(help.toLocal8Bit().constData(), stdout);
            return 0;
        }
        std::fprintf(stderr, "mailroomctl: %s\n", error.toLocal8Bit().constData());
        return CtlCommand::Usage;
    }
    // Errors are reported once, by the runner; --verbose shows the HTTP traffic (redacted).
    QLoggingCategory::setFilterRules(options->verbose ? QStringLiteral("mailroom.http.info=true")
                                                      : QStringLiteral("mailroom.*=false"));
    // A draft names its account (show, validate, apply, verify); every other command is its
    // provider's (parseCtlOptions checked that the provider has it).
    const CtlProvider *provider = CtlProviders::instance().find(options->provider);
    std::unique_ptr<CtlCommand> command = options->providersCommand && provider ? provider->makeCommand(*options)
                                                                                : std::make_unique<CtlDraft>(*options);
    QObject::connect(command.get(), &CtlCommand::finished, &app, [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QTimer::singleShot(0, command.get(), &CtlCommand::start);
    return app.exec();
}
