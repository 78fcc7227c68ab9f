#pragma once

#include "core/audit/auditlog.h"
#include "core/drafts/operationsender.h"

#include <QCoreApplication>

#include <memory>

/// Who a change is made for and through, written on each of its audit lines.
struct AuditSubject
{
    QString via;           ///< "Mailroom" or "mailroomctl"
    QString accountName;   ///< the account's display name
    QString accountId;     ///< Mailroom's id of the account
    QString provider;      ///< the provider's id
    QString draft;         ///< the draft's id when its entries are applied, else empty
};

/// The one send path of every change, live or drafted: an OperationSender that writes the
/// audit line before the request leaves and the outcome line once it answers, around the
/// provider's own sender. When the first line cannot be written the change is not sent (an
/// unrecorded change is what an audit log exists to prevent) and `done` gets a Setup error.
/// The provider's message is written without the operation's secrets, even if it echoes one.
class AuditedSender final : public OperationSender
{
    Q_DECLARE_TR_FUNCTIONS(AuditedSender)

public:
    /// `log` may be null: nothing is written (tests of the senders alone).
    AuditedSender(std::unique_ptr<OperationSender> inner, AuditLog *log, AuditSubject subject);

    /// The outcome an answer means for the log: Done, Refused (nothing changed) or Failed (unknown).
    [[nodiscard]] static AuditEntry::Outcome outcomeOf(const ApiError &error);
    /// Writes a Drafted line for `operation` (it was added to a draft, not sent).
    static bool recordDrafted(AuditLog *log, const AuditSubject &subject, const Operation &operation, QString *error);

    void send(Operation &operation, QObject *context, Sent done) override;
    void findConflict(const Draft &draft, int index, QObject *context, Compared done) override;
    void findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done) override;
    [[nodiscard]] bool canReadBack(const Operation &operation) const override;
    [[nodiscard]] bool mayMeanAlreadyApplied(const ApiError &error) const override;
    void cancelAll() override;

private:
    std::unique_ptr<OperationSender> m_inner;
    AuditLog *m_log;
    AuditSubject m_subject;
};
