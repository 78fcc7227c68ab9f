#pragma once

#include "ui/hostway/mailboxsettingtab.h"

#include <QStringList>

class QLineEdit;
class QListWidget;
class QPushButton;

/// The Forwarding tab of a Hostway mailbox: the addresses its mail is forwarded to (GET
/// .../forwards, seed 003 section 59-60), several added at once (SetForwards, the whole new
/// list) and one removed at a time (RemoveForward). While typing, each address is checked as
/// Hostway documents (an address, not the mailbox itself, not twice); Hostway's own refusals
/// (a local mailbox that does not exist, a loop through a domain alias) are said in words at
/// the field. Del removes the selected target.
class ForwardingTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit ForwardingTab(QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    void showTargets(const QStringList &targets);
    void checkInput();
    void add();
    /// Stops forwarding to the selected target; several selected: after one question, one
    /// batch (or one drafted change each), then the list is read again.
    void removeSelected();
    void removeSeveral(const QStringList &targets);
    void showRefusal(const ApiError &error);

    QListWidget *m_list;
    QLineEdit *m_input;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_remove;
    QStringList m_targets;   ///< as read, or as drafted
    bool m_known = false;    ///< m_targets was read: until then nothing is added (it would replace them)
};
