#include "ui/hostway/editmailboxdialog.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "ui/hostway/webmailtab.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EditMailboxDialog::EditMailboxDialog(const QString &domain, const QString &name, bool master, QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_name(name)
    , m_wasMaster(master)
    , m_newName(new QLineEdit(name, this))
    , m_master(new QCheckBox(tr("&Master account"), this))
    , m_plan(new QComboBox(this))
    , m_consequence(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("editMailboxDialog"));
    setWindowTitle(tr("Edit %1@%2").arg(name, domain));
    m_newName->setObjectName(QStringLiteral("editMailboxName"));
    m_newName->selectAll();
    m_master->setObjectName(QStringLiteral("editMailboxMaster"));
    m_master->setChecked(master);
    m_plan->setObjectName(QStringLiteral("editMailboxPlan"));
    m_plan->addItem(tr("Keep the current plan"));
    m_plan->setEnabled(false);   // until the domain's plans come (setPlans)
    m_plan->setToolTip(tr("The mailbox list's Webmail column shows the plan it is on now."));
    for (QLabel *label : {m_consequence, m_problem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->hide();
    }
    m_consequence->setObjectName(QStringLiteral("editMailboxConsequence"));
    m_problem->setObjectName(QStringLiteral("editMailboxProblem"));
    UiStyle::setError(m_problem, true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Ok);
    m_save->setText(tr("&Save"));
    m_save->setObjectName(QStringLiteral("editMailboxSave"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_newName);
    form->addRow(QString(), m_master);
    form->addRow(tr("&Plan:"), m_plan);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_consequence);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_newName, &QLineEdit::textChanged, this, &EditMailboxDialog::check);
    connect(m_master, &QCheckBox::toggled, this, &EditMailboxDialog::check);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &EditMailboxDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_save->isEnabled())
            return;
        m_busy = true;
        m_save->setEnabled(false);
        Q_EMIT submitted();
    });
    // Room for the consequence and a problem from the start, so typing never grows the
    // dialog nor moves Save under the pointer.
    m_consequence->setText(UpdateMailbox::renameConsequence(name + QLatin1Char('@') + domain, name + QLatin1Char('@') + domain));
    m_problem->setText(tr("A mailbox named %1 exists in %2 already: choose another name.").arg(name, domain));
    m_consequence->show();
    m_problem->show();
    setMinimumWidth(460);
    resize(460, 0);
    setMinimumHeight(layout->heightForWidth(460) > 0 ? layout->heightForWidth(460) : sizeHint().height());
    check();
}

std::shared_ptr<UpdateMailbox> EditMailboxDialog::operation() const
{
    auto op = std::make_shared<UpdateMailbox>(m_domain, m_name);
    if (m_newName->text().trimmed() != m_name)
        op->setRename(m_newName->text().trimmed());
    if (m_master->isChecked() != m_wasMaster)
        op->setMaster(m_master->isChecked());
    if (const QString plan = m_plan->currentData().toString(); !plan.isEmpty())
        op->setType(plan);
    return op;
}

void EditMailboxDialog::check()
{
    const auto op = operation();
    const bool changed = !op->rename().isEmpty() || op->master().has_value() || !op->type().isEmpty();
    QStringList problems;
    if (changed) {
        for (const ValidationProblem &p : op->validate())
            problems.append(p.message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    const bool renaming = !op->rename().isEmpty() && problems.isEmpty();
    m_consequence->setText(renaming ? UpdateMailbox::renameConsequence(m_name + QLatin1Char('@') + m_domain,
                                                                       op->rename() + QLatin1Char('@') + m_domain)
                                    : QString());
    m_consequence->setVisible(renaming);
    m_save->setEnabled(changed && problems.isEmpty() && !m_busy);
}

void EditMailboxDialog::showRefusal(const ApiError &error)
{
    // The documented rename onto a name in use: 400 without a body.
    const bool nameTaken = !operation()->rename().isEmpty() && error.httpStatus() == 400 && error.rawBody().trimmed().isEmpty();
    // Section 69-70: a plan whose mailboxes are all taken answers 400.
    const bool planFull = !operation()->type().isEmpty() && error.httpStatus() == 400
                          && QString::fromUtf8(error.rawBody()).contains(QLatin1String("exceeded"), Qt::CaseInsensitive);
    QStringList words;
    if (nameTaken)
        words.append(tr("A mailbox named %1 exists in %2 already: choose another name.").arg(operation()->rename(), m_domain));
    else if (planFull)
        words.append(tr("Every mailbox the plan %1 allows in %2 is taken: choose another plan, or keep the current one.")
                         .arg(m_plan->currentText(), m_domain));
    UiStyle::showRefusal(m_problem, error, words);
    m_busy = false;
    m_save->setEnabled(m_problem->isVisible() && operation()->validate().isEmpty());
}

void EditMailboxDialog::setPlans(const ApiError &error, const Hostway::WebmailPlans &plans)
{
    if (error.isError()) {
        m_plan->setToolTip(tr("The domain's plans could not be read: %1").arg(error.message()));
        return;
    }
    for (const auto &[type, planName] : plans.names) {
        const int limit = plans.limits.value(type);
        m_plan->addItem(WebmailTab::planLabel(planName, limit), type);
    }
    m_plan->setEnabled(!plans.names.isEmpty());
}
