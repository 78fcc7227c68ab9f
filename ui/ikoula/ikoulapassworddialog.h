#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Sets a new password for an Ikoula mailbox (wsexch/change-password): typed, shown on
/// request, or generated. The wsexch seed states no password rule, so Ikoula's own answer
/// is the check: submitted() is emitted and the dialog stays open until the caller accepts
/// it, or shows Ikoula's refusal under the field with showRefusal(), the typed text kept.
class IkoulaPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IkoulaPasswordDialog(const QString &email, QWidget *parent = nullptr);
    [[nodiscard]] QString password() const;
    void showRefusal(const QString &message);

Q_SIGNALS:
    void submitted();

private:
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
