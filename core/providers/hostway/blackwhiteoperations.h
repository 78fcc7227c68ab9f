#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

/// Adds senders to a Hostway mailbox's black/white list, or changes their list: PUT
/// .../usernames/{name}/blackwhitelist {"list": [{"address", "type"}]}, answered 204 (seed 003
/// section 41-42). An address is a whole address or "@domain" for every sender of a domain;
/// the type is "W" (allowed) or "B" (blocked).
/// State (MailboxSettingChange): {address: type} with lower-case addresses, read back by one
/// GET filtered to the address when there is one, else the list's first page of 400; of a
/// longer list the state is unknown (null): no conflict is found, and the change, harmless to
/// repeat, is sent again. A conflict is one of its own addresses changed since drafting.
class AddBlackWhite final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(AddBlackWhite)

public:
    static constexpr char kKind[] = "hostway.blackwhitelist.add";

    AddBlackWhite(QString domain, QString name, QList<Hostway::BlackWhiteEntry> entries);

    [[nodiscard]] const QList<Hostway::BlackWhiteEntry> &entries() const { return m_entries; }

    /// Documented for the domain too (seed 003 sections 3-10): an empty name is the domain's.
    [[nodiscard]] Level level() const override { return Level::MailboxOrDomain; }
    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    [[nodiscard]] QString conflictWith(const QJsonValue &state) const override;

    /// The state of a list: {lower-case address: "W"|"B"}.
    [[nodiscard]] static QJsonValue stateOf(const QList<Hostway::BlackWhiteEntry> &entries);
    /// Why `address` cannot be listed, translated; empty when it can ("name@domain.tld" or
    /// "@domain.tld", section 42's "valid email or domain address").
    [[nodiscard]] static QString addressProblem(const QString &address);
    /// Reads what toJson() wrote, strictly (StrictJson): {"kind", "domain", "name", "list": [{"address", "type": "W"|"B"}], "expected"?}. On a field missing or of
    /// the wrong type returns null and sets *error, naming the field.
    static std::unique_ptr<AddBlackWhite> fromJson(const QJsonObject &json, QString *error);

private:
    QList<Hostway::BlackWhiteEntry> m_entries;
};

/// Takes one address off a Hostway mailbox's black/white list: DELETE
/// .../blackwhitelist/{address}, answered 204 (seed 003 section 35-36). State: as
/// AddBlackWhite's, read filtered to the one address.
class RemoveBlackWhite final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(RemoveBlackWhite)

public:
    static constexpr char kKind[] = "hostway.blackwhitelist.remove";

    RemoveBlackWhite(QString domain, QString name, QString address);

    [[nodiscard]] const QString &address() const { return m_address; }

    /// Documented for the domain too (seed 003 sections 3-10): an empty name is the domain's.
    [[nodiscard]] Level level() const override { return Level::MailboxOrDomain; }
    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    [[nodiscard]] QString conflictWith(const QJsonValue &state) const override;

    /// Reads what toJson() wrote, strictly (StrictJson): {"kind", "domain", "name", "address", "expected"?}. On a field missing or of
    /// the wrong type returns null and sets *error, naming the field.
    static std::unique_ptr<RemoveBlackWhite> fromJson(const QJsonObject &json, QString *error);

private:
    QString m_address;
};
