// MainWindow's accounts and domains: add, edit and remove them, and ask for a password.
#include "ui/mainwindow.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/provider.h"
#include "core/accounts/sessionmanager.h"
#include "core/net/apierror.h"
#include "models/accounttreemodel.h"
#include "ui/accountdialog.h"
#include "ui/registry/providerview.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

void MainWindow::promptPassword(const QString &title, const QString &reason, std::function<void(std::optional<QString>)> answer)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("passwordPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(reason.isEmpty() ? tr("Enter the account's password. Mailroom keeps it in the system keychain.")
                                          : reason + QStringLiteral("\n\n") + tr("Enter the account's password:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    auto shared = std::make_shared<std::function<void(std::optional<QString>)>>(std::move(answer));
    connect(dialog, &QInputDialog::textValueSelected, this, [shared](const QString &text) {
        if (*shared)
            std::exchange(*shared, nullptr)(text);
    });
    connect(dialog, &QDialog::rejected, this, [shared] {
        if (*shared)
            std::exchange(*shared, nullptr)(std::nullopt);
    });
    dialog->open();
}

void MainWindow::addAccount()
{
    auto *dialog = new AccountDialog(Account(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSignInCheck([this](const Account &account, const QString &password, QObject *context, auto done) {
        m_sessions->checkSignIn(account, password, context, std::move(done));
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account added = dialog->account();
        const QString id = m_accounts->add(added);
        if (!dialog->password().isEmpty())
            m_sessions->setPassword(id, dialog->password());
        m_tree->setCurrentIndex(m_treeModel->accountIndex(id));
        const QString next = Provider::forAccount(added).userAddsDomains ? tr("Now add the domains you administer (Ctrl+Shift+D).") : QString();
        statusBar()->showMessage((dialog->checkOutcome().isEmpty() ? tr("Account added.") : dialog->checkOutcome()) + QLatin1Char(' ') + next, 10000);
    });
    dialog->open();
}

void MainWindow::editAccount()
{
    editAccountOf(context().accountId);
}

void MainWindow::editAccountOf(const QString &accountId)
{
    const auto account = m_accounts->find(accountId);
    if (!account)
        return;
    auto *dialog = new AccountDialog(*account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSignInCheck([this](const Account &edited, const QString &password, QObject *context, auto done) {
        m_sessions->checkSignIn(edited, password, context, std::move(done));
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account edited = dialog->account();
        m_accounts->update(edited);
        if (!dialog->password().isEmpty())
            m_sessions->setPassword(edited.id, dialog->password());
        onTreeSelection();
        if (!dialog->checkOutcome().isEmpty())
            statusBar()->showMessage(dialog->checkOutcome(), 10000);
    });
    dialog->open();
}

void MainWindow::testConnection()
{
    const auto account = m_accounts->find(context().accountId);
    if (!account)
        return;
    statusBar()->showMessage(tr("Testing the connection to %1\u2026").arg(account->displayName));
    // The stored password only: a test that prompted would test what was typed, not what is kept.
    m_sessions->withPassword(account->id, this, [this, account = *account](std::optional<QString> password) {
        if (!password) {
            statusBar()->showMessage(tr("Not tested: no usable password is stored for %1. Edit the account to enter it.").arg(account.displayName), 10000);
            return;
        }
        m_sessions->checkSignIn(account, *password, this, [this, account](const ApiError &error, bool checked) {
            if (!error.isError()) {
                statusBar()->showMessage(checked ? tr("Signed in to %1: the account works.").arg(account.displayName)
                                                 : tr("%1 has nothing to sign in to yet: the first domain added is checked.").arg(account.displayName),
                                         10000);
                return;
            }
            // What failed, in the user's terms, and where to fix it: the account's own dialog.
            QString what;
            switch (AccountDialog::failedField(error)) {
            case AccountDialog::FailedField::Password:
                what = tr("%1 refused the stored user name and password. Edit the account to correct them.").arg(account.displayName);
                break;
            case AccountDialog::FailedField::Address:
                what = tr("Nothing usable answered at %1. Check the network, or edit the account's base URL.").arg(account.baseUrl.toDisplayString());
                break;
            case AccountDialog::FailedField::Unknown:
                what = tr("The connection to %1 could not be tested.").arg(account.displayName);
                break;
            }
            statusBar()->clearMessage();
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Test Connection"), what, QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("testConnectionFailed"));
            box->setInformativeText(error.message());
            QPushButton *edit = box->addButton(tr("&Edit Account\u2026"), QMessageBox::ActionRole);
            edit->setObjectName(QStringLiteral("testConnectionEditButton"));
            box->setDefaultButton(edit);
            box->setAttribute(Qt::WA_DeleteOnClose);
            // The account tested, whatever is selected by now (a test may take seconds).
            connect(box, &QMessageBox::buttonClicked, this, [this, edit, id = account.id](QAbstractButton *button) {
                if (button == edit)
                    editAccountOf(id);
            });
            box->open();
        });
    }, false);
}

void MainWindow::removeAccount()
{
    const auto account = m_accounts->find(context().accountId);
    if (!account)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                tr("Remove the account \u201c%1\u201d from Mailroom?").arg(account->displayName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveAccount"));
    box->setInformativeText(tr("Its password is deleted from the keychain. Nothing changes at the provider."));
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = account->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        m_sessions->removeAccount(id);
        m_accounts->remove(id);
    });
    box->open();
}

void MainWindow::addDomain()
{
    const Context c = context();
    const auto account = m_accounts->find(c.accountId);
    if (ProviderView *view = viewOf(c.provider); view && account && Provider::forAccount(*account).userAddsDomains)
        view->addDomain(c.accountId);
}

void MainWindow::removeDomain()
{
    const Context c = context();
    if (c.domain.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Domain from List"),
                                tr("Remove %1 from the list?").arg(c.domain), QMessageBox::Cancel, this);
    box->setInformativeText(tr("The domain and its mailboxes stay at the provider; you can add it back at any time."));
    box->addButton(tr("Remove from List"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, c](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            m_accounts->removeDomain(c.accountId, c.domain);
    });
    box->open();
}
