#pragma once

#include "core/accounts/account.h"

#include <QDialog>

#include <functional>

class ApiError;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Adds or edits an account: provider, the kind of account when the provider has several
/// (Hostway's mailbox owner), display name, base URL, what the provider needs
/// (Hostway's account id, ICE's organisation id, Ikoula's RSA public key as PEM text or
/// file), user name and password. The password goes to the keychain (through SessionManager), never to settings;
/// when editing, an empty password keeps the stored one. With a sign-in check set, Save
/// first signs in with what was typed and stays open on a refusal, the message at the field
/// that caused it; the user may then Save Anyway (to prepare drafts offline).
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `account` pre-fills the form when editing; a default Account when adding.
    explicit AccountDialog(const Account &account, QWidget *parent = nullptr);

    /// Which of the account's fields a failed sign-in points at: the password (a refusal), the
    /// address (nothing usable answered there), or neither. The dialog and Test Connection
    /// both say it so.
    enum class FailedField { Password, Address, Unknown };
    [[nodiscard]] static FailedField failedField(const ApiError &error);

    /// The account as entered (id kept from the one given).
    [[nodiscard]] Account account() const;
    /// The password entered; empty means "unchanged" when editing.
    [[nodiscard]] QString password() const;

    /// Signs in as `account` with `password`; `done` gets the refusal (none: it worked) and
    /// whether anything could be checked (ProviderConnection::checkSignIn). Not called back
    /// once `context` is gone.
    using SignInCheck = std::function<void(const Account &account, const QString &password, QObject *context,
                                           std::function<void(const ApiError &error, bool checked)> done)>;
    /// Checks the sign-in on Save when a password was typed (none: Save saves at once).
    void setSignInCheck(SignInCheck check) { m_check = std::move(check); }
    /// After Save: what the check found, for the window's status bar ("Signed in…", "Not
    /// checked…"); empty when nothing was checked because no password was typed.
    [[nodiscard]] QString checkOutcome() const { return m_checkOutcome; }

private:
    void validate();
    void onProviderChanged();
    /// Shows the fields the chosen kind of account needs (Provider::Kind).
    void onKindChanged();
    void loadPublicKey();
    /// Save: checks the sign-in first when it can, then accepts.
    void save();
    /// The check's answer: accepts, or shows the refusal at its field and offers Save Anyway.
    void onChecked(const ApiError &error, bool checked);

    Account m_original;
    QComboBox *m_provider;
    QComboBox *m_kind;       ///< the provider's kinds of account (Hostway: administrator or mailbox owner)
    QLineEdit *m_displayName;
    QLineEdit *m_baseUrl;
    QLineEdit *m_accountId;
    QLineEdit *m_userName;
    QPlainTextEdit *m_publicKey;
    class QWidget *m_publicKeyRow;
    QComboBox *m_spelling;
    QString m_spellingWas;   ///< the account's spelling, until the provider's spellings fill the box
    class QFormLayout *m_form;
    QLineEdit *m_password;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    SignInCheck m_check;
    bool m_checking = false;
    int m_checkRun = 0;          ///< the check under way; an edit makes its answer stale
    bool m_saveAnyway = false;   ///< the check failed and the user was told: Save saves
    QString m_checkOutcome;
    QString m_saveText;   ///< the Save button's own text, back after Save Anyway
};
