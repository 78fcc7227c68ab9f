#pragma once

#include <QWidget>

class DistributionListModel;
class IkoulaOrganisation;
class ListMemberModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// An Ikoula organisation's distribution lists (seed 000: add-distribution-list, delete-dl)
/// and, for the selected list, its members (add-email-to-dl, delete-email-to-dl); several
/// members selected are removed as one batch.
class IkoulaListsPage final : public QWidget
{
    Q_OBJECT

public:
    IkoulaListsPage(IkoulaOrganisation *organisation, QWidget *parent = nullptr);

    /// Selects a distribution list by its address once the organisation is loaded, the table focused.
    void reveal(const QString &address);

private:
    void onLoaded();
    void onListSelected();
    void newList();
    void deleteList();
    void addMember();
    /// Removes the selected member; several: after one question, one batch.
    void removeMember();
    void removeMembers(const QString &list, const QStringList &members);
    void updateButtons();
    [[nodiscard]] QString selectedList() const;
    /// The members selected in the members table, top first.
    [[nodiscard]] QStringList selectedMembers() const;
    void setStatus(const QString &text, bool error = false);

    IkoulaOrganisation *m_organisation;
    DistributionListModel *m_lists;
    QSortFilterProxyModel *m_sorted;
    ListMemberModel *m_members;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_listView;
    QTableView *m_memberView;
    QLabel *m_membersTitle;
    QLineEdit *m_memberEdit;
    QPushButton *m_newList;
    QPushButton *m_deleteList;
    QPushButton *m_addMember;
    QPushButton *m_removeMember;
};
