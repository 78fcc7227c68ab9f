#pragma once

#include "core/operations/operation.h"
#include "core/providers/hostway/hostwaytypes.h"

#include <QCoreApplication>

/// Reports a failed migration of a Hostway mailbox: POST .../usernames/{name}/migration
/// {"subject", "body"}, answered 201, which opens a support ticket at Hostway (seed 003 section
/// 73-74). Nothing reads a ticket back: an interrupted report's outcome stays unknown
/// (HostwaySender says so) rather than risk a second ticket. The seed does not
/// say whether subject and body are required: both are asked for, as a ticket needs them.
class ReportMigration final : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(ReportMigration)

public:
    static constexpr char kKind[] = "hostway.migration.report";

    ReportMigration(QString domain, QString name, QString subject, QString body);

    [[nodiscard]] const QString &domain() const { return m_domain; }
    [[nodiscard]] const QString &name() const { return m_name; }

    [[nodiscard]] QString kind() const override { return QLatin1String(kKind); }
    [[nodiscard]] QList<ValidationProblem> validate() const override;
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] HttpRequest request(const Hostway::Endpoint &endpoint) const override;
    [[nodiscard]] QJsonObject toJson() const override;
    /// "mailbox:domain/name": after the mailbox's other changes of a draft.
    [[nodiscard]] QString targetKey() const override;
    [[nodiscard]] OperationTarget target() const override;
    [[nodiscard]] MailboxEffect mailboxEffect() const override { return {MailboxEffect::Kind::Changes, m_domain, m_name}; }

    /// The subject a report of `name`@`domain` starts with.
    [[nodiscard]] static QString defaultSubject(const QString &domain, const QString &name);
    /// Reads what toJson() wrote: {"kind", "domain", "name", "subject", "body"}; null and
    /// *error naming the field otherwise.
    static std::unique_ptr<ReportMigration> fromJson(const QJsonObject &json, QString *error);

private:
    QString m_domain;
    QString m_name;
    QString m_subject;
    QString m_body;
};
