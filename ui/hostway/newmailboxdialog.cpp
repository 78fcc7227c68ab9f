#include "ui/hostway/newmailboxdialog.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "core/providers/hostway/hostwayrules.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "ui/passwordeditor.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    UiStyle::setError(label);
    label->hide();
    return label;
}
} // namespace

NewMailboxDialog::NewMailboxDialog(const QString &domain, QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_exchangeType(new QComboBox(this))
    , m_resource(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_nameError(errorLabel(QStringLiteral("nameError"), this))
    , m_quota(new QSpinBox(this))
    , m_master(new QCheckBox(tr("&Master account"), this))
    , m_password(new PasswordEditor(Hostway::Rules::passwordPolicy(), this))
    , m_generalError(errorLabel(QStringLiteral("generalError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newMailboxDialog"));
    setWindowTitle(tr("New Mailbox on %1").arg(domain));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. john.smith"));
    m_quota->setObjectName(QStringLiteral("quotaSpin"));
    m_quota->setRange(0, 10'000'000);
    m_quota->setSuffix(tr(" MB"));
    m_quota->setSpecialValueText(tr("Provider default"));
    m_quota->setValue(1024);
    m_master->setObjectName(QStringLiteral("masterCheck"));
    m_master->setToolTip(tr("A master account can administer the domain's other mailboxes."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(new QLabel(QLatin1Char('@') + domain, this));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Mailbox (IMAP, OpenXchange)"));
    m_kind->addItem(tr("Exchange mailbox"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(256);   // section 56's limit
    m_exchangeType->setObjectName(QStringLiteral("exchangeTypeCombo"));
    m_exchangeType->addItem(tr("Standard"), QStringLiteral("standard"));
    m_exchangeType->addItem(tr("Premium"), QStringLiteral("premium"));
    m_resource->setObjectName(QStringLiteral("resourceCombo"));
    m_resource->addItem(tr("A person (user)"), QStringLiteral("user"));
    m_resource->addItem(tr("A room"), QStringLiteral("room"));
    m_resource->addItem(tr("Equipment"), QStringLiteral("equipment"));
    m_resource->setToolTip(tr("Chosen once: Hostway never changes it afterwards."));
    auto *form = m_form;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), nameRow);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Type:"), m_exchangeType);
    form->addRow(tr("&Resource:"), m_resource);
    form->addRow(tr("&Quota:"), m_quota);
    form->addRow(QString(), m_master);
    form->addRow(tr("&Password:"), m_password);
    qobject_cast<QLabel *>(form->labelForField(nameRow))->setBuddy(m_name);
    qobject_cast<QLabel *>(form->labelForField(m_quota))->setBuddy(m_quota);
    qobject_cast<QLabel *>(form->labelForField(m_password))->setBuddy(m_password->lineEdit());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewMailboxDialog::validate);
    connect(m_displayName, &QLineEdit::textChanged, this, &NewMailboxDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &NewMailboxDialog::validate);
    connect(m_password, &PasswordEditor::changed, this, &NewMailboxDialog::validate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_generalError->hide();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Creating\u2026"));
        Q_EMIT submitted();
    });
    validate();
    resize(460, sizeHint().height());
}

bool NewMailboxDialog::exchange() const
{
    return m_kind->currentIndex() == 1;
}

QString NewMailboxDialog::name() const
{
    return m_name->text().trimmed();
}

std::shared_ptr<Operation> NewMailboxDialog::operation() const
{
    if (!exchange())
        return std::make_shared<CreateMailbox>(m_domain, name(), m_quota->value(), m_master->isChecked(), PasswordSource::Provided,
                                               m_password->password());
    ExchangeFields fields{{QStringLiteral("displayName"), m_displayName->text().trimmed()}};
    if (m_exchangeType->currentData().toString() != QLatin1String("standard"))   // the documented default, left out
        fields.insert(QStringLiteral("type"), m_exchangeType->currentData().toString());
    if (m_resource->currentData().toString() != QLatin1String("user"))
        fields.insert(QStringLiteral("resourceType"), m_resource->currentData().toString());
    return std::make_shared<CreateExchange>(m_domain, name(), fields, PasswordSource::Provided, m_password->password());
}

void NewMailboxDialog::validate()
{
    const bool isExchange = exchange();
    for (QWidget *field : {static_cast<QWidget *>(m_displayName), static_cast<QWidget *>(m_exchangeType), static_cast<QWidget *>(m_resource)})
        m_form->setRowVisible(field, isExchange);
    m_form->setRowVisible(m_quota, !isExchange);
    m_form->setRowVisible(m_master, !isExchange);
    setWindowTitle(isExchange ? tr("New Exchange Mailbox on %1").arg(m_domain) : tr("New Mailbox on %1").arg(m_domain));
    const QString name = this->name();
    const QString problem = name.isEmpty() ? QString()
                            : isExchange   ? Hostway::ExchangeRules::nameProblem(name)
                                           : Hostway::Rules::mailboxNameProblem(name);
    m_nameError->setText(problem);
    m_nameError->setVisible(!problem.isEmpty());
    m_password->setContext(name, m_domain);
    // What the editor does not show: a display name, and an Exchange password's first letter.
    QStringList exchangeProblems;
    if (isExchange && !name.isEmpty() && problem.isEmpty() && m_password->isAcceptable()) {
        for (const ValidationProblem &p : operation()->validate())
            exchangeProblems.append(p.message);
    }
    m_generalError->setText(exchangeProblems.join(QLatin1Char('\n')));
    m_generalError->setVisible(!exchangeProblems.isEmpty());
    const bool ok = !name.isEmpty() && problem.isEmpty() && m_password->isAcceptable() && exchangeProblems.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
}

void NewMailboxDialog::showRefusal(const ApiError &error)
{
    validate();
    QStringList general;
    if (!error.providerMessage().isEmpty() || error.fieldMessages().isEmpty())
        general.append(error.message().section(QLatin1Char('\n'), 0, 0));
    for (const ApiError::FieldMessage &f : error.fieldMessages()) {
        if (f.field == QLatin1String("password")) {
            m_password->setServerError(f.message);
        } else if (f.field == QLatin1String("username") || f.field == QLatin1String("name")) {
            m_nameError->setText(tr("The provider says: %1").arg(f.message));
            m_nameError->show();
        } else {
            general.append(QStringLiteral("%1: %2").arg(f.field, f.message));
        }
    }
    if (error.kind() == ApiError::Kind::Conflict) {
        m_nameError->setText(tr("A mailbox with this name already exists."));
        m_nameError->show();
        general.clear();
    }
    m_generalError->setText(general.join(QLatin1Char('\n')));
    m_generalError->setVisible(!general.isEmpty());
}
