#include "ui/ikoula/ikoulapassworddialog.h"

#include "core/providers/ikoula/ikoulaoperation.h"
#include "ui/uistyle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

IkoulaPasswordDialog::IkoulaPasswordDialog(const QString &email, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("balPasswordDialog"));
    setWindowTitle(tr("Change Password of %1").arg(email));
    m_password->setObjectName(QStringLiteral("balNewPasswordEdit"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("New password"));
    QAction *show = m_password->addAction(QIcon(QStringLiteral(":/icons/key.svg")), QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setText(tr("Show the password"));
    show->setToolTip(show->text());
    connect(show, &QAction::toggled, this, [this](bool visible) {
        m_password->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(QStringLiteral("balGeneratePassword"));
    generate->setToolTip(tr("A 16-character password with capitals, small letters, digits and specials"));
    connect(generate, &QPushButton::clicked, this, [this, show] {
        m_password->setText(IkoulaOperation::generatePassword());
        show->setChecked(true);   // a generated password is shown, to be passed on
    });
    m_error->setObjectName(QStringLiteral("balPasswordError"));
    m_error->setWordWrap(true);
    UiStyle::setError(m_error);
    // Room for two lines of Ikoula's answer from the start, so the dialog does not grow under the pointer.
    m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Change Password"));
    ok->setObjectName(QStringLiteral("balChangePasswordButton"));
    ok->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(generate);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);   // the row's field is a layout: the mnemonic needs its buddy named
    form->addRow(label, row);
    form->addRow(QString(), m_error);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("New password for <b>%1</b>. Ikoula checks it when it is sent.").arg(email.toHtmlEscaped()), this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_password, &QLineEdit::textChanged, this, [this, ok](const QString &text) {
        ok->setEnabled(!text.isEmpty());
        m_error->clear();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this, ok] {
        ok->setEnabled(false);
        Q_EMIT submitted();
    });
    resize(460, sizeHint().height());
}

QString IkoulaPasswordDialog::password() const
{
    return m_password->text();
}

void IkoulaPasswordDialog::showRefusal(const QString &message)
{
    m_error->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_password->text().isEmpty());
    m_password->setFocus();
}
