#pragma once

#include <QDialog>

class ApiError;
class PasswordEditor;
class QDialogButtonBox;
class QLabel;

/// Sets a new password for a mailbox, with the rules shown live and the provider's refusal
/// ("must not be used more than once") shown under the field. Emits submitted() and stays
/// open until the caller accepts it or calls showRefusal().
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(const QString &username, const QString &domain, QWidget *parent = nullptr);
    [[nodiscard]] QString password() const;
    void showRefusal(const ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    PasswordEditor *m_password;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
};
