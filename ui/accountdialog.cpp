#include "ui/accountdialog.h"

#include "core/net/apierror.h"
#include "ui/uistyle.h"

#include "core/accounts/provider.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QPlainTextEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

AccountDialog::AccountDialog(const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_original(account)
    , m_provider(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_displayName(new QLineEdit(account.displayName, this))
    , m_baseUrl(new QLineEdit(account.baseUrl.isEmpty() ? QStringLiteral("https://api.hostway.com") : account.baseUrl.toString(), this))
    , m_accountId(new QLineEdit(account.accountId, this))
    , m_userName(new QLineEdit(account.userName, this))
    , m_publicKey(new QPlainTextEdit(QString::fromLatin1(account.publicKeyPem), this))
    , m_publicKeyRow(new QWidget(this))
    , m_spelling(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool editing = !account.id.isEmpty();
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(editing ? tr("Edit Account") : tr("Add Account"));
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    for (const Provider &p : Provider::all())
        m_provider->addItem(QIcon(p.icon), p.name, p.id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(account.provider)));
    m_kind->setObjectName(QStringLiteral("accountKindCombo"));
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
    m_saveText = m_buttons->button(QDialogButtonBox::Save)->text();   // Qt's own, translated
    m_problems->setObjectName(QStringLiteral("accountProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAccountButton"));

    m_publicKey->setObjectName(QStringLiteral("publicKeyEdit"));
    m_publicKey->setPlaceholderText(QStringLiteral("-----BEGIN PUBLIC KEY-----\n\u2026\n-----END PUBLIC KEY-----"));
    m_publicKey->setFixedHeight(m_publicKey->fontMetrics().lineSpacing() * 5);
    auto *loadKey = new QPushButton(tr("&Load from File\u2026"), m_publicKeyRow);
    loadKey->setObjectName(QStringLiteral("loadPublicKeyButton"));
    auto *keyLayout = new QVBoxLayout(m_publicKeyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_publicKey);
    keyLayout->addWidget(loadKey, 0, Qt::AlignLeft);
    connect(loadKey, &QPushButton::clicked, this, &AccountDialog::loadPublicKey);
    connect(m_publicKey, &QPlainTextEdit::textChanged, this, &AccountDialog::validate);

    // The seed's example and its table spell three fields differently (NOTES.md).
    m_spelling->setObjectName(QStringLiteral("fieldSpellingCombo"));
    m_spellingWas = account.fieldSpelling;

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Sign in as:"), m_kind);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("Account &id:"), m_accountId);
    form->addRow(tr("Ikoula public &key:"), m_publicKeyRow);
    form->addRow(tr("&Field names:"), m_spelling);
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

    for (QLineEdit *edit : {m_displayName, m_baseUrl, m_accountId, m_userName, m_password})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    // Each provider asks for what it needs (Provider: account id, public key).
    connect(m_provider, &QComboBox::currentIndexChanged, this, &AccountDialog::onProviderChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AccountDialog::onKindChanged);
    onProviderChanged();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(account.kind)));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(480, sizeHint().height());
}

void AccountDialog::onProviderChanged()
{
    const Provider &p = Provider::of(m_provider->currentData().toString());
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        for (const Provider::Kind &k : p.kinds)
            m_kind->addItem(k.label, k.id);
    }
    m_form->setRowVisible(m_kind, !p.kinds.isEmpty());
    m_form->setRowVisible(m_publicKeyRow, p.needsPublicKey);
    m_form->setRowVisible(m_spelling, p.can(Provider::FieldSpellings));
    // The provider's spellings, the last chosen (or the account's, or the default) current.
    if (m_spelling->count() > 0)
        m_spellingWas = m_spelling->currentData().toString();
    const QString chosen = m_spellingWas;
    m_spelling->clear();
    for (const Provider::Spelling &s : p.spellings)
        m_spelling->addItem(s.label, s.id);
    m_spelling->setCurrentIndex(std::max(0, m_spelling->findData(chosen)));
    m_spelling->setToolTip(p.spellingsTooltip);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_accountId)))
        label->setText(p.terms.accountId);
    m_accountId->setPlaceholderText(p.terms.accountIdHint);
    // A default URL the user has not touched follows the provider.
    bool isDefault = m_baseUrl->text().isEmpty();
    for (const Provider &other : Provider::all())
        isDefault = isDefault || m_baseUrl->text() == other.defaultBaseUrl;
    if (isDefault)
        m_baseUrl->setText(p.defaultBaseUrl);
    onKindChanged();
}

void AccountDialog::onKindChanged()
{
    const Provider &p = Provider::of(m_provider->currentData().toString());
    const Provider::Kind *kind = p.kind(m_kind->currentData().toString());
    m_form->setRowVisible(m_accountId, kind ? kind->needsAccountId : p.needsAccountId);
    m_userName->setPlaceholderText(kind ? kind->userHint : tr("e.g. admin@partner-realm"));
    validate();
    // Rows come and go with the kind: the height follows, the width never shrinks (the hints
    // of the user name field are long).
    resize(std::max(width(), 480), sizeHint().height());
}

void AccountDialog::loadPublicKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Ikoula Public Key"), QString(), tr("PEM files (*.pem *.pub *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        m_problems->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_publicKey->setPlainText(QString::fromLatin1(file.readAll()));
}

Account AccountDialog::account() const
{
    Account a = m_original;
    a.provider = m_provider->currentData().toString();
    a.displayName = m_displayName->text().trimmed();
    a.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    if (m_baseUrl->text().trimmed().isEmpty())
        a.baseUrl = QUrl();
    a.kind = m_kind->currentData().toString();
    const Provider::Kind *kind = Provider::of(a.provider).kind(a.kind);
    a.accountId = !kind || kind->needsAccountId ? m_accountId->text().trimmed() : QString();
    a.fieldSpelling = Provider::of(a.provider).can(Provider::FieldSpellings) ? m_spelling->currentData().toString() : QString();
    a.userName = m_userName->text().trimmed();
    a.publicKeyPem = Provider::of(a.provider).needsPublicKey ? m_publicKey->toPlainText().trimmed().toLatin1() + '\n' : QByteArray();
    if (a.publicKeyPem.trimmed().isEmpty())
        a.publicKeyPem.clear();
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
    m_problems->setStyleSheet(QStringLiteral("color: palette(mid);"));   // what is missing, not yet an error
    // Anything edited is checked again; an answer about what was typed before is dropped.
    if (m_checking) {
        m_checking = false;
        ++m_checkRun;
    }
    m_saveAnyway = false;
    m_buttons->button(QDialogButtonBox::Save)->setText(m_saveText);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty() && !m_checking);
}

void AccountDialog::save()
{
    if (m_checking || !account().problems().isEmpty())
        return;
    if (!m_check || m_password->text().isEmpty() || m_saveAnyway) {
        accept();
        return;
    }
    m_checking = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_problems->setText(tr("Signing in to check the account\u2026"));
    const int run = ++m_checkRun;
    m_check(account(), m_password->text(), this, [this, run](const ApiError &error, bool checked) {
        if (run == m_checkRun)
            onChecked(error, checked);
    });
}

AccountDialog::FailedField AccountDialog::failedField(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Authentication:
        return FailedField::Password;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect:
    case ApiError::Kind::Malformed:
        return FailedField::Address;
    default:
        return FailedField::Unknown;
    }
}

void AccountDialog::onChecked(const ApiError &error, bool checked)
{
    m_checking = false;
    if (!error.isError()) {
        m_checkOutcome = checked ? tr("Signed in to %1: the account works.").arg(account().displayName)
                                 : tr("%1 saved without a check: its provider has nothing to sign in to yet (the first domain added is checked).")
                                       .arg(account().displayName);
        accept();
        return;
    }
    // Where the cause is: the password for a refusal, the address for what never arrived.
    QLineEdit *field = nullptr;
    QString what;
    switch (failedField(error)) {
    case FailedField::Password:
        field = m_password;
        what = tr("The provider refused this user name and password. Check them, or Save Anyway to fix them later.");
        break;
    case FailedField::Address:
        field = m_baseUrl;
        what = tr("Nothing usable answered at this address. Check the base URL, or Save Anyway to work offline on drafts.");
        break;
    case FailedField::Unknown:
        what = tr("The sign-in could not be checked. Save Anyway keeps the account as typed.");
        break;
    }
    m_problems->setText(what + QLatin1Char('\n') + error.message());
    UiStyle::setError(m_problems, true);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save &Anyway"));
    m_saveAnyway = true;
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}
