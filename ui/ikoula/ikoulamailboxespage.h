#pragma once

#include <QWidget>

class ApiError;
class BalTableModel;
class IkoulaOrganisation;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// An Ikoula organisation's mailboxes (BAL, seed 000): a sortable, filterable table with
/// New (user, room or equipment mailbox), Edit (fields, protocols, quotas, aliases,
/// forwarding), Change Password, Reset Password and Delete. Destructive actions ask first.
/// Several selected (Shift, Ctrl): Reset Password, Delete and Add to List act on them all as
/// one batch (IkoulaOrganisation::sendMany).
class IkoulaMailboxesPage final : public QWidget
{
    Q_OBJECT

public:
    IkoulaMailboxesPage(IkoulaOrganisation *organisation, QWidget *parent = nullptr);

    /// Selects a mailbox by its address once the organisation is loaded, the table focused.
    void reveal(const QString &address);

private:
    void onLoaded();
    void updateButtons();
    void newMailbox();
    void editMailbox();
    void changePassword();
    void resetPassword();
    void deleteMailbox();
    /// Adds the selected mailboxes to a distribution list chosen in a dialog.
    void addToList();
    /// The several-at-once forms of resetPassword() and deleteMailbox().
    void resetPasswords(const QStringList &emails);
    void deleteMailboxes(const QStringList &emails);
    /// What sendMany() reports, in the status line: `done` (translated, %n the count accepted).
    void reportMany(const ApiError &error, int accepted, int count, const char *done);
    [[nodiscard]] QString selected() const;
    /// Every selected mailbox's address, in the table's order.
    [[nodiscard]] QStringList selectedAll() const;
    [[nodiscard]] QStringList addresses() const;
    void setStatus(const QString &text, bool error = false);

    IkoulaOrganisation *m_organisation;
    BalTableModel *m_bals;
    QSortFilterProxyModel *m_filtered;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_password;
    QPushButton *m_reset;
    QPushButton *m_delete;
    QPushButton *m_addToList;
};
