#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

/// Sets a Hostway domain's InfoStore quota, in MB: PUT .../email/{domain}/infostore
/// {"quota": MB}, answered 204 (seed 003 section 28; its status list says 200: both are
/// success). A domain-level change (no mailbox name). Hostway refuses a negative quota ("-1
/// is less than minimum value 0") and one below the storage used ("Used storage exceeds the
/// quota value"); explainRefusal() says so in words.
/// State (MailboxSettingChange): {"quota": MB} as GET .../infostore gives it; the usage moves
/// on its own and is not compared.
class SetInfoStoreQuota final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(SetInfoStoreQuota)

public:
    static constexpr char kKind[] = "hostway.infostore.set";

    SetInfoStoreQuota(QString domain, int quotaMb);

    [[nodiscard]] int quotaMb() const { return m_quotaMb; }

    /// The InfoStore is the domain's alone.
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

    /// The state of an InfoStore: {"quota": MB}.
    [[nodiscard]] static QJsonValue stateOf(const Hostway::InfoStore &store);
    /// Reads what toJson() wrote, strictly (StrictJson): {"kind", "domain", "name": "",
    /// "quota", "expected"?}; null and *error naming the field otherwise.
    static std::unique_ptr<SetInfoStoreQuota> fromJson(const QJsonObject &json, QString *error);

private:
    int m_quotaMb;
};
