#pragma once

#include <QDockWidget>

class AuditFilterProxy;
class AuditLog;
class AuditLogModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

/// The Activity pane (View > Activity, Ctrl+Shift+L): the changes of the audit log, newest
/// first, filterable by account, outcome and text; Copy puts the selected rows on the
/// clipboard as tab-separated text, Export writes the rows shown to a CSV file.
class ActivityDock final : public QDockWidget
{
    Q_OBJECT

public:
    /// Shows `log` (not owned; it must outlive the pane).
    explicit ActivityDock(const AuditLog *log, QWidget *parent = nullptr);
    ~ActivityDock() override;

    /// Reads the log again, keeping the filters.
    void reload();
    /// The rows shown (after filtering and sorting), as the text columns: for Copy and tests.
    [[nodiscard]] QList<QStringList> shownRows(bool selectedOnly) const;
    /// Writes the rows shown to `path` as CSV (a header line first). False with *error.
    bool exportCsv(const QString &path, QString *error) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void copySelection() const;
    void askExport();
    void refillAccounts();

    AuditLogModel *m_model;
    AuditFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_account;
    QComboBox *m_outcome;
    QTableView *m_table;
    QLabel *m_summary;
};
