#pragma once

#include <QDialog>

class MailboxDetailsPane;

/// A Hostway mailbox's property sheet as a dialog: the same tabs as the details pane at the
/// window's right (MailboxDetailsPane), larger, opened by Return or a double-click in the
/// mailbox table, closed by Esc or Close. Changes made in it take the account's change path,
/// as in the pane. Return inside a tab keeps its meaning there (add a forwarding target):
/// the dialog has no default button.
class MailboxPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MailboxPropertiesDialog(QWidget *parent = nullptr);

    /// The pane the dialog shows; its owner gives it the change path and the mailbox.
    [[nodiscard]] MailboxDetailsPane *pane() const { return m_pane; }

protected:
    /// Return and Enter stay with the widget they were pressed in: a button that had the
    /// focus once would otherwise become the dialog's default and be pressed by them.
    void keyPressEvent(QKeyEvent *event) override;

private:
    MailboxDetailsPane *m_pane;
};
