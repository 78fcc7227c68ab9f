#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

/// A password field with a show/hide toggle, a Generate button, the provider's rules shown
/// live (each one met or unmet), and a line for the provider's own refusal.
/// Rules are Hostway's (seed 003, mailbox PUT "password").
class PasswordEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordEditor(QWidget *parent = nullptr);

    /// The mailbox name and domain the rules depend on.
    void setContext(const QString &username, const QString &domain);
    [[nodiscard]] QString password() const;
    void setPassword(const QString &password);
    /// True when every rule a client can check is met.
    [[nodiscard]] bool isAcceptable() const;
    /// Shows the provider's message about the password (empty hides it).
    void setServerError(const QString &message);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void refresh();
    void generate();

    QLineEdit *m_edit;
    QToolButton *m_generate;
    QVBoxLayout *m_rules;
    QLabel *m_serverError;
    QString m_username;
    QString m_domain;
};
