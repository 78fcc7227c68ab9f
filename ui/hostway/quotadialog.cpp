#include "ui/hostway/quotadialog.h"

#include "core/net/apierror.h"
#include "ui/uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

QuotaDialog::QuotaDialog(const QString &username, const QString &domain, int currentMb, QWidget *parent)
    // Hostway: greater than 0 (seed 003, PUT mailbox "quota")
    : QuotaDialog(tr("Change Quota of %1@%2").arg(username, domain),
                  tr("New quota of <b>%1@%2</b>:").arg(username.toHtmlEscaped(), domain.toHtmlEscaped()), currentMb, 1, parent)
{
}

QuotaDialog::QuotaDialog(const QString &title, const QString &prompt, int currentMb, int minimumMb, QWidget *parent)
    : QDialog(parent)
    , m_quota(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("quotaDialog"));
    setWindowTitle(title);
    m_quota->setObjectName(QStringLiteral("quotaSpin"));
    m_quota->setRange(minimumMb, 10'000'000);
    m_quota->setSingleStep(100);
    m_quota->setSuffix(tr(" MB"));
    m_quota->setGroupSeparatorShown(true);
    m_quota->setValue(currentMb);
    m_quota->selectAll();
    m_error->setObjectName(QStringLiteral("quotaError"));
    m_error->setWordWrap(true);
    UiStyle::setError(m_error);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Quota"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setQuotaButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Quota:"), m_quota);
    form->addRow(QString(), m_error);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(prompt, this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_quota, &QSpinBox::valueChanged, m_error, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        Q_EMIT submitted();
    });
    resize(400, sizeHint().height());
}

int QuotaDialog::quotaMb() const
{
    return m_quota->value();
}

void QuotaDialog::showRefusal(const ApiError &error, const QStringList &words)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    const QString field = error.fieldMessage(QStringLiteral("quota"));
    m_error->setText(!words.isEmpty() ? words.join(QLatin1Char('\n')) : field.isEmpty() ? error.message() : field);
    m_error->show();
    m_quota->setFocus();
}
