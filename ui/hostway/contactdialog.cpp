#include "ui/hostway/contactdialog.h"

#include "core/net/apierror.h"
#include "ui/uistyle.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using Hostway::ContactField;

namespace {


/// `text` with an Alt+letter: the first letter of a word not in `taken`, else any letter
/// not in it, else none; the letter chosen joins `taken`. Twenty labels in three languages
/// get distinct letters without a translator juggling them (as KDE's KAcceleratorManager).
QString withMnemonic(const QString &text, QSet<QChar> *taken)
{
    const auto free = [taken](QChar c) { return c.isLetter() && !taken->contains(c.toLower()); };
    qsizetype at = -1;
    for (qsizetype i = 0; i < text.size() && at < 0; ++i) {
        if ((i == 0 || text.at(i - 1).isSpace()) && free(text.at(i)))
            at = i;
    }
    for (qsizetype i = 0; i < text.size() && at < 0; ++i) {
        if (free(text.at(i)))
            at = i;
    }
    if (at < 0)
        return text;
    taken->insert(text.at(at).toLower());
    return text.left(at) + QLatin1Char('&') + text.mid(at);
}

} // namespace

ContactDialog::ContactDialog(const QString &domain, const std::optional<Hostway::Contact> &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(isNew() ? tr("New Contact in %1").arg(domain) : tr("Contact %1 of %2").arg(existing->name(), domain));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew() ? tr("Add Contact") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("contactSave"));
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    UiStyle::setError(m_error);
    m_error->hide();

    // The Alt+letters of the buttons first, then of the fields in the order they are read.
    QSet<QChar> taken;
    for (const QAbstractButton *button : m_buttons->buttons()) {
        const qsizetype amp = button->text().indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < button->text().size())
            taken.insert(button->text().at(amp + 1).toLower());
    }
    const QList<QPair<QString, QList<ContactField>>> groups{
        {tr("Contact"), {ContactField::Name, ContactField::DisplayName, ContactField::Email, ContactField::FirstName,
                         ContactField::LastName, ContactField::Title}},
        {tr("Organisation"), {ContactField::Company, ContactField::Department, ContactField::RoomNumber}},
        {tr("Phone numbers"), {ContactField::BusinessPhone, ContactField::MobilePhone, ContactField::HomePhone,
                               ContactField::BusinessFax, ContactField::Pager, ContactField::IsdnNumber, ContactField::TelexNumber}},
        {tr("Postal address"), {ContactField::StreetAddress, ContactField::PostalCode, ContactField::City, ContactField::State,
                                ContactField::Country}},
    };
    auto *grid = new QGridLayout;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        auto *box = new QGroupBox(groups.at(g).first, this);
        auto *form = new QFormLayout(box);
        for (ContactField field : groups.at(g).second) {
            auto *lineEdit = new QLineEdit(box);
            lineEdit->setObjectName(QStringLiteral("contact_") + Hostway::contactKey(field));
            lineEdit->setMinimumWidth(lineEdit->fontMetrics().averageCharWidth() * 26);   // an address, a phone number, whole
            if (m_existing)
                lineEdit->setText(m_existing->value(field));
            m_edits[std::size_t(field)] = lineEdit;
            auto *label = new QLabel(withMnemonic(Hostway::contactLabelText(field) + QLatin1Char(':'), &taken), box);
            label->setBuddy(lineEdit);
            form->addRow(label, lineEdit);
            connect(lineEdit, &QLineEdit::textChanged, this, &ContactDialog::updateState);
        }
        // Two columns: the contact and its organisation, then its phones and its address.
        grid->addWidget(box, g % 2, g / 2);
    }
    grid->setRowStretch(2, 1);
    for (ContactField required : {ContactField::Name, ContactField::DisplayName, ContactField::Email})
        edit(required)->setPlaceholderText(tr("required"));
    edit(ContactField::Name)->setToolTip(tr("The contact's key in the address list, such as \u201cjane-doe\u201d: it cannot change later"));
    edit(ContactField::Email)->setToolTip(tr("Such as jane@example.com"));
    if (m_existing) {
        edit(ContactField::Name)->setReadOnly(true);
        edit(ContactField::Name)->setFocusPolicy(Qt::ClickFocus);   // Tab goes to what can change
        edit(ContactField::DisplayName)->setFocus();
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        m_pending = true;   // until the answer: never sent twice, whatever is typed meanwhile
        updateState();
        Q_EMIT submitted();
    });
    updateState();
}

Hostway::Contact ContactDialog::contact() const
{
    Hostway::Contact contact;
    for (ContactField field : Hostway::contactFields())
        contact.set(field, edit(field)->text().trimmed());
    return contact;
}

QList<QPair<ContactField, QString>> ContactDialog::changedFields() const
{
    const Hostway::Contact typed = contact();
    QList<QPair<ContactField, QString>> changed;
    for (ContactField field : Hostway::contactFields()) {
        if (field == ContactField::Name && m_existing)
            continue;
        if (!m_existing ? !typed.value(field).isEmpty() : typed.value(field) != m_existing->value(field).trimmed())
            changed.append({field, typed.value(field)});
    }
    return changed;
}

void ContactDialog::updateState()
{
    // A new contact's missing fields are said when it is submitted (the checks name them);
    // an edit with nothing changed has nothing to save.
    QPushButton *save = m_buttons->button(QDialogButtonBox::Ok);
    save->setEnabled(!m_pending && (isNew() || !changedFields().isEmpty()));
    // Return submits again after a refusal: while Save was disabled, Cancel became the
    // default button, and Return would have thrown away what was typed.
    save->setDefault(true);
}

void ContactDialog::showRefusal(const ApiError &error, const QStringList &words)
{
    QStringList lines = words;
    QLineEdit *first = nullptr;
    for (const ApiError::FieldMessage &f : error.fieldMessages()) {
        const auto field = Hostway::contactFieldOf(f.field);
        if (field && !first)
            first = edit(*field);
        if (words.isEmpty())
            lines.append(field ? tr("%1: %2").arg(Hostway::contactLabelText(*field), f.message) : f.message);
    }
    if (lines.isEmpty())
        lines.append(error.message());
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
    m_pending = false;
    updateState();
    if (first && !first->isReadOnly()) {
        first->setFocus();
        first->selectAll();
    }
}

void ContactDialog::setSubmitText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}
