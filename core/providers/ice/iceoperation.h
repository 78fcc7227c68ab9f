#pragma once

#include "core/operations/operation.h"
#include "core/providers/ice/icetypes.h"

#include <QCoreApplication>

/// ICE EmailAdmin's only change, UpdateEmailServer (seed 001_15ceedbe4445e338.txt): the
/// email server settings of one organisation and skill. Kind "ice.email-server.update". The
/// three server passwords are its secrets "smtp", "pop3" and "imap": never in toJson(), kept
/// in the keychain while drafted, masked in the preview.
class IceOperation final : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(IceOperation)

public:
    static constexpr char kKind[] = "ice.email-server.update";

    /// `names`: the field spelling to send (the account's setting when drafted).
    explicit IceOperation(Ice::ServerSettings settings, Ice::FieldNames names = Ice::FieldNames::Example);

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    /// Ice::ServerSettings::problems(), one per line.
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    /// The POST as IceClient::preview() shows it with fieldNames() (token masked).
    [[nodiscard]] HttpRequest request(const ApiEndpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    /// "ice:<organisation>/<skill>".
    [[nodiscard]] QString targetKey() const override;
    [[nodiscard]] OperationTarget target() const override;
    [[nodiscard]] QStringList secretNames() const override;
    [[nodiscard]] QString secret(const QString &name) const override;
    void setSecret(const QString &name, const QString &value) override;

    [[nodiscard]] const Ice::ServerSettings &settings() const { return m_settings; }
    [[nodiscard]] Ice::FieldNames fieldNames() const { return m_fieldNames; }

    static std::unique_ptr<IceOperation> fromJson(const QJsonObject &json, QString *error);

private:
    Ice::ServerSettings m_settings;
    Ice::FieldNames m_fieldNames = Ice::FieldNames::Example;
    QStringList m_secretsElsewhere;   ///< read from a file: these passwords are in the keychain
};
