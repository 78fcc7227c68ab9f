#include "ui/hostway/globaladdresslisttab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/contactcsv.h"
#include "core/providers/hostway/contactoperations.h"
#include "models/hostway/globaladdresslistmodel.h"
#include "ui/hostway/contactdialog.h"
#include "ui/uistyle.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using Hostway::ContactField;

namespace {


/// The columns shown at first, in this order; the others follow, hidden, a right-click on
/// the header away.
const QList<ContactField> kShownColumns{ContactField::DisplayName, ContactField::Name, ContactField::Email, ContactField::Company,
                                        ContactField::Department, ContactField::BusinessPhone, ContactField::MobilePhone};
/// The widest a column starts (px): a long street address does not push the others away.
constexpr int kMaxColumnWidth = 260;

} // namespace

GlobalAddressListTab::GlobalAddressListTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_model(new GlobalAddressListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_find(new QLineEdit(this))
    , m_field(new QComboBox(this))
    , m_match(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("New &Contact\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("De&lete\u2026"), this))
    , m_import(new QPushButton(tr("Im&port CSV\u2026"), this))
    , m_export(new QPushButton(tr("E&xport CSV\u2026"), this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("globalAddressListTab"));
    m_find->setObjectName(QStringLiteral("contactsFind"));
    m_find->setPlaceholderText(tr("Find a contact"));
    m_find->setAccessibleName(tr("Find a contact"));
    m_find->setClearButtonEnabled(true);
    setFocusProxy(m_find);
    m_field->setObjectName(QStringLiteral("contactsFindField"));
    m_field->setAccessibleName(tr("Field to look in"));
    // The fields people look a contact up by first, then the rest in the schema's order.
    QList<ContactField> order{ContactField::DisplayName, ContactField::Name, ContactField::Email, ContactField::Company,
                              ContactField::LastName, ContactField::FirstName};
    for (ContactField field : Hostway::contactFields()) {
        if (!order.contains(field))
            order.append(field);
    }
    for (ContactField field : order)
        m_field->addItem(Hostway::contactLabelText(field), int(field));
    m_match->setObjectName(QStringLiteral("contactsFindMatch"));
    m_match->setAccessibleName(tr("How the text matches"));
    m_match->addItem(tr("contains"), false);
    m_match->addItem(tr("is exactly"), true);
    m_match->setToolTip(tr("Contains: the text anywhere in the field. Is exactly: the whole field."));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(GlobalAddressListModel::SortRole);
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setAccessibleName(tr("Contacts of the global address list"));
    m_table->setModel(m_sorted);
    UiStyle::setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);   // several deleted at once
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(ContactField::DisplayName), Qt::AscendingOrder);
    m_table->setTextElideMode(Qt::ElideMiddle);
    for (ContactField field : Hostway::contactFields())
        m_table->setColumnHidden(int(field), !kShownColumns.contains(field));
    for (qsizetype i = 0; i < kShownColumns.size(); ++i)
        m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(int(kShownColumns.at(i))), int(i));
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    m_table->installEventFilter(this);
    m_find->installEventFilter(this);
    UiStyle::leadIntoResults(m_find, m_table);
    m_count->setObjectName(QStringLiteral("contactsCount"));

    m_new->setObjectName(QStringLiteral("newContactButton"));
    m_new->setToolTip(tr("Add a contact to the address list (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editContactButton"));
    m_edit->setToolTip(tr("Change the selected contact (Return)"));
    m_delete->setObjectName(QStringLiteral("deleteContactButton"));
    m_delete->setToolTip(tr("Delete the selected contacts (Del)"));
    m_import->setObjectName(QStringLiteral("importContactsButton"));
    m_import->setToolTip(tr("Draft a new contact for each row of a CSV file: a header of field names such as name, email, displayName"));
    m_export->setObjectName(QStringLiteral("exportContactsButton"));
    m_export->setToolTip(tr("Write the contacts listed, every field, to a CSV file"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_field);
    findRow->addWidget(m_match);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addLayout(findRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addLayout(buttons);

    // The search is the provider's: asked a moment after the last key, at once on Return.
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &GlobalAddressListTab::search);
    connect(m_find, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_find, &QLineEdit::returnPressed, this, &GlobalAddressListTab::search);
    const auto researchIfTyped = [this] {
        if (!m_find->text().trimmed().isEmpty())
            search();
    };
    connect(m_field, &QComboBox::currentIndexChanged, this, researchIfTyped);
    connect(m_match, &QComboBox::currentIndexChanged, this, researchIfTyped);
    // Edit and Delete wait for the list being read: they would start from the rows before it.
    connect(m_model, &GlobalAddressListModel::loadStarted, this, &GlobalAddressListTab::updateButtons);
    connect(m_model, &GlobalAddressListModel::loaded, this, [this] {
        if (statusLabel()->text() == tr("Loading\u2026"))
            setStatus(QString());   // a change's outcome stays
        showCount();
        if (m_fittedFor != domain()) {   // fitted once per domain, then left as the user sets them
            m_fittedFor = domain();
            m_table->resizeColumnsToContents();
            for (int column = 0; column < m_model->columnCount(); ++column)
                m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kMaxColumnWidth));
        }
        if (!m_selectAfterLoad.isEmpty()) {
            const int row = m_model->rowOf(std::exchange(m_selectAfterLoad, QString()));
            if (row >= 0)
                m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, int(ContactField::DisplayName))));
        }
        updateButtons();
    });
    connect(m_model, &GlobalAddressListModel::loadFailed, this, [this] {
        setStatus(tr("The address list could not be read: %1").arg(m_model->lastError().message()), true);
        showCount();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GlobalAddressListTab::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GlobalAddressListTab::updateButtons);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &GlobalAddressListTab::editCurrent);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &GlobalAddressListTab::showColumnMenu);
    connect(m_new, &QPushButton::clicked, this, &GlobalAddressListTab::newContact);
    connect(m_edit, &QPushButton::clicked, this, &GlobalAddressListTab::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &GlobalAddressListTab::deleteCurrent);
    connect(m_import, &QPushButton::clicked, this, &GlobalAddressListTab::importCsv);
    connect(m_export, &QPushButton::clicked, this, &GlobalAddressListTab::exportCsv);
    clear();
}

bool GlobalAddressListTab::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+N, Return and Del act on the contacts here, not on the window's mailboxes.
    if ((watched == m_table || watched == m_find) && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool inTable = watched == m_table;
        const bool isNew = key->matches(QKeySequence::New);
        const bool isDelete = inTable && key->matches(QKeySequence::Delete);
        const bool isEdit = inTable && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier;
        if (isNew || isDelete || isEdit) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                (isNew ? m_new : isDelete ? m_delete : m_edit)->click();   // a disabled button does nothing
            return true;
        }
    }
    return MailboxSettingTab::eventFilter(watched, event);
}

void GlobalAddressListTab::load(HostwayClient *client, quint64)
{
    setStatus(tr("Loading\u2026"));
    m_model->setSource(client, domain());
    updateButtons();
}

void GlobalAddressListTab::clear()
{
    m_typing->stop();
    {
        const QSignalBlocker block(m_find);
        m_find->clear();
    }
    m_selectAfterLoad.clear();
    m_model->setSource(nullptr, QString());
    m_count->clear();
    updateButtons();
}

void GlobalAddressListTab::search()
{
    m_typing->stop();
    const QString text = m_find->text().trimmed();
    Hostway::ContactQuery query;
    if (!text.isEmpty()) {
        const QPair<ContactField, QString> condition{ContactField(m_field->currentData().toInt()), text};
        (m_match->currentData().toBool() ? query.filters : query.searches).append(condition);
    }
    m_model->setQuery(query);
}

int GlobalAddressListTab::currentRow() const
{
    const QList<int> rows = selectedRows();
    return rows.size() == 1 ? rows.first() : -1;
}

QList<int> GlobalAddressListTab::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : UiStyle::selectedRows(m_table))
        rows.append(m_sorted->mapToSource(index).row());
    return rows;
}

void GlobalAddressListTab::updateButtons()
{
    const bool canChange = hasMailbox() && static_cast<bool>(changePath());
    const qsizetype selected = m_model->isLoading() ? 0 : m_table->selectionModel()->selectedRows().size();
    m_new->setEnabled(canChange);
    m_import->setEnabled(canChange && static_cast<bool>(m_draftAll));
    m_edit->setEnabled(canChange && selected == 1);
    m_delete->setEnabled(canChange && (selected == 1 || (selected > 1 && canSubmitMany())));
    m_export->setEnabled(m_model->rowCount() > 0);
}

void GlobalAddressListTab::showCount()
{
    const int rows = m_model->rowCount();
    if (m_model->lastError().isError())
        m_count->clear();
    else if (m_model->isWholeList())
        m_count->setText(rows == 0 ? tr("No contact in the address list yet: New Contact adds one, Import CSV many.")
                                   : tr("%n contact(s)", nullptr, rows));
    else
        m_count->setText(rows == 0 ? tr("No contact matches.") : tr("%n contact(s) match", nullptr, rows));
}

void GlobalAddressListTab::showColumnMenu(const QPoint &at)
{
    QMenu menu(this);
    for (ContactField field : Hostway::contactFields()) {
        QAction *action = menu.addAction(Hostway::contactLabelText(field));
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(int(field)));
        // The name, the contact's key, always stays.
        action->setEnabled(field != ContactField::Name);
        connect(action, &QAction::toggled, this, [this, field](bool shown) { m_table->setColumnHidden(int(field), !shown); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
}

void GlobalAddressListTab::reloadAndSelect(const QString &name)
{
    m_selectAfterLoad = name;
    m_model->reload();
}

void GlobalAddressListTab::newContact()
{
    if (m_new->isEnabled())
        openDialog(-1);
}

void GlobalAddressListTab::editCurrent()
{
    if (m_edit->isEnabled())
        openDialog(currentRow());
}

void GlobalAddressListTab::openDialog(int row)
{
    const std::optional<Hostway::Contact> existing = row >= 0 ? std::optional(m_model->contactAt(row)) : std::nullopt;
    const QString domainName = domain();
    auto *dialog = new ContactDialog(domainName, existing, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (drafting())
        dialog->setSubmitText(tr("Add to Draft"));
    connect(dialog, &ContactDialog::submitted, this, [this, dialog, domainName, existing] {
        std::shared_ptr<ContactChange> op;
        if (existing) {
            op = std::make_shared<UpdateContact>(domainName, existing->name(), dialog->changedFields());
            op->setExpected(ContactChange::stateOf(*existing));
        } else {
            op = std::make_shared<CreateContact>(domainName, dialog->contact());
            op->setExpected(QJsonValue(QJsonValue::Null));
        }
        QPointer<ContactDialog> guard(dialog);
        QPointer<GlobalAddressListTab> self(this);
        // The change path itself: the answer reaches the dialog even if another domain is shown by then.
        changePath()(op, [guard, self, op, domainName](const ApiError &error) {
            if (error.isError()) {
                if (guard)
                    return guard->showRefusal(error, op->explainRefusal(error));
                if (self && self->domain() == domainName)   // the dialog was closed meanwhile: the tab says it
                    self->setStatus(tr("Not saved: %1").arg((op->explainRefusal(error) << error.message()).first()), true);
                return;
            }
            if (guard)
                guard->accept();
            if (!self || self->domain() != domainName)
                return;
            if (self->drafting()) {
                self->setStatus(tr("Added to the draft: %1.").arg(op->describe()));
                return;
            }
            self->setStatus(tr("Saved the contact %1.").arg(op->contact()));
            self->reloadAndSelect(op->contact());
        });
    });
    dialog->open();
}

void GlobalAddressListTab::deleteCurrent()
{
    if (!m_delete->isEnabled())
        return;
    if (const QList<int> rows = selectedRows(); rows.size() > 1)
        return deleteSeveral(rows);
    const int row = currentRow();
    if (row < 0)
        return;
    const Hostway::Contact contact = m_model->contactAt(row);
    UiStyle::confirmDestructive(this, QStringLiteral("confirmDeleteContact"), tr("Delete Contact"),
                                tr("Delete the contact %1 (%2) from the global address list of %3?").arg(contact.name(), contact.value(ContactField::Email), domain()),
                                tr("Only the address list entry goes: mail to the address is not affected."), tr("Delete Contact"),
                                [this, contact, shown = mailboxShown()] {
                                    if (mailboxShown() != shown)
                                        return;   // another domain is shown now: not the one asked about
                                    auto op = std::make_shared<DeleteContact>(domain(), contact.name());
                                    op->setExpected(ContactChange::stateOf(contact));
                                    submit(op, [this, op] {
                                        if (drafting())
                                            return setStatus(tr("Added to the draft: %1.").arg(op->describe()));
                                        setStatus(tr("Deleted the contact %1.").arg(op->contact()));
                                        m_model->reload();
                                    }, [this](const ApiError &error) { setStatus(error.message(), true); });
                                });
}

void GlobalAddressListTab::deleteSeveral(const QList<int> &rows)
{
    QList<Hostway::Contact> contacts;
    QStringList names;
    for (int row : rows) {
        contacts.append(m_model->contactAt(row));
        names.append(contacts.constLast().name());
    }
    const int count = static_cast<int>(contacts.size());
    UiStyle::confirmDestructive(this, QStringLiteral("confirmDeleteContacts"), tr("Delete Contacts"),
                                tr("Delete %n contact(s) from the global address list of %1?", nullptr, count).arg(domain()),
                                tr("Only the address list entries go: mail to the addresses is not affected."),
                                tr("Delete %n Contact(s)", nullptr, count), [this, contacts, count, shown = mailboxShown()] {
                                    if (mailboxShown() != shown)
                                        return;   // another domain is shown now: not the one asked about
                                    QList<std::shared_ptr<Operation>> operations;
                                    for (const Hostway::Contact &contact : contacts) {
                                        auto op = std::make_shared<DeleteContact>(domain(), contact.name());
                                        op->setExpected(ContactChange::stateOf(contact));
                                        operations.append(op);
                                    }
                                    submitMany(std::move(operations), tr("Delete %n Contact(s)", nullptr, count), [this](int accepted) {
                                        if (accepted > 0)
                                            setStatus(tr("Deleted %n contact(s).", nullptr, accepted));
                                        m_model->reload();
                                    });
                                }, names);
}

void GlobalAddressListTab::importCsv()
{
    if (!m_import->isEnabled())
        return;
    const QString path = QFileDialog::getOpenFileName(window(), tr("Import Contacts"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

bool GlobalAddressListTab::importCsvFile(const QString &path)
{
    if (!m_draftAll)
        return false;
    // A name in the list is refused at once when the whole list is loaded; otherwise at apply.
    QSet<QString> existing;
    const bool known = m_model->isWholeList() && !m_model->isLoading() && !m_model->lastError().isError() && !m_model->domain().isEmpty();
    for (const Hostway::Contact &c : m_model->contacts())
        existing.insert(c.name().toLower());
    const ContactCsv::Result result = ContactCsv::readFile(path, domain(), known ? &existing : nullptr);
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (const auto &p : result.problems)
            lines.append(p.line > 0 ? tr("Line %1: %2").arg(p.line).arg(p.message) : p.message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Nothing Imported"),
                                    tr("%n row(s) of %1 cannot be imported, so nothing was: correct the file and import it again.", nullptr,
                                       int(result.problems.size())).arg(QFileInfo(path).fileName()),
                                    QMessageBox::Close, window());
        box->setObjectName(QStringLiteral("csvProblemsBox"));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    QList<std::shared_ptr<Operation>> operations(result.operations.cbegin(), result.operations.cend());
    QString error;
    if (!m_draftAll(operations, tr("Import %n contact(s)", nullptr, int(operations.size())), &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(window(), tr("Nothing Imported"), error);
        return false;
    }
    setStatus(tr("%n contact(s) added to the draft from %1: apply the draft to create them.", nullptr, int(operations.size()))
                  .arg(QFileInfo(path).fileName()));
    return true;
}

void GlobalAddressListTab::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(window(), tr("Export Contacts"), domain() + QStringLiteral("-contacts.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsvFile(path, &error))
        QMessageBox::warning(window(), tr("Not Exported"), tr("Cannot write %1: %2").arg(path, error));
}

bool GlobalAddressListTab::exportCsvFile(const QString &path, QString *error) const
{
    // The rows in the order shown; written whole or not at all.
    QList<Hostway::Contact> contacts;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        contacts.append(m_model->contactAt(m_sorted->mapToSource(m_sorted->index(row, 0)).row()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ContactCsv::write(contacts)) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
