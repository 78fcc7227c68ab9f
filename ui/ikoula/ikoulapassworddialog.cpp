#include "ui/ikoula/ikoulapassworddialog.h"

#include "core/net/apierror.h"
#include "core/providers/ikoula/ikoulaoperation.h"
#include "ui/passwordeditor.h"
#include "ui/uistyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

IkoulaPasswordDialog::IkoulaPasswordDialog(const QString &email, QWidget *parent)
    : QDialog(parent)
    , m_password(new PasswordEditor(IkoulaOperation::passwordPolicy(), this))
    , m_generalError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("balPasswordDialog"));
    setWindowTitle(tr("Change Password of %1").arg(email));
    m_password->setContext(email.section(QLatin1Char('@'), 0, 0), email.section(QLatin1Char('@'), 1));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Change Password"));
    ok->setObjectName(QStringLiteral("balChangePasswordButton"));
    ok->setEnabled(false);
    m_generalError->setObjectName(QStringLiteral("balPasswordError"));
    m_generalError->setWordWrap(true);
    UiStyle::setError(m_generalError);
    m_generalError->hide();

    auto *label = new QLabel(tr("New &password for <b>%1</b>:").arg(email.toHtmlEscaped()), this);
    label->setBuddy(m_password->lineEdit());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_password);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_password, &PasswordEditor::changed, this, [this, ok] { ok->setEnabled(m_password->isAcceptable()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this, ok] {
        m_generalError->hide();
        ok->setEnabled(false);
        Q_EMIT submitted();
    });
    // As wide as the Hostway dialog, and room for Ikoula's answer from the start: the dialog
    // does not grow under the pointer when a refusal comes.
    resize(460, sizeHint().height() + 2 * fontMetrics().lineSpacing());
}

QString IkoulaPasswordDialog::password() const
{
    return m_password->password();
}

void IkoulaPasswordDialog::showRefusal(const ApiError &error)
{
    if (const QString field = error.fieldMessage(QStringLiteral("password_bal")); !field.isEmpty()) {
        m_password->setServerError(field);
    } else {
        m_generalError->setText(error.message());
        m_generalError->show();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_password->isAcceptable());
    m_password->lineEdit()->setFocus();
}
