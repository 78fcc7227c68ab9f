#pragma once

#include "core/providers/ikoula/ikoulacalls.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

/// Edits one Ikoula mailbox (BAL): directory fields (update-bal, which wants them all),
/// protocols (update-feature-bal), quotas in MB (update-quotasbal, sent in KB), aliases
/// (add-alias-bal, delete-alias), forwarding to a mailbox with or without a copy kept
/// (update-forward-email, delete-forward-email) and SMTP forwarding
/// (update-forward-smtp-email, delete-forward-smtp-email). changes() gives only the calls
/// for what was changed, in that order.
class IkoulaMailboxDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `addresses`: the organisation's mailboxes, lists and contacts, offered for forwarding.
    IkoulaMailboxDialog(const Ikoula::Bal &bal, const QStringList &addresses, QWidget *parent = nullptr);

    /// The wsexch calls that turn the mailbox as loaded into the mailbox as edited.
    [[nodiscard]] QList<IkoulaCall> changes() const;
    /// Shows the provider's refusal; the dialog stays open with everything typed.
    void showError(const QString &message);
    /// Disables the buttons while the changes are sent.
    void setBusy(bool busy);

Q_SIGNALS:
    /// Save was pressed with changes to send: the owner sends changes(), then accept()s or
    /// calls showError().
    void saveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] Ikoula::BalDetails details() const;

    Ikoula::Bal m_original;
    QList<QPair<QLineEdit *, QString Ikoula::BalDetails::*>> m_texts;
    QCheckBox *m_disabled;
    QCheckBox *m_hidden;
    QCheckBox *m_pop;
    QCheckBox *m_imap;
    QCheckBox *m_owa;
    QCheckBox *m_mapi;
    QCheckBox *m_activeSync;
    QSpinBox *m_warning;
    QSpinBox *m_send;
    QSpinBox *m_receive;
    QSpinBox *m_keepDays;
    QListWidget *m_aliases;
    QLineEdit *m_newAlias;
    QComboBox *m_forwardTo;
    QCheckBox *m_keepCopy;
    QLineEdit *m_smtpForward;
    QLabel *m_error;
    bool m_aliasReturn = false;   ///< the Return being handled was the alias field's
    class QDialogButtonBox *m_buttons;
};
