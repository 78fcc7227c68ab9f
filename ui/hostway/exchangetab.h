#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class UpdateExchange;

/// The Exchange tab of a Hostway Exchange mailbox (seed 003 sections 51-56), read by GET
/// .../exchange when first shown. Above, what its PUT changes, each field held to its
/// documented length: display name, type (standard or premium), names, title, company,
/// department, address and phones, and "ask for a new password at the next logon"; Save
/// (Ctrl+S) sends only the fields changed (UpdateExchange). The resource type (user, room,
/// equipment) is shown, never offered: Hostway refuses to change it. Below, what only GET
/// gives, as Hostway words it: addresses, forwarding, protocol access (ActiveSync, IMAP,
/// MAPI, OWA, POP), limits and sizes ("50 MB (52,428,800 bytes)"). Set Password and Delete
/// (confirmed by the address) go through the same change path.
class ExchangeTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit ExchangeTab(QWidget *parent = nullptr);
    ~ExchangeTab() override;

    /// The change as typed: the fields that differ from what was read, what was read of them
    /// as its expected state.
    [[nodiscard]] std::shared_ptr<UpdateExchange> operation() const;

Q_SIGNALS:
    /// A change was sent (not drafted): the mailbox's name now, empty once it is deleted.
    void landed(const QString &now);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    /// Fills the form with `mailbox` as read (m_read holds its fields); empty: nothing read.
    void showMailbox(const Hostway::ExchangeMailbox &mailbox);
    /// Save, Revert, Set Password and Delete on or off; the problems of the change typed.
    void updateState();
    /// Sends or drafts the fields changed (UpdateExchange), Ctrl+S.
    void save();
    /// Asks a new password (ChangePasswordDialog) and sends it for the mailbox shown then.
    void setPassword();
    /// Deletes the mailbox shown, once its address is confirmed (DeleteExchange).
    void deleteMailbox();
    /// The outcome of a change sent or drafted, in the status line.
    void afterChange(const QString &describe, const QString &now);

    QHash<QString, QString> m_read;           ///< field -> value as read
    QHash<QString, QLineEdit *> m_fields;     ///< the text fields, by API name
    QComboBox *m_type;
    QLabel *m_resource;
    QCheckBox *m_resetPassword;
    QFormLayout *m_form;                      ///< what PUT changes
    QFormLayout *m_reported;                  ///< what GET alone tells
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_password;
    QPushButton *m_delete;
    bool m_known = false;
    bool m_busy = false;   ///< sent, not answered yet: Save stays off
};
