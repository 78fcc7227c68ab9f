#pragma once

#include "core/providers/ice/iceclient.h"
#include "core/providers/ice/icesettingsstore.h"
#include "core/providers/ice/icetypes.h"
#include "ui/changehook.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

/// The email server settings of one ICE skill (seed 001, UpdateEmailServer): SMTP for
/// sending, POP3 or IMAP for receiving, SSL, TLS, spoofing and status. Ports, poll rates and
/// addresses are checked as they are typed; nothing is sent while a problem remains. ICE
/// cannot read settings back, so the page starts from what Mailroom last sent (kept by
/// IceSettingsStore, passwords in the keychain) and says so.
class IceSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit IceSettingsPage(QWidget *parent = nullptr);
    /// Shows skill `skillId` of organisation `organisationId`. `client` and `store` are not
    /// owned; a null client leaves the page read-only (no password given).
    void setSource(IceClient *client, IceSettingsStore *store, const QString &accountKey, int organisationId, int skillId);
    /// Where Send puts the settings (an IceOperation): the change path, to ICE or the draft.
    void setChangeHook(ChangeHook hook);
    /// Names the Send button after where it sends: ICE, or the draft (call when Draft Mode changes).
    void refreshDraftMode();

private:
    void show(const Ice::ServerSettings &settings);
    [[nodiscard]] Ice::ServerSettings settings() const;
    /// Lists what the settings lack: as a neutral checklist until the user edits the form,
    /// in the error colour after (a form just opened has not done anything wrong).
    void validate();
    void send();
    void setStatus(const QString &text, bool error = false);

    QPointer<IceClient> m_client;
    QPointer<IceSettingsStore> m_store;
    ChangeHook m_changes;
    QString m_accountKey;
    Ice::ServerSettings m_loaded;   ///< holds the passwords and the protocol not shown
    int m_generation = 0;
    QLabel *m_title;
    QLabel *m_memory;
    QLabel *m_status;
    QLineEdit *m_smtpHost;
    QLineEdit *m_smtpPort;
    QLineEdit *m_smtpUser;
    QLineEdit *m_smtpPassword;
    QLineEdit *m_smtpMailbox;
    QLineEdit *m_smtpPoll;
    QRadioButton *m_pop3;
    QRadioButton *m_imap;
    QLineEdit *m_inHost;
    QLineEdit *m_inPort;
    QLineEdit *m_inUser;
    QLineEdit *m_inPassword;
    QLineEdit *m_inMailbox;
    QLineEdit *m_inPoll;
    QCheckBox *m_ssl;
    QCheckBox *m_tls;
    QCheckBox *m_spoofing;
    QLineEdit *m_spoofEmail;
    QCheckBox *m_enabled;
    QLabel *m_problems;
    QPushButton *m_send;
    bool m_edited = false;   ///< the user changed a field since the settings were shown
};
