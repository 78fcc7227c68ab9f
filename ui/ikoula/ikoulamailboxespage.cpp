#include "ui/ikoula/ikoulamailboxespage.h"

#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaoperation.h"
#include "models/ikoula/baltablemodel.h"
#include "ui/ikoula/ikoulamailboxdialog.h"
#include "ui/ikoula/ikoulaorganisation.h"
#include "ui/ikoula/ikoulapassworddialog.h"
#include "ui/passwordeditor.h"
#include "ui/flowlayout.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

IkoulaMailboxesPage::IkoulaMailboxesPage(IkoulaOrganisation *organisation, QWidget *parent)
    : QWidget(parent)
    , m_organisation(organisation)
    , m_bals(new BalTableModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_new(new QPushButton(QIcon(QStringLiteral(":/icons/mailbox-new.svg")), tr("&New\u2026"), this))
    , m_edit(new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit\u2026"), this))
    , m_password(new QPushButton(QIcon(QStringLiteral(":/icons/key.svg")), tr("Change &Password\u2026"), this))
    , m_reset(new QPushButton(tr("&Reset Password\u2026"), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete\u2026"), this))
    , m_addToList(new QPushButton(tr("Add to &List\u2026"), this))
{
    setObjectName(QStringLiteral("ikoulaMailboxesPage"));
    UiStyle::setHeading(m_title, 1.3);
    m_status->setObjectName(QStringLiteral("balStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filtered->setSourceModel(m_bals);
    m_filtered->setSortRole(SimpleTableModel::SortRole);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("balTable"));
    m_view->setAccessibleName(tr("Mailboxes of the organisation"));
    m_view->setModel(m_filtered);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BalTableModel::Email, Qt::AscendingOrder);
    UiStyle::setUpTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);   // several at once: reset, delete, add to a list
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("balFilter"));
    filter->setPlaceholderText(tr("Filter by address or name"));
    filter->setAccessibleName(filter->placeholderText());
    UiStyle::leadIntoResults(filter, m_view);
    filter->setClearButtonEnabled(true);
    m_new->setObjectName(QStringLiteral("newBalButton"));
    m_edit->setObjectName(QStringLiteral("editBalButton"));
    m_password->setObjectName(QStringLiteral("balPasswordButton"));
    m_reset->setObjectName(QStringLiteral("balResetButton"));
    m_delete->setObjectName(QStringLiteral("deleteBalButton"));
    m_addToList->setObjectName(QStringLiteral("balAddToListButton"));
    m_addToList->setToolTip(tr("Adds the selected mailboxes to one of the organisation's distribution lists"));
    // Six buttons fill a row at 1024 px in French or German: they wrap rather than squeeze the tree.
    auto *buttons = new FlowLayout;
    for (QPushButton *b : {m_new, m_edit, m_password, m_reset, m_delete, m_addToList})
        buttons->addWidget(b);
    filter->setMinimumWidth(220);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    // The same actions from the keyboard and the context menu.
    UiStyle::addTableAction(m_view, m_new, QKeySequence::New);
    UiStyle::addTableAction(m_view, m_edit, QKeySequence(Qt::Key_Return));
    UiStyle::addTableAction(m_view, m_password, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    UiStyle::addTableAction(m_view, m_delete, QKeySequence::Delete);
    connect(filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    UiStyle::addFindShortcut(this, filter);   // Ctrl+F, as on Hostway's mailbox list
    connect(m_view, &QTableView::doubleClicked, this, &IkoulaMailboxesPage::editMailbox);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IkoulaMailboxesPage::updateButtons);
    connect(m_organisation, &IkoulaOrganisation::loaded, this, &IkoulaMailboxesPage::onLoaded);
    connect(m_organisation, &IkoulaOrganisation::draftMarksChanged, this, [this] { m_bals->setDraftMarks(m_organisation->draftMarks()); });
    connect(m_organisation, &IkoulaOrganisation::loading, this, [this] { if (m_bals->rowCount() == 0) setStatus(tr("Loading\u2026")); });
    connect(m_organisation, &IkoulaOrganisation::failed, this, [this](const QString &message) { setStatus(message, true); });
    connect(m_organisation, &IkoulaOrganisation::busyChanged, this, &IkoulaMailboxesPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &IkoulaMailboxesPage::newMailbox);
    connect(m_edit, &QPushButton::clicked, this, &IkoulaMailboxesPage::editMailbox);
    connect(m_password, &QPushButton::clicked, this, &IkoulaMailboxesPage::changePassword);
    connect(m_reset, &QPushButton::clicked, this, &IkoulaMailboxesPage::resetPassword);
    connect(m_delete, &QPushButton::clicked, this, &IkoulaMailboxesPage::deleteMailbox);
    connect(m_addToList, &QPushButton::clicked, this, &IkoulaMailboxesPage::addToList);
    setStatus(QString());
    onLoaded();
}

void IkoulaMailboxesPage::setStatus(const QString &text, bool error)
{
    UiStyle::setStatus(m_status, text, error);
}

QString IkoulaMailboxesPage::selected() const
{
    // The one selected: with Ctrl the current row may be another, or none be selected.
    const QStringList all = selectedAll();
    return all.size() == 1 ? all.first() : QString();
}

QStringList IkoulaMailboxesPage::selectedAll() const
{
    QStringList emails;
    for (const QModelIndex &row : UiStyle::selectedRows(m_view, BalTableModel::Email))
        emails.append(row.data().toString());
    return emails;
}

QStringList IkoulaMailboxesPage::addresses() const
{
    QStringList out;
    const Ikoula::OrganisationSchema &schema = m_organisation->schema();
    for (const Ikoula::Bal &b : schema.bals)
        out.append(b.email);
    for (const Ikoula::DistributionList &l : schema.lists)
        out.append(l.email);
    for (const Ikoula::Contact &c : schema.contacts)
        out.append(c.email);
    return out;
}

void IkoulaMailboxesPage::onLoaded()
{
    const QModelIndex current = m_view->currentIndex();
    const QString keep = current.isValid() ? current.siblingAtColumn(BalTableModel::Email).data().toString() : QString();
    const QStringList keepAll = selectedAll();   // after a batch, the rows it changed stay selected
    const Ikoula::OrganisationSchema &schema = m_organisation->schema();
    m_title->setText(schema.organisationName.isEmpty() ? tr("Mailboxes") : tr("Mailboxes of %1").arg(schema.organisationName));
    m_bals->setBals(schema.bals);
    // Exactly the rows selected before, whatever keys are held when the answer lands.
    QItemSelection again;
    for (const QString &email : keepAll) {
        if (const int row = m_bals->rowOf(email); row >= 0) {
            const QModelIndex index = m_filtered->mapFromSource(m_bals->index(row, 0));
            again.select(index, index);
        }
    }
    m_view->selectionModel()->select(again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const int row = m_bals->rowOf(keep); row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_filtered->mapFromSource(m_bals->index(row, 0)), QItemSelectionModel::NoUpdate);
    m_view->resizeColumnsToContents();
    if (schema.bals.isEmpty() && m_organisation->hasClient())
        setStatus(tr("No mailbox in this organisation yet. Create one with New."));
    else if (m_status->text() == tr("Loading\u2026"))
        setStatus(QString());
    updateButtons();
}

void IkoulaMailboxesPage::updateButtons()
{
    const bool ready = m_organisation->hasClient() && !m_organisation->isBusy();
    const qsizetype count = selectedAll().size();
    m_new->setEnabled(ready);
    for (QPushButton *b : {m_edit, m_password})
        b->setEnabled(ready && count == 1);
    for (QPushButton *b : {m_reset, m_delete})
        b->setEnabled(ready && count >= 1);
    m_addToList->setEnabled(ready && count >= 1 && !m_organisation->schema().lists.isEmpty());
}

void IkoulaMailboxesPage::newMailbox()
{
    const Ikoula::OrganisationSchema &schema = m_organisation->schema();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("newBalDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Mailbox"));
    auto *kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("balKindCombo"));
    kind->addItem(tr("Mailbox for a person"), int(Ikoula::BalKind::User));
    kind->addItem(tr("Room (bookable meeting room)"), int(Ikoula::BalKind::Room));
    kind->addItem(tr("Equipment (bookable resource)"), int(Ikoula::BalKind::Equipment));
    auto *local = new QLineEdit(dialog);
    local->setObjectName(QStringLiteral("balLocalEdit"));
    auto *domain = new QComboBox(dialog);
    domain->addItems(schema.domains);
    auto *address = new QHBoxLayout;
    address->addWidget(local, 1);
    address->addWidget(new QLabel(QStringLiteral("@"), dialog));
    address->addWidget(domain);
    auto *display = new QLineEdit(dialog);
    display->setObjectName(QStringLiteral("balDisplayNameEdit"));
    auto *first = new QLineEdit(dialog);
    auto *last = new QLineEdit(dialog);
    auto *password = new PasswordEditor(IkoulaOperation::passwordPolicy(), dialog);
    password->allowEmpty(tr("empty: Mailroom generates one and shows it once"));
    auto *guide = new QCheckBox(tr("&Email the setup guide to the new mailbox"), dialog);
    auto *error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("newBalError"));
    error->setWordWrap(true);
    UiStyle::setError(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), kind);
    auto *addressLabel = new QLabel(tr("&Address:"), dialog);
    addressLabel->setBuddy(local);   // the row's field is a layout: without a buddy the label showed "&Address:"
    form->addRow(addressLabel, address);
    form->addRow(tr("Display &name:"), display);
    form->addRow(tr("&First name:"), first);
    form->addRow(tr("&Last name:"), last);
    form->addRow(tr("&Password:"), password);
    qobject_cast<QLabel *>(form->labelForField(password))->setBuddy(password->lineEdit());
    form->addRow(QString(), guide);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    const auto validate = [=] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!local->text().trimmed().isEmpty() && !display->text().trimmed().isEmpty()
                                                          && domain->count() > 0 && password->isAcceptable());
    };
    const auto context = [=] { password->setContext(local->text().trimmed(), domain->currentText()); };
    connect(local, &QLineEdit::textChanged, dialog, context);
    connect(domain, &QComboBox::currentTextChanged, dialog, context);
    connect(password, &PasswordEditor::changed, dialog, validate);
    connect(local, &QLineEdit::textChanged, dialog, validate);
    connect(display, &QLineEdit::textChanged, dialog, validate);
    validate();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        Ikoula::NewBal bal;
        bal.kind = Ikoula::BalKind(kind->currentData().toInt());
        bal.email = local->text().trimmed().toLower() + QLatin1Char('@') + domain->currentText();
        bal.organisationId = m_organisation->organisationId();
        bal.displayName = display->text().trimmed();
        bal.firstName = first->text().trimmed();
        bal.lastName = last->text().trimmed();
        bal.mailSendInstallation = guide->isChecked();
        const bool generated = password->password().isEmpty();
        const bool drafting = m_organisation->isDrafting();
        // Left empty, the operation generates it when it is sent (a drafted one: when applied).
        bal.password = password->password();
        buttons->setEnabled(false);
        m_organisation->send({IkoulaCalls::addBal(bal)}, dialog, [=](const ApiError &e, const QList<std::shared_ptr<Operation>> &sent) {
            buttons->setEnabled(true);
            if (e.isError() && !e.fieldMessage(QStringLiteral("password_bal")).isEmpty())
                return password->setServerError(e.fieldMessage(QStringLiteral("password_bal")));   // at the field, the text kept
            if (e.isError())
                return error->setText(e.message());
            dialog->accept();
            const QString made = sent.isEmpty() ? QString() : sent.first()->secret(QStringLiteral("password"));
            setStatus(drafting ? tr("Added the creation of %1 to the draft.").arg(bal.email)
                      : generated ? tr("Created %1. Its password, shown only now: %2").arg(bal.email, made)
                                  : tr("Created %1.").arg(bal.email));
        });
    });
    dialog->open();
}

void IkoulaMailboxesPage::editMailbox()
{
    const int row = m_bals->rowOf(selected());
    if (row < 0)
        return;
    auto *dialog = new IkoulaMailboxDialog(m_bals->bals().at(row), addresses(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IkoulaMailboxDialog::saveRequested, this, [this, dialog] {
        const Ikoula::Bal before = m_bals->bals().value(m_bals->rowOf(selected()));
        const QString email = before.email;
        const bool drafting = m_organisation->isDrafting();
        m_organisation->send(dialog->changes(), dialog, [this, dialog, email, drafting](const ApiError &error, const QList<std::shared_ptr<Operation>> &) {
            if (error.isError())
                return dialog->showError(error.message());
            dialog->accept();
            setStatus(drafting ? tr("Added the changes of %1 to the draft.").arg(email) : tr("Saved %1.").arg(email));
        }, &before);
    });
    dialog->open();
}

void IkoulaMailboxesPage::changePassword()
{
    const QString email = selected();
    if (email.isEmpty())
        return;
    auto *dialog = new IkoulaPasswordDialog(email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IkoulaPasswordDialog::submitted, this, [this, dialog, email] {
        const bool drafting = m_organisation->isDrafting();
        QPointer<IkoulaPasswordDialog> guard(dialog);
        m_organisation->send({IkoulaCalls::changePassword(email, dialog->password())}, this,
                             [this, guard, email, drafting](const ApiError &error, const QList<std::shared_ptr<Operation>> &) {
            if (error.isError()) {
                if (guard)
                    guard->showRefusal(error);   // the typed password stays, to correct
                return;
            }
            if (guard)
                guard->accept();
            setStatus(drafting ? tr("Added the password change of %1 to the draft.").arg(email)
                               : tr("Changed the password of %1.").arg(email));
        });
    });
    dialog->open();
}

void IkoulaMailboxesPage::resetPassword()
{
    if (const QStringList emails = selectedAll(); emails.size() > 1)
        return resetPasswords(emails);
    const QString email = selected();
    if (email.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset Password"), tr("Reset the password of %1?").arg(email),
                                QMessageBox::Cancel, this);
    box->setInformativeText(m_organisation->isDrafting() ? tr("The current password stops working when the draft is applied.")
                                                         : tr("The current password stops working at once."));
    QPushButton *confirm = box->addButton(tr("Reset Password"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, email](QAbstractButton *button) {
        if (button != confirm)
            return;
        const bool drafting = m_organisation->isDrafting();
        m_organisation->send({IkoulaCalls::resetPassword(email)}, this, [this, email, drafting](const ApiError &error, const QList<std::shared_ptr<Operation>> &sent) {
            if (error.isError())
                return setStatus(error.message(), true);
            if (drafting)
                return setStatus(tr("Added the password reset of %1 to the draft; the new password is shown when it is applied.").arg(email));
            const QString password = sent.isEmpty() ? QString() : sent.first()->secret(QStringLiteral("password"));
            setStatus(password.isEmpty() ? tr("Reset the password of %1; Ikoula sends the new one to the user.").arg(email)
                                         : tr("Reset the password of %1. New password, shown only now: %2").arg(email, password));
        });
    });
    box->open();
}

void IkoulaMailboxesPage::deleteMailbox()
{
    if (const QStringList emails = selectedAll(); emails.size() > 1)
        return deleteMailboxes(emails);
    const QString email = selected();
    if (email.isEmpty())
        return;
    UiStyle::confirmDestructive(this, QStringLiteral("confirmDeleteBal"), tr("Delete Mailbox"),
                                tr("Delete the mailbox %1 and all its mail?").arg(email), tr("This cannot be undone."), tr("Delete Mailbox"),
                                [this, email] {
                                    const bool drafting = m_organisation->isDrafting();
                                    m_organisation->send({IkoulaCalls::deleteBal(email)}, this, [this, email, drafting](const ApiError &error, const QList<std::shared_ptr<Operation>> &) {
                                        setStatus(error.isError() ? error.message()
                                                  : drafting      ? tr("Added the deletion of %1 to the draft.").arg(email)
                                                                  : tr("Deleted %1.").arg(email),
                                                  error.isError());
                                    });
                                });
}

void IkoulaMailboxesPage::reportMany(const ApiError &error, int accepted, int count, const char *done)
{
    if (error.isError())
        return setStatus(error.message(), true);
    setStatus(m_organisation->outcomeOfMany(count, tr(done, nullptr, accepted)));
}

void IkoulaMailboxesPage::resetPasswords(const QStringList &emails)
{
    const int count = static_cast<int>(emails.size());
    const QString action = tr("Reset %n Password(s)", nullptr, count);
    UiStyle::confirmRows(this, QStringLiteral("confirmResetBals"), tr("Reset Passwords"),
                         tr("Reset the passwords of %n mailbox(es)?", nullptr, count), emails,
                         tr("Ikoula makes a new password for each; they are shown once when the batch ends."), action,
                         [this, emails, count, action] {
                             QList<IkoulaCall> calls;
                             for (const QString &email : emails)
                                 calls.append(IkoulaCalls::resetPassword(email));
                             m_organisation->sendMany(calls, action, this, [this, count](const ApiError &error, int accepted) {
                                 reportMany(error, accepted, count, QT_TR_N_NOOP("Reset %n password(s)."));
                             });
                         });
}

void IkoulaMailboxesPage::deleteMailboxes(const QStringList &emails)
{
    const int count = static_cast<int>(emails.size());
    UiStyle::confirmDestructive(this, QStringLiteral("confirmDeleteBals"), tr("Delete Mailboxes"),
                                tr("Delete %n mailbox(es) and all their mail?", nullptr, count),
                                tr("This cannot be undone."), tr("Delete %n Mailbox(es)", nullptr, count), [this, emails, count] {
                                    QList<IkoulaCall> calls;
                                    for (const QString &email : emails)
                                        calls.append(IkoulaCalls::deleteBal(email));
                                    m_organisation->sendMany(calls, tr("Delete %n Mailbox(es)", nullptr, count), this,
                                                             [this, count](const ApiError &error, int accepted) {
                                                                 reportMany(error, accepted, count, QT_TR_N_NOOP("Deleted %n mailbox(es)."));
                                                             });
                                }, emails);
}

void IkoulaMailboxesPage::addToList()
{
    const QStringList emails = selectedAll();
    const QList<Ikoula::DistributionList> &lists = m_organisation->schema().lists;
    if (emails.isEmpty() || lists.isEmpty())
        return;
    QStringList choices;
    for (const Ikoula::DistributionList &list : lists)
        choices.append(list.displayName.isEmpty() ? list.email : tr("%1 (%2)").arg(list.displayName, list.email));
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addToListDialog"));
    dialog->setWindowTitle(tr("Add to Distribution List"));
    dialog->setLabelText(tr("Add %n mailbox(es) to the list:", nullptr, static_cast<int>(emails.size())));
    dialog->setComboBoxItems(choices);
    dialog->setOkButtonText(tr("&Add"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, emails, choices, lists](const QString &choice) {
        const qsizetype index = choices.indexOf(choice);
        if (index < 0)
            return;
        const Ikoula::DistributionList &list = lists.at(index);
        QList<IkoulaCall> calls;
        for (const QString &email : emails) {
            if (!list.members.contains(email, Qt::CaseInsensitive))   // a member already stays one
                calls.append(IkoulaCalls::addListMember(list.email, email));
        }
        const int count = static_cast<int>(calls.size());
        if (calls.isEmpty())
            return setStatus(tr("Every mailbox selected is a member of %1 already.").arg(list.email));
        m_organisation->sendMany(calls, tr("Add %n Member(s) to %1", nullptr, count).arg(list.email), this,
                                 [this, count](const ApiError &error, int accepted) {
                                     reportMany(error, accepted, count, QT_TR_N_NOOP("Added %n member(s) to the list."));
                                 });
    });
    dialog->open();
}

void IkoulaMailboxesPage::reveal(const QString &address)
{
    UiStyle::revealRow(m_view, BalTableModel::Email, address);
}
