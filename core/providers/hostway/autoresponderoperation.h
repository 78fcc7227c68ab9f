#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

/// Turns a Hostway mailbox's autoresponder on or off with its subject and body: PUT
/// .../usernames/{name}/autoresponder, answered 204 (seed 003 section 33-34). The body is
/// required even to turn it off (the seed's deactivation example sends it; 400 {"body":
/// "Required"} otherwise). State (MailboxSettingChange): {"active", "subject", "body"}.
class SetAutoresponder final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(SetAutoresponder)

public:
    static constexpr char kKind[] = "hostway.autoresponder.set";

    SetAutoresponder(QString domain, QString name, Hostway::Autoresponder settings);

    [[nodiscard]] const Hostway::Autoresponder &settings() const { return m_settings; }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;

    /// The state of `settings`.
    [[nodiscard]] static QJsonValue stateOf(const Hostway::Autoresponder &settings);
    /// Reads what toJson() wrote, strictly (StrictJson): {"kind", "domain", "name", "active", "subject", "body", "expected"?}. On a field missing or of
    /// the wrong type returns null and sets *error, naming the field.
    static std::unique_ptr<SetAutoresponder> fromJson(const QJsonObject &json, QString *error);

private:
    Hostway::Autoresponder m_settings;
};
