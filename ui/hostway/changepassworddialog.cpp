#include "ui/hostway/changepassworddialog.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayrules.h"
#include "ui/passwordeditor.h"
#include "ui/uistyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(const QString &username, const QString &domain, QWidget *parent)
    : QDialog(parent)
    , m_password(new PasswordEditor(Hostway::Rules::passwordPolicy(), this))
    , m_generalError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Reset Password of %1@%2").arg(username, domain));
    m_password->setContext(username, domain);
    m_generalError->setWordWrap(true);
    UiStyle::setError(m_generalError);
    m_generalError->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Password"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setPasswordButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("New password for <b>%1@%2</b>:").arg(username.toHtmlEscaped(), domain.toHtmlEscaped()), this));
    layout->addWidget(m_password);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_password, &PasswordEditor::changed, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_password->isAcceptable());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_generalError->hide();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        Q_EMIT submitted();
    });
    resize(440, sizeHint().height());
}

QString ChangePasswordDialog::password() const
{
    return m_password->password();
}

void ChangePasswordDialog::showRefusal(const ApiError &error)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_password->isAcceptable());
    const QString field = error.fieldMessage(QStringLiteral("password"));
    if (!field.isEmpty()) {
        m_password->setServerError(field);
        return;
    }
    m_generalError->setText(error.kind() == ApiError::Kind::Refused && error.rawBody().isEmpty()
                                ? tr("The provider refused this password without saying why; it may have been used before. Choose another one.")
                                : error.message());
    m_generalError->show();
}
