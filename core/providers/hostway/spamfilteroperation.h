#pragma once

#include "core/providers/hostway/mailboxsettingchange.h"

/// Changes attributes of a Hostway mailbox's CleanMailPlus spam filter: PUT
/// .../usernames/{name}/cleanmailplus {"attributes": [{"attributeName", "attributeValue"}]},
/// answered 204 (seed 003 section 45-46). Only the attributes changed are sent. Each keeps
/// the provider's words for it (the attribute's description, the option's name) so that a
/// draft says "SPAM Tag Level: Normal" offline; Hostway checks names and values (400
/// "... is not valid filter attribute name", "... is not valid attribute option").
/// State (MailboxSettingChange): {fieldName: selected value} of every attribute.
class SetSpamFilter final : public MailboxSettingChange
{
    Q_DECLARE_TR_FUNCTIONS(SetSpamFilter)

public:
    static constexpr char kKind[] = "hostway.spamfilter.set";

    /// One attribute changed: its fieldName and new value, and the words people read.
    struct Change
    {
        QString name;
        QString value;
        QString description;   ///< "SPAM Tag Level"; may be empty
        QString valueName;     ///< "Normal"; may be empty
    };

    SetSpamFilter(QString domain, QString name, QList<Change> changes);

    [[nodiscard]] const QList<Change> &attributeChanges() const { return m_changes; }

    /// Documented for the domain too (seed 003 sections 3-14): an empty name is the domain's.
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

    /// The state of a filter: {fieldName: selected}.
    [[nodiscard]] static QJsonValue stateOf(const QList<Hostway::FilterAttribute> &attributes);
    /// Reads what toJson() wrote, strictly (StrictJson): {"kind", "domain", "name", "attributes": [{"name", "value", "description"?, "valueName"?}], "expected"?}. On a field missing or of
    /// the wrong type returns null and sets *error, naming the field.
    static std::unique_ptr<SetSpamFilter> fromJson(const QJsonObject &json, QString *error);

private:
    QList<Change> m_changes;
};
