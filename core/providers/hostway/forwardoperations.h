#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

#include "core/net/apierror.h"

#include <QStringList>

/// Sets the forwarding targets of a Hostway mailbox: POST .../usernames/{name}/forwards,
/// answered 204 (seed 003 section 61-62). The targets are the whole list the mailbox is to
/// forward to: adding one sends those it has and the new one, which is right whether Hostway
/// replaces the list or adds to it (the seed says "Sets forwarding" and does not say which).
/// Hostway checks the list all or nothing: a local target must exist (400 "Target not
/// found"), the mailbox itself is refused (400 "Is the same as current mailbox"), and so is
/// the mailbox under a domain alias (409 "Circular target").
/// State (MailboxSettingChange): the targets, lower case, sorted.
class SetForwards final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(SetForwards)

public:
    static constexpr char kKind[] = "hostway.forwards.set";

    SetForwards(QString domain, QString name, QStringList targets);

    [[nodiscard]] const QStringList &targets() const { return m_targets; }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override { return explainRefusal(error, domain()); }

    /// Hostway's refusal of a forwarding (section 62's documented 400s and the 409 loop) in
    /// words that say what to do, one line per target; empty for any other error.
    [[nodiscard]] static QStringList explainRefusal(const ApiError &error, const QString &domain);
    /// The state of a list of targets: lower case, sorted, as a JSON array.
    [[nodiscard]] static QJsonValue stateOf(const QStringList &targets);
    /// Reads what toJson() wrote, strictly (StrictJson): {"kind", "domain", "name", "targets": [addresses], "expected"?}. On a field missing or of
    /// the wrong type returns null and sets *error, naming the field.
    static std::unique_ptr<SetForwards> fromJson(const QJsonObject &json, QString *error);

private:
    QStringList m_targets;
};

/// Stops forwarding a Hostway mailbox to one target: DELETE .../forwards/{fwd-mailbox},
/// answered 204 (seed 003 section 57-58), the target as the whole address.
/// State: as SetForwards'.
class RemoveForward final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(RemoveForward)

public:
    static constexpr char kKind[] = "hostway.forwards.remove";

    RemoveForward(QString domain, QString name, QString target);

    /// The forwarding address removed.
    [[nodiscard]] const QString &forwardTo() const { return m_target; }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;

    /// Reads what toJson() wrote, strictly (StrictJson): {"kind", "domain", "name", "target", "expected"?}. On a field missing or of
    /// the wrong type returns null and sets *error, naming the field.
    static std::unique_ptr<RemoveForward> fromJson(const QJsonObject &json, QString *error);

private:
    QString m_target;
};
