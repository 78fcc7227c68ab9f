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
    /// A quota of something else (a domain's InfoStore): the window's `title`, the `prompt`
    /// above the field (rich text, escaped by the caller), the quota now and the lowest
    /// quota the field offers, MB.
    QuotaDialog(const QString &title, const QString &prompt, int currentMb, int minimumMb, QWidget *parent = nullptr);
    /// The quota asked for, MB.
    [[nodiscard]] int quotaMb() const;
    /// Shows the refusal under the field: `words` when given, else the provider's words for
    /// the quota, else the error's message; allows Set Quota again.
    void showRefusal(const ApiError &error, const QStringList &words = {});

Q_SIGNALS:
    void submitted();

private:
    QSpinBox *m_quota;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
