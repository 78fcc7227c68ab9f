#pragma once

#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"
#include "core/net/jobtracker.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>

/// A sandbox on loopback and a SessionManager over an in-memory AccountStore, for core tests
/// of what goes through sessions. Passwords are remembered for the session (add()); the
/// password prompt answers nothing and counts how often it was asked. Members are built in
/// the order declared and destroyed in reverse.
struct SessionFixture
{
    SessionFixture()
    {
        sessions.setStoresPromptedPasswords(false);
        sessions.setPasswordPrompt([this](const Account &, const QString &, auto answer) {
            ++prompts;
            answer(std::nullopt);
        });
    }

    /// Adds `account`, with `password` remembered unless empty; its id.
    QString add(const Account &account, const QString &password)
    {
        if (!password.isEmpty())
            credentials.remember(account.keychainKey(), password);
        return accounts.add(account);
    }

    SandboxFixture sandbox;
    AccountStore accounts{nullptr};
    CredentialStore credentials{QStringLiteral("org.mailroom.Mailroom.tests")};
    QNetworkAccessManager nam;
    JobTracker tracker;
    SessionManager sessions{&accounts, &credentials, &nam, &tracker};
    int prompts = 0;   ///< password prompts asked
};
