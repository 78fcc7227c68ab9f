#include "ui/hostway/hostwaymailboxes.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/sessionmanager.h"
#include "core/drafts/snapshotcache.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxcsvimport.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "models/accounttreemodel.h"
#include "models/draftsession.h"
#include "models/hostway/mailboxtablemodel.h"
#include "models/sizeformat.h"
#include "ui/hostway/changepassworddialog.h"
#include "ui/hostway/mailboxdetailspane.h"
#include "ui/hostway/mailboxpropertiesdialog.h"
#include "ui/hostway/mailboxlistpage.h"
#include "ui/hostway/newmailboxdialog.h"
#include "ui/hostway/quotadialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QTabWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using Action = ProviderView::MailboxAction;

HostwayMailboxes::HostwayMailboxes(const ProviderView::Host &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_list(new MailboxListPage(host.window))
    , m_details(new MailboxDetailsPane(host.window))
{
    m_details->hide();   // until the window places it (ProviderView::detailsPane)
    QList<QAction *> menu;
    for (Action a : {Action::New, Action::ChangeQuota, Action::ResetPassword, Action::Delete})
        menu.append(m_host.mailboxAction(a));
    // The property sheet heads the context menu; Return and a double-click open it too.
    auto *properties = new QAction(tr("&Properties\u2026"), m_list->view());
    properties->setObjectName(QStringLiteral("actionMailboxProperties"));
    properties->setToolTip(tr("Open the mailbox's property sheet (Return)"));
    connect(properties, &QAction::triggered, this, &HostwayMailboxes::openProperties);
    auto *separator = new QAction(m_list->view());
    separator->setSeparator(true);
    m_list->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The master flag is in the context menu and the Mailbox menu; the details pane keeps its three buttons.
    const QList<QAction *> master{m_host.mailboxAction(Action::MakeMaster), m_host.mailboxAction(Action::MakeNotMaster)};
    m_list->view()->addActions(QList<QAction *>{properties, separator} + menu + master + QList<QAction *>{m_host.refreshAction});
    m_mailboxActions = menu.mid(1);
    wire(m_details);
    connect(m_list->model(), &QAbstractItemModel::modelReset, this, &HostwayMailboxes::draftChanged);
    connect(m_list, &MailboxListPage::selectionChanged, this, &HostwayMailboxes::onSelection);
    connect(m_list->view(), &QTableView::activated, this, &HostwayMailboxes::openProperties);
    connect(m_list->model(), &MailboxTableModel::completed, this, &HostwayMailboxes::cacheSnapshot);
    connect(m_list->model(), &MailboxTableModel::loadFailed, this, [this] {
        if (m_list->model()->lastError().isTransportOrAuth())
            offerSnapshot();
    });
}

QWidget *HostwayMailboxes::show(const ProviderView::Node &node)
{
    m_node = node;
    m_list->setSource(nullptr, QString());
    m_details->showMailbox(nullptr, QString(), QString());
    m_host.sessions->withClient<HostwayClient>(node.accountId, this, [this, node](HostwayClient *client) {
        const ProviderView::Node now = m_host.current();
        if (now.accountId != node.accountId || now.domain != node.domain || now.type != node.type)
            return;
        if (client)
            m_list->setSource(client, node.domain);
        else
            offerSnapshot();   // no password given: the snapshot still works offline
    });
    return m_list;
}

void HostwayMailboxes::reload()
{
    m_list->reloadAndSelect(m_list->selectedMailbox());
}

bool HostwayMailboxes::drafting() const
{
    return m_host.changeHook(m_node.accountId).isDrafting();
}

QStringList HostwayMailboxes::selectedRegularMailboxes() const
{
    QStringList names;
    const bool draftsVisible = drafting();
    for (const MailboxListPage::Selected &row : m_list->selection()) {
        if (!row.exchange && (!row.draftCreation || draftsVisible))
            names.append(row.name);
    }
    return names;
}

bool HostwayMailboxes::canDo(Action action) const
{
    switch (action) {
    case Action::New:
        return !m_node.domain.isEmpty();
    case Action::ChangeQuota:
    case Action::ResetPassword:
    case Action::Delete:
    case Action::MakeMaster:
    case Action::MakeNotMaster:
        return !selectedRegularMailboxes().isEmpty();
    case Action::ImportCsv:
    case Action::ExportCsv:
    case Action::Find:
        return true;
    }
    return false;
}

void HostwayMailboxes::trigger(Action action)
{
    switch (action) {
    case Action::New:
        return newMailbox();
    case Action::ChangeQuota:
        return changeQuota();
    case Action::ResetPassword:
        return resetPassword();
    case Action::Delete:
        return deleteMailbox();
    case Action::MakeMaster:
        return setMaster(true);
    case Action::MakeNotMaster:
        return setMaster(false);
    case Action::ImportCsv:
        if (const QString path = QFileDialog::getOpenFileName(m_host.window, tr("Import Mailboxes"), QString(),
                                                              tr("CSV files (*.csv);;All files (*)"));
            !path.isEmpty())
            importCsv(path);
        return;
    case Action::ExportCsv:
        return exportCsv();
    case Action::Find:
        m_list->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_list->filterEdit()->selectAll();
        return;
    }
}

void HostwayMailboxes::wire(MailboxDetailsPane *pane)
{
    pane->setMailboxActions(m_mailboxActions);
    pane->setChangePath([this](std::shared_ptr<Operation> operation, std::function<void(const ApiError &)> done) {
        submit(std::move(operation), std::move(done));
    }, [this] { return drafting(); }, [this](QList<std::shared_ptr<Operation>> operations, const QString &title, std::function<void(int)> sent) {
        return m_host.changeMany(m_node.accountId, std::move(operations), title, std::move(sent));
    });
    connect(pane, &MailboxDetailsPane::mailboxChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            m_host.status(tr("%1 changed.").arg(name + QLatin1Char('@') + m_node.domain));
        m_list->reloadAndSelect(name);
    });
}

void HostwayMailboxes::showSelected(MailboxDetailsPane *pane)
{
    if (const qsizetype count = m_list->selection().size(); count > 1)
        return pane->showSelection(m_node.domain, static_cast<int>(count), static_cast<int>(count - selectedRegularMailboxes().size()));
    const QString name = m_list->selectedMailbox();
    MailboxTableModel *list = m_list->model();
    const bool drafted = m_list->selectedIsDraftCreation();
    if (!name.isEmpty() && (drafted || list->snapshotTime().isValid())) {
        // Not at the provider yet, or the provider is not reachable: show what is known.
        const auto m = list->mailboxAt(list->rowOf(name));
        pane->showKnown(m_node.domain, name, m.quotaMb, m.master,
                        drafted ? tr("Drafted: this mailbox is created when the draft is applied.")
                                : tr("Offline: as in the snapshot of %1.")
                                      .arg(QLocale().toString(list->snapshotTime().toLocalTime(), QLocale::ShortFormat)));
    } else {
        pane->showMailbox(m_host.sessions->client<HostwayClient>(m_node.accountId), m_node.domain, name);
    }
}

void HostwayMailboxes::onSelection()
{
    showSelected(m_details);
    m_host.actionsChanged();
}

void HostwayMailboxes::openProperties()
{
    if (m_list->selectedMailbox().isEmpty())
        return;
    auto *dialog = new MailboxPropertiesDialog(m_host.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Properties of %1@%2").arg(m_list->selectedMailbox(), m_node.domain));
    wire(dialog->pane());
    auto current = std::make_shared<QString>(m_list->selectedMailbox());   // renamed in the sheet: the new name
    // A deleted mailbox has no properties left to show; a renamed one is shown by its new name.
    connect(dialog->pane(), &MailboxDetailsPane::mailboxChanged, dialog, [this, dialog, current](const QString &name) {
        if (name.isEmpty())
            return dialog->reject();
        if (name == *current)
            return;   // the list's reload refreshes the General tab (below)
        *current = name;
        dialog->setWindowTitle(tr("Properties of %1@%2").arg(name, m_node.domain));
        dialog->pane()->showMailbox(m_host.sessions->client<HostwayClient>(m_node.accountId), m_node.domain, name);
    });
    // A change made in the sheet, by its tabs or by the window's actions under General (quota,
    // delete), reloads the list: once it is whole again the sheet shows the new quota, or
    // closes when its mailbox is gone.
    connect(m_list->model(), &MailboxTableModel::completed, dialog, [this, dialog, current] {
        if (m_list->model()->rowOf(*current) < 0 && !m_list->model()->snapshotTime().isValid())
            return dialog->reject();
        dialog->pane()->refreshGeneral();
    });
    showSelected(dialog->pane());
    // The tab the agent is on in the window is the one the sheet opens at.
    dialog->pane()->tabs()->setCurrentIndex(m_details->tabs()->currentIndex());
    dialog->open();
}

void HostwayMailboxes::keepSnapshotForDraft()
{
    if (DraftSession *draft = drafting() ? m_host.draftSession(m_node.accountId) : nullptr;
        draft && !draft->draft().snapshots.contains(m_node.domain) && m_list->model()->domain() == m_node.domain) {
        // Remember the domain as it was when drafting, from the list when it is fully loaded.
        if (const auto snapshot = m_list->model()->snapshot())
            draft->setSnapshot(m_node.domain, *snapshot);
    }
}

void HostwayMailboxes::submit(std::shared_ptr<Operation> operation, std::function<void(const ApiError &)> done)
{
    keepSnapshotForDraft();
    const ChangeHook hook = m_host.changeHook(m_node.accountId);
    hook.submit({std::move(operation)}, this, [done = std::move(done)](const ChangeOutcome &outcome) {
        done(outcome.ok() ? ApiError() : outcome.error);
    });
}

template<typename Dialog>
void HostwayMailboxes::submitFrom(Dialog *dialog, std::shared_ptr<Operation> operation, std::function<void()> onSuccess)
{
    QPointer<Dialog> guard(dialog);
    submit(std::move(operation), [guard, onSuccess = std::move(onSuccess)](const ApiError &error) {
        if (error.isError()) {
            if (guard)
                guard->showRefusal(error);   // the dialog stays open with the provider's words
            return;
        }
        if (guard)
            guard->accept();
        onSuccess();
    });
}

void HostwayMailboxes::newMailbox()
{
    const ProviderView::Node node = m_node;
    auto *dialog = new NewMailboxDialog(node.domain, m_host.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewMailboxDialog::submitted, this, [this, dialog, node] {
        const std::shared_ptr<Operation> op = dialog->operation();
        const QString name = dialog->name();
        submitFrom(dialog, op, [this, node, name] {
            if (drafting())
                return;   // drafted: nothing changed at the provider
            m_host.status(tr("Mailbox %1@%2 created.").arg(name, node.domain));
            if (m_host.current().accountId == node.accountId && m_host.current().domain == node.domain && m_list->isVisible())
                m_list->reloadAndSelect(name);
            else
                m_host.treeView->setCurrentIndex(m_host.tree->mailboxesIndex(node.accountId, node.domain));
        });
    });
    dialog->open();
}

void HostwayMailboxes::changeQuota()
{
    const QStringList names = selectedRegularMailboxes();
    if (names.size() > 1)
        return changeQuotas(names);
    if (names.isEmpty())
        return;
    const QString name = names.first();   // alone, or beside rows these actions leave out
    const int row = m_list->model()->rowOf(name);
    auto *dialog = new QuotaDialog(name, m_node.domain, row >= 0 ? m_list->model()->mailboxAt(row).quotaMb : 1024, m_host.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuotaDialog::submitted, this, [this, dialog, name] {
        const int quota = dialog->quotaMb();
        auto op = std::make_shared<UpdateMailbox>(m_node.domain, name);
        op->setQuotaMb(quota);
        submitFrom(dialog, op, [this, name, quota] {
            if (drafting())
                return;
            m_host.status(tr("Quota of %1 set to %2.").arg(name, SizeFormat::megabytes(quota)));
            m_list->reloadAndSelect(name);
        });
    });
    dialog->open();
}

void HostwayMailboxes::resetPassword()
{
    const QStringList names = selectedRegularMailboxes();
    if (names.size() > 1)
        return resetPasswords(names);
    if (names.isEmpty())
        return;
    const QString name = names.first();   // alone, or beside rows these actions leave out
    auto *dialog = new ChangePasswordDialog(name, m_node.domain, m_host.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::submitted, this, [this, dialog, name] {
        auto op = std::make_shared<UpdateMailbox>(m_node.domain, name);
        op->setPassword(dialog->password());
        submitFrom(dialog, op, [this, name] {
            if (!drafting())
                m_host.status(tr("Password of %1 changed.").arg(name));
        });
    });
    dialog->open();
}

void HostwayMailboxes::deleteMailbox()
{
    const QStringList names = selectedRegularMailboxes();
    if (names.size() > 1)
        return deleteMailboxes(names);
    if (names.isEmpty())
        return;
    const QString name = names.first();   // alone, or beside rows these actions leave out
    const QString domain = m_node.domain;
    const QString address = name + QLatin1Char('@') + domain;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Mailbox"), tr("Delete the mailbox %1?").arg(address),
                                QMessageBox::Cancel, m_host.window);
    box->setObjectName(QStringLiteral("confirmDeleteMailbox"));
    box->setInformativeText(tr("Its messages are deleted at the provider. This cannot be undone."));
    QPushButton *remove = box->addButton(tr("Delete %1").arg(address), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, domain, name, address](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        submit(std::make_shared<DeleteMailbox>(domain, name), [this, address](const ApiError &error) {
            if (error.isError()) {
                QMessageBox::warning(m_host.window, tr("Mailbox Not Deleted"), error.message());
                return;
            }
            if (drafting())
                return;
            m_host.status(tr("Mailbox %1 deleted.").arg(address));
            m_list->reloadAndSelect(QString());
        });
    });
    box->open();
}

void HostwayMailboxes::changeQuotas(const QStringList &names)
{
    const int count = static_cast<int>(names.size());
    const int first = m_list->model()->rowOf(names.first());
    auto *dialog = new QuotaDialog(tr("Change Quota of %n Mailbox(es)", nullptr, count),
                                   tr("New quota of each of the <b>%n mailbox(es)</b> selected in %1:", nullptr, count)
                                       .arg(m_node.domain.toHtmlEscaped()),
                                   first >= 0 ? m_list->model()->mailboxAt(first).quotaMb : 1024, 1, m_host.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuotaDialog::submitted, this, [this, dialog, names, count] {
        const int quota = dialog->quotaMb();
        dialog->accept();
        changeEach(names, [this, quota](const QString &name) {
            auto op = std::make_shared<UpdateMailbox>(m_node.domain, name);
            op->setQuotaMb(quota);
            return op;
        }, tr("Change Quota of %n Mailbox(es)", nullptr, count), [this, quota, names](int accepted) {
            if (accepted > 0)
                m_host.status(tr("Quota set to %1 for %n mailbox(es).", nullptr, accepted).arg(SizeFormat::megabytes(quota)));
            m_list->reloadAndSelect(names);
        });
    });
    dialog->open();
}

void HostwayMailboxes::resetPasswords(const QStringList &names)
{
    const int count = static_cast<int>(names.size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset Passwords"),
                                tr("Reset the passwords of %n mailbox(es) in %1?", nullptr, count).arg(m_node.domain),
                                QMessageBox::Cancel, m_host.window);
    box->setObjectName(QStringLiteral("confirmResetPasswords"));
    box->setInformativeText(tr("Each gets its own generated password, shown once when the batch ends. The old passwords stop working."));
    confirmThenChangeMany(box, tr("Reset %n Password(s)", nullptr, count), QMessageBox::AcceptRole, "confirmResetButton", names,
                          [this](const QString &name) {
                              auto op = std::make_shared<UpdateMailbox>(m_node.domain, name);
                              op->setGeneratePassword();
                              return op;
                          },
                          [this](int accepted) {
                              if (accepted > 0)
                                  m_host.status(tr("%n password(s) reset.", nullptr, accepted));
                          });
}

void HostwayMailboxes::deleteMailboxes(const QStringList &names)
{
    const int count = static_cast<int>(names.size());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Mailboxes"),
                                tr("Delete %n mailbox(es) in %1?", nullptr, count).arg(m_node.domain),
                                QMessageBox::Cancel, m_host.window);
    box->setObjectName(QStringLiteral("confirmDeleteMailboxes"));
    box->setInformativeText(tr("Their messages are deleted at the provider. This cannot be undone."));
    confirmThenChangeMany(box, tr("Delete %n Mailbox(es)", nullptr, count), QMessageBox::DestructiveRole, "confirmDeleteButton", names,
                          [this](const QString &name) { return std::make_shared<DeleteMailbox>(m_node.domain, name); },
                          [this](int accepted) {
                              if (accepted > 0)
                                  m_host.status(tr("%n mailbox(es) deleted.", nullptr, accepted));
                              m_list->reloadAndSelect(QString());
                          });
}

void HostwayMailboxes::confirmThenChangeMany(QMessageBox *question, const QString &confirm, QMessageBox::ButtonRole role,
                                             const char *confirmName, const QStringList &names, MakeOperation make,
                                             std::function<void(int accepted)> sent)
{
    question->setDetailedText(names.join(QLatin1Char('\n')));
    QPushButton *yes = question->addButton(confirm, role);
    yes->setObjectName(QLatin1String(confirmName));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: the domain shown is still the one asked about when the answer comes.
    connect(question, &QMessageBox::buttonClicked, this, [=](QAbstractButton *button) {
        if (button == yes)
            changeEach(names, make, confirm, sent);
    });
    question->open();
}

void HostwayMailboxes::changeEach(const QStringList &names, const MakeOperation &make, const QString &title,
                                  std::function<void(int accepted)> sent)
{
    QList<std::shared_ptr<Operation>> operations;
    for (const QString &name : names)
        operations.append(make(name));
    keepSnapshotForDraft();
    m_host.changeMany(m_node.accountId, std::move(operations), title, std::move(sent));
}

void HostwayMailboxes::setMaster(bool master)
{
    const QStringList names = selectedRegularMailboxes();
    if (names.isEmpty())
        return;
    const int count = static_cast<int>(names.size());
    changeEach(names, [this, master](const QString &name) {
        auto op = std::make_shared<UpdateMailbox>(m_node.domain, name);
        op->setMaster(master);
        return op;
    }, master ? tr("Make %n Mailbox(es) Master", nullptr, count) : tr("Make %n Mailbox(es) Not Master", nullptr, count),
               [this, names, master](int accepted) {
                   if (accepted > 0)
                       m_host.status(master ? tr("%n mailbox(es) made master.", nullptr, accepted)
                                            : tr("%n mailbox(es) no longer master.", nullptr, accepted));
                   m_list->reloadAndSelect(names);
               });
}

void HostwayMailboxes::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(m_host.window, tr("Export Mailboxes"), m_node.domain + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !m_list->exportCsv(path, &error))
        QMessageBox::warning(m_host.window, tr("Not Exported"), tr("Cannot write %1: %2").arg(path, error));
}

bool HostwayMailboxes::importCsv(const QString &path)
{
    const ProviderView::Node node = m_node;
    if (node.domain.isEmpty())
        return false;
    // Existing names are checked against the whole domain when the list holds it.
    MailboxTableModel *list = m_list->model();
    const std::optional<DomainSnapshot> snapshot = list->domain() == node.domain ? list->snapshot() : std::nullopt;
    const auto result = MailboxCsvImport::readFile(path, node.domain, snapshot ? &*snapshot : nullptr);
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (const auto &p : result.problems)
            lines.append(p.line > 0 ? tr("Line %1: %2").arg(p.line).arg(p.message) : p.message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Nothing Imported"),
                                    tr("%n row(s) of %1 cannot be imported, so nothing was: correct the file and import it again.", nullptr,
                                       static_cast<int>(result.problems.size())).arg(QFileInfo(path).fileName()),
                                    QMessageBox::Close, m_host.window);
        box->setObjectName(QStringLiteral("csvProblemsBox"));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    QList<std::shared_ptr<Operation>> operations;
    for (const auto &row : result.rows) {
        if (!row.password.isEmpty())
            row.operation->setPassword(row.password);
        operations.append(row.operation);
    }
    QString error;
    const bool drafted = m_host.draftTogether(node.accountId, operations, tr("Import %n mailbox(es)", nullptr, static_cast<int>(operations.size())),
                                              &error, [&](DraftSession *draft) {
                                                  if (snapshot && !draft->draft().snapshots.contains(node.domain))
                                                      draft->setSnapshot(node.domain, *snapshot);
                                              });
    if (!drafted) {
        if (!error.isEmpty())
            QMessageBox::warning(m_host.window, tr("Nothing Imported"), error);
        return false;
    }
    m_host.status(tr("%n mailbox(es) added to the draft from %1.", nullptr, static_cast<int>(operations.size()))
                      .arg(QFileInfo(path).fileName()));
    return true;
}

void HostwayMailboxes::draftChanged()
{
    m_list->model()->setDraft(m_host.draft(m_node.accountId), m_host.applied());
}

void HostwayMailboxes::cacheSnapshot()
{
    const auto account = m_host.accounts->find(m_node.accountId);
    MailboxTableModel *list = m_list->model();
    if (!account || !m_host.snapshots || list->domain() != m_node.domain || list->snapshotTime().isValid())
        return;
    if (const auto snapshot = list->snapshot())
        m_host.snapshots->save(account->keychainKey(), m_node.domain, *snapshot);
}

void HostwayMailboxes::offerSnapshot()
{
    const auto account = m_host.accounts->find(m_node.accountId);
    if (!account || !m_host.snapshots)
        return;
    const QString domain = m_node.domain;
    const auto snapshot = m_host.snapshots->load(account->keychainKey(), domain);
    if (!snapshot)
        return;
    m_list->offerSnapshot(snapshot->fetchedAt, [this, domain, snapshot] { m_list->model()->showSnapshot(domain, *snapshot); });
}
