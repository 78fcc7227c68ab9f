#include "ui/hostway/webmailtab.h"

#include "core/net/apierror.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/webmailoperations.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

WebmailTab::WebmailTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_plan(new QComboBox(this))
    , m_allowUpgrade(new QCheckBox(tr("Allow upgrades of the plan"), this))
    , m_resetPassword(new QCheckBox(tr("New password at next sign-in"), this))
    , m_theme(new QLineEdit(this))
    , m_language(new QLineEdit(this))
    , m_timezone(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("webmailTab"));
    m_plan->setObjectName(QStringLiteral("webmailPlan"));
    m_plan->setAccessibleName(tr("Webmail plan"));
    m_allowUpgrade->setObjectName(QStringLiteral("webmailAllowUpgrade"));
    m_resetPassword->setObjectName(QStringLiteral("webmailResetPassword"));
    m_resetPassword->setToolTip(tr("Webmail asks the mailbox's owner for a new password the next time they sign in"));
    m_theme->setObjectName(QStringLiteral("webmailTheme"));
    m_language->setObjectName(QStringLiteral("webmailLanguage"));
    m_language->setPlaceholderText(QStringLiteral("en_US"));
    m_timezone->setObjectName(QStringLiteral("webmailTimezone"));
    m_timezone->setPlaceholderText(QStringLiteral("America/Chicago"));
    m_problem->setObjectName(QStringLiteral("webmailProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_save->setObjectName(QStringLiteral("webmailSave"));
    m_save->setToolTip(tr("Send the webmail settings to Hostway, or add them to the draft (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("webmailRevert"));
    setFocusProxy(m_plan);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Plan:"), m_plan);   // Alt+L (the tab) lands here
    form->addRow(m_allowUpgrade);
    form->addRow(m_resetPassword);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Languag&e:"), m_language);
    form->addRow(tr("Time &zone:"), m_timezone);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch();

    auto *saveKey = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &WebmailTab::save);
    connect(m_save, &QPushButton::clicked, this, &WebmailTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { show(m_plans, m_account); });
    connect(m_plan, &QComboBox::currentIndexChanged, this, &WebmailTab::updateState);
    for (QCheckBox *box : {m_allowUpgrade, m_resetPassword})
        connect(box, &QCheckBox::toggled, this, &WebmailTab::updateState);
    for (QLineEdit *edit : {m_theme, m_language, m_timezone})
        connect(edit, &QLineEdit::textChanged, this, &WebmailTab::updateState);
    clear();
}

QString WebmailTab::planLabel(const QString &planName, int limit)
{
    return limit > 0 ? tr("%1 (at most %n mailbox(es))", nullptr, limit).arg(planName) : tr("%1 (no limit)").arg(planName);
}

void WebmailTab::clear()
{
    m_known = false;
    m_saved.clear();
    m_account.reset();
    show({}, std::nullopt);
}

void WebmailTab::load(HostwayClient *client, quint64 generation)
{
    client->fetchWebmailPlans(domain(), this, [this, client, generation](const ApiError &error, const Hostway::WebmailPlans &plans) {
        if (!isCurrent(generation))
            return;
        if (error.isError())
            return setStatus(tr("The domain's webmail plans could not be read: %1").arg(error.message()), true);
        ApiJob *job = client->fetchWebmail(domain(), name(), this, [this, plans, generation](const ApiError &e, const Hostway::Webmail &account) {
            if (!isCurrent(generation))
                return;
            if (e.isError() && e.kind() != ApiError::Kind::NotFound)
                return setStatus(tr("The webmail account could not be read: %1").arg(e.message()), true);
            m_known = true;
            show(plans, e.isError() ? std::nullopt : std::optional<Hostway::Webmail>(account));
        });
        job->setFailureShownByCaller(true);   // a 404 is "no account yet"; other failures are said in the tab
    });
}

void WebmailTab::show(const Hostway::WebmailPlans &plans, const std::optional<Hostway::Webmail> &account)
{
    m_account = account;
    m_plans = plans;
    const QList<QWidget *> fields{m_plan, m_allowUpgrade, m_resetPassword, m_theme, m_language, m_timezone};
    for (QWidget *w : fields)
        w->blockSignals(true);
    m_plan->clear();
    for (const auto &[type, planName] : plans.names) {
        const int limit = plans.limits.value(type);
        m_plan->addItem(planLabel(planName, limit), type);
    }
    const Hostway::Webmail now = account.value_or(Hostway::Webmail{QStringLiteral("standard"), true, false, {}, {}, {}});
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(now.type)));
    m_allowUpgrade->setChecked(now.allowUpgrade);
    m_allowUpgrade->setEnabled(plans.upgradeAllowed || !account);
    m_allowUpgrade->setToolTip(plans.upgradeAllowed ? QString() : tr("Hostway allows no upgrade of webmail plans in this domain."));
    m_resetPassword->setChecked(now.resetPassword);
    m_resetPassword->setVisible(account.has_value() && !m_ownerView);
    if (m_ownerView && account) {
        m_allowUpgrade->setEnabled(false);
        m_allowUpgrade->setToolTip(tr("Only the account administrator changes this; without it, the plan stays as it is."));
    }
    m_theme->setText(now.theme);
    m_language->setText(now.language);
    m_timezone->setText(now.timezone);
    for (QWidget *w : fields)
        w->blockSignals(false);
    m_save->setText(account || !m_known ? tr("Save") : tr("Create Account"));
    m_revert->setVisible(account.has_value());
    if (m_known && !m_saved.isEmpty())   // read back after Save: say it was done
        setStatus(tr("Saved: %1.").arg(m_saved));
    else if (m_known)
        setStatus(account ? tr("%1@%2 signs in to webmail on the plan below.").arg(name(), domain())
                          : tr("%1@%2 has no webmail account: choose its plan and create it.").arg(name(), domain()));
    m_saved.clear();
    updateState();
}

QJsonObject WebmailTab::edited() const
{
    QJsonObject fields;
    const Hostway::Webmail before = m_account.value_or(Hostway::Webmail{});
    const bool creating = !m_account;
    const auto put = [&](const char *key, const QJsonValue &now, const QJsonValue &was) {
        if (creating || now != was)
            fields.insert(QLatin1String(key), now);
    };
    put("type", m_plan->currentData().toString(), before.type);
    put("allowUpgrade", m_allowUpgrade->isChecked(), before.allowUpgrade);
    if (!creating)
        put("resetPassword", m_resetPassword->isChecked(), before.resetPassword);
    // Empty texts are left to Hostway's defaults rather than sent.
    for (const auto &[key, edit, was] : {std::tuple{"theme", m_theme, before.theme}, std::tuple{"language", m_language, before.language},
                                         std::tuple{"timezone", m_timezone, before.timezone}}) {
        if (!edit->text().trimmed().isEmpty() && edit->text().trimmed() != was)
            fields.insert(QLatin1String(key), edit->text().trimmed());
    }
    return fields;
}

void WebmailTab::updateState()
{
    for (QWidget *w : {static_cast<QWidget *>(m_plan), static_cast<QWidget *>(m_theme), static_cast<QWidget *>(m_language),
                       static_cast<QWidget *>(m_timezone), static_cast<QWidget *>(m_resetPassword)})
        w->setEnabled(m_known);
    const QJsonObject fields = edited();
    QStringList problems;
    if (m_known && !fields.isEmpty()) {
        const auto found = m_account ? SetWebmail(domain(), name(), fields).validate() : CreateWebmail(domain(), name(), fields).validate();
        for (const ValidationProblem &p : found)
            problems.append(p.message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    UiStyle::setError(m_problem, true);
    m_problem->setVisible(!problems.isEmpty());
    m_save->setEnabled(m_known && hasMailbox() && (!m_account || !fields.isEmpty()) && problems.isEmpty());
    m_revert->setEnabled(m_account && !fields.isEmpty());
}

void WebmailTab::save()
{
    if (!m_save->isEnabled())
        return;
    std::shared_ptr<MailboxSettingChange> op;
    if (m_account) {
        op = std::make_shared<SetWebmail>(domain(), name(), edited());
        op->setExpected(CreateWebmail::stateOf(*m_account));
    } else {
        op = std::make_shared<CreateWebmail>(domain(), name(), edited());
        op->setExpected(QJsonObject());
    }
    m_save->setEnabled(false);
    submit(op, [this, op] {
        if (drafting())
            return setStatus(tr("Added to the draft: %1.").arg(op->describe()));
        m_saved = op->describe();
        reload();
        m_plan->setFocus();
    }, [this, op](const ApiError &error) {
        updateState();
        UiStyle::showRefusal(m_problem, error, op->explainRefusal(error));
    });
}
