#pragma once

#include "core/providers/hostway/hostwaytypes.h"

#include <QDialog>

#include <memory>

class ApiError;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class UpdateMailbox;

/// Edit Mailbox: renames a Hostway mailbox, makes it master or not, and moves it to another
/// OpenXchange plan, by the mailbox PUT (seed 003 section 69-70, `username`, `master` and
/// `type`; the plans are the domain's webmailNames, given by setPlans()). The mailbox GET
/// says no plan, so the plan starts as "keep the current one". The new name is checked
/// while typing (the documented pattern), and the dialog says what becomes of mail sent to
/// the old address (Hostway keeps no alias). Emits submitted(); stays open with the refusal
/// (showRefusal(): a name in use) until accepted.
class EditMailboxDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Edits `name`@`domain`, a `master` account or not.
    EditMailboxDialog(const QString &domain, const QString &name, bool master, QWidget *parent = nullptr);

    /// The change as typed: the fields that differ from the mailbox's.
    [[nodiscard]] std::shared_ptr<UpdateMailbox> operation() const;
    /// Shows Hostway's refusal in words (a name in use: its bare 400; a plan full) and allows
    /// Save again.
    void showRefusal(const ApiError &error);
    /// Offers the domain's plans (webmailNames with their limits); an error leaves the plan
    /// as it is and says why.
    void setPlans(const ApiError &error, const Hostway::WebmailPlans &plans);

Q_SIGNALS:
    void submitted();

private:
    void check();

    QString m_domain;
    QString m_name;
    bool m_wasMaster;
    QLineEdit *m_newName;
    QCheckBox *m_master;
    QComboBox *m_plan;
    QLabel *m_consequence;
    QLabel *m_problem;
    QPushButton *m_save;
    bool m_busy = false;   ///< sent, not answered yet: Save stays off
};
