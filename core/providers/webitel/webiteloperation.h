#pragma once

#include "core/operations/operation.h"
#include "core/providers/webitel/webiteltypes.h"

#include <QCoreApplication>

/// One change to a domain's Webitel email settings (seed 004_ccfa19ff1fa62297.txt):
/// create (POST), update (PUT), delete (DELETE) /api/v2/email/settings?domain=, or send a
/// test email (POST .../settings/test/{to}). Kinds "webitel.settings.create|update|delete"
/// and "webitel.settings.test". The SMTP password is the "password" secret: never in
/// toJson(), read back from the keychain at apply time. An update without a password keeps
/// the one Webitel has (the sender reads it back just before the PUT, which wants it).
class WebitelOperation final : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(WebitelOperation)

public:
    /// The start of every kind of WebitelOperation.
    static constexpr char kKindPrefix[] = "webitel.settings.";
    enum class Action { Create, Update, Delete, Test };

    /// `settings` matter for Create and Update; `to` (an email address) for Test.
    WebitelOperation(Action action, QString domain, Webitel::EmailSettings settings = {}, QString to = {});

    [[nodiscard]] QString kind() const override;
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    /// The request as WebitelClient::request() builds it; X-Key and X-Access-Token are added
    /// when sent.
    [[nodiscard]] HttpRequest request(const ApiEndpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    /// "webitel:<domain>": a domain's changes keep their order.
    [[nodiscard]] QString targetKey() const override;
    [[nodiscard]] OperationTarget target() const override;
    [[nodiscard]] bool isDestructive() const override { return m_action == Action::Delete; }
    [[nodiscard]] QStringList secretNames() const override;
    [[nodiscard]] QString secret(const QString &) const override { return m_settings.password; }
    void setSecret(const QString &, const QString &value) override { m_settings.password = value; }

    [[nodiscard]] Action action() const { return m_action; }
    [[nodiscard]] const QString &domain() const { return m_domain; }
    [[nodiscard]] const Webitel::EmailSettings &settings() const { return m_settings; }
    [[nodiscard]] const QString &to() const { return m_to; }
    /// True for an update that keeps the SMTP password Webitel has.
    [[nodiscard]] bool keepsPassword() const;

    static std::unique_ptr<WebitelOperation> fromJson(const QJsonObject &json, QString *error);

private:
    Action m_action;
    QString m_domain;
    Webitel::EmailSettings m_settings;
    QString m_to;
    bool m_passwordElsewhere = false;   ///< read from a file: the password is in the keychain
};
