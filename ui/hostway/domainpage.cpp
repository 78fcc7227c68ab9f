#include "ui/hostway/domainpage.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/infostoreoperation.h"
#include "ui/hostway/quotadialog.h"
#include "ui/hostway/domainwebmailtab.h"
#include "ui/hostway/exchangeorderstab.h"
#include "ui/hostway/globaladdresslisttab.h"
#include "ui/hostway/senderstab.h"
#include "ui/hostway/spamfiltertab.h"
#include "models/sizeformat.h"
#include "ui/uistyle.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
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
    , m_infoStore(new QProgressBar(this))
    , m_changeInfoStore(new QPushButton(tr("Change InfoStore &Quota\u2026"), this))
    , m_infoStoreStatus(new QLabel(this))
    , m_antiSpam(new QPushButton(tr("Open Anti-&spam Panel"), this))
    , m_antiSpamStatus(new QLabel(this))
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
    m_infoStore->setObjectName(QStringLiteral("infoStoreUsage"));
    m_infoStore->setAccessibleName(tr("InfoStore usage"));
    m_changeInfoStore->setObjectName(QStringLiteral("changeInfoStoreQuota"));
    m_changeInfoStore->setToolTip(tr("Set how much the domain's InfoStore, its shared storage, may hold"));
    m_changeInfoStore->setEnabled(false);
    m_infoStoreStatus->setObjectName(QStringLiteral("infoStoreStatus"));
    m_infoStoreStatus->setWordWrap(true);
    m_infoStoreStatus->hide();
    auto *infoStoreRow = new QHBoxLayout;
    infoStoreRow->addWidget(m_infoStore, 1);
    infoStoreRow->addWidget(m_changeInfoStore);
    quotaForm->addRow(tr("InfoStore:"), infoStoreRow);
    quotaForm->addRow(QString(), m_infoStoreStatus);
    connect(m_changeInfoStore, &QPushButton::clicked, this, &DomainPage::changeInfoStoreQuota);
    m_antiSpam->setObjectName(QStringLiteral("openAntiSpamPanel"));
    m_antiSpam->setToolTip(tr("Sign in to Hostway's anti-spam and antivirus panel for this domain, in your web browser"));
    m_antiSpam->setEnabled(false);
    m_antiSpamStatus->setObjectName(QStringLiteral("antiSpamStatus"));
    m_antiSpamStatus->setWordWrap(true);
    m_antiSpamStatus->setTextFormat(Qt::PlainText);
    m_antiSpamStatus->hide();
    auto *antiSpamRow = new QHBoxLayout;
    antiSpamRow->addWidget(m_antiSpam);
    antiSpamRow->addStretch();
    quotaForm->addRow(tr("Anti-spam:"), antiSpamRow);
    quotaForm->addRow(QString(), m_antiSpamStatus);
    connect(m_antiSpam, &QPushButton::clicked, this, &DomainPage::openAntiSpamPanel);
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

QList<MailboxSettingTab *> DomainPage::settingTabs() const
{
    if (!m_spamFilter)
        return {};
    return {m_addressList, m_spamFilter, m_senders, m_webmail, m_orders};
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
    m_webmail = new DomainWebmailTab(m_tabs);
    m_addressList = new GlobalAddressListTab(m_tabs);
    m_addressList->setDraftAll(m_draftAll);
    m_orders = new ExchangeOrdersTab(m_tabs);
    for (MailboxSettingTab *tab : settingTabs()) {
        tab->setDomainLevel(true);
        tab->setChangePath(m_submit, m_drafting);
        tab->setChangeManyPath(m_submitMany);
    }
    const auto add = [this](QWidget *page, const QString &title, const QString &toolTip) {
        m_tabs->setTabToolTip(m_tabs->addTab(page, title), toolTip);
    };
    add(m_addressList, tr("&Global address list"), tr("The contacts every mailbox of the domain sees in its address book"));
    add(m_spamFilter, tr("Spam f&ilter"), tr("The domain's own spam filter, for mail to all its mailboxes"));
    add(m_senders, tr("Se&nders"), tr("Senders the whole domain always allows or always blocks"));
    add(m_webmail, tr("&Webmail"), tr("The domain's webmail plans, and whether its accounts may upgrade"));
    add(m_orders, tr("Exchange o&rders"), tr("Exchange mailboxes ordered from Hostway, and where their orders stand"));
}

void DomainPage::setChangePath(const MailboxSettingTab::Submit &submit, const std::function<bool()> &drafting,
                               const MailboxSettingTab::SubmitMany &submitMany)
{
    m_submit = submit;
    m_drafting = drafting;
    m_submitMany = submitMany;
    for (MailboxSettingTab *tab : settingTabs()) {
        tab->setChangePath(submit, drafting);
        tab->setChangeManyPath(submitMany);
    }
}

void DomainPage::setDraftAll(const std::function<bool(QList<std::shared_ptr<Operation>>, const QString &, QString *)> &draftAll)
{
    m_draftAll = draftAll;
    if (m_addressList)
        m_addressList->setDraftAll(draftAll);
}

void DomainPage::setSource(HostwayClient *client, const QString &domain)
{
    const quint64 generation = ++m_generation;
    m_title->setText(domain);
    UiStyle::setError(m_status, false);
    m_status->setText(tr("Loading\u2026"));
    for (QLabel *label : {m_quota, m_standard, m_activeSync, m_premium, m_exchangeStandard, m_exchangePremium, m_aliases})
        label->setText(QStringLiteral("\u2013"));
    m_client = client;
    m_domain = domain;
    m_infoStoreRead.reset();
    m_infoStore->setRange(0, 1);
    m_infoStore->setValue(0);
    m_infoStore->setFormat(QStringLiteral("\u2013"));
    m_changeInfoStore->setEnabled(false);
    m_infoStoreStatus->hide();
    m_antiSpam->setEnabled(client != nullptr);
    m_antiSpamStatus->hide();
    if (client)
        makeSettingTabs();
    for (MailboxSettingTab *tab : settingTabs())
        tab->setMailbox(client, domain, QString());
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
    loadInfoStore();
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

void DomainPage::loadInfoStore()
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    m_client->fetchInfoStore(m_domain, this, [this, generation](const ApiError &error, const Hostway::InfoStore &store) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            m_infoStore->setFormat(tr("could not be read"));
            UiStyle::setStatus(m_infoStoreStatus, error.message(), true);
            m_infoStoreStatus->show();
            return;
        }
        m_infoStoreRead = store;
        m_infoStore->setRange(0, std::max(1, store.quotaMb));
        m_infoStore->setValue(std::min(store.usageMb, std::max(1, store.quotaMb)));
        m_infoStore->setFormat(SizeFormat::usage(store.usageMb, store.quotaMb));
        m_changeInfoStore->setEnabled(static_cast<bool>(m_submit));
    });
}

void DomainPage::changeInfoStoreQuota()
{
    if (!m_infoStoreRead || !m_submit)
        return;
    const Hostway::InfoStore read = *m_infoStoreRead;
    const QString domain = m_domain;
    // The field starts at the quota now and goes no lower than 0 (section 28); below the
    // usage is Hostway's refusal, said in words.
    auto *dialog = new QuotaDialog(tr("Change InfoStore Quota of %1").arg(domain),
                                   tr("New InfoStore quota of <b>%1</b> (%2 used):").arg(domain.toHtmlEscaped(), SizeFormat::megabytes(read.usageMb)),
                                   read.quotaMb, 0, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuotaDialog::submitted, this, [this, dialog, domain, read] {
        auto op = std::make_shared<SetInfoStoreQuota>(domain, dialog->quotaMb());
        op->setExpected(SetInfoStoreQuota::stateOf(read));
        QPointer<QuotaDialog> guard(dialog);
        QPointer<DomainPage> self(this);
        m_submit(op, [guard, self, op, domain](const ApiError &error) {
            if (error.isError()) {
                if (guard)
                    guard->showRefusal(error, op->explainRefusal(error));
                return;
            }
            if (guard)
                guard->accept();
            if (!self || self->m_domain != domain)
                return;
            const bool drafted = self->m_drafting && self->m_drafting();
            UiStyle::setStatus(self->m_infoStoreStatus, drafted ? tr("Added to the draft: %1.").arg(op->describe())
                                                                : tr("The InfoStore quota of %1 is %2 now.").arg(domain, SizeFormat::megabytes(op->quotaMb())));
            self->m_infoStoreStatus->show();
            if (!drafted)
                self->loadInfoStore();
        });
    });
    dialog->open();
}

void DomainPage::openAntiSpamPanel()
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    const QString domain = m_domain;
    m_antiSpam->setEnabled(false);   // one link at a time: each is a fresh sign-in
    UiStyle::setStatus(m_antiSpamStatus, tr("Asking Hostway for a sign-in link\u2026"));
    m_antiSpamStatus->show();
    m_client->fetchAntiSpamLink(domain, this, [this, generation, domain](const ApiError &error, const QUrl &link) {
        if (generation != m_generation)
            return;
        m_antiSpam->setEnabled(true);
        if (error.isError()) {
            UiStyle::setStatus(m_antiSpamStatus, tr("Hostway gave no link to the anti-spam panel of %1: %2\nTry again in a moment; "
                                                    "if it keeps failing, sign in to the panel from Hostway's own site.")
                                                     .arg(domain, error.message()), true);
            return;
        }
        // A sign-in link travels only over TLS; plain http only to this computer (the sandbox).
        const bool local = link.host() == QLatin1String("127.0.0.1") || link.host() == QLatin1String("localhost") || link.host() == QLatin1String("::1");
        if (link.scheme() != QLatin1String("https") && !local) {
            UiStyle::setStatus(m_antiSpamStatus, tr("Hostway's link to the anti-spam panel is not secure (not https), so it was not opened."), true);
            return;
        }
        if (!QDesktopServices::openUrl(link)) {
            UiStyle::setStatus(m_antiSpamStatus, tr("No web browser could open the anti-spam panel: set a default browser and try again."), true);
            return;
        }
        UiStyle::setStatus(m_antiSpamStatus, tr("The anti-spam panel of %1 opened in your web browser.").arg(domain));
    });
}
