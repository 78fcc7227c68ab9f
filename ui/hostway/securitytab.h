#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <QPointer>

class QCheckBox;
class SetSecretAnswers;
class QFormLayout;
class QLineEdit;
class QPushButton;

/// The Security tab of a Hostway mailbox, regular or Exchange (seed 003): the secret
/// questions Hostway offers and the least number of answers it asks for (sections 116-119,
/// read at run time), the ones the mailbox answered (75-76; answers are never shown, nor
/// readable), new answers (77-78: saving replaces them all; Ctrl+S), and Reset Password by
/// Answers (63-64, 47-48; ResetByAnswersDialog). Answers are secrets: masked while typed,
/// kept in the keychain when drafted, never in a draft file or a log.
class SecurityTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit SecurityTab(QWidget *parent = nullptr);

    /// Whether the next mailbox shown (setMailbox()) is an Exchange mailbox: its reset goes to
    /// .../exchange/action.
    void setExchange(bool exchange) { m_exchange = exchange; }

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    void showQuestions();
    [[nodiscard]] std::shared_ptr<SetSecretAnswers> edited() const;
    void updateState();
    void save();
    void resetPassword();

    QLabel *m_summary;
    QWidget *m_answersHost;
    QFormLayout *m_answersForm;
    QCheckBox *m_showAnswers;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_reset;
    QList<QPair<QString, QLineEdit *>> m_answers;   ///< {key, field} of each question offered
    Hostway::SecretQuestions m_questions;
    /// The questions are the same for every mailbox of an account: read once per client.
    QPointer<HostwayClient> m_questionsFrom;
    Hostway::SecretQuestions m_questionsRead;
    QStringList m_onFile;   ///< keys answered on file
    bool m_known = false;
    bool m_exchange = false;
    bool m_busy = false;   ///< answers sent, not answered yet: Save stays off
};
