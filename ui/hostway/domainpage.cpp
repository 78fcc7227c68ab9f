#include "ui/hostway/domainpage.h"

#include "core/providers/hostway/hostwayclient.h"
#include "ui/hostway/senderstab.h"
#include "ui/hostway/spamfiltertab.h"
#include "ui/sizeformat.h"
#include "ui/uistyle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

DomainPage::DomainPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_quota(new QLabel(this))
    , m_standard(new QLabel(this))
    , m_activeSync(new QLabel(this))
    , m_premium(new QLabel(this))
    , m_exchangeStandard(new QLabel(this))
    , m_exchangePremium(new QLabel(this))
    , m_aliases(new QLabel(this))
{
    UiStyle::setHeading(m_title, 1.5);
    m_quota->setObjectName(QStringLiteral("domainQuota"));
    m_standard->setObjectName(QStringLiteral("countStandard"));
    m_status->setObjectName(QStringLiteral("domainPageStatus"));
    m_status->setWordWrap(true);

    auto *quotaBox = new QGroupBox(tr("Domain"), this);
    auto *quotaForm = new QFormLayout(quotaBox);
    quotaForm->addRow(tr("Domain quota (all mailboxes):"), m_quota);
    m_aliases->setObjectName(QStringLiteral("domainAliases"));
    m_aliases->setWordWrap(true);
    m_aliases->setTextInteractionFlags(Qt::TextSelectableByMouse);
    quotaForm->addRow(tr("Domain aliases:"), m_aliases);
    auto *countBox = new QGroupBox(tr("Mailboxes by type"), this);
    auto *countForm = new QFormLayout(countBox);
    countForm->addRow(tr("Standard webmail:"), m_standard);
    countForm->addRow(tr("ActiveSync webmail:"), m_activeSync);
    countForm->addRow(tr("Premium webmail:"), m_premium);
    countForm->addRow(tr("Exchange 2013 standard:"), m_exchangeStandard);
    countForm->addRow(tr("Exchange 2013 premium:"), m_exchangePremium);

    auto *overview = new QWidget(m_tabs);
    overview->setObjectName(QStringLiteral("domainOverview"));
    auto *overviewLayout = new QVBoxLayout(overview);
    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(quotaBox), static_cast<QWidget *>(countBox)}) {
        w->setParent(overview);
        overviewLayout->addWidget(w);
    }
    overviewLayout->addWidget(new QLabel(tr("Open \u201cMailboxes\u201d under the domain to list, create and change mailboxes."), overview));
    overviewLayout->addStretch();
    m_tabs->setObjectName(QStringLiteral("domainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overview, tr("&Overview"));
    UiStyle::focusPageOnMnemonic(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
}

void DomainPage::makeSettingTabs()
{
    if (m_spamFilter)
        return;
    // Made on the first domain shown, so a window that never shows one has one set of the
    // tabs' widgets (a mailbox's), found by their names.
    m_spamFilter = new SpamFilterTab(m_tabs);
    m_spamFilter->setObjectName(QStringLiteral("domainSpamFilterTab"));
    m_senders = new SendersTab(m_tabs);
    m_senders->setObjectName(QStringLiteral("domainSendersTab"));
    for (MailboxSettingTab *tab : {static_cast<MailboxSettingTab *>(m_spamFilter), static_cast<MailboxSettingTab *>(m_senders)}) {
        tab->setDomainLevel(true);
        tab->setChangePath(m_submit, m_drafting);
    }
    m_tabs->addTab(m_spamFilter, tr("Spam f&ilter"));
    m_tabs->addTab(m_senders, tr("Se&nders"));
    m_tabs->setTabToolTip(1, tr("The domain's own spam filter, for mail to all its mailboxes"));
    m_tabs->setTabToolTip(2, tr("Senders the whole domain always allows or always blocks"));
}

void DomainPage::setChangePath(const MailboxSettingTab::Submit &submit, const std::function<bool()> &drafting)
{
    m_submit = submit;
    m_drafting = drafting;
    for (MailboxSettingTab *tab : {static_cast<MailboxSettingTab *>(m_spamFilter), static_cast<MailboxSettingTab *>(m_senders)}) {
        if (tab)
            tab->setChangePath(submit, drafting);
    }
}

void DomainPage::setSource(HostwayClient *client, const QString &domain)
{
    const quint64 generation = ++m_generation;
    m_title->setText(domain);
    UiStyle::setError(m_status, false);
    m_status->setText(tr("Loading\u2026"));
    for (QLabel *label : {m_quota, m_standard, m_activeSync, m_premium, m_exchangeStandard, m_exchangePremium, m_aliases})
        label->setText(QStringLiteral("\u2013"));
    if (client)
        makeSettingTabs();
    for (MailboxSettingTab *tab : {static_cast<MailboxSettingTab *>(m_spamFilter), static_cast<MailboxSettingTab *>(m_senders)}) {
        if (tab)
            tab->setMailbox(client, domain, QString());
    }
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
    client->fetchAliases(domain, this, [this, generation](const ApiError &error, const QStringList &aliases) {
        if (generation != m_generation)
            return;
        // Said in the field: the rest of the page stands without it.
        m_aliases->setText(error.isError() ? tr("could not be read: %1").arg(error.message())
                           : aliases.isEmpty() ? tr("none") : aliases.join(QStringLiteral(", ")));
        UiStyle::setError(m_aliases, error.isError());
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
