#pragma once

#include "core/providers/hostway/hostwaytypes.h"
#include "ui/hostway/mailboxsettingtab.h"

class BlackWhiteListModel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

/// The Senders tab of a Hostway mailbox: its black/white list (seed 003 sections 35-42),
/// senders always allowed or always blocked, a whole address or "@domain". A paged table
/// (BlackWhiteListModel) filtered by address (`*` a wildcard) and by list, sorted by address;
/// several addresses added at once to one list (AddBlackWhite: one PUT), the selected one
/// taken off with Del (RemoveBlackWhite). Addresses are checked as they are typed; one address
/// typed is looked up by its own GET (sections 37-38), which says whether it is listed already.
/// At domain level (setDomainLevel) the same for the domain's own list (sections 3-10).
class SendersTab final : public MailboxSettingTab
{
    Q_OBJECT

public:
    explicit SendersTab(QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(HostwayClient *client, quint64 generation) override;
    void clear() override;
    void applyFilter();
    void checkInput();
    /// Asks Hostway whether the one address typed to add is listed already.
    void lookUpInput();
    /// Says that the address typed is on the `type` list ("B", "W"); empty: says nothing.
    void showListed(const QString &type);
    /// Blocks or allows what is typed; the one address typed that is on the list chosen
    /// already is taken off it instead (removeListed).
    void add();
    /// Takes the selected sender off its list; several selected: after one question, one
    /// batch (or one drafted change per sender), then the table is read again.
    void removeSelected();
    void removeSeveral(const QList<Hostway::BlackWhiteEntry> &entries);
    /// Takes the address the lookup found off its list.
    void removeListed();
    void showRefusal(const ApiError &error);
    /// After a change: reload the table, or in Draft Mode say it was drafted.
    void changed(const QString &drafted);

    BlackWhiteListModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_filterType;
    QTableView *m_table;
    QLineEdit *m_input;
    QComboBox *m_inputType;
    QLabel *m_problem;
    QLabel *m_listed;                 ///< the address typed is listed already: on which list
    QString m_listedType;   ///< the list the one address typed is on ("B", "W"), found by its GET
    QString m_listedAddress;
    quint64 m_lookupGeneration = 0;
    QPushButton *m_add;
    QPushButton *m_remove;
};
