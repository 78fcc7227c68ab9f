#pragma once

#include <QWidget>

class HostwayClient;
class QFormLayout;
class QLabel;
class QProgressBar;
class QVBoxLayout;

/// The right-hand pane: the selected mailbox's details. GET usernames/{name} tells a regular
/// mailbox (quota, usage, master) from an Exchange mailbox (read-only here), then the
/// matching GET fills the form.
class MailboxDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxDetailsPane(QWidget *parent = nullptr);

    /// Shows `username`@`domain`; an empty name shows the "select a mailbox" hint.
    void showMailbox(HostwayClient *client, const QString &domain, const QString &username);
    /// Shows what a snapshot or a draft knows of a mailbox when the provider is not asked.
    void showKnown(const QString &domain, const QString &username, int quotaMb, bool master, const QString &why);
    /// Action buttons shown under a regular mailbox's details (change quota, password, delete).
    void setMailboxActions(const QList<QAction *> &actions);

private:
    void clearForm();
    void addRow(const QString &label, const QString &value, const QString &objectName = {});

    QLabel *m_title;
    QLabel *m_status;
    QWidget *m_formHost;
    QFormLayout *m_form;
    QWidget *m_actions;
    quint64 m_generation = 0;
};
