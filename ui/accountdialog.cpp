#include "ui/accountdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AccountDialog::AccountDialog(const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_original(account)
    , m_provider(new QComboBox(this))
    , m_displayName(new QLineEdit(account.displayName, this))
    , m_baseUrl(new QLineEdit(account.baseUrl.isEmpty() ? QStringLiteral("https://api.hostway.com") : account.baseUrl.toString(), this))
    , m_accountId(new QLineEdit(account.accountId, this))
    , m_userName(new QLineEdit(account.userName, this))
    , m_password(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool editing = !account.id.isEmpty();
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(editing ? tr("Edit Account") : tr("Add Account"));
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(QIcon(QStringLiteral(":/icons/provider-hostway.svg")), tr("Hostway Email API"), QStringLiteral("hostway"));
    m_provider->addItem(QIcon(QStringLiteral(":/icons/provider-webitel.svg")), tr("Webitel email settings"), QStringLiteral("webitel"));
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(account.provider)));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setPlaceholderText(tr("e.g. Acme Corp (Hostway)"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_accountId->setObjectName(QStringLiteral("accountIdEdit"));
    m_accountId->setPlaceholderText(tr("the {account} of /accounts/{account}/..."));
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(tr("e.g. admin@partner-realm"));
    m_password->setObjectName(QStringLiteral("accountPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(editing ? tr("unchanged") : tr("stored in the system keychain"));
    m_problems->setObjectName(QStringLiteral("accountProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAccountButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("Account &id:"), m_accountId);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("Pass&word:"), m_password);
    auto *note = new QLabel(tr("The password is kept in the system keychain, never in Mailroom's settings."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_displayName, m_baseUrl, m_accountId, m_userName})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    // Webitel has no account id: only the base URL and a user.
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this, form] {
        const bool hostway = m_provider->currentData().toString() == QLatin1String("hostway");
        form->setRowVisible(m_accountId, hostway);
        validate();
    });
    form->setRowVisible(m_accountId, m_provider->currentData().toString() == QLatin1String("hostway"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(480, sizeHint().height());
}

Account AccountDialog::account() const
{
    Account a = m_original;
    a.provider = m_provider->currentData().toString();
    a.displayName = m_displayName->text().trimmed();
    a.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    if (m_baseUrl->text().trimmed().isEmpty())
        a.baseUrl = QUrl();
    a.accountId = m_accountId->text().trimmed();
    a.userName = m_userName->text().trimmed();
    return a;
}

QString AccountDialog::password() const
{
    return m_password->text();
}

void AccountDialog::validate()
{
    const QStringList problems = account().problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}
