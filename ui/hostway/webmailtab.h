#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

/// The Webmail tab of a Hostway mailbox: its OpenXchange account (seed 003 sections 79-84)
/// with the domain's plans (webmailNames, webmailLimits, webmailUpgrade: 93-98). Without an
/// account, Create makes one (CreateWebmail); with one, Save (Ctrl+S) sends the fields
/// changed (SetWebmail): plan, upgrades allowed, a new password asked at the next sign-in,
/// theme, language, timezone. Hostway's refusals (a full plan, an upgrade not allowed, more
/// mail than the plan holds) are said in words.
class WebmailTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit WebmailTab(QWidget *parent = nullptr);

    /// Shows the account as its owner sees it (the /email/{domain} shortcut, seed 003 sections
    /// 110-115): whether upgrades are allowed is the administrator's to change, and the
    /// shortcut's answer does not say whether a new password is asked at the next sign-in.
    void setOwnerView(bool ownerView) { m_ownerView = ownerView; }

    /// A plan as a choice reads: "SMX Sync Advanced (at most 1 mailbox)", or "(no limit)"
    /// when `limit` (webmailLimits) is 0 or less.
    [[nodiscard]] static QString planLabel(const QString &planName, int limit);

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    void show(const Hostway::WebmailPlans &plans, const std::optional<Hostway::Webmail> &account);
    [[nodiscard]] QJsonObject edited() const;
    void updateState();
    void save();
    void refused(const ApiError &error);

    QComboBox *m_plan;
    QCheckBox *m_allowUpgrade;
    QCheckBox *m_resetPassword;
    QLineEdit *m_theme;
    QLineEdit *m_language;
    QLineEdit *m_timezone;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::optional<Hostway::Webmail> m_account;   ///< as read; none: the mailbox has no account
    Hostway::WebmailPlans m_plans;
    bool m_known = false;
    bool m_ownerView = false;
    QString m_saved;   ///< the change just sent, said once the account is read back
};
