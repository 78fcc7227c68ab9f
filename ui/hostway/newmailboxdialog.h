#pragma once

#include <QDialog>

#include <memory>

class ApiError;
class Operation;
class PasswordEditor;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Asks for a new Hostway mailbox: name (checked against the documented pattern as the user
/// types), quota in MB, master flag and a password (every rule shown live, or generated).
/// Or, with Kind "Exchange mailbox" (seed 003 section 55-56): a display name, standard or
/// premium, a user, a room or equipment (chosen once: Hostway never changes it), and a
/// password that also starts with a letter.
/// Emits submitted() with the operation and stays open until the caller reports success
/// (accept()) or shows the provider's refusal next to the field it names (showRefusal()).
class NewMailboxDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewMailboxDialog(const QString &domain, QWidget *parent = nullptr);

    /// The operation the form describes now: a CreateMailbox or a CreateExchange.
    [[nodiscard]] std::shared_ptr<Operation> operation() const;
    /// The new mailbox's name, as typed.
    [[nodiscard]] QString name() const;
    /// Re-enables the form and shows the provider's messages beside their fields.
    void showRefusal(const ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    void validate();
    [[nodiscard]] bool exchange() const;

    QString m_domain;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QComboBox *m_exchangeType;
    QComboBox *m_resource;
    QFormLayout *m_form;
    QLabel *m_nameError;
    QSpinBox *m_quota;
    QCheckBox *m_master;
    PasswordEditor *m_password;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
};
