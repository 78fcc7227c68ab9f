#include "ui/ice/icesettingspage.h"

#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/iceoperation.h"
#include "core/providers/ice/icesettingsstore.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QLineEdit *edit(const QString &name, QWidget *parent, bool password = false)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    if (password) {
        e->setEchoMode(QLineEdit::Password);
        e->setClearButtonEnabled(true);
    }
    return e;
}

QLineEdit *number(const QString &name, int max, QWidget *parent)
{
    auto *e = edit(name, parent);
    e->setValidator(new QIntValidator(0, max, e));
    e->setMaximumWidth(90);
    return e;
}

} // namespace

IceSettingsPage::IceSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_memory(new QLabel(this))
    , m_status(new QLabel(this))
    , m_smtpHost(edit(QStringLiteral("smtpHostEdit"), this))
    , m_smtpPort(number(QStringLiteral("smtpPortEdit"), 99999, this))
    , m_smtpUser(edit(QStringLiteral("smtpUserEdit"), this))
    , m_smtpPassword(edit(QStringLiteral("smtpPasswordEdit"), this, true))
    , m_smtpMailbox(edit(QStringLiteral("smtpMailboxEdit"), this))
    , m_smtpPoll(number(QStringLiteral("smtpPollEdit"), 10000, this))
    , m_pop3(new QRadioButton(QStringLiteral("POP3"), this))
    , m_imap(new QRadioButton(QStringLiteral("IMAP"), this))
    , m_inHost(edit(QStringLiteral("inHostEdit"), this))
    , m_inPort(number(QStringLiteral("inPortEdit"), 99999, this))
    , m_inUser(edit(QStringLiteral("inUserEdit"), this))
    , m_inPassword(edit(QStringLiteral("inPasswordEdit"), this, true))
    , m_inMailbox(edit(QStringLiteral("inMailboxEdit"), this))
    , m_inPoll(number(QStringLiteral("inPollEdit"), 10000, this))
    , m_ssl(new QCheckBox(tr("Use &SSL"), this))
    , m_tls(new QCheckBox(tr("Use &TLS (STARTTLS)"), this))
    , m_spoofing(new QCheckBox(tr("Send &as another address:"), this))
    , m_spoofEmail(edit(QStringLiteral("spoofEmailEdit"), this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_problems(new QLabel(this))
    , m_send(new QPushButton(QIcon(QStringLiteral(":/icons/server.svg")), tr("Send to &ICE"), this))
{
    setObjectName(QStringLiteral("iceSettingsPage"));
    UiStyle::setHeading(m_title, 1.3);
    m_memory->setObjectName(QStringLiteral("iceMemoryNote"));
    m_memory->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("iceStatus"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("iceProblems"));
    m_problems->setWordWrap(true);
    UiStyle::setError(m_problems);
    m_pop3->setObjectName(QStringLiteral("pop3Radio"));
    m_imap->setObjectName(QStringLiteral("imapRadio"));
    m_ssl->setObjectName(QStringLiteral("sslCheck"));
    m_tls->setObjectName(QStringLiteral("tlsCheck"));
    m_spoofing->setObjectName(QStringLiteral("spoofingCheck"));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_send->setObjectName(QStringLiteral("iceSendButton"));
    m_send->setShortcut(QKeySequence::Save);
    m_smtpHost->setPlaceholderText(tr("e.g. smtp.example.com"));
    m_inHost->setPlaceholderText(tr("e.g. imap.example.com"));
    m_smtpPoll->setPlaceholderText(tr("minutes"));
    m_inPoll->setPlaceholderText(tr("minutes"));

    auto *smtp = new QGroupBox(tr("Sending (SMTP)"), this);
    auto *smtpForm = new QFormLayout(smtp);
    smtpForm->addRow(tr("Server:"), m_smtpHost);
    smtpForm->addRow(tr("Port:"), m_smtpPort);
    smtpForm->addRow(tr("User name:"), m_smtpUser);
    smtpForm->addRow(tr("Password:"), m_smtpPassword);
    smtpForm->addRow(tr("Mailbox:"), m_smtpMailbox);
    smtpForm->addRow(tr("Poll rate:"), m_smtpPoll);

    auto *incoming = new QGroupBox(tr("Receiving"), this);
    auto *inForm = new QFormLayout(incoming);
    auto *protocol = new QHBoxLayout;
    protocol->addWidget(m_pop3);
    protocol->addWidget(m_imap);
    protocol->addStretch();
    inForm->addRow(tr("Protocol:"), protocol);
    inForm->addRow(tr("Server:"), m_inHost);
    inForm->addRow(tr("Port:"), m_inPort);
    inForm->addRow(tr("User name:"), m_inUser);
    inForm->addRow(tr("Password:"), m_inPassword);
    inForm->addRow(tr("Mailbox:"), m_inMailbox);
    inForm->addRow(tr("Poll rate:"), m_inPoll);

    auto *options = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(m_ssl);
    optionsLayout->addWidget(m_tls);
    auto *spoofRow = new QHBoxLayout;
    spoofRow->addWidget(m_spoofing);
    m_spoofEmail->setAccessibleName(tr("Address to send as"));
    spoofRow->addWidget(m_spoofEmail, 1);
    optionsLayout->addLayout(spoofRow);
    optionsLayout->addWidget(m_enabled);

    auto *columns = new QHBoxLayout;
    columns->addWidget(smtp);
    columns->addWidget(incoming);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_problems, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignTop);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_memory);
    layout->addLayout(columns);
    layout->addWidget(options);
    layout->addLayout(sendRow);
    layout->addWidget(m_status);
    layout->addStretch();
    UiStyle::setScrollingContent(this, content);

    const auto edited = [this] { m_edited = true; };
    for (QLineEdit *e : {m_smtpHost, m_smtpPort, m_smtpUser, m_smtpPassword, m_smtpMailbox, m_smtpPoll, m_inHost, m_inPort, m_inUser,
                         m_inPassword, m_inMailbox, m_inPoll, m_spoofEmail}) {
        connect(e, &QLineEdit::textEdited, this, edited);
        connect(e, &QLineEdit::textChanged, this, &IceSettingsPage::validate);
    }
    for (QCheckBox *c : {m_ssl, m_tls, m_spoofing, m_enabled}) {
        connect(c, &QCheckBox::clicked, this, edited);
        connect(c, &QCheckBox::toggled, this, &IceSettingsPage::validate);
    }
    // Switching protocol shows that protocol's fields (both are kept until sent).
    connect(m_imap, &QRadioButton::toggled, this, [this](bool imap) {
        Ice::MailServer &from = imap ? m_loaded.pop3 : m_loaded.imap;
        const Ice::MailServer &to = imap ? m_loaded.imap : m_loaded.pop3;
        from = {m_inHost->text(), m_inUser->text(), m_inPassword->text().isEmpty() ? from.password : m_inPassword->text(),
                m_inMailbox->text(), m_inPort->text(), m_inPoll->text()};
        m_inHost->setText(to.address);
        m_inPort->setText(to.port);
        m_inUser->setText(to.userName);
        m_inPassword->clear();
        m_inPassword->setPlaceholderText(to.password.isEmpty() ? QString() : tr("unchanged"));
        m_inMailbox->setText(to.mailbox);
        m_inPoll->setText(to.pollRate);
        validate();
    });
    connect(m_send, &QPushButton::clicked, this, &IceSettingsPage::send);
    setSource(nullptr, nullptr, QString(), 0, 0);
}

void IceSettingsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    UiStyle::setError(m_status, error);
}

void IceSettingsPage::setSource(IceClient *client, IceSettingsStore *store, const QString &accountKey, int organisationId, int skillId)
{
    const int generation = ++m_generation;
    m_client = client;
    m_store = store;
    m_accountKey = accountKey;
    Ice::ServerSettings fresh;
    fresh.organisationId = organisationId;
    fresh.skillId = skillId;
    fresh.smtp.port = QStringLiteral("587");
    fresh.pop3.port = QStringLiteral("995");
    fresh.imap.port = QStringLiteral("993");
    m_title->setText(tr("Email Server of Skill %1").arg(skillId));
    setStatus(QString());
    show(fresh);
    if (!store || skillId <= 0) {
        m_memory->setText(QString());
        return;
    }
    m_memory->setText(tr("Loading what Mailroom last sent\u2026"));
    store->load(accountKey, skillId, this, [this, generation, fresh](std::optional<IceSettingsStore::Saved> saved) {
        if (generation != m_generation)
            return;
        if (!saved) {
            m_memory->setText(tr("ICE has no call that reads these settings back, and none were sent from this computer yet. "
                                 "Enter them and send: Mailroom will remember what it sent."));
            return;
        }
        Ice::ServerSettings s = saved->settings;
        s.organisationId = fresh.organisationId;
        s.skillId = fresh.skillId;
        show(s);
        QString note = tr("ICE has no call that reads these settings back: this is what Mailroom sent on %1.")
                           .arg(QLocale().toString(saved->sentAt.toLocalTime(), QLocale::ShortFormat));
        if (!saved->passwordsKept)
            note += QLatin1Char(' ') + tr("The passwords could not be read from the keychain: enter them again before sending.");
        m_memory->setText(note);
    });
}

void IceSettingsPage::show(const Ice::ServerSettings &s)
{
    m_loaded = s;
    m_edited = false;
    const QSignalBlocker block(m_imap);
    m_smtpHost->setText(s.smtp.address);
    m_smtpPort->setText(s.smtp.port);
    m_smtpUser->setText(s.smtp.userName);
    m_smtpPassword->clear();
    m_smtpPassword->setPlaceholderText(s.smtp.password.isEmpty() ? QString() : tr("unchanged"));
    m_smtpMailbox->setText(s.smtp.mailbox);
    m_smtpPoll->setText(s.smtp.pollRate);
    m_imap->setChecked(s.isImap);
    m_pop3->setChecked(!s.isImap);
    const Ice::MailServer &in = s.isImap ? s.imap : s.pop3;
    m_inHost->setText(in.address);
    m_inPort->setText(in.port);
    m_inUser->setText(in.userName);
    m_inPassword->clear();
    m_inPassword->setPlaceholderText(in.password.isEmpty() ? QString() : tr("unchanged"));
    m_inMailbox->setText(in.mailbox);
    m_inPoll->setText(in.pollRate);
    m_ssl->setChecked(s.ssl);
    m_tls->setChecked(s.tls);
    m_spoofing->setChecked(s.emailSpoofing);
    m_spoofEmail->setText(s.spoofEmail);
    m_enabled->setChecked(s.enabled);
    validate();
}

Ice::ServerSettings IceSettingsPage::settings() const
{
    Ice::ServerSettings s = m_loaded;
    s.smtp = {m_smtpHost->text().trimmed(), m_smtpUser->text().trimmed(),
              m_smtpPassword->text().isEmpty() ? m_loaded.smtp.password : m_smtpPassword->text(), m_smtpMailbox->text().trimmed(),
              m_smtpPort->text().trimmed(), m_smtpPoll->text().trimmed()};
    s.isImap = m_imap->isChecked();
    Ice::MailServer &in = s.isImap ? s.imap : s.pop3;
    in = {m_inHost->text().trimmed(), m_inUser->text().trimmed(), m_inPassword->text().isEmpty() ? in.password : m_inPassword->text(),
          m_inMailbox->text().trimmed(), m_inPort->text().trimmed(), m_inPoll->text().trimmed()};
    s.ssl = m_ssl->isChecked();
    s.tls = m_tls->isChecked();
    s.emailSpoofing = m_spoofing->isChecked();
    s.spoofEmail = m_spoofEmail->text().trimmed();
    s.enabled = m_enabled->isChecked();
    return s;
}

void IceSettingsPage::setChangeHook(ChangeHook hook)
{
    m_changes = std::move(hook);
    refreshDraftMode();
}

void IceSettingsPage::refreshDraftMode()
{
    m_send->setText(m_changes.isDrafting() ? tr("&Add to Draft") : tr("Send to &ICE"));
}

void IceSettingsPage::validate()
{
    m_spoofEmail->setEnabled(m_spoofing->isChecked());
    const QStringList problems = settings().problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    UiStyle::setError(m_problems, m_edited);
    m_send->setEnabled(m_client && problems.isEmpty());
    m_send->setToolTip(m_client ? QString() : tr("Give the account's password to send."));
}

void IceSettingsPage::send()
{
    if (!m_client || !m_changes.isSet())
        return;
    const Ice::ServerSettings s = settings();
    const bool drafting = m_changes.isDrafting();
    if (!drafting) {
        m_send->setEnabled(false);
        setStatus(tr("Sending to ICE\u2026"));
    }
    m_changes.submit({std::make_shared<IceOperation>(s, m_client->fieldNames())}, this, [this, s, drafting](const ChangeOutcome &outcome) {
        validate();
        if (!outcome.ok())
            return setStatus(outcome.error.message(), true);
        if (drafting)
            return setStatus(tr("Added to the draft: ICE gets these settings when the draft is applied."));
        setStatus(tr("ICE accepted the settings."));
        show(s);   // the password fields empty again: what was sent is kept, never shown
        if (!m_store)
            return;
        m_store->save(m_accountKey, s, this, [this](bool passwordsKept) {
            m_memory->setText(passwordsKept ? tr("ICE has no call that reads these settings back: this is what Mailroom just sent.")
                                            : tr("Sent. The passwords could not be kept in the keychain: Mailroom will ask for them next time."));
        });
    });
}
