#pragma once

#include "core/accounts/accountstore.h"
#include "core/accounts/demoaccount.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "sandboxfixture.h"
#include "ui/mainwindow.h"

#include <QNetworkAccessManager>

#include <functional>
#include <memory>

/// A shown main window over a sandbox, with one demo account whose password is remembered
/// for the session (no keychain, no prompt), for GUI tests. Everything it builds lives as
/// long as the fixture; make it on the stack of the test function.
class GuiFixture
{
public:
    /// `makeAccount` gets the sandbox's port, e.g. DemoAccount::makeWebitel.
    explicit GuiFixture(const std::function<Account(quint16 port)> &makeAccount)
        : credentials(QStringLiteral("org.mailroom.Mailroom.tests"))
        , accounts(nullptr)
    {
        const Account account = makeAccount(sandbox.port());
        id = accounts.add(account);
        credentials.remember(account.keychainKey(), DemoAccount::password());
        sessions = std::make_unique<SessionManager>(&accounts, &credentials, &nam, &tracker);
        window = std::make_unique<MainWindow>(&accounts, sessions.get(), &tracker, nullptr);
        window->show();
    }

    SandboxFixture sandbox;
    QNetworkAccessManager nam;
    JobTracker tracker;
    CredentialStore credentials;
    AccountStore accounts;
    std::unique_ptr<SessionManager> sessions;
    std::unique_ptr<MainWindow> window;   ///< destroyed first: declared last
    QString id;                           ///< the demo account's id
};
