#include "ui/hostway/migrationdialog.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/migrationreport.h"
#include "ui/uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MigrationDialog::MigrationDialog(const QString &domain, const QString &name, bool drafting, QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_name(name)
    , m_subject(new QLineEdit(ReportMigration::defaultSubject(domain, name), this))
    , m_body(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationDialog"));
    setWindowTitle(tr("Report Failed Migration"));
    auto *intro = new QLabel(tr("Hostway's support opens a ticket for the migration of %1@%2 that failed. Say what was "
                                "migrated, from where, and what went wrong.").arg(name, domain), this);
    intro->setWordWrap(true);
    m_subject->setObjectName(QStringLiteral("migrationSubject"));
    m_body->setObjectName(QStringLiteral("migrationBody"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("For example: the mail of the old server imap.example.org stopped at 2 GB of 5."));
    m_problem->setObjectName(QStringLiteral("migrationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    UiStyle::setError(m_problem, true);
    m_problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&What happened:"), m_body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(drafting ? tr("Add to Draft") : tr("Send Report"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("migrationSend"));
    m_send->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, 320);
    connect(m_subject, &QLineEdit::textChanged, this, &MigrationDialog::check);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MigrationDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        m_send->setEnabled(false);
        Q_EMIT submitted();
    });
    m_body->setFocus();
    check();
}

std::shared_ptr<ReportMigration> MigrationDialog::operation() const
{
    return std::make_shared<ReportMigration>(m_domain, m_name, m_subject->text().trimmed(), m_body->toPlainText());
}

void MigrationDialog::check()
{
    // Nothing is said before the first keystroke: the text starts empty on purpose.
    const bool ok = operation()->validate().isEmpty();
    m_send->setEnabled(ok);
    m_problem->hide();
}

void MigrationDialog::showRefusal(const ApiError &error)
{
    UiStyle::showRefusal(m_problem, error);
    m_send->setEnabled(true);
}
