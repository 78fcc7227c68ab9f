#pragma once

#include "core/accounts/account.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Adds or edits an account: provider, the kind of account when the provider has several
/// (Hostway's mailbox owner), display name, base URL, what the provider needs
/// (Hostway's account id, ICE's organisation id, Ikoula's RSA public key as PEM text or
/// file), user name and password. The password goes to the keychain (through SessionManager), never to settings;
/// when editing, an empty password keeps the stored one.
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `account` pre-fills the form when editing; a default Account when adding.
    explicit AccountDialog(const Account &account, QWidget *parent = nullptr);

    /// The account as entered (id kept from the one given).
    [[nodiscard]] Account account() const;
    /// The password entered; empty means "unchanged" when editing.
    [[nodiscard]] QString password() const;

private:
    void validate();
    void onProviderChanged();
    /// Shows the fields the chosen kind of account needs (Provider::Kind).
    void onKindChanged();
    void loadPublicKey();

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
};
