#pragma once

#include <QDialog>

class ApiError;
class PasswordEditor;
class QDialogButtonBox;
class QLabel;

/// Sets a new password for an Ikoula mailbox (wsexch/change-password) with the one password
/// editor (typed, shown on request, generated, copied). The wsexch seed states no password
/// rule, so Ikoula's own answer is the check: submitted() is emitted and the dialog stays open
/// until the caller accepts it, or shows Ikoula's refusal with showRefusal(), the typed text kept.
class IkoulaPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IkoulaPasswordDialog(const QString &email, QWidget *parent = nullptr);
    [[nodiscard]] QString password() const;
    /// Ikoula's words at the field when they name the password (IkoulaActions::inUserTerms),
    /// under it otherwise (a vanished network, another refusal).
    void showRefusal(const ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    PasswordEditor *m_password;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
};
