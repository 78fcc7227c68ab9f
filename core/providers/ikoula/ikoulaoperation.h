#pragma once

#include "core/operations/operation.h"
#include "core/providers/ikoula/ikoulacalls.h"

#include <QCoreApplication>

class PasswordPolicy;

/// One wsexch change (seed 000_ff00a10b076e969b.txt): any of the 21 actions that are not
/// reads, as an IkoulaCall plus where it belongs (subscription and organisation, used to
/// check the organisation's schema before and after an interruption). Kind "ikoula.<action>",
/// e.g. "ikoula.add-bal". The password of add-*-bal and change-password ("password_bal") is
/// the operation's "password" secret: never in toJson(), typed or generated at apply time.
/// reset-password's new password is the provider's, reported once like a generated one.
class IkoulaOperation final : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(IkoulaOperation)

public:
    static constexpr char kKindPrefix[] = "ikoula.";

    /// `call` as built by IkoulaCalls; its password_bal, if any, becomes the secret.
    /// `subscriptionId` and `organisationId` may be empty when unknown (no schema checks then).
    IkoulaOperation(IkoulaCall call, QString subscriptionId, QString organisationId,
                    PasswordSource source = PasswordSource::Provided);

    [[nodiscard]] QString kind() const override { return QLatin1String(kKindPrefix) + m_call.action; }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    /// Each parameter whose value differs from expected(): "name: was \u2192 now".
    [[nodiscard]] QStringList changes(const SnapshotMailbox *before) const override;
    /// The POST as IkoulaClient sends it, login and signature masked (IkoulaClient::preview).
    [[nodiscard]] HttpRequest request(const ApiEndpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    /// "ikoula" for all: an Ikoula draft is applied in order, one change at a time.
    [[nodiscard]] QString targetKey() const override;
    [[nodiscard]] OperationTarget target() const override;
    [[nodiscard]] bool isDestructive() const override;
    /// A password for a mailbox (Ikoula documents no rule of its own: PasswordGenerator's
    /// hasEveryKindOfCharacter); for --generate-password and a creation drafted without one.
    [[nodiscard]] static QString generatePassword();
    /// Ikoula's password rules for the password editor: none stated, so no checklist, a note
    /// that Ikoula checks the password when it is sent, and generatePassword().
    [[nodiscard]] static const PasswordPolicy &passwordPolicy();
    void prepare() override;
    [[nodiscard]] QStringList secretNames() const override;
    [[nodiscard]] QString secret(const QString &) const override { return m_password; }
    void setSecret(const QString &, const QString &value) override { m_password = value; }
    [[nodiscard]] bool generatesPassword() const override;
    [[nodiscard]] QString passwordOwner() const override { return parameter(QStringLiteral("email_bal")); }

    /// The call to send: the drafted parameters with the password put back.
    [[nodiscard]] IkoulaCall call() const;
    [[nodiscard]] const QString &action() const { return m_call.action; }
    /// The value of parameter `name`, empty when absent.
    [[nodiscard]] QString parameter(const QString &name) const;
    [[nodiscard]] const QString &subscriptionId() const { return m_subscriptionId; }
    [[nodiscard]] const QString &organisationId() const { return m_organisationId; }
    /// True for add-bal, add-room-bal, add-equipment-bal, add-distribution-list, add-contact.
    [[nodiscard]] bool creates() const;

    /// The mailbox's state this change was drafted against (IkoulaCalls::stateOf()), which
    /// applying compares with the state then: a difference is a conflict. Empty: not compared.
    void setExpected(QList<QPair<QString, QString>> expected) { m_expected = std::move(expected); }
    [[nodiscard]] const QList<QPair<QString, QString>> &expected() const { return m_expected; }

    static std::unique_ptr<IkoulaOperation> fromJson(const QJsonObject &json, QString *error);

private:
    IkoulaCall m_call;             ///< without password_bal
    QString m_subscriptionId;
    QString m_organisationId;
    PasswordSource m_source = PasswordSource::Provided;
    QList<QPair<QString, QString>> m_expected;
    QString m_password;
    bool m_passwordElsewhere = false;   ///< read from a file: the typed password is in the keychain
};
