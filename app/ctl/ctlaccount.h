#pragma once

#include "app/ctl/ctloptions.h"
#include "core/accounts/account.h"

#include <functional>
#include <optional>

class CredentialStore;
class QObject;

/// How mailroomctl finds the account and its password.
namespace CtlAccount {

/// The account of --profile (saved by the GUI) or of --provider/--base-url/--account/--user.
/// nullopt and *error for an unknown profile.
std::optional<Account> fromOptions(const CtlOptions &options, QString *error);

/// The account's password: MAILROOM_PASSWORD, else as the window finds it (SessionManager):
/// the keychain, then, when standard input is a terminal, a prompt without echo (the answer
/// is used for this command only). `done` gets it, or nullopt and a sentence saying what to do.
void password(const Account &account, CredentialStore &credentials, QObject *context,
              std::function<void(std::optional<QString> password, const QString &error)> done);

/// One line of standard input without its line end (LF or CRLF): a secret given with a
/// --*-stdin option. Empty at end of input.
QString readSecretLine();

} // namespace CtlAccount
