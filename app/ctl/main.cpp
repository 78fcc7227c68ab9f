// mailroomctl: the command line over the same core as the GUI (see --help).
#include "app/ctl/ctldraft.h"
#include "app/ctl/ctloptions.h"
#include "app/ctl/ctlwebitel.h"
#include "app/ctl/ctlrunner.h"

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

    QString error;
    QString help;
    const auto options = parseCtlOptions(QCoreApplication::arguments(), &error, &help);
    if (!options) {
        if (!help.isEmpty()) {
            std::fputs(help.toLocal8Bit().constData(), stdout);
            return 0;
        }
        std::fprintf(stderr, "mailroomctl: %s\n", error.toLocal8Bit().constData());
        return CtlRunner::Usage;
    }
    // Errors are reported once, by the runner; --verbose shows the HTTP traffic (redacted).
    QLoggingCategory::setFilterRules(options->verbose ? QStringLiteral("mailroom.http.info=true")
                                                      : QStringLiteral("mailroom.*=false"));
    const auto exit = [](int code) { QCoreApplication::exit(code); };
    if (options->isServerSettingsCommand()) {
        CtlWebitel webitel(*options);
        QObject::connect(&webitel, &CtlWebitel::finished, &app, exit, Qt::QueuedConnection);
        QTimer::singleShot(0, &webitel, &CtlWebitel::start);
        return app.exec();
    }
    if (options->isDraftCommand()) {
        CtlDraft draft(*options);
        QObject::connect(&draft, &CtlDraft::finished, &app, exit, Qt::QueuedConnection);
        QTimer::singleShot(0, &draft, &CtlDraft::start);
        return app.exec();
    }
    CtlRunner runner(*options);
    QObject::connect(&runner, &CtlRunner::finished, &app, exit, Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, &CtlRunner::start);
    return app.exec();
}
