#pragma once

#include "core/search/searchhit.h"

#include <QAbstractItemModel>

/// What Search Everywhere found, grouped: one top-level row per account (or "Recent"), its
/// hits below in the order they arrived. Hits stream in with add(); keyboard navigation steps
/// over the rows that cannot be opened (groups, More and Problem notes) with nextHit().
class SearchResultsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailColumn, KindColumn, ColumnCount };
    enum Role {
        HitKindRole = Qt::UserRole + 1,   ///< SearchHit::Kind as int; -1 on a group row
        AccountIdRole,                    ///< the group's or the hit's Account::id
        OpenableRole,                     ///< true for a hit the window can open
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    /// Removes every group (a model reset).
    void clear();
    /// Appends `hits` to the group `key` (an account id), made with `title` when it is not
    /// there yet, placed by `order` (the account's place in the tree: groups keep the tree's
    /// order whichever answers first).
    void add(const QString &key, const QString &title, const QList<SearchHit> &hits, int order = 0);
    /// The hit at `index`; null for a group row or an invalid index.
    [[nodiscard]] const SearchHit *hit(const QModelIndex &index) const;
    /// The number of hits that can be opened, in every group.
    [[nodiscard]] int openableCount() const;
    /// The openable hit `steps` openable hits after `from` (before it when negative), column
    /// 0; from an invalid index, the first (steps > 0) or the last. Stays at the end it reaches;
    /// invalid when there is no openable hit.
    [[nodiscard]] QModelIndex nextHit(const QModelIndex &from, int steps) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The kind's word in the Kind column ("Mailbox", "Distribution list", ...).
    [[nodiscard]] static QString kindText(SearchHit::Kind kind);

private:
    struct Group
    {
        QString key;
        QString title;
        QList<SearchHit> hits;
        int order = 0;
        quintptr id = 0;   ///< its hits' internal id: stays when groups are inserted before it
    };
    /// The row of the group whose id is `id`; -1 when none.
    [[nodiscard]] int groupRow(quintptr id) const;
    [[nodiscard]] QVariant groupData(int row, int column, int role) const;
    [[nodiscard]] QVariant hitData(const SearchHit &hit, int column, int role) const;
    /// Every openable hit's index, in display order.
    [[nodiscard]] QList<QModelIndex> openable() const;

    QList<Group> m_groups;
    quintptr m_nextId = 1;   ///< 0 is a group row's own internal id
};
