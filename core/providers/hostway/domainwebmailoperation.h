#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

/// Allows or forbids the upgrade of a Hostway domain's webmail accounts: PUT
/// .../email/{domain}/webmail {"allowUpgrade": bool}, answered 204 (seed 003 sections 91-92).
/// A domain-level change (no mailbox name). Hostway answers 409 when upgrades are disabled
/// for the product and cannot be turned on; explainRefusal() says so in words.
/// State (MailboxSettingChange): {"allowUpgrade": bool} as GET .../webmail gives it.
class SetDomainWebmailUpgrade final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(SetDomainWebmailUpgrade)

public:
    static constexpr char kKind[] = "hostway.domainwebmail.set";

    SetDomainWebmailUpgrade(QString domain, bool allowUpgrade);

    [[nodiscard]] bool allowUpgrade() const { return m_allowUpgrade; }

    /// The domain's own setting.
    [[nodiscard]] Level level() const override { return Level::Domain; }
    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override;

    /// The state of a domain's webmail: {"allowUpgrade": bool}.
    [[nodiscard]] static QJsonValue stateOf(const Hostway::DomainWebmail &webmail);
    /// Reads what toJson() wrote, strictly (StrictJson): {"kind", "domain", "name": "",
    /// "allowUpgrade", "expected"?}; null and *error naming the field otherwise.
    static std::unique_ptr<SetDomainWebmailUpgrade> fromJson(const QJsonObject &json, QString *error);

private:
    bool m_allowUpgrade;
};
