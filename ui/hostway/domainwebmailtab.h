#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <optional>

class QCheckBox;
class QPushButton;

/// The Webmail tab of a Hostway domain's page: the domain's own OpenXchange settings (seed
/// 003 sections 89-92: its type, a trial plan and its end) and its plans (webmailNames and
/// webmailLimits: how many mailboxes each allows, <= 0 no limit). Whether the domain's
/// accounts may upgrade their plan is the one thing it changes (SetDomainWebmailUpgrade,
/// Ctrl+S). Where the product disables upgrades (webmailUpgrade, section 98) they cannot be
/// turned on: the box says so rather than waiting for Hostway's 409.
class DomainWebmailTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit DomainWebmailTab(QWidget *parent = nullptr);

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    /// Shows what was read: the domain's settings and its plans.
    void showRead(const Hostway::DomainWebmail &webmail, const Hostway::WebmailPlans &plans);
    void updateState();
    /// Sends or drafts the upgrade setting when it changed.
    void save();
    /// The plan's name for `type` ("SMX Mail Basic (standard)"), or the type alone.
    [[nodiscard]] QString planName(const QString &type) const;

    QLabel *m_type;
    QLabel *m_trial;
    QLabel *m_plans;
    QCheckBox *m_allowUpgrade;
    QLabel *m_problem;
    QPushButton *m_save;
    std::optional<Hostway::DomainWebmail> m_read;
    Hostway::WebmailPlans m_planList;
};
