// MainWindow's drafting: draft mode, adding to the draft, the draft pane's apply and
// discard, and recovery of an autosaved draft.
#include "ui/mainwindow.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/provider.h"
#include "core/accounts/sessionmanager.h"
#include "core/audit/auditedsender.h"
#include "core/drafts/draftfolder.h"
#include "core/drafts/draftsecrets.h"
#include "core/drafts/journal.h"
#include "core/drafts/snapshotcache.h"
#include "core/net/networklog.h"
#include "models/draftsession.h"
#include "ui/draftdock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QTimer>
#include <QUndoStack>

void MainWindow::setDraftMode(bool on)
{
    if (on && !m_draft) {
        const auto account = m_accounts->find(context().accountId);
        if (!account || !Provider::forAccount(*account).can(Provider::Drafts)) {
            statusBar()->showMessage(account ? tr("%1 changes cannot be drafted; they are sent at once.").arg(Provider::of(account->provider).name)
                                             : tr("Select an account first: a draft is prepared for one account."), 8000);
            const QSignalBlocker blocker(m_draftMode);
            m_draftMode->setChecked(false);
            return;
        }
        m_draft = std::make_unique<DraftSession>(account->draftAccount(), draftsFolder());
        m_draftAccountId = account->id;
        m_draftDock->setSession(m_draft.get());
        connect(m_draft.get(), &DraftSession::entriesChanged, this, &MainWindow::refreshDraftMarks);
        if (m_settings)
            m_draftDock->setParallel(m_settings->value(QStringLiteral("drafts/parallel"), 4).toInt());
    }
    if (m_draft)
        showDraftDock();
    for (ProviderView *view : std::as_const(m_views))
        view->draftModeChanged();
    statusBar()->showMessage(on ? tr("Draft mode: changes are added to the draft, nothing is sent.")
                                : tr("Draft mode off: changes are sent at once. The draft stays below to review and apply."), 8000);
}

void MainWindow::addToDraft(const QString &accountId, std::shared_ptr<Operation> operation, std::function<void(const ApiError &)> done)
{
    if (accountId != m_draftAccountId) {
        done(ApiError(ApiError::Kind::Setup, tr("The draft is for another account: apply or discard it first.")));
        return;
    }
    if (m_draftDock->isApplying()) {
        done(ApiError(ApiError::Kind::Setup, tr("The draft is being applied: wait for it to finish, or cancel it.")));
        return;
    }
    const QString description = operation->describe();
    const QString entryId = m_draft->append(operation);
    // The draft file never holds a secret: the keychain does, under the draft's id.
    const QList<DraftSecrets::Secret> secrets = DraftSecrets::typed(m_draft->draft(), entryId, *operation);
    draftSecrets().store(secrets, [this, entryId, secrets, description](const QString &failure) {
        if (failure.isEmpty() || !m_draft)
            return;
        // As mailroomctl does: a draft outlives this process, a password in its memory does not.
        draftSecrets().remove(secrets);
        const QList<DraftEntry> &entries = m_draft->draft().entries;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).id == entryId) {
                m_draft->remove(i);
                break;
            }
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Added to the Draft"),
                                    tr("%1 was not added to the draft: the keychain cannot keep its password (%2), and a draft "
                                       "is applied later, perhaps after Mailroom restarts.").arg(description, failure),
                                    QMessageBox::Ok, this);
        box->setInformativeText(tr("Make the change with Draft Mode off, or draft a new mailbox with a generated password."));
        box->setObjectName(QStringLiteral("draftSecretRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    statusBar()->showMessage(tr("Added to the draft: %1").arg(description), 8000);
    done(ApiError());
}

DraftSecrets MainWindow::draftSecrets()
{
    return DraftSecrets(m_sessions->credentials(), this);
}

void MainWindow::applyDraft()
{
    if (!m_draft)
        return;
    m_sessions->withSender(m_draftAccountId, this, [this](std::unique_ptr<OperationSender> sender) {
        if (!sender || !m_draft)
            return;
        DraftApplierSecrets secrets{draftSecrets().reader(), draftSecrets().writer()};
        if (m_settings)
            m_settings->setValue(QStringLiteral("drafts/parallel"), m_draftDock->parallel());
        AuditSubject subject = changeRoute(m_draftAccountId).subject;
        subject.draft = m_draft->draft().id;
        m_draftDock->startApply(std::make_unique<AuditedSender>(std::move(sender), m_auditLog.get(), subject), std::move(secrets));
    });
}

void MainWindow::discardDraft()
{
    if (!m_draft)
        return;
    draftSecrets().forget(m_draft->draft());
    const QString path = m_draft->path();
    m_draftDock->setSession(nullptr);
    m_draft.reset();
    refreshDraftMarks();
    QFile::remove(path);
    QFile::remove(Journal::pathFor(path));
    m_draftAccountId.clear();
    m_draftMode->setChecked(false);
    m_draftDock->hide();
    statusBar()->showMessage(tr("Draft discarded."), 8000);
}

QString MainWindow::draftsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

void MainWindow::openDraft(Draft draft, const QString &path, const QString &accountId)
{
    m_draftDock->setSession(nullptr);
    m_draft = std::make_unique<DraftSession>(std::move(draft), path);
    m_draftAccountId = accountId;
    m_draftDock->setSession(m_draft.get());
    connect(m_draft.get(), &DraftSession::entriesChanged, this, &MainWindow::refreshDraftMarks);
    showDraftDock();
    refreshDraftMarks();
}

void MainWindow::showDraftDock()
{
    if (!m_draftDock->isHidden())
        return;
    m_draftDock->show();
    // A third of the window, once laid out: the pane asked for two thirds of a 700 px
    // screen, which left two rows of the mailbox table. A height the user chose is kept.
    QTimer::singleShot(0, this, [this] {
        if (m_draftDock->isVisible() && m_draftDock->height() > height() * 2 / 5)
            resizeDocks({m_draftDock}, {height() / 3}, Qt::Vertical);
    });
}

void MainWindow::offerDraftRecovery()
{
    if (m_draft)
        return;
    // Housekeeping first: applied drafts are archived (not offered), old ones and snapshots
    // of domains not opened for long are deleted.
    const DraftFolder::Tidied tidied = DraftFolder::tidy(draftsFolder(), kKeepDays);
    for (const QString &key : tidied.secretKeys)
        m_sessions->credentials()->remove(key, this, [](const CredentialStore::Result &) {});
    const int pruned = m_snapshots->prune(kKeepDays * 3);
    if (tidied.archived + tidied.deleted + pruned > 0)
        qCInfo(lcAudit).noquote() << "tidied:" << tidied.archived << "applied draft(s) archived," << tidied.deleted
                                  << "old one(s) and" << pruned << "old snapshot(s) deleted";
    const QFileInfoList files = QDir(draftsFolder()).entryInfoList({QStringLiteral("*.mailroom-draft")}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        QString error;
        std::optional<Draft> draft = Draft::load(file.filePath(), &error);
        if (!draft || draft->entries.isEmpty())
            continue;
        const auto accounts = m_accounts->accounts();
        const auto account = std::find_if(accounts.cbegin(), accounts.cend(), [&draft](const Account &a) {
            return a.owns(draft->account);
        });
        if (account == accounts.cend())
            continue;
        Journal journal(Journal::pathFor(file.filePath()));
        const bool started = QFile::exists(Journal::pathFor(file.filePath())) && journal.open(&error) && !journal.isEmpty();
        auto *box = new QMessageBox(QMessageBox::Question, tr("Unfinished Draft"),
                                    tr("Mailroom found a draft for %1 with %n operation(s), last changed %2.", nullptr,
                                       static_cast<int>(draft->entries.size()))
                                        .arg(account->displayName, QLocale().toString(file.lastModified(), QLocale::ShortFormat)),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("recoverDraftBox"));
        box->setInformativeText(started ? tr("It was being applied when Mailroom stopped: applying it again resumes where it was, without sending anything twice.")
                                        : tr("Open it to review and apply it, or keep it for later."));
        QPushButton *open = box->addButton(tr("Open Draft"), QMessageBox::AcceptRole);
        open->setObjectName(QStringLiteral("recoverOpen"));
        box->addButton(tr("Later"), QMessageBox::RejectRole);
        box->setDefaultButton(open);
        box->setAttribute(Qt::WA_DeleteOnClose);
        const QString path = file.filePath();
        const QString accountId = account->id;
        auto shared = std::make_shared<Draft>(std::move(*draft));
        connect(box, &QMessageBox::buttonClicked, this, [this, open, shared, path, accountId](QAbstractButton *b) {
            if (b == open)
                openDraft(std::move(*shared), path, accountId);
        });
        box->open();
        return;   // one at a time: the most recent
    }
}

void MainWindow::refreshDraftMarks()
{
    for (ProviderView *view : std::as_const(m_views))
        view->draftChanged();
}
