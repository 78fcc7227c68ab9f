#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <QPointer>
#include <QWidget>

class AutoresponderTab;
class ExchangeTab;
class ForwardingTab;
class SecurityTab;
class SendersTab;
class SpamFilterTab;
class WebmailTab;
class HostwayClient;
class QTabWidget;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

/// The right-hand pane: the selected mailbox's properties as tabs. General: GET
/// usernames/{name} tells a regular mailbox (quota, usage, master) from an Exchange mailbox,
/// then the matching GET fills the form, and the message counts come. Exchange (Exchange
/// mailboxes only: Hostway documents no conversion), Forwarding, Autoresponder, Webmail,
/// Spam filter and Senders (regular mailboxes only), and Security (both kinds) read their
/// setting when first shown (MailboxSettingTab); the tabs scroll when they do not fit, and a
/// corner button lists them all.
class MailboxDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxDetailsPane(QWidget *parent = nullptr);

    /// Shows `username`@`domain`; an empty name shows the "select a mailbox" hint.
    void showMailbox(HostwayClient *client, const QString &domain, const QString &username);
    /// Reads the General tab of the mailbox shown again (its quota after a change), leaving
    /// the other tabs and what is typed in them as they are.
    void refreshGeneral();
    /// Several mailboxes selected (`count`): says so, and that the action buttons act on them
    /// all but `leftOut` (Exchange mailboxes, read-only here, and drafted ones outside Draft Mode).
    void showSelection(const QString &domain, int count, int leftOut);
    /// Shows what a snapshot or a draft knows of a mailbox when the provider is not asked.
    void showKnown(const QString &domain, const QString &username, int quotaMb, bool master, const QString &why);
    /// Action buttons shown under a regular mailbox's details (change quota, password, delete).
    void setMailboxActions(const QList<QAction *> &actions);
    /// How the setting tabs draft or send their changes (the account's change path).
    /// `submitMany` changes several selected rows of a tab's table at once.
    void setChangePath(const MailboxSettingTab::Submit &submit, const std::function<bool()> &drafting,
                       const MailboxSettingTab::SubmitMany &submitMany = {});
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// A change of the General tab was sent (not drafted): the mailbox is `name` now; empty
    /// when it was deleted.
    void mailboxChanged(const QString &name);

private:
    void clearForm();
    /// Reads `username`@`domain` into the General tab, and into the other tabs when `tabsToo`.
    void load(HostwayClient *client, const QString &domain, const QString &username, bool tabsToo);
    /// Opens Report Failed Migration for the mailbox shown (MigrationDialog).
    void reportMigration();
    /// Opens Edit Mailbox for the mailbox shown (EditMailboxDialog), with the domain's plans.
    void editMailbox();
    /// Sends `operation` through the change path; `done` runs when it was sent or drafted,
    /// and mailboxChanged(`now`) when it was sent.
    void submitGeneral(std::shared_ptr<Operation> operation, const QString &now, std::function<void(const ApiError &)> done);
    void addRow(const QString &label, const QString &value, const QString &objectName = {});
    /// Adds the mailbox's message counts to the form when they come (seed 003's messagestats).
    void showMessageStats(HostwayClient *client, const QString &domain, const QString &username, bool exchange,
                          quint64 generation);
    [[nodiscard]] QList<MailboxSettingTab *> settingTabs() const;
    /// Gives the setting tabs the mailbox shown (null client: none), enabled or not. An
    /// `exchange` mailbox has the Security tab only (`why` says so on the others).
    void setSettingTabs(HostwayClient *client, const QString &domain, const QString &username, const QString &why,
                        bool exchange = false);

    QLabel *m_title;
    QLabel *m_status;
    QWidget *m_formHost;
    QFormLayout *m_form;
    QWidget *m_actions;
    QPushButton *m_reportMigration;
    QPushButton *m_edit;
    bool m_shownMaster = false;
    QPointer<HostwayClient> m_shownClient;   ///< the mailbox shown's: its plans, refreshGeneral()
    MailboxSettingTab::Submit m_submit;
    std::function<bool()> m_drafting;
    QString m_shownDomain;   ///< the regular mailbox shown, for Report Failed Migration
    QString m_shownName;
    QTabWidget *m_tabs;
    ForwardingTab *m_forwarding;
    AutoresponderTab *m_autoresponder;
    SendersTab *m_senders;
    SpamFilterTab *m_spamFilter;
    WebmailTab *m_webmail;
    SecurityTab *m_security;
    ExchangeTab *m_exchange;
    quint64 m_generation = 0;
    QPointer<QWidget> m_wantedTab;   ///< the tab the agent chose last
    bool m_adjustingTabs = false;    ///< tabs enabled or hidden for a mailbox: not the agent's choice
};
