#include "ui/ikoula/ikoulalistspage.h"

#include "models/ikoula/distributionlistmodel.h"
#include "models/ikoula/listmembermodel.h"
#include "ui/ikoula/ikoulaorganisation.h"
#include "ui/uistyle.h"

#include <QComboBox>
#include <QCompleter>
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
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    UiStyle::setUpTable(view);
    return view;
}

} // namespace

IkoulaListsPage::IkoulaListsPage(IkoulaOrganisation *organisation, QWidget *parent)
    : QWidget(parent)
    , m_organisation(organisation)
    , m_lists(new DistributionListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_members(new ListMemberModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_membersTitle(new QLabel(this))
    , m_memberEdit(new QLineEdit(this))
    , m_newList(new QPushButton(QIcon(QStringLiteral(":/icons/list.svg")), tr("&New List\u2026"), this))
    , m_deleteList(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete List\u2026"), this))
    , m_addMember(new QPushButton(tr("&Add Member"), this))
    , m_removeMember(new QPushButton(tr("&Remove Member"), this))
{
    setObjectName(QStringLiteral("ikoulaListsPage"));
    UiStyle::setHeading(m_title, 1.3);
    m_status->setObjectName(QStringLiteral("listsStatus"));
    m_status->setWordWrap(true);
    m_sorted->setSourceModel(m_lists);
    m_sorted->setSortRole(SimpleTableModel::SortRole);
    m_listView = makeTable(m_sorted, QStringLiteral("listsTable"), this);
    m_listView->setAccessibleName(tr("Distribution lists of the organisation"));
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(DistributionListModel::Email, Qt::AscendingOrder);
    m_memberView = makeTable(m_members, QStringLiteral("membersTable"), this);
    m_memberView->setAccessibleName(tr("Members of the selected list"));
    m_memberView->setSelectionMode(QAbstractItemView::ExtendedSelection);   // several removed at once
    m_newList->setObjectName(QStringLiteral("newListButton"));
    m_deleteList->setObjectName(QStringLiteral("deleteListButton"));
    m_addMember->setObjectName(QStringLiteral("addMemberButton"));
    m_removeMember->setObjectName(QStringLiteral("removeMemberButton"));
    m_memberEdit->setObjectName(QStringLiteral("memberEdit"));
    m_memberEdit->setPlaceholderText(tr("Address of a mailbox, list or contact"));
    m_memberEdit->setAccessibleName(tr("Member to add"));
    m_memberEdit->setClearButtonEnabled(true);
    m_memberEdit->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_memberEdit->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_memberEdit->completer()->setFilterMode(Qt::MatchContains);
    UiStyle::setHeading(m_membersTitle, 1.0);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newList);
    listButtons->addWidget(m_deleteList);
    listButtons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(listButtons);
    topLayout->addWidget(m_listView);

    auto *memberRow = new QHBoxLayout;
    auto *memberLabel = new QLabel(tr("New memb&er:"), this);   // Alt+E from the list: type, Return
    memberLabel->setBuddy(m_memberEdit);
    memberRow->addWidget(memberLabel);
    memberRow->addWidget(m_memberEdit, 1);
    memberRow->addWidget(m_addMember);
    memberRow->addWidget(m_removeMember);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_membersTitle);
    bottomLayout->addWidget(m_memberView);
    bottomLayout->addLayout(memberRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_organisation, &IkoulaOrganisation::loaded, this, &IkoulaListsPage::onLoaded);
    connect(m_organisation, &IkoulaOrganisation::draftMarksChanged, this, [this] { m_lists->setDraftMarks(m_organisation->draftMarks()); });
    connect(m_organisation, &IkoulaOrganisation::loading, this, [this] { setStatus(tr("Loading\u2026")); });
    connect(m_organisation, &IkoulaOrganisation::failed, this, [this](const QString &message) { setStatus(message, true); });
    connect(m_organisation, &IkoulaOrganisation::busyChanged, this, &IkoulaListsPage::updateButtons);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IkoulaListsPage::onListSelected);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IkoulaListsPage::updateButtons);
    connect(m_memberEdit, &QLineEdit::textChanged, this, &IkoulaListsPage::updateButtons);
    connect(m_memberEdit, &QLineEdit::returnPressed, this, &IkoulaListsPage::addMember);
    connect(m_newList, &QPushButton::clicked, this, &IkoulaListsPage::newList);
    connect(m_deleteList, &QPushButton::clicked, this, &IkoulaListsPage::deleteList);
    connect(m_addMember, &QPushButton::clicked, this, &IkoulaListsPage::addMember);
    connect(m_removeMember, &QPushButton::clicked, this, &IkoulaListsPage::removeMember);
    // The same keys as the other tables: Ctrl+N new list, Del deletes the list (after a
    // confirmation) or, in the members table, removes the member.
    UiStyle::addTableAction(m_listView, m_newList, QKeySequence::New);
    UiStyle::addTableAction(m_listView, m_deleteList, QKeySequence::Delete);
    UiStyle::addTableAction(m_memberView, m_removeMember, QKeySequence::Delete);
    setStatus(QString());
    onLoaded();
}

void IkoulaListsPage::setStatus(const QString &text, bool error)
{
    UiStyle::setStatus(m_status, text, error);
}

QString IkoulaListsPage::selectedList() const
{
    const QModelIndex current = m_listView->currentIndex();
    return current.isValid() ? m_sorted->index(current.row(), DistributionListModel::Email).data().toString() : QString();
}

QStringList IkoulaListsPage::selectedMembers() const
{
    QStringList members;
    for (const QModelIndex &row : UiStyle::selectedRows(m_memberView))
        members.append(row.siblingAtColumn(0).data().toString());
    return members;
}

void IkoulaListsPage::onLoaded()
{
    const QString keep = selectedList();
    const Ikoula::OrganisationSchema &schema = m_organisation->schema();
    m_title->setText(schema.organisationName.isEmpty() ? tr("Distribution Lists") : tr("Distribution Lists of %1").arg(schema.organisationName));
    m_lists->setLists(schema.lists);
    m_listView->resizeColumnsToContents();
    QStringList addresses;
    for (const Ikoula::Bal &b : schema.bals)
        addresses.append(b.email);
    for (const Ikoula::Contact &c : schema.contacts)
        addresses.append(c.email);
    for (const Ikoula::DistributionList &l : schema.lists)
        addresses.append(l.email);
    static_cast<QStringListModel *>(m_memberEdit->completer()->model())->setStringList(addresses);
    const int row = m_lists->rowOf(keep.isEmpty() ? (schema.lists.isEmpty() ? QString() : m_sorted->index(0, 0).data().toString()) : keep);
    if (row >= 0)
        m_listView->setCurrentIndex(m_sorted->mapFromSource(m_lists->index(row, 0)));
    onListSelected();
    if (schema.lists.isEmpty() && m_organisation->hasClient())
        setStatus(tr("This organisation has no distribution list yet."));
    else if (m_status->text() == tr("Loading\u2026"))
        setStatus(QString());   // keep the outcome of the last change on screen
}

void IkoulaListsPage::onListSelected()
{
    const QString list = selectedList();
    const int row = m_lists->rowOf(list);
    m_members->setMembers(row >= 0 ? m_lists->lists().at(row).members : QStringList());
    m_membersTitle->setText(list.isEmpty() ? tr("Members") : tr("Members of %1").arg(list));
    updateButtons();
}

void IkoulaListsPage::updateButtons()
{
    const bool ready = m_organisation->hasClient() && !m_organisation->isBusy();
    const bool list = !selectedList().isEmpty();
    m_newList->setEnabled(ready);
    m_deleteList->setEnabled(ready && list);
    m_memberEdit->setEnabled(ready && list);
    m_addMember->setEnabled(ready && list && isEmail(m_memberEdit->text().trimmed()));
    m_removeMember->setEnabled(ready && list && m_memberView->selectionModel()->hasSelection());
}

void IkoulaListsPage::addMember()
{
    const QString list = selectedList();
    const QString member = m_memberEdit->text().trimmed().toLower();
    if (list.isEmpty() || !isEmail(member)) {
        setStatus(tr("Enter the address to add, such as name@example.com."), true);
        return;
    }
    if (m_members->members().contains(member, Qt::CaseInsensitive)) {
        setStatus(tr("%1 is already a member of %2.").arg(member, list), true);
        return;
    }
    setStatus(tr("Adding %1 to %2\u2026").arg(member, list));
    m_organisation->send({IkoulaCalls::addListMember(list, member)}, this, [this, list, member](const ApiError &error, const QList<std::shared_ptr<Operation>> &) {
        if (error.isError())
            return setStatus(error.message(), true);
        m_memberEdit->clear();
        setStatus(m_organisation->outcome(tr("Added %1 to %2.").arg(member, list)));
    });
}

void IkoulaListsPage::removeMember()
{
    const QString list = selectedList();
    const QStringList members = selectedMembers();
    if (list.isEmpty() || members.isEmpty())
        return;
    if (members.size() > 1)
        return removeMembers(list, members);
    const QString member = members.first();
    setStatus(tr("Removing %1 from %2\u2026").arg(member, list));
    m_organisation->send({IkoulaCalls::removeListMember(list, member)}, this, [this, list, member](const ApiError &error, const QList<std::shared_ptr<Operation>> &) {
        if (error.isError())
            return setStatus(error.message(), true);
        setStatus(m_organisation->outcome(tr("Removed %1 from %2.").arg(member, list)));
    });
}

void IkoulaListsPage::removeMembers(const QString &list, const QStringList &members)
{
    const int count = static_cast<int>(members.size());
    const QString action = tr("Remove %n Member(s)", nullptr, count);
    UiStyle::confirmRows(this, QStringLiteral("confirmRemoveMembers"), tr("Remove Members"),
                         tr("Remove %n member(s) from %1?", nullptr, count).arg(list), members,
                         tr("Mail to the list no longer reaches them. Their mailboxes and contacts are not touched."), action,
                         [this, list, members, count, action] {
                             QList<IkoulaCall> calls;
                             for (const QString &member : members)
                                 calls.append(IkoulaCalls::removeListMember(list, member));
                             m_organisation->sendMany(calls, action, this, [this, list, count](const ApiError &error, int accepted) {
                                 if (error.isError())
                                     return setStatus(error.message(), true);
                                 setStatus(m_organisation->outcomeOfMany(count, tr("Removed %n member(s) from %1.", nullptr, accepted).arg(list)));
                             });
                         });
}

void IkoulaListsPage::newList()
{
    const Ikoula::OrganisationSchema &schema = m_organisation->schema();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("newListDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Distribution List"));
    auto *email = new QLineEdit(dialog);
    email->setObjectName(QStringLiteral("listEmailEdit"));
    email->setPlaceholderText(schema.domains.isEmpty() ? tr("name@example.com") : QStringLiteral("team@") + schema.domains.constFirst());
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("listNameEdit"));
    auto *manager = new QComboBox(dialog);
    manager->setObjectName(QStringLiteral("listManagerCombo"));
    for (const Ikoula::Bal &b : schema.bals)
        manager->addItem(b.details.displayName.isEmpty() ? b.email : tr("%1 <%2>").arg(b.details.displayName, b.email), b.email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), email);
    form->addRow(tr("&Display name:"), name);
    form->addRow(tr("&Manager:"), manager);
    auto *error = new QLabel(dialog);
    error->setWordWrap(true);
    UiStyle::setError(error);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    const auto validate = [=] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(isEmail(email->text().trimmed()) && !name->text().trimmed().isEmpty()
                                                          && manager->count() > 0);
    };
    connect(email, &QLineEdit::textChanged, dialog, validate);
    connect(name, &QLineEdit::textChanged, dialog, validate);
    validate();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, email, name, manager, error, buttons] {
        const QString address = email->text().trimmed().toLower();
        buttons->setEnabled(false);
        m_organisation->send({IkoulaCalls::addDistributionList(m_organisation->organisationId(), address, name->text().trimmed(),
                                                               manager->currentData().toString())},
                             dialog, [this, dialog, error, buttons, address](const ApiError &e, const QList<std::shared_ptr<Operation>> &) {
                                 buttons->setEnabled(true);
                                 if (e.isError())
                                     return error->setText(e.message());   // the dialog stays open: nothing typed is lost
                                 setStatus(m_organisation->outcome(tr("Created %1.").arg(address)));
                                 dialog->accept();
                             });
    });
    dialog->open();
}

void IkoulaListsPage::deleteList()
{
    const QString list = selectedList();
    if (list.isEmpty())
        return;
    UiStyle::confirmDestructive(this, QStringLiteral("confirmDeleteList"), tr("Delete Distribution List"),
                                tr("Delete the distribution list %1?").arg(list),
                                tr("Mail sent to this address will bounce. The members' mailboxes are not touched."), tr("Delete List"),
                                [this, list] {
                                    m_organisation->send({IkoulaCalls::deleteDistributionList(list)}, this,
                                                         [this, list](const ApiError &error, const QList<std::shared_ptr<Operation>> &) {
                                                             setStatus(error.isError() ? error.message() : m_organisation->outcome(tr("Deleted %1.").arg(list)), error.isError());
                                                         });
                                });
}

void IkoulaListsPage::reveal(const QString &address)
{
    UiStyle::revealRow(m_listView, DistributionListModel::Email, address);
}
