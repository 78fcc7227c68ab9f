#include "app/ctl/ctldraftfile.h"

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloutput.h"
#include "core/credentials/credentialstore.h"
#include "core/drafts/draft.h"
#include "core/drafts/draftsecrets.h"

#include <QFile>

namespace CtlDraftFile {

namespace {

struct Pending
{
    QString path;
    std::shared_ptr<Draft> draft;
    QList<DraftSecrets::Secret> secrets;
    QStringList added;
};

void storeThenSave(std::shared_ptr<Pending> pending, CredentialStore *credentials, QObject *context, std::function<void(int)> done)
{
    const DraftSecrets secrets(credentials, context);
    secrets.store(pending->secrets, [pending, secrets, done](const QString &failure) {
        if (!failure.isEmpty()) {
            secrets.remove(pending->secrets);   // the draft is not saved: nothing may point at them
            CtlOutput::err(QStringLiteral("the change's password cannot be kept in the keychain (%1): nothing was added to %2")
                               .arg(failure, pending->path));
            return done(CtlCommand::Refused);
        }
        QString error;
        if (!pending->draft->save(pending->path, &error)) {
            CtlOutput::err(QStringLiteral("cannot write %1: %2").arg(pending->path, error));
            return done(CtlCommand::Usage);
        }
        for (const QString &line : std::as_const(pending->added))
            CtlOutput::out(QStringLiteral("drafted: %1\n").arg(line).toUtf8());
        CtlOutput::out(QStringLiteral("%1 now holds %2 change(s); review with \"draft show %1\", apply with \"draft apply %1\"\n")
                           .arg(pending->path).arg(pending->draft->entries.size()).toUtf8());
        done(CtlCommand::Done);
    });
}

} // namespace

void append(const QString &path, const Account &account, QList<std::shared_ptr<Operation>> operations,
            CredentialStore *credentials, QObject *context, std::function<void(int)> done)
{
    auto pending = std::make_shared<Pending>();
    pending->path = path;
    if (QFile::exists(path)) {
        QString error;
        std::optional<Draft> existing = Draft::load(path, &error);
        if (!existing) {
            CtlOutput::err(QStringLiteral("%1: %2").arg(path, error));
            return done(CtlCommand::Usage);
        }
        const DraftAccount &a = existing->account;
        if (!account.owns(a)) {
            CtlOutput::err(QStringLiteral("%1 is a draft for %2 %3@%4: give another file for this account")
                               .arg(path, a.provider, a.userName, a.baseUrl.host()));
            return done(CtlCommand::Usage);
        }
        pending->draft = std::make_shared<Draft>(std::move(*existing));
    } else {
        pending->draft = std::make_shared<Draft>(Draft::create(account.draftAccount()));
    }
    for (const std::shared_ptr<Operation> &op : std::as_const(operations)) {
        const auto problems = op->validate();
        if (!problems.isEmpty()) {
            for (const ValidationProblem &p : problems)
                CtlOutput::err(p.field.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.field, p.message));
            CtlOutput::err(QStringLiteral("nothing was added to %1").arg(path));
            return done(CtlCommand::Usage);
        }
        const QString entryId = pending->draft->append(op);
        pending->secrets.append(DraftSecrets::typed(*pending->draft, entryId, *op));
        pending->added.append(op->describe());
    }
    storeThenSave(pending, credentials, context, std::move(done));
}

} // namespace CtlDraftFile

bool CtlCommand::draftInstead(const QString &file, const Account &account, QList<std::shared_ptr<Operation>> operations,
                              CredentialStore *credentials)
{
    if (file.isEmpty())
        return false;
    CtlDraftFile::append(file, account, std::move(operations), credentials, this, [this](int code) { finish(code); });
    return true;
}
