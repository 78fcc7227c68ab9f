// MainWindow's mailbox actions on the window's mailbox table (Hostway's, see
// ProviderView::offersMailboxActions): New Mailbox, Change Quota, Reset Password, Delete.
#include "ui/mainwindow.h"

#include "core/providers/hostway/mailboxoperations.h"
#include "models/hostway/mailboxtablemodel.h"
#include "ui/hostway/changepassworddialog.h"
#include "ui/hostway/quotadialog.h"
#include "ui/hostway/mailboxlistpage.h"
#include "ui/hostway/newmailboxdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>

void MainWindow::newMailbox()
{
    const Context c = context();
    if (c.domain.isEmpty())
        return;
    auto *dialog = new NewMailboxDialog(c.domain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewMailboxDialog::submitted, this, [this, dialog, c] {
        std::shared_ptr<CreateMailbox> op = dialog->operation();
        const QString name = op->name();
        applyFromDialog(dialog, c.accountId, op, [this, c, name] {
            if (m_draftMode->isChecked())
                return;   // drafted: nothing changed at the provider
            statusBar()->showMessage(tr("Mailbox %1@%2 created.").arg(name, c.domain), 8000);
            if (context().mailboxes && context().domain == c.domain)
                m_listPage->reloadAndSelect(name);
            else
                selectMailboxes(c.accountId, c.domain);
        });
    });
    dialog->open();
}

QString MainWindow::selectedRegularMailbox() const
{
    if (m_listPage->selectedIsExchange() || (m_listPage->selectedIsDraftCreation() && !m_draftMode->isChecked()))
        return {};   // Exchange is read-only here; a drafted mailbox exists only in the draft
    return m_listPage->selectedMailbox();
}

template<typename Dialog>
void MainWindow::applyFromDialog(Dialog *dialog, const QString &accountId, std::shared_ptr<Operation> operation,
                                 std::function<void()> onSuccess)
{
    QPointer<Dialog> guard(dialog);
    apply(accountId, std::move(operation), [guard, onSuccess = std::move(onSuccess)](const ApiError &error) {
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

void MainWindow::changeQuota()
{
    const Context c = context();
    const QString name = selectedRegularMailbox();
    if (name.isEmpty())
        return;
    const int row = m_listPage->model()->rowOf(name);
    auto *dialog = new QuotaDialog(name, c.domain, row >= 0 ? m_listPage->model()->mailboxAt(row).quotaMb : 1024, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuotaDialog::submitted, this, [this, dialog, c, name] {
        const int quota = dialog->quotaMb();
        auto op = std::make_shared<UpdateMailbox>(c.domain, name);
        op->setQuotaMb(quota);
        applyFromDialog(dialog, c.accountId, op, [this, name, quota] {
            if (m_draftMode->isChecked())
                return;   // drafted: nothing changed at the provider
            statusBar()->showMessage(tr("Quota of %1 set to %2 MB.").arg(name).arg(quota), 8000);
            m_listPage->reloadAndSelect(name);
        });
    });
    dialog->open();
}

void MainWindow::resetPassword()
{
    const Context c = context();
    const QString name = selectedRegularMailbox();
    if (name.isEmpty())
        return;
    auto *dialog = new ChangePasswordDialog(name, c.domain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::submitted, this, [this, dialog, c, name] {
        auto op = std::make_shared<UpdateMailbox>(c.domain, name);
        op->setPassword(dialog->password());
        applyFromDialog(dialog, c.accountId, op, [this, name] {
            if (!m_draftMode->isChecked())
                statusBar()->showMessage(tr("Password of %1 changed.").arg(name), 8000);
        });
    });
    dialog->open();
}

void MainWindow::deleteMailbox()
{
    const Context c = context();
    const QString name = selectedRegularMailbox();
    if (name.isEmpty())
        return;
    const QString address = name + QLatin1Char('@') + c.domain;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Mailbox"), tr("Delete the mailbox %1?").arg(address),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteMailbox"));
    box->setInformativeText(tr("Its messages are deleted at the provider. This cannot be undone."));
    QPushButton *remove = box->addButton(tr("Delete %1").arg(address), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, c, name, address](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        apply(c.accountId, std::make_shared<DeleteMailbox>(c.domain, name), [this, address](const ApiError &error) {
            if (error.isError()) {
                QMessageBox::warning(this, tr("Mailbox Not Deleted"), error.message());
                return;
            }
            if (m_draftMode->isChecked())
                return;
            statusBar()->showMessage(tr("Mailbox %1 deleted.").arg(address), 8000);
            m_listPage->reloadAndSelect(QString());
        });
    });
    box->open();
}
