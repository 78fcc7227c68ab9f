#include "ui/webitel/webitelsettingspage.h"

#include "core/providers/webitel/webitelclient.h"
#include "core/providers/webitel/webiteloperation.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

WebitelSettingsPage::WebitelSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_secure(new QCheckBox(tr("TLS from the start (SMTPS, usually port 465)"), this))
    , m_verify(new QCheckBox(tr("Verify the SMTP server's certificate"), this))
    , m_from(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Settings"), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete Settings\u2026"), this))
    , m_testTo(new QLineEdit(this))
    , m_test(new QPushButton(tr("Send &Test Email"), this))
{
    setObjectName(QStringLiteral("webitelSettingsPage"));
    UiStyle::setHeading(m_title, 1.5);
    m_status->setObjectName(QStringLiteral("webitelStatus"));
    m_status->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(tr("e.g. smtp.example.com"));
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(465);
    m_from->setObjectName(QStringLiteral("smtpFrom"));
    m_from->setPlaceholderText(tr("e.g. pbx@example.com"));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problems->setObjectName(QStringLiteral("smtpProblems"));
    UiStyle::setError(m_problems);
    m_save->setObjectName(QStringLiteral("smtpSave"));
    m_delete->setObjectName(QStringLiteral("smtpDelete"));
    m_testTo->setObjectName(QStringLiteral("smtpTestTo"));
    m_testTo->setAccessibleName(tr("Recipient of the test email"));
    m_testTo->setPlaceholderText(tr("recipient of the test email"));
    m_test->setObjectName(QStringLiteral("smtpTest"));

    auto *box = new QGroupBox(tr("Outgoing mail server (SMTP)"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_secure);
    form->addRow(QString(), m_verify);
    form->addRow(tr("&Sender address:"), m_from);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *test = new QHBoxLayout;
    test->addWidget(m_testTo, 1);
    test->addWidget(m_test);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(box);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addLayout(test);
    layout->addStretch();
    UiStyle::setScrollingContent(this, content);

    for (QLineEdit *edit : {m_host, m_from})
        connect(edit, &QLineEdit::textChanged, this, &WebitelSettingsPage::validate);
    connect(m_save, &QPushButton::clicked, this, &WebitelSettingsPage::save);
    connect(m_delete, &QPushButton::clicked, this, &WebitelSettingsPage::remove);
    connect(m_test, &QPushButton::clicked, this, &WebitelSettingsPage::sendTest);
    connect(m_testTo, &QLineEdit::textChanged, this, [this] { m_test->setEnabled(m_exists && m_testTo->text().contains(QLatin1Char('@'))); });
}

void WebitelSettingsPage::setStatus(const QString &text, bool error)
{
    UiStyle::setError(m_status, error);
    m_status->setText(text);
}

void WebitelSettingsPage::setSource(WebitelClient *client, const QString &domain)
{
    m_client = client;
    m_domain = domain;
    m_title->setText(tr("Email settings of %1").arg(domain));
    load();
}

void WebitelSettingsPage::load()
{
    m_exists = false;
    m_password->clear();
    m_password->setPlaceholderText(QString());
    validate();
    if (!m_client)
        return setStatus(QString());
    setStatus(tr("Loading\u2026"));
    m_client->fetchSettings(m_domain, this, [this](const ApiError &error, const Webitel::EmailSettings &s) {
        if (error.kind() == ApiError::Kind::NotFound) {
            setStatus(tr("%1 has no email settings yet: fill them in and save to create them.").arg(m_domain));
            validate();
            return;
        }
        if (error.isError())
            return setStatus(error.message(), true);
        m_exists = true;
        m_host->setText(s.host);
        m_port->setValue(s.port);
        m_secure->setChecked(s.secure);
        m_verify->setChecked(s.rejectUnauthorized);
        m_from->setText(s.from);
        m_description->setText(s.description);
        m_user->setText(s.user);
        m_password->setPlaceholderText(s.password.isEmpty() ? tr("none") : tr("unchanged"));
        setStatus(tr("Webitel sends %1's email through %2.").arg(m_domain, s.host));
        validate();
    });
}

void WebitelSettingsPage::validate()
{
    Webitel::EmailSettings s;
    s.host = m_host->text();
    s.port = m_port->value();
    s.from = m_from->text();
    const QStringList problems = s.problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_save->setEnabled(m_client && problems.isEmpty());
    m_delete->setEnabled(m_client && m_exists);
    m_test->setEnabled(m_client && m_exists && m_testTo->text().contains(QLatin1Char('@')));
}

void WebitelSettingsPage::save()
{
    Webitel::EmailSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.secure = m_secure->isChecked();
    s.rejectUnauthorized = m_verify->isChecked();
    s.from = m_from->text().trimmed();
    s.description = m_description->text();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();   // empty on an update: Webitel's is sent back unchanged (WebitelSender)
    m_save->setEnabled(false);
    submit(std::make_shared<WebitelOperation>(m_exists ? WebitelOperation::Action::Update : WebitelOperation::Action::Create, m_domain, s),
           tr("Saving\u2026"), [this] {
               m_password->clear();
               load();
           });
}

void WebitelSettingsPage::remove()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Email Settings"),
                                tr("Delete the email settings of %1?").arg(m_domain), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteSettings"));
    box->setInformativeText(tr("Webitel stops sending email for this domain until new settings are saved."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteSettingsButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *b) {
        if (b != confirm)
            return;
        submit(std::make_shared<WebitelOperation>(WebitelOperation::Action::Delete, m_domain), tr("Deleting\u2026"), [this] {
            m_host->clear();
            m_from->clear();
            m_description->clear();
            m_user->clear();
            load();
        });
    });
    box->open();
}

void WebitelSettingsPage::setChangeHook(ChangeHook hook)
{
    m_changes = std::move(hook);
    refreshDraftMode();
}

void WebitelSettingsPage::refreshDraftMode()
{
    m_save->setText(m_changes.isDrafting() ? tr("&Add to Draft") : tr("&Save Settings"));
}

void WebitelSettingsPage::submit(std::shared_ptr<Operation> operation, const QString &sending, std::function<void()> sent)
{
    if (!m_changes.isSet())
        return;
    const bool drafting = m_changes.isDrafting();
    if (!drafting)
        setStatus(sending);
    m_changes.submit({std::move(operation)}, this, [this, drafting, sent = std::move(sent)](const ChangeOutcome &outcome) {
        validate();
        if (!outcome.ok())
            return setStatus(outcome.error.message(), true);
        if (drafting) {
            m_password->clear();
            return setStatus(tr("Added to the draft: nothing is sent until it is applied (Draft pane)."));
        }
        sent();
    });
}

void WebitelSettingsPage::sendTest()
{
    const QString to = m_testTo->text().trimmed();
    submit(std::make_shared<WebitelOperation>(WebitelOperation::Action::Test, m_domain, Webitel::EmailSettings{}, to),
           tr("Asking Webitel to send a test email to %1\u2026").arg(to),
           [this, to] { setStatus(tr("Webitel accepted the test email to %1.").arg(to)); });
}
