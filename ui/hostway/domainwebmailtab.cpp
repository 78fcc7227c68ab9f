#include "ui/hostway/domainwebmailtab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/domainwebmailoperation.h"
#include "core/providers/hostway/hostwayclient.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

DomainWebmailTab::DomainWebmailTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_type(new QLabel(this))
    , m_trial(new QLabel(this))
    , m_plans(new QLabel(this))
    , m_allowUpgrade(new QCheckBox(tr("Let its accounts &upgrade their plan"), this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("domainWebmailTab"));
    setDomainLevel(true);
    m_type->setObjectName(QStringLiteral("domainWebmailType"));
    m_trial->setObjectName(QStringLiteral("domainWebmailTrial"));
    m_plans->setObjectName(QStringLiteral("domainWebmailPlans"));
    for (QLabel *label : {m_type, m_trial, m_plans}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_allowUpgrade->setObjectName(QStringLiteral("domainWebmailAllowUpgrade"));
    m_problem->setObjectName(QStringLiteral("domainWebmailProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    UiStyle::setError(m_problem, true);
    m_problem->hide();
    m_save->setObjectName(QStringLiteral("domainWebmailSave"));
    m_save->setToolTip(tr("Send the setting to Hostway, or add it to the draft (Ctrl+S)"));
    setFocusProxy(m_allowUpgrade);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Plan of the domain:"), m_type);
    form->addRow(tr("Trial:"), m_trial);
    form->addRow(tr("Plans offered:"), m_plans);
    form->addRow(m_allowUpgrade);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch();

    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &DomainWebmailTab::save);
    connect(m_save, &QPushButton::clicked, this, &DomainWebmailTab::save);
    connect(m_allowUpgrade, &QCheckBox::toggled, this, [this] {
        m_problem->hide();
        updateState();
    });
    clear();
}

void DomainWebmailTab::clear()
{
    m_read.reset();
    m_planList = {};
    for (QLabel *label : {m_type, m_trial, m_plans})
        label->setText(QStringLiteral("\u2013"));
    const QSignalBlocker block(m_allowUpgrade);
    m_allowUpgrade->setChecked(false);
    m_problem->hide();
    updateState();
}

void DomainWebmailTab::load(HostwayClient *client, quint64 generation)
{
    client->fetchWebmailPlans(domain(), this, [this, client, generation](const ApiError &error, const Hostway::WebmailPlans &plans) {
        if (!isCurrent(generation))
            return;
        if (error.isError())
            return setStatus(tr("The domain's webmail plans could not be read: %1").arg(error.message()), true);
        client->fetchDomainWebmail(domain(), this, [this, plans, generation](const ApiError &e, const Hostway::DomainWebmail &webmail) {
            if (!isCurrent(generation))
                return;
            if (e.isError())
                return setStatus(tr("The domain's webmail settings could not be read: %1").arg(e.message()), true);
            showRead(webmail, plans);
            setStatus(tr("The webmail of %1, as Hostway has it.").arg(subject()));
        });
    });
}

QString DomainWebmailTab::planName(const QString &type) const
{
    for (const auto &[key, name] : m_planList.names) {
        if (key == type)
            return tr("%1 (%2)").arg(name, type);
    }
    return type;
}

void DomainWebmailTab::showRead(const Hostway::DomainWebmail &webmail, const Hostway::WebmailPlans &plans)
{
    m_read = webmail;
    m_planList = plans;
    m_type->setText(webmail.type.isEmpty() ? tr("not given") : planName(webmail.type));
    if (webmail.trialType.isEmpty()) {
        m_trial->setText(tr("none"));
    } else {
        const QDate until = QDate::fromString(webmail.trialExpiration, Qt::ISODate);
        m_trial->setText(until.isValid() ? tr("%1 until %2").arg(planName(webmail.trialType), QLocale().toString(until, QLocale::LongFormat))
                                         : planName(webmail.trialType));
    }
    QStringList lines;
    for (const auto &[type, name] : plans.names) {
        const int limit = plans.limits.value(type);
        lines.append(limit > 0 ? tr("%1: at most %n mailbox(es)", nullptr, limit).arg(name) : tr("%1: no limit").arg(name));
    }
    m_plans->setText(lines.isEmpty() ? tr("none listed") : lines.join(QLatin1Char('\n')));
    const QSignalBlocker block(m_allowUpgrade);
    m_allowUpgrade->setChecked(webmail.allowUpgrade);
    updateState();
}

void DomainWebmailTab::updateState()
{
    // Off where the product disables upgrades: only turning them off is then possible.
    const bool locked = m_read && !m_read->allowUpgrade && !m_planList.upgradeAllowed;
    m_allowUpgrade->setEnabled(m_read.has_value() && !locked);
    m_allowUpgrade->setToolTip(locked ? tr("Hostway's product for this domain disables upgrades: they cannot be turned on here.")
                                      : tr("Whether the domain's webmail accounts may move to a higher plan"));
    m_save->setEnabled(m_read && m_allowUpgrade->isChecked() != m_read->allowUpgrade && hasMailbox());
}

void DomainWebmailTab::save()
{
    if (!m_save->isEnabled())
        return;
    auto op = std::make_shared<SetDomainWebmailUpgrade>(domain(), m_allowUpgrade->isChecked());
    op->setExpected(SetDomainWebmailUpgrade::stateOf(*m_read));
    m_save->setEnabled(false);
    submit(op, [this, op] {
        if (!drafting())
            return reload();
        m_read->allowUpgrade = op->allowUpgrade();   // drafted: the draft's value is the one to change from
        updateState();
        setStatus(tr("Added to the draft: %1.").arg(op->describe()));
    }, [this, op](const ApiError &error) {
        updateState();
        UiStyle::showRefusal(m_problem, error, op->explainRefusal(error));
    });
}
