#pragma once

#include <QModelIndexList>
#include <QWidget>

class ContactTableModel;
class IkoulaOrganisation;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The contacts of an Ikoula organisation's global address list (seed 000: add-contact,
/// delete-contact), filterable and sortable; several selected are deleted as one batch.
class IkoulaContactsPage final : public QWidget
{
    Q_OBJECT

public:
    IkoulaContactsPage(IkoulaOrganisation *organisation, QWidget *parent = nullptr);

    /// Selects a contact by its address once the organisation is loaded, the table focused.
    void reveal(const QString &address);

private:
    void onLoaded();
    void newContact();
    void updateButtons();
    /// Deletes the selected contact after a confirmation; several: one question, one batch.
    void deleteContact();
    void deleteContacts(const QModelIndexList &rows);
    void setStatus(const QString &text, bool error = false);

    IkoulaOrganisation *m_organisation;
    ContactTableModel *m_contacts;
    QSortFilterProxyModel *m_filtered;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_delete;
};
