#pragma once

#include <QWidget>

class PasswordPolicy;
class QAction;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

/// The one password editor of every provider and dialog: a field with a show/hide toggle,
/// Generate and Copy buttons, the provider's rules (PasswordPolicy) as a checklist updated
/// as the user types (or, for a provider that states none, its note), and a line for the
/// provider's own refusal, at the field, the typed text kept.
class PasswordEditor final : public QWidget
{
    Q_OBJECT

public:
    /// `policy` outlives the editor (providers hand out static ones).
    explicit PasswordEditor(const PasswordPolicy &policy, QWidget *parent = nullptr);

    /// The mailbox name and domain the rules depend on.
    void setContext(const QString &username, const QString &domain);
    /// Lets the field stay empty (isAcceptable() then holds), saying what empty means in the
    /// placeholder, e.g. "empty: Mailroom generates one and shows it once".
    void allowEmpty(const QString &meaning);
    [[nodiscard]] QString password() const;
    void setPassword(const QString &password);
    /// True when every stated rule is met (or the field is empty and allowEmpty() was called).
    [[nodiscard]] bool isAcceptable() const;
    /// Shows the provider's message about the password (empty hides it).
    void setServerError(const QString &message);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void refresh();
    void generate();

    const PasswordPolicy &m_policy;
    QLineEdit *m_edit;
    QAction *m_show = nullptr;   ///< the field's show/hide toggle
    QToolButton *m_generate;
    QToolButton *m_copy;
    QLabel *m_note;
    QVBoxLayout *m_rules;
    QLabel *m_serverError;
    QString m_username;
    QString m_domain;
    bool m_emptyAllowed = false;
};
