#pragma once

#include <QDialog>

class ApiError;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

/// Sets a Hostway mailbox's quota, in MB. Emits submitted() and stays open until the caller
/// accepts it or calls showRefusal(), which shows the refusal under the quota (the provider's
/// words for the field when it names it), so a refused value can be corrected, as the
/// password and creation dialogs do.
class QuotaDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `currentMb` is the mailbox's quota now, the value the field starts with.
    QuotaDialog(const QString &username, const QString &domain, int currentMb, QWidget *parent = nullptr);
    /// The quota asked for, MB.
    [[nodiscard]] int quotaMb() const;
    void showRefusal(const ApiError &error);

Q_SIGNALS:
    void submitted();

private:
    QSpinBox *m_quota;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
