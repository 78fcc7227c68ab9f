#include "ui/hostway/adddomaindialog.h"

#include "core/providers/hostway/hostwayclient.h"
#include "ui/uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

AddDomainDialog::AddDomainDialog(HostwayClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_domain(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addDomainDialog"));
    setWindowTitle(tr("Add Domain"));
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("e.g. example.com"));
    m_status->setObjectName(QStringLiteral("domainStatus"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Domain:"), m_domain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Mailroom checks that the account holds this domain before adding it."), this));
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_domain, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_status->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.trimmed().contains(QLatin1Char('.')));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDomainDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

QString AddDomainDialog::domain() const
{
    return m_domain->text().trimmed().toLower();
}

void AddDomainDialog::check()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    UiStyle::setError(m_status, false);
    m_status->setText(tr("Checking %1\u2026").arg(domain()));
    m_client->fetchDomain(domain(), this, [this](const ApiError &error, const Hostway::DomainInfo &) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!error.isError()) {
            accept();
            return;
        }
        UiStyle::setError(m_status);
        m_status->setText(error.kind() == ApiError::Kind::NotFound
                              ? tr("This account has no domain %1. Check the spelling, or the account it belongs to.").arg(domain())
                              : error.message());
    });
}
