#pragma once

#include "core/providers/webitel/webitelclient.h"
#include "ui/changehook.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// The SMTP settings Webitel uses for a domain's email (seed 004): view, create, update,
/// delete, and send a test email. Ports and addresses are checked before sending; the SMTP
/// password is never shown (the field stays empty: filling it sets a new one).
class WebitelSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit WebitelSettingsPage(QWidget *parent = nullptr);
    /// Loads `domain`'s settings with `client` (not owned; null clears the page).
    void setSource(WebitelClient *client, const QString &domain);
    /// Where Save, Delete and Send Test go: the change path, as WebitelOperations.
    void setChangeHook(ChangeHook hook);
    /// Names the Save button after where it sends: Webitel, or the draft (call when Draft Mode changes).
    void refreshDraftMode();

private:
    void load();
    /// Drafts or sends `operation` through the change path; `sending` is shown while it is
    /// sent, `sent` runs once it is accepted (not when drafted or refused).
    void submit(std::shared_ptr<Operation> operation, const QString &sending, std::function<void()> sent);
    void save();
    void remove();
    void sendTest();
    void validate();
    void setStatus(const QString &text, bool error = false);

    QPointer<WebitelClient> m_client;   ///< owned by SessionManager, which may renew it
    ChangeHook m_changes;
    QString m_domain;
    bool m_exists = false;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QCheckBox *m_secure;
    QCheckBox *m_verify;
    QLineEdit *m_from;
    QLineEdit *m_description;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problems;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLineEdit *m_testTo;
    QPushButton *m_test;
};
