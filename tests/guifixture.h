#pragma once

#include "core/accounts/accountstore.h"
#include "core/accounts/demoaccount.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "models/accounttreemodel.h"
#include "sandbox/ikoulasimulator.h"
#include "sandboxfixture.h"
#include "ui/mainwindow.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

/// A shown main window over a sandbox, with one demo account whose password is remembered
/// for the session (no keychain, no prompt), for GUI tests. Everything it builds lives as
/// long as the fixture; make it on the stack of the test function.
class GuiFixture
{
public:
    /// `makeAccount` gets the sandbox's port, e.g. DemoAccount::makeWebitel; `password` is
    /// the account's (the demo accounts' by default); `uiSettings` the window's (none: nothing
    /// remembered between windows).
    explicit GuiFixture(const std::function<Account(quint16 port)> &makeAccount, const QString &password = DemoAccount::password(),
                        QSettings *uiSettings = nullptr)
        : credentials(QStringLiteral("org.mailroom.Mailroom.tests"))
        , accounts(nullptr)
    {
        const Account account = makeAccount(sandbox.port());
        id = accounts.add(account);
        credentials.remember(account.keychainKey(), password);
        sessions = std::make_unique<SessionManager>(&accounts, &credentials, &nam, &tracker);
        window = std::make_unique<MainWindow>(&accounts, sessions.get(), &tracker, uiSettings);
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

    /// Adds another account made by `makeAccount` (given the sandbox's port), its password
    /// remembered for the session; its id.
    QString addAccount(const std::function<Account(quint16 port)> &makeAccount, const QString &password = DemoAccount::password())
    {
        const Account account = makeAccount(sandbox.port());
        credentials.remember(account.keychainKey(), password);
        return accounts.add(account);
    }
};

/// GuiFixture with the Ikoula demo account, plus a client of its own that reads the
/// sandbox's state independently of the window.
class IkoulaGuiFixture : public GuiFixture
{
public:
    IkoulaGuiFixture()
        : GuiFixture([](quint16 port) { return DemoAccount::makeIkoula(port, Sandbox::IkoulaSimulator::demoPublicKey()); })
        , check(&nam, sandbox.baseUrl())
    {
        check.setCredentials(QStringLiteral("admin"), DemoAccount::password());
        check.setPublicKey(Sandbox::IkoulaSimulator::demoPublicKey());
    }

    /// Selects the account (which lists its subscriptions into the tree), then `node` of
    /// organisation 2031 of subscription 10442. False when the subscriptions never came.
    [[nodiscard]] bool openOrganisation(AccountTreeModel::NodeType node)
    {
        auto *tree = window->findChild<QTreeView *>(QStringLiteral("accountTree"));
        auto *model = static_cast<AccountTreeModel *>(tree->model());
        tree->setCurrentIndex(model->accountIndex(id));
        if (!QTest::qWaitFor([&] { return model->subscriptionIndex(id, QStringLiteral("10442")).isValid(); }, 10000))
            return false;
        tree->setCurrentIndex(model->organisationIndex(id, QStringLiteral("10442"), QStringLiteral("2031"), node));
        return true;
    }

    IkoulaClient check;
};
