#include "ui/hostway/newmailboxdialog.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayrules.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "ui/hostway/passwordeditor.h"
#include "ui/uistyle.h"

#include <QCheckBox>
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
    , m_name(new QLineEdit(this))
    , m_nameError(errorLabel(QStringLiteral("nameError"), this))
    , m_quota(new QSpinBox(this))
    , m_master(new QCheckBox(tr("&Master account"), this))
    , m_password(new PasswordEditor(this))
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
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), nameRow);
    form->addRow(QString(), m_nameError);
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

std::unique_ptr<CreateMailbox> NewMailboxDialog::operation() const
{
    return std::make_unique<CreateMailbox>(m_domain, m_name->text().trimmed(), m_quota->value(), m_master->isChecked(),
                                           PasswordSource::Provided, m_password->password());
}

void NewMailboxDialog::validate()
{
    const QString name = m_name->text().trimmed();
    const QString problem = name.isEmpty() ? QString() : Hostway::Rules::mailboxNameProblem(name);
    m_nameError->setText(problem);
    m_nameError->setVisible(!problem.isEmpty());
    m_password->setContext(name, m_domain);
    const bool ok = !name.isEmpty() && problem.isEmpty() && m_password->isAcceptable();
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
