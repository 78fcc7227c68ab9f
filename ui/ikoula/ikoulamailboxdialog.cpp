#include "ui/ikoula/ikoulamailboxdialog.h"

#include "models/sizeformat.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QSpinBox *megabytes(qint64 kb, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 10 * 1024 * 1024);   // 10 TB in MB
    spin->setSuffix(QStringLiteral(" MB"));
    spin->setSpecialValueText(IkoulaMailboxDialog::tr("No limit"));
    spin->setSingleStep(256);
    spin->setValue(static_cast<int>(kb / 1024));
    return spin;
}

} // namespace

IkoulaMailboxDialog::IkoulaMailboxDialog(const Ikoula::Bal &bal, const QStringList &addresses, QWidget *parent)
    : QDialog(parent)
    , m_original(bal)
    , m_disabled(new QCheckBox(tr("Account &disabled"), this))
    , m_hidden(new QCheckBox(tr("&Hidden from the address book"), this))
    , m_pop(new QCheckBox(QStringLiteral("POP"), this))
    , m_imap(new QCheckBox(QStringLiteral("IMAP"), this))
    , m_owa(new QCheckBox(tr("OWA (Outlook on the web)"), this))
    , m_mapi(new QCheckBox(tr("MAPI (Outlook)"), this))
    , m_activeSync(new QCheckBox(tr("ActiveSync (phones)"), this))
    , m_warning(megabytes(bal.quotas.issueWarningKb, this))
    , m_send(megabytes(bal.quotas.prohibitSendKb, this))
    , m_receive(megabytes(bal.quotas.prohibitSendReceiveKb, this))
    , m_keepDays(new QSpinBox(this))
    , m_aliases(new QListWidget(this))
    , m_newAlias(new QLineEdit(this))
    , m_forwardTo(new QComboBox(this))
    , m_keepCopy(new QCheckBox(tr("&Deliver to this mailbox too"), this))
    , m_smtpForward(new QLineEdit(bal.smtpForwardTo, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ikoulaMailboxDialog"));
    setWindowTitle(tr("Mailbox %1").arg(bal.email));
    auto *tabs = new QTabWidget(this);

    // General: every field update-bal sends.
    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);
    const struct { const char *label; QString Ikoula::BalDetails::*field; const char *name; } texts[] = {
        {QT_TR_NOOP("Display &name:"), &Ikoula::BalDetails::displayName, "displayNameEdit"},
        {QT_TR_NOOP("&First name:"), &Ikoula::BalDetails::firstName, "firstNameEdit"},
        {QT_TR_NOOP("&Last name:"), &Ikoula::BalDetails::lastName, "lastNameEdit"},
        {QT_TR_NOOP("Initials:"), &Ikoula::BalDetails::initials, "initialsEdit"},
        {QT_TR_NOOP("&Job title:"), &Ikoula::BalDetails::job, "jobEdit"},
        {QT_TR_NOOP("Department:"), &Ikoula::BalDetails::department, "departmentEdit"},
        {QT_TR_NOOP("Company:"), &Ikoula::BalDetails::company, "companyEdit"},
        {QT_TR_NOOP("Office:"), &Ikoula::BalDetails::office, "officeEdit"},
        {QT_TR_NOOP("Business phone:"), &Ikoula::BalDetails::businessPhone, "businessPhoneEdit"},
        {QT_TR_NOOP("&Mobile phone:"), &Ikoula::BalDetails::mobilePhone, "mobilePhoneEdit"},
        {QT_TR_NOOP("Home phone:"), &Ikoula::BalDetails::homePhone, "homePhoneEdit"},
        {QT_TR_NOOP("Fax:"), &Ikoula::BalDetails::fax, "faxEdit"},
        {QT_TR_NOOP("Address:"), &Ikoula::BalDetails::address, "addressEdit"},
        {QT_TR_NOOP("City:"), &Ikoula::BalDetails::city, "cityEdit"},
        {QT_TR_NOOP("State:"), &Ikoula::BalDetails::state, "stateEdit"},
        {QT_TR_NOOP("Postcode:"), &Ikoula::BalDetails::zip, "zipEdit"},
    };
    for (const auto &t : texts) {
        auto *edit = new QLineEdit(bal.details.*(t.field), general);
        edit->setObjectName(QLatin1String(t.name));
        form->addRow(tr(t.label), edit);
        m_texts.append({edit, t.field});
    }
    m_disabled->setChecked(bal.details.disabled);
    m_hidden->setChecked(bal.details.hideAddressBook);
    form->addRow(QString(), m_disabled);
    form->addRow(QString(), m_hidden);
    tabs->addTab(general, tr("&General"));

    auto *protocols = new QWidget(tabs);
    auto *protocolLayout = new QVBoxLayout(protocols);
    protocolLayout->addWidget(new QLabel(tr("How this mailbox may be reached:"), protocols));
    const std::pair<QCheckBox *, bool> features[] = {{m_pop, bal.features.pop}, {m_imap, bal.features.imap}, {m_owa, bal.features.owa},
                                                     {m_mapi, bal.features.mapi}, {m_activeSync, bal.features.activeSync}};
    for (const auto &[box, on] : features) {
        box->setChecked(on);
        protocolLayout->addWidget(box);
    }
    m_pop->setObjectName(QStringLiteral("popCheck"));
    m_activeSync->setObjectName(QStringLiteral("activeSyncCheck"));
    protocolLayout->addStretch();
    tabs->addTab(protocols, tr("&Protocols"));

    auto *quotas = new QWidget(tabs);
    auto *quotaForm = new QFormLayout(quotas);
    m_warning->setObjectName(QStringLiteral("warningSpin"));
    m_send->setObjectName(QStringLiteral("sendSpin"));
    m_receive->setObjectName(QStringLiteral("receiveSpin"));
    m_keepDays->setObjectName(QStringLiteral("keepDaysSpin"));
    m_keepDays->setRange(0, 30);
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(bal.quotas.keepDeletedItemsDays);
    quotaForm->addRow(tr("&Warn from:"), m_warning);
    quotaForm->addRow(tr("Stop &sending from:"), m_send);
    quotaForm->addRow(tr("Stop sending and &receiving from:"), m_receive);
    quotaForm->addRow(tr("&Keep deleted items:"), m_keepDays);
    if (bal.usedKb >= 0)
        quotaForm->addRow(tr("In use:"), new QLabel(SizeFormat::kilobytes(bal.usedKb), quotas));
    tabs->addTab(quotas, tr("&Quotas"));

    auto *aliases = new QWidget(tabs);
    auto *aliasLayout = new QVBoxLayout(aliases);
    m_aliases->setObjectName(QStringLiteral("aliasList"));
    m_aliases->addItems(bal.aliases);
    m_newAlias->setObjectName(QStringLiteral("newAliasEdit"));
    m_newAlias->setPlaceholderText(tr("another address of this mailbox"));
    auto *addAlias = new QPushButton(tr("Add"), aliases);
    auto *removeAlias = new QPushButton(tr("Remove"), aliases);
    auto *aliasRow = new QHBoxLayout;
    aliasRow->addWidget(m_newAlias, 1);
    aliasRow->addWidget(addAlias);
    aliasRow->addWidget(removeAlias);
    aliasLayout->addWidget(m_aliases);
    aliasLayout->addLayout(aliasRow);
    connect(addAlias, &QPushButton::clicked, this, [this] {
        const QString alias = m_newAlias->text().trimmed().toLower();
        if (alias.contains(QLatin1Char('@')) && m_aliases->findItems(alias, Qt::MatchFixedString).isEmpty())
            m_aliases->addItem(alias);
        m_newAlias->clear();
    });
    // Return in the alias field adds the alias; keyPressEvent() keeps it from also saving.
    connect(m_newAlias, &QLineEdit::returnPressed, this, [this, addAlias] {
        m_aliasReturn = true;
        addAlias->click();
    });
    connect(removeAlias, &QPushButton::clicked, this, [this] { delete m_aliases->currentItem(); });
    tabs->addTab(aliases, tr("&Aliases"));

    auto *forwarding = new QWidget(tabs);
    auto *forwardForm = new QFormLayout(forwarding);
    m_forwardTo->setObjectName(QStringLiteral("forwardCombo"));
    m_forwardTo->addItem(tr("(no forwarding)"), QString());
    for (const QString &a : addresses) {
        if (a.compare(bal.email, Qt::CaseInsensitive) != 0)
            m_forwardTo->addItem(a, a);
    }
    m_forwardTo->setCurrentIndex(std::max(0, m_forwardTo->findData(bal.forwardTo, Qt::UserRole, Qt::MatchFixedString)));
    m_keepCopy->setChecked(bal.deliverAndForward);
    m_smtpForward->setObjectName(QStringLiteral("smtpForwardEdit"));
    m_smtpForward->setPlaceholderText(tr("an outside address, e.g. name@gmail.com"));
    forwardForm->addRow(tr("Forward to a &mailbox:"), m_forwardTo);
    forwardForm->addRow(QString(), m_keepCopy);
    forwardForm->addRow(tr("Forward by &SMTP to:"), m_smtpForward);
    tabs->addTab(forwarding, tr("&Forwarding"));

    m_error->setObjectName(QStringLiteral("mailboxDialogError"));
    m_error->setWordWrap(true);
    UiStyle::setError(m_error);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveMailboxButton"));
    addAlias->setAutoDefault(false);
    removeAlias->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (details().displayName.trimmed().isEmpty())
            return showError(tr("The display name cannot be empty."));
        if (changes().isEmpty())
            return reject();   // nothing changed: nothing to send
        setBusy(true);
        Q_EMIT saveRequested();
    });
}

void IkoulaMailboxDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_aliasReturn && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        m_aliasReturn = false;
        event->accept();   // the alias field's Return, passed on by QLineEdit: not a Save
        return;
    }
    m_aliasReturn = false;
    QDialog::keyPressEvent(event);
}

Ikoula::BalDetails IkoulaMailboxDialog::details() const
{
    Ikoula::BalDetails d = m_original.details;
    for (const auto &[edit, field] : m_texts)
        d.*field = edit->text().trimmed();
    d.disabled = m_disabled->isChecked();
    d.hideAddressBook = m_hidden->isChecked();
    return d;
}

QList<IkoulaCall> IkoulaMailboxDialog::changes() const
{
    const QString email = m_original.email;
    QList<IkoulaCall> calls;
    const Ikoula::BalDetails d = details();
    const Ikoula::BalDetails &o = m_original.details;
    bool detailsChanged = d.disabled != o.disabled || d.hideAddressBook != o.hideAddressBook;
    for (const auto &[edit, field] : m_texts)
        detailsChanged = detailsChanged || d.*field != o.*field;
    if (detailsChanged)
        calls.append(IkoulaCalls::updateBal(email, d));

    const Ikoula::Features f{m_pop->isChecked(), m_imap->isChecked(), m_owa->isChecked(), m_mapi->isChecked(), m_activeSync->isChecked()};
    const Ikoula::Features &of = m_original.features;
    if (f.pop != of.pop || f.imap != of.imap || f.owa != of.owa || f.mapi != of.mapi || f.activeSync != of.activeSync)
        calls.append(IkoulaCalls::updateFeatures(email, f));

    // Whole MB as shown; a KB value that was not a whole MB is kept unless edited.
    const auto kb = [](const QSpinBox *spin, qint64 original) { return spin->value() == original / 1024 ? original : qint64(spin->value()) * 1024; };
    const Ikoula::Quotas q{kb(m_warning, m_original.quotas.issueWarningKb), kb(m_send, m_original.quotas.prohibitSendKb),
                           kb(m_receive, m_original.quotas.prohibitSendReceiveKb), m_keepDays->value()};
    const Ikoula::Quotas &oq = m_original.quotas;
    if (q.issueWarningKb != oq.issueWarningKb || q.prohibitSendKb != oq.prohibitSendKb || q.prohibitSendReceiveKb != oq.prohibitSendReceiveKb
        || q.keepDeletedItemsDays != oq.keepDeletedItemsDays)
        calls.append(IkoulaCalls::updateQuotas(email, q));

    QStringList now;
    for (int i = 0; i < m_aliases->count(); ++i)
        now.append(m_aliases->item(i)->text());
    for (const QString &alias : now) {
        if (!m_original.aliases.contains(alias, Qt::CaseInsensitive))
            calls.append(IkoulaCalls::addAlias(email, alias));
    }
    for (const QString &alias : m_original.aliases) {
        if (!now.contains(alias, Qt::CaseInsensitive))
            calls.append(IkoulaCalls::deleteAlias(alias));
    }

    const QString forward = m_forwardTo->currentData().toString();
    if (forward.isEmpty() && !m_original.forwardTo.isEmpty())
        calls.append(IkoulaCalls::deleteForward(email));
    else if (!forward.isEmpty() && (forward.compare(m_original.forwardTo, Qt::CaseInsensitive) != 0 || m_keepCopy->isChecked() != m_original.deliverAndForward))
        calls.append(IkoulaCalls::setForward(email, forward, m_keepCopy->isChecked()));

    const QString smtp = m_smtpForward->text().trimmed();
    if (smtp.isEmpty() && !m_original.smtpForwardTo.isEmpty())
        calls.append(IkoulaCalls::deleteSmtpForward(email));
    else if (!smtp.isEmpty() && smtp.compare(m_original.smtpForwardTo, Qt::CaseInsensitive) != 0)
        calls.append(IkoulaCalls::setSmtpForward(email, smtp));
    return calls;
}

void IkoulaMailboxDialog::showError(const QString &message)
{
    m_error->setText(message);
    setBusy(false);
}

void IkoulaMailboxDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
}
