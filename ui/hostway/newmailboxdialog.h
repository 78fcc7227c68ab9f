#pragma once

#include <QDialog>

#include <memory>

class ApiError;
class CreateMailbox;
class PasswordEditor;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Asks for a new Hostway mailbox: name (checked against the documented pattern as the user
/// types), quota in MB, master flag and a password (every rule shown live, or generated).
/// Emits submitted() with the operation and stays open until the caller reports success
/// (accept()) or shows the provider's refusal next to the field it names (showRefusal()).
class NewMailboxDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewMailboxDialog(const QString &domain, QWidget *parent = nullptr);

    /// The operation the form describes now.
    [[nodiscard]] std::unique_ptr<CreateMailbox> operation() const;
    /// Re-enables the form and shows the provider's messages beside their fields.
    void showRefusal(const ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    void validate();

    QString m_domain;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QSpinBox *m_quota;
    QCheckBox *m_master;
    PasswordEditor *m_password;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
};
