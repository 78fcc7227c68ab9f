#include "app/ctl/ctlaccount.h"

#include "app/ctl/registry/ctlprovider.h"
#include "app/ctl/registry/ctlproviders.h"
#include "app/ctl/ctlterminal.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/credentials/credentialstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>

#include <iostream>
#include <string>

#include <unistd.h>

namespace CtlAccount {

namespace {

/// `account`, or nullopt and *error when its base URL would get credentials in clear.
std::optional<Account> checked(std::optional<Account> account, QString *error)
{
    if (!account)
        return account;
    const QString problem = Account::baseUrlProblem(account->baseUrl);
    if (!problem.isEmpty()) {
        *error = QStringLiteral("%1: %2 Nothing was sent.").arg(account->baseUrl.toString(), problem);
        return std::nullopt;
    }
    return account;
}

std::optional<Account> unchecked(const CtlOptions &options, QString *error);

} // namespace

std::optional<Account> fromOptions(const CtlOptions &options, QString *error)
{
    return checked(unchecked(options, error), error);
}

namespace {

std::optional<Account> unchecked(const CtlOptions &options, QString *error)
{
    if (!options.profile.isEmpty()) {
        QSettings settings;
        AccountStore accounts(&settings);
        auto account = accounts.findByName(options.profile);
        if (!account)
            *error = QStringLiteral("no profile named \"%1\" (profiles are the accounts added in the Mailroom window)").arg(options.profile);
        else if (!options.fieldSpelling.isEmpty())
            account->fieldSpelling = options.fieldSpelling;
        return account;
    }
    Account account;
    account.provider = options.provider;
    account.baseUrl = options.baseUrl;
    const CtlProvider *provider = CtlProviders::instance().find(options.provider);
    account.accountId = provider ? provider->accountId(options) : options.accountId;
    account.kind = provider ? provider->accountKind(options) : QString();
    account.userName = options.user;
    account.fieldSpelling = options.fieldSpelling;
    if (!options.publicKeyFile.isEmpty()) {
        QFile key(options.publicKeyFile);
        if (!key.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the public key %1: %2").arg(options.publicKeyFile, key.errorString());
            return std::nullopt;
        }
        account.publicKeyPem = key.readAll();
    }
    return account;
}

} // namespace

namespace {

/// The one account of a command, for SessionManager: its store in memory, its network.
struct PasswordSession final : QObject
{
    PasswordSession(const Account &account, CredentialStore *credentials, QObject *parent)
        : QObject(parent)
        , accounts(nullptr, this)
        , sessions(&accounts, credentials, &nam, nullptr, this)
    {
        id = accounts.add(account);
    }
    QNetworkAccessManager nam;
    AccountStore accounts;
    SessionManager sessions;
    QString id;
    QString reason;   ///< why the keychain did not answer, as SessionManager says it
    bool asked = false;   ///< the terminal prompt was shown
};

} // namespace

void password(const Account &account, CredentialStore &credentials, QObject *context,
              std::function<void(std::optional<QString>, const QString &)> done)
{
    const QString fromEnvironment = qEnvironmentVariable("MAILROOM_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return done(fromEnvironment, QString());
    // Then as the window does: the keychain, then (on a terminal only) a prompt.
    auto *session = new PasswordSession(account, &credentials, context);
    session->sessions.setStoresPromptedPasswords(false);   // a typo is not kept for the next command
    session->sessions.setPasswordPrompt([session](const Account &asked, const QString &reason, auto answer) {
        session->reason = reason;
        session->asked = isatty(STDIN_FILENO);
        if (!reason.isEmpty() && session->asked)
            std::cerr << reason.toLocal8Bit().constData() << '\n';
        answer(CtlTerminal::readPasswordWithoutEcho(
            QStringLiteral("Password for %1 at %2: ").arg(asked.userName, asked.baseUrl.host())));
    });
    const QString key = account.keychainKey();
    session->sessions.withPassword(session->id, context, [session, key, done = std::move(done)](std::optional<QString> password) {
        session->deleteLater();
        if (password)
            return done(password, QString());
        if (session->asked)
            return done(std::nullopt, QStringLiteral("no password was typed for %1: nothing was sent").arg(key));
        done(std::nullopt, QStringLiteral("no password for %1: set MAILROOM_PASSWORD, save the account's password in the Mailroom window, "
                                          "or run the command in a terminal to be asked for it%2")
                               .arg(key, session->reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(session->reason)));
    });
}

QString readSecretLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    QString secret = QString::fromStdString(line);
    if (secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    return secret;
}

} // namespace CtlAccount
