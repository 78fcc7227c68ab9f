#include "app/ctl/ctlaccount.h"

#include "app/ctl/registry/ctlprovider.h"
#include "app/ctl/registry/ctlproviders.h"
#include "core/accounts/accountstore.h"
#include "core/credentials/credentialstore.h"

#include <QFile>
#include <QSettings>

#include <iostream>
#include <string>

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
        else if (options.has("ice-field-names"))
            account->iceFieldNames = Ice::fieldNamesFromId(options.value("ice-field-names"));
        return account;
    }
    Account account;
    account.provider = options.provider;
    account.baseUrl = options.baseUrl;
    const CtlProvider *provider = CtlProviders::instance().find(options.provider);
    account.accountId = provider ? provider->accountId(options) : options.accountId;
    account.userName = options.user;
    account.iceFieldNames = Ice::fieldNamesFromId(options.value("ice-field-names"));
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

void password(const Account &account, CredentialStore &credentials, QObject *context,
              std::function<void(std::optional<QString>, const QString &)> done)
{
    const QString fromEnvironment = qEnvironmentVariable("MAILROOM_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return done(fromEnvironment, QString());
    const QString key = account.keychainKey();
    credentials.read(key, context, [key, done = std::move(done)](const CredentialStore::Result &result) {
        if (result.status == CredentialStore::Status::Ok)
            return done(result.secret, QString());
        done(std::nullopt, QStringLiteral("no password for %1: set MAILROOM_PASSWORD, or save the account's password in the Mailroom window (keychain: %2)")
                               .arg(key, result.message.isEmpty() ? QStringLiteral("no entry") : result.message));
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
