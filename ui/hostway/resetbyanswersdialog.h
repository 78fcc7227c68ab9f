#pragma once

#include "core/providers/hostway/hostwaytypes.h"

#include <QDialog>

#include <memory>

class ApiError;
class PasswordEditor;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class ResetPasswordByAnswers;

/// Resets a Hostway mailbox's password by its secret answers (seed 003 sections 63-64; for an
/// Exchange mailbox 47-48): one masked field per question answered on file (one right answer
/// is enough, as the seed's example sends), and the new password with its rules and a
/// generator. Emits submitted() and stays open, keeping what was typed, until the caller
/// accepts it or calls showRefusal() (a wrong answer, a password refused).
class ResetByAnswersDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `keys`: the questions answered on file; `questions` gives their text.
    ResetByAnswersDialog(const QString &domain, const QString &name, bool exchange, const Hostway::SecretQuestions &questions,
                         const QStringList &keys, QWidget *parent = nullptr);
    ~ResetByAnswersDialog() override;

    /// The reset as typed (answers left empty are not sent).
    [[nodiscard]] std::shared_ptr<ResetPasswordByAnswers> operation() const;
    /// Shows Hostway's refusal in words and keeps the dialog open.
    void showRefusal(const ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    void updateState();
    /// Makes the dialog as tall as its rows need at its width (never shorter).
    void growToFit();

    QString m_domain;
    QString m_name;
    bool m_exchange;
    Hostway::SecretQuestions m_questions;
    QList<QPair<QString, QLineEdit *>> m_answers;   ///< {key, field}
    PasswordEditor *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;   ///< sent, not answered yet: Reset stays off
};
