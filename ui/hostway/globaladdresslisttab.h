#pragma once

#include "ui/hostway/mailboxsettingtab.h"

#include <QList>

class GlobalAddressListModel;
class Operation;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

/// The Global address list tab of a Hostway domain's page (seed 003 sections 15-25): the
/// contacts in a sortable table with the main fields shown (the others one right-click on
/// the header away), found by the provider's search or filter on one field, a moment after
/// the last key. New Contact (Ctrl+N), Edit (Return, a double-click) and Delete (Del, after
/// a confirmation) go through the change path; Import CSV drafts a creation per row (nothing
/// when a row is bad); Export CSV writes the list shown.
class GlobalAddressListTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    /// Adds operations to the account's draft together (Draft Mode is turned on); true when
    /// they are in it, else false with *error (empty when the user was told already).
    using DraftAll = std::function<bool(QList<std::shared_ptr<Operation>> operations, const QString &undoText, QString *error)>;

    explicit GlobalAddressListTab(QWidget *parent = nullptr);
    /// How Import CSV drafts its rows.
    void setDraftAll(DraftAll draftAll) { m_draftAll = std::move(draftAll); }

    /// Asks for a CSV file and drafts a creation for each of its rows.
    void importCsv();
    /// Drafts a creation for each row of the CSV file at `path`; false when nothing was
    /// drafted (the problems are shown, line by line).
    bool importCsvFile(const QString &path);
    /// Writes the contacts shown to the CSV file at `path`; false and *error when it cannot.
    bool exportCsvFile(const QString &path, QString *error) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    /// Reads the list again with the query typed.
    void search();
    void newContact();
    void editCurrent();
    /// Deletes the selected contact; several selected: after one question, one batch (or one
    /// drafted deletion per contact).
    void deleteCurrent();
    void deleteSeveral(const QList<int> &rows);
    void exportCsv();
    /// Opens the contact dialog for `row` of the model (-1: a new contact).
    void openDialog(int row);
    /// Selects the contact named `name` once the list is read again.
    void reloadAndSelect(const QString &name);
    /// The model's row of the one contact selected, or -1 (none, or several).
    [[nodiscard]] int currentRow() const;
    /// The model's rows of the contacts selected, in the order shown.
    [[nodiscard]] QList<int> selectedRows() const;
    void updateButtons();
    /// "12 contacts", or "3 of the contacts match"; the load's error when it failed.
    void showCount();
    /// The header's menu: a checkable action per column.
    void showColumnMenu(const QPoint &at);

    GlobalAddressListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLineEdit *m_find;
    QComboBox *m_field;
    QComboBox *m_match;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QTimer *m_typing;
    QString m_selectAfterLoad;
    QString m_fittedFor;   ///< the domain whose list the columns were fitted to
    DraftAll m_draftAll;
};
