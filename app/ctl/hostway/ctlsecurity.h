#pragma once

#include "app/ctl/hostway/ctlhostwaycommand.h"
#include "core/providers/hostway/secretoperations.h"

/// mailroomctl's commands for Hostway's secret questions (seed 003): `secret-questions list`
/// (the questions supported and the least number of answers, sections 116-119), `secrets
/// show` (the questions a mailbox answered, 75-76), `secrets set --answers-stdin` (77-78) and
/// `mailbox reset-password` / `exchange reset-password` by the answers (63-64, 47-48).
/// Answers come from standard input only, one KEY=ANSWER per line until its end (after the
/// new password's line with --password-stdin); they never appear on a command line, in a
/// draft file or in the output. Changes go through the change path (audited; --draft FILE
/// drafts them, the answers kept in the keychain).
class CtlSecurity final : public CtlHostwayCommand
{
    Q_OBJECT

public:
    explicit CtlSecurity(CtlOptions options, QObject *parent = nullptr);

private:
    void run() override;
    [[nodiscard]] bool needsPassword() const override;
    void questionsList();
    void secretsShow();
    void secretsSet();
    void resetPassword(bool exchange);
    /// KEY=ANSWER lines of standard input, until its end or an empty line; false after
    /// printing why (a line without '=', a key given twice).
    [[nodiscard]] bool readAnswers(SecretAnswers *answers);
    void fail(const ApiError &error);
};
