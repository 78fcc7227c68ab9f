#include "ui/ikoula/ikoulacontactspage.h"

#include "models/ikoula/contacttablemodel.h"
#include "ui/ikoula/ikoulaorganisation.h"
#include "ui/uistyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

IkoulaContactsPage::IkoulaContactsPage(IkoulaOrganisation *organisation, QWidget *parent)
    : QWidget(parent)
    , m_organisation(organisation)
    , m_contacts(new ContactTableModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_new(new QPushButton(QIcon(QStringLiteral(":/icons/contact.svg")), tr("&New Contact\u2026"), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete Contact\u2026"), this))
{
    setObjectName(QStringLiteral("ikoulaContactsPage"));
    UiStyle::setHeading(m_title, 1.3);
    m_status->setObjectName(QStringLiteral("contactsStatus"));
    m_status->setWordWrap(true);
    m_filtered->setSourceModel(m_contacts);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("contactsTable"));
    m_view->setModel(m_filtered);
    m_view->setAccessibleName(tr("Contacts of the organisation"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContactTableModel::Name, Qt::AscendingOrder);
    UiStyle::setUpTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);   // several deleted at once
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("contactsFilter"));
    filter->setPlaceholderText(tr("Filter by name or address"));
    filter->setAccessibleName(filter->placeholderText());
    UiStyle::leadIntoResults(filter, m_view);
    filter->setClearButtonEnabled(true);
    m_new->setObjectName(QStringLiteral("newContactButton"));
    m_delete->setObjectName(QStringLiteral("deleteContactButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    // The same keys as the other tables: Ctrl+N new, Del delete (after a confirmation).
    UiStyle::addTableAction(m_view, m_new, QKeySequence::New);
    UiStyle::addTableAction(m_view, m_delete, QKeySequence::Delete);
    connect(filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    UiStyle::addFindShortcut(this, filter);   // Ctrl+F, as on Hostway's mailbox list
    connect(m_organisation, &IkoulaOrganisation::loaded, this, &IkoulaContactsPage::onLoaded);
    connect(m_organisation, &IkoulaOrganisation::draftMarksChanged, this, [this] { m_contacts->setDraftMarks(m_organisation->draftMarks()); });
    connect(m_organisation, &IkoulaOrganisation::failed, this, [this](const QString &message) { setStatus(message, true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IkoulaContactsPage::updateButtons);
    connect(m_organisation, &IkoulaOrganisation::busyChanged, this, &IkoulaContactsPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &IkoulaContactsPage::newContact);
    connect(m_delete, &QPushButton::clicked, this, &IkoulaContactsPage::deleteContact);
    setStatus(QString());
    onLoaded();
}

void IkoulaContactsPage::setStatus(const QString &text, bool error)
{
    UiStyle::setStatus(m_status, text, error);
}

void IkoulaContactsPage::onLoaded()
{
    const Ikoula::OrganisationSchema &schema = m_organisation->schema();
    m_title->setText(schema.organisationName.isEmpty() ? tr("Contacts") : tr("Contacts of %1").arg(schema.organisationName));
    m_contacts->setContacts(schema.contacts);
    m_view->resizeColumnsToContents();
    updateButtons();
    if (schema.contacts.isEmpty() && m_organisation->hasClient() && m_status->text().isEmpty())   // a change's outcome stays
        setStatus(tr("No contact in this organisation's address list yet."));
}

void IkoulaContactsPage::newContact()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("newContactDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Contact"));
    auto *email = new QLineEdit(dialog);
    email->setObjectName(QStringLiteral("contactEmailEdit"));
    email->setPlaceholderText(tr("name@example.com"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("contactNameEdit"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *error = new QLabel(dialog);
    error->setWordWrap(true);
    UiStyle::setError(error);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), email);
    form->addRow(tr("&Display name:"), name);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    const auto validate = [=] {
        static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(pattern.match(email->text().trimmed()).hasMatch() && !name->text().trimmed().isEmpty());
    };
    connect(email, &QLineEdit::textChanged, dialog, validate);
    connect(name, &QLineEdit::textChanged, dialog, validate);
    validate();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, email, name, error, buttons] {
        buttons->setEnabled(false);
        const QString address = email->text().trimmed();
        m_organisation->send({IkoulaCalls::addContact(m_organisation->organisationId(), address, name->text().trimmed())}, dialog,
                             [this, dialog, error, buttons, address](const ApiError &e, const QList<std::shared_ptr<Operation>> &) {
                                 buttons->setEnabled(true);
                                 if (e.isError())
                                     return error->setText(e.message());
                                 setStatus(m_organisation->outcome(tr("Added %1 to the address list.").arg(address)));
                                 dialog->accept();
                             });
    });
    dialog->open();
}

void IkoulaContactsPage::updateButtons()
{
    const bool ready = m_organisation->hasClient() && !m_organisation->isBusy();
    m_new->setEnabled(ready);
    m_delete->setEnabled(ready && m_view->selectionModel()->hasSelection());
}

void IkoulaContactsPage::deleteContact()
{
    const QModelIndexList rows = UiStyle::selectedRows(m_view);
    if (rows.size() > 1)
        return deleteContacts(rows);
    if (rows.isEmpty())
        return;
    const QString id = rows.first().siblingAtColumn(ContactTableModel::Id).data().toString();
    const QString email = rows.first().siblingAtColumn(ContactTableModel::Email).data().toString();
    UiStyle::confirmDestructive(this, QStringLiteral("confirmDeleteContact"), tr("Delete Contact"),
                                tr("Delete the contact %1 from the address list?").arg(email), QString(), tr("Delete Contact"),
                                [this, id, email] {
                                    m_organisation->send({IkoulaCalls::deleteContact(id)}, this, [this, email](const ApiError &error, const QList<std::shared_ptr<Operation>> &) {
                                        setStatus(error.isError() ? error.message() : m_organisation->outcome(tr("Deleted the contact %1.").arg(email)), error.isError());
                                    });
                                });
}

void IkoulaContactsPage::deleteContacts(const QModelIndexList &rows)
{
    QStringList ids;
    QStringList emails;
    for (const QModelIndex &row : rows) {
        ids.append(row.siblingAtColumn(ContactTableModel::Id).data().toString());
        emails.append(row.siblingAtColumn(ContactTableModel::Email).data().toString());
    }
    const int count = static_cast<int>(ids.size());
    UiStyle::confirmDestructive(this, QStringLiteral("confirmDeleteContacts"), tr("Delete Contacts"),
                                tr("Delete %n contact(s) from the address list?", nullptr, count),
                                QString(), tr("Delete %n Contact(s)", nullptr, count), [this, ids, count] {
                                    QList<IkoulaCall> calls;
                                    for (const QString &id : ids)
                                        calls.append(IkoulaCalls::deleteContact(id));
                                    m_organisation->sendMany(calls, tr("Delete %n Contact(s)", nullptr, count), this,
                                                             [this, count](const ApiError &error, int accepted) {
                                                                 if (error.isError())
                                                                     return setStatus(error.message(), true);
                                                                 setStatus(m_organisation->outcomeOfMany(count, tr("Deleted %n contact(s).", nullptr, accepted)));
                                                             });
                                }, emails);
}

void IkoulaContactsPage::reveal(const QString &address)
{
    UiStyle::revealRow(m_view, ContactTableModel::Email, address);
}
