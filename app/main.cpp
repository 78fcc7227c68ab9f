// mailroom: the GUI. Composition root: builds the core services and the main window.
#include "app/demosandbox.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/demoaccount.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "sandbox/ikoulasimulator.h"
#include "ui/firstpaintprobe.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace {

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // The system locale's translation; English (for its plural forms) when there is none.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("mailroom"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("mailroom_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailroom"));
    QApplication::setOrganizationName(QStringLiteral("Mailroom"));
    QApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MAILROOM_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailroom.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administer hosted email through the providers' web APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start the built-in provider sandbox and open a demo account on it."));
    parser.addOption(demo);
    parser.process(app);

    QNetworkAccessManager nam;
    JobTracker tracker;
    CredentialStore credentials(QStringLiteral(MAILROOM_APP_ID));
    QSettings settings;

    DemoSandbox sandbox;
    std::unique_ptr<AccountStore> accounts;
    QString demoAccountId;
    if (parser.isSet(demo)) {
        const quint16 port = sandbox.start();
        if (port == 0) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Mailroom"),
                                  QApplication::translate("main", "The demo sandbox could not listen on a loopback port."));
            return 1;
        }
        // The demo account lives in memory only: it never touches the user's accounts or keychain.
        accounts = std::make_unique<AccountStore>(nullptr);
        const Account account = DemoAccount::make(port);
        demoAccountId = accounts->add(account);
        credentials.remember(account.keychainKey(), DemoAccount::password());
        const Account ikoula = DemoAccount::makeIkoula(port, Sandbox::IkoulaSimulator::demoPublicKey());
        const Account ice = DemoAccount::makeIce(port);
        const Account webitel = DemoAccount::makeWebitel(port);
        for (const Account &other : {ikoula, ice, webitel}) {
            accounts->add(other);
            credentials.remember(other.keychainKey(), DemoAccount::password());
        }
        const Account owner = DemoAccount::makeOwner(port);
        accounts->add(owner);
        credentials.remember(owner.keychainKey(), DemoAccount::ownerPassword());
    } else {
        accounts = std::make_unique<AccountStore>(&settings);
    }

    SessionManager sessions(accounts.get(), &credentials, &nam, &tracker);
    MainWindow window(accounts.get(), &sessions, &tracker, &settings);
    if (parser.isSet(demo))
        window.setWindowTitle(QApplication::translate("main", "Mailroom \u2013 Demo"));
    FirstPaintProbe::installIfAsked(&window);
    window.show();
    if (!demoAccountId.isEmpty()) {
        window.selectMailboxes(demoAccountId, QStringLiteral("test.com"));
        window.listProviderObjects();
    }
    else
        QTimer::singleShot(0, &window, &MainWindow::offerDraftRecovery);
    return app.exec();
}
