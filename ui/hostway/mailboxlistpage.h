#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class HostwayClient;
class MailboxTableModel;
class QLabel;
class QLineEdit;
class QPushButton;
class PagedTableView;
class QTableView;
class QTimer;

/// The centre of the window for a domain's "Mailboxes": a filter box (server-side, with `*`
/// wildcards, sent 300 ms after the last key), the lazily loaded table sorted by the server,
/// and a status line for counts, loading, empty results and errors (with Retry).
class MailboxListPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxListPage(QWidget *parent = nullptr);

    void setSource(HostwayClient *client, const QString &domain);
    [[nodiscard]] MailboxTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const;
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    /// A selected row of the table.
    struct Selected
    {
        QString name;
        bool exchange = false;        ///< an Exchange mailbox (read-only here)
        bool draftCreation = false;   ///< drafted for creation, not at the provider yet
    };
    /// Every selected row, in the table's order.
    [[nodiscard]] QList<Selected> selection() const;
    /// The selected mailbox's name when one row is selected, else empty.
    [[nodiscard]] QString selectedMailbox() const;
    /// True when the one selected row is a mailbox drafted for creation.
    [[nodiscard]] bool selectedIsDraftCreation() const;
    /// Reloads, then selects `username` once it is loaded (if it is on the loaded pages).
    void reloadAndSelect(const QString &username);
    /// Reloads, then selects each of `usernames` found on the loaded pages (after a batch).
    void reloadAndSelect(const QStringList &usernames);
    /// Shows the mailbox `username` alone (the filter set to its name, even in a domain of
    /// thousands), selects it and gives the table the focus; waits for setSource() when the
    /// domain is still coming. For Search Everywhere's Enter.
    void reveal(const QString &username);
    /// Writes the loaded rows (as filtered and sorted) to `path` as CSV. False with *error.
    bool exportCsv(const QString &path, QString *error) const;
    /// After a failed load: offers a button to work offline on the snapshot taken at
    /// `takenAt`; `use` runs when the user takes it.
    void offerSnapshot(const QDateTime &takenAt, std::function<void()> use);

Q_SIGNALS:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();
    /// Ctrl+End: loads the pages that remain, one after the other, then selects the last
    /// mailbox (the view alone went one page further per press: 19 presses to the 2,000th).
    /// Stops on a failed page, a new filter or sort, or another key.
    void followToEnd();
    /// After the scroll bar was dragged past the rows loaded: loads the pages up to the row
    /// it points at, one after the other (PagedTableView shows it when it comes).
    void followToWanted();
    /// Filters the table to `username` and selects it once listed.
    void applyReveal(const QString &username);

    MailboxTableModel *m_model;
    QLineEdit *m_filter;
    PagedTableView *m_view;
    QLabel *m_status;
    QLabel *m_placeholder;   ///< centred in the empty table: loading, no match, no mailbox
    QPushButton *m_retry;
    QPushButton *m_offline;
    std::function<void()> m_useSnapshot;
    QTimer *m_filterDelay;
    QStringList m_pendingSelection;   ///< mailboxes to select once their rows are loaded
    QString m_revealing;   ///< a mailbox to reveal once setSource() gives the domain
    QString m_revealed;    ///< the mailbox the filter was set to by reveal(), for the status line
    QString m_errorText;
    bool m_toEnd = false;   ///< Ctrl+End was pressed while pages remained: followToEnd() goes on
    int m_wantedRow = -1;   ///< the row the scroll bar points at beyond those loaded, or -1
};
