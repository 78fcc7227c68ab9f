#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class HostwayClient;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class DomainWebmailTab;
class ExchangeOrdersTab;
class GlobalAddressListTab;
class SendersTab;
class SpamFilterTab;

/// What the centre shows for a selected domain, as tabs. Overview: its quota (the sum of its
/// mailboxes', MB), its aliases (other domain names, seed 003 sections 1-2), its InfoStore's
/// usage and quota with Change InfoStore Quota (sections 26-28) and the mailbox count per
/// type (statistics/mailboxTypeCount), Open Anti-spam Panel (the sign-in link of index
/// 101.21, opened in the browser). Global address list: its contacts (sections 15-25,
/// GlobalAddressListTab). Exchange orders: the mailboxes ordered and where their orders
/// stand (seed 002, ExchangeOrdersTab). Spam filter and Senders: the domain's own CleanMailPlus
/// filter (sections 11-14) and black/white list (sections 3-10), the same widgets as a
/// mailbox's (MailboxSettingTab at domain level); Webmail: its plans and whether its accounts
/// may upgrade (DomainWebmailTab, sections 89-98). Those five are made when first needed.
class DomainPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DomainPage(QWidget *parent = nullptr);
    /// Loads `domain` of `client` (not owned); a null client shows the domain without reading it.
    void setSource(HostwayClient *client, const QString &domain);
    /// How the domain's tabs draft or send their changes (the account's change path).
    /// `submitMany` changes several selected rows of a tab's table at once.
    void setChangePath(const MailboxSettingTab::Submit &submit, const std::function<bool()> &drafting,
                       const MailboxSettingTab::SubmitMany &submitMany = {});
    /// How the Global address list tab drafts the rows of a CSV file together.
    void setDraftAll(const std::function<bool(QList<std::shared_ptr<Operation>>, const QString &, QString *)> &draftAll);
    /// The Global address list tab; null until a domain was shown.
    [[nodiscard]] GlobalAddressListTab *addressList() const { return m_addressList; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

private:
    /// Makes the Spam filter, Senders and Webmail tabs, once.
    void makeSettingTabs();
    /// The tabs made by makeSettingTabs(); none before.
    [[nodiscard]] QList<MailboxSettingTab *> settingTabs() const;
    /// Reads the InfoStore's usage and quota into its bar.
    void loadInfoStore();
    /// Asks a new InfoStore quota (QuotaDialog) and sends or drafts it (SetInfoStoreQuota).
    void changeInfoStoreQuota();
    /// Asks Hostway for the anti-spam panel's sign-in link and opens it in the browser
    /// (QDesktopServices); says so when it cannot be had or is not https.
    void openAntiSpamPanel();

    QLabel *m_title;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QLabel *m_quota;
    QLabel *m_standard;
    QLabel *m_activeSync;
    QLabel *m_premium;
    QLabel *m_exchangeStandard;
    QLabel *m_exchangePremium;
    QLabel *m_aliases;
    QProgressBar *m_infoStore;
    QPushButton *m_changeInfoStore;
    QLabel *m_infoStoreStatus;
    QPushButton *m_antiSpam;
    QLabel *m_antiSpamStatus;
    std::optional<Hostway::InfoStore> m_infoStoreRead;   ///< as read; none until read
    QPointer<HostwayClient> m_client;
    QString m_domain;
    SpamFilterTab *m_spamFilter = nullptr;
    SendersTab *m_senders = nullptr;
    DomainWebmailTab *m_webmail = nullptr;
    GlobalAddressListTab *m_addressList = nullptr;
    ExchangeOrdersTab *m_orders = nullptr;
    std::function<bool(QList<std::shared_ptr<Operation>>, const QString &, QString *)> m_draftAll;
    MailboxSettingTab::Submit m_submit;
    MailboxSettingTab::SubmitMany m_submitMany;
    std::function<bool()> m_drafting;
    quint64 m_generation = 0;
};
