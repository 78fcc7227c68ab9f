#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

/// The fields of a webmail change as they are sent: type, allowUpgrade, resetPassword,
/// theme, language, timezone, only those set.
using WebmailFields = QJsonObject;

/// Gives a Hostway mailbox its OpenXchange webmail account: POST .../usernames/{name}/webmail,
/// answered 201 (seed 003 section 81-82): 400 for a type webmailNames does not list, or
/// "Number of mailboxes exceeded" when the plan is full; 409 when it has one.
/// State (MailboxSettingChange): the account as GET .../webmail reads it (79-80), {} while
/// there is none (the GET's 404).
class CreateWebmail final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(CreateWebmail)

public:
    static constexpr char kKind[] = "hostway.webmail.create";

    CreateWebmail(QString domain, QString name, WebmailFields fields);

    [[nodiscard]] const WebmailFields &fields() const { return m_fields; }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    [[nodiscard]] HttpRequest stateRequest(const Hostway::Endpoint &endpoint) const override;
    bool stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const override;
    bool stateWhenMissing(QJsonValue *state) const override;
    [[nodiscard]] bool isAppliedIn(const QJsonValue &state) const override;
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override;

    /// The state of a webmail account.
    [[nodiscard]] static QJsonValue stateOf(const Hostway::Webmail &webmail);
    /// Reads what toJson() wrote: {"kind", "domain", "name", "fields": {...}, "expected"?};
    /// null and *error naming the field otherwise.
    static std::unique_ptr<CreateWebmail> fromJson(const QJsonObject &json, QString *error);

private:
    WebmailFields m_fields;
};

/// Changes a Hostway mailbox's OpenXchange account: its plan (type), allowUpgrade,
/// resetPassword (a new password asked at the next sign-in), theme, language, timezone: PUT
/// .../usernames/{name}/webmail with the fields changed, answered 204 (seed 003 section
/// 83-84). Its documented refusals (an upgrade not allowed, allowUpgrade inconsistent with the
/// type, the plan full, the mail larger than the plan's quota) are said in words.
/// State: as CreateWebmail's; a conflict is one of its own fields changed since drafting.
class SetWebmail final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(SetWebmail)

public:
    static constexpr char kKind[] = "hostway.webmail.set";

    SetWebmail(QString domain, QString name, WebmailFields fields);

    [[nodiscard]] const WebmailFields &fields() const { return m_fields; }

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
    [[nodiscard]] QStringList explainRefusal(const ApiError &error) const override;

    /// Reads what toJson() wrote: {"kind", "domain", "name", "fields": {...}, "expected"?};
    /// null and *error naming the field otherwise.
    static std::unique_ptr<SetWebmail> fromJson(const QJsonObject &json, QString *error);

private:
    WebmailFields m_fields;
};
