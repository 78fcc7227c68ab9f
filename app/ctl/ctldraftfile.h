#pragma once

#include "core/accounts/account.h"
#include "core/operations/operation.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class CredentialStore;
class QObject;

/// mailroomctl's --draft FILE: the changes a command would send are added to a draft file
/// instead, to be reviewed (draft show) and applied later (draft apply FILE).
namespace CtlDraftFile {

/// Adds `operations` to the draft at `path`, making a new draft for `account` when the file
/// does not exist. Refuses a draft of another account and invalid operations. Their secrets
/// go to the keychain under the draft's keys first (Draft::secretKey); the file is written
/// last, atomically, so a failure leaves it as it was. Prints one line per operation added.
/// `done` gets a CtlCommand exit code.
void append(const QString &path, const Account &account, QList<std::shared_ptr<Operation>> operations,
            CredentialStore *credentials, QObject *context, std::function<void(int exitCode)> done);

} // namespace CtlDraftFile
