#pragma once

#include "core/operations/operation.h"
#include "core/providers/hostway/exchangeorders.h"

#include <QCoreApplication>

/// Orders a new Exchange mailbox: POST /accounts/{account}/exchange/{domain}/mailboxes (seed
/// 002 "Order-Exchange-mailbox-free"), answered 202 with the order's Location and an OwnerId
/// cookie; "order has already been submitted at this point!". Hostway provisions the mailbox
/// later (the order's status goes to "Completed"). A paid product answers a quote instead,
/// sent only by a confirmed submit (Requests::submitOrder). The body's fields are those of
/// the seed's one example: owner (username, password), name (name, company, department,
/// title), address (address, city, state, zip, country), phones (businessPhone, homePhone,
/// fax, mobile), notes, recipientLimit; no field is documented as required. The password is
/// a secret (typed, or generated at send time and shown once) and follows the Exchange
/// mailbox rules (seed 003 section 56). The 202 is kept by setPlaced(); an order cannot be
/// read back before it completes, so an interrupted send is never sent again blindly.
class OrderExchangeMailbox final : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(OrderExchangeMailbox)

public:
    static constexpr char kKind[] = "hostway.order.exchange_mailbox";

    /// `fields`: dotted keys of the documented body ("name.company", "phones.mobile", "notes",
    /// "recipientLimit"...), text or a whole number; "name.name" is the display name.
    OrderExchangeMailbox(QString domain, QString name, QJsonObject fields, PasswordSource source, QString password = {});

    [[nodiscard]] const QString &domain() const { return m_domain; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QJsonObject &fields() const { return m_fields; }
    /// The documented dotted keys, in the example's order.
    [[nodiscard]] static const QStringList &fieldKeys();

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] QString targetKey() const override;
    [[nodiscard]] OperationTarget target() const override;
    [[nodiscard]] MailboxEffect mailboxEffect() const override { return {MailboxEffect::Kind::Creates, m_domain, m_name}; }
    void prepare() override;
    [[nodiscard]] QStringList secretNames() const override { return {QStringLiteral("password")}; }
    [[nodiscard]] QString secret(const QString &) const override { return m_password; }
    void setSecret(const QString &, const QString &value) override { m_password = value; }
    [[nodiscard]] bool generatesPassword() const override { return m_source == PasswordSource::Generate; }
    [[nodiscard]] QString passwordOwner() const override { return m_name + QLatin1Char('@') + m_domain; }

    /// The order the 202 placed (HostwaySender sets it); none before.
    void setPlaced(Hostway::PlacedOrder placed) { m_placed = std::move(placed); }
    [[nodiscard]] const std::optional<Hostway::PlacedOrder> &placed() const { return m_placed; }

    /// {"kind", "domain", "name", "fields", "password": "generate"|"provided"}.
    static std::unique_ptr<OrderExchangeMailbox> fromJson(const QJsonObject &json, QString *error);

private:
    QString m_domain;
    QString m_name;
    QJsonObject m_fields;
    PasswordSource m_source;
    QString m_password;
    bool m_passwordElsewhere = false;   ///< read from a draft: the typed password is in the keychain
    std::optional<Hostway::PlacedOrder> m_placed;
};

/// Buys a paid Exchange order at its quote: POST /orders/{id}/action {"action": "submit"} with
/// the order's OwnerId cookie (shared/api/BEYOND-SEEDS.md; no seed page). It spends money, so it
/// is destructive (asked for by name before a draft is applied). Read back by the order's
/// status: "new" until the submit arrived, then Processing or Completed.
class SubmitOrder final : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(SubmitOrder)

public:
    static constexpr char kKind[] = "hostway.order.submit";

    /// The order `id` (its OwnerId cookie `ownerId`) of `name`@`domain`, quoted `total`.
    SubmitOrder(QString id, QString ownerId, QString domain, QString name, QString total);

    [[nodiscard]] const QString &orderId() const { return m_id; }
    [[nodiscard]] const QString &ownerId() const { return m_ownerId; }
    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] QString targetKey() const override { return QStringLiteral("order:") + m_id; }
    [[nodiscard]] OperationTarget target() const override;
    [[nodiscard]] bool isDestructive() const override { return true; }   // it buys a mailbox
    [[nodiscard]] bool isDeletion() const override { return false; }
    /// True when the order's `state` shows the submit arrived (no longer "new").
    [[nodiscard]] static bool isAppliedIn(const Hostway::OrderState &state);

    /// {"kind", "order", "ownerId", "domain", "name", "total"}.
    static std::unique_ptr<SubmitOrder> fromJson(const QJsonObject &json, QString *error);

private:
    QString m_id;
    QString m_ownerId;
    QString m_domain;
    QString m_name;
    QString m_total;
};
