#include "ui/hostway/domainpage.h"

#include "core/providers/hostway/hostwayclient.h"
#include "ui/sizeformat.h"
#include "ui/uistyle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

DomainPage::DomainPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_quota(new QLabel(this))
    , m_standard(new QLabel(this))
    , m_activeSync(new QLabel(this))
    , m_premium(new QLabel(this))
    , m_exchangeStandard(new QLabel(this))
    , m_exchangePremium(new QLabel(this))
{
    UiStyle::setHeading(m_title, 1.5);
    m_quota->setObjectName(QStringLiteral("domainQuota"));
    m_standard->setObjectName(QStringLiteral("countStandard"));
    m_status->setObjectName(QStringLiteral("domainPageStatus"));
    m_status->setWordWrap(true);

    auto *quotaBox = new QGroupBox(tr("Storage"), this);
    auto *quotaForm = new QFormLayout(quotaBox);
    quotaForm->addRow(tr("Domain quota (all mailboxes):"), m_quota);
    auto *countBox = new QGroupBox(tr("Mailboxes by type"), this);
    auto *countForm = new QFormLayout(countBox);
    countForm->addRow(tr("Standard webmail:"), m_standard);
    countForm->addRow(tr("ActiveSync webmail:"), m_activeSync);
    countForm->addRow(tr("Premium webmail:"), m_premium);
    countForm->addRow(tr("Exchange 2013 standard:"), m_exchangeStandard);
    countForm->addRow(tr("Exchange 2013 premium:"), m_exchangePremium);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(quotaBox);
    layout->addWidget(countBox);
    layout->addWidget(new QLabel(tr("Open \u201cMailboxes\u201d under the domain to list, create and change mailboxes."), this));
    layout->addStretch();
}

void DomainPage::setSource(HostwayClient *client, const QString &domain)
{
    const quint64 generation = ++m_generation;
    m_title->setText(domain);
    UiStyle::setError(m_status, false);
    m_status->setText(tr("Loading\u2026"));
    for (QLabel *label : {m_quota, m_standard, m_activeSync, m_premium, m_exchangeStandard, m_exchangePremium})
        label->setText(QStringLiteral("\u2013"));
    if (!client)
        return;
    auto fail = [this](const ApiError &error) {
        UiStyle::setError(m_status);
        m_status->setText(error.message());
    };
    client->fetchDomain(domain, this, [this, generation, fail](const ApiError &error, const Hostway::DomainInfo &info) {
        if (generation != m_generation)
            return;
        if (error.isError())
            return fail(error);
        m_status->clear();
        m_quota->setText(SizeFormat::megabytes(info.quotaMb));
    });
    client->fetchMailboxTypeCount(domain, this, [this, generation, fail](const ApiError &error, const Hostway::MailboxTypeCount &count) {
        if (generation != m_generation)
            return;
        if (error.isError())
            return fail(error);
        const QLocale locale;
        m_standard->setText(locale.toString(count.standard));
        m_activeSync->setText(locale.toString(count.activeSync));
        m_premium->setText(locale.toString(count.premium));
        m_exchangeStandard->setText(locale.toString(count.exchangeStandard));
        m_exchangePremium->setText(locale.toString(count.exchangePremium));
    });
}
