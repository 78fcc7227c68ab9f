#pragma once

#include "core/search/searchhit.h"

#include <QLineEdit>

class AccountStore;
class QFrame;
class QLabel;
class QProgressBar;
class QSettings;
class QTimer;
class QTreeView;
class SearchEverywhere;
class SearchResultsModel;

/// The window's Search Everywhere box (Ctrl+K), in the toolbar. Typing searches every account
/// (SearchEverywhere) after a short pause; the results stream into a panel under the box,
/// grouped by account, with the accounts' progress. Up and Down choose a result while the
/// box keeps the focus, Enter opens it (opened()), Esc cancels a search under way and then
/// closes the panel. With the box empty the panel lists the recent items opened.
class SearchEverywhereBox final : public QLineEdit
{
    Q_OBJECT

public:
    /// The most recent items kept (QSettings "search/recent": where objects are, no secret).
    static constexpr int kRecentCount = 8;

    /// `search`, `accounts` and `settings` (may be null: nothing remembered) are not owned;
    /// the panel is a child of `window`, over its contents.
    SearchEverywhereBox(SearchEverywhere *search, AccountStore *accounts, QSettings *settings, QWidget *window);

    /// Ctrl+K: the focus in the box, its text selected, the panel shown.
    void activate();
    /// The panel with the results (for tests and screenshots).
    [[nodiscard]] QTreeView *resultsView() const { return m_view; }
    [[nodiscard]] bool isPanelShown() const;

Q_SIGNALS:
    /// The user chose `hit`: the window shows it.
    void opened(const SearchHit &hit);
    /// The user left with Esc: the window gives the focus back to where work happens.
    void dismissed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited();
    void startSearch();
    void onFound(const QList<SearchHit> &hits);
    void onProgress(int done, int total);
    void onFinished(bool cancelled);
    void showRecent();
    void showPanel();
    void hidePanel();
    void placePanel();
    void step(int steps);
    void openCurrent();
    void remember(const SearchHit &hit);
    [[nodiscard]] QList<SearchHit> recent() const;
    [[nodiscard]] QString accountTitle(const QString &accountId) const;
    void setStatus(const QString &text);

    SearchEverywhere *m_search;
    AccountStore *m_accounts;
    QSettings *m_settings;
    QWidget *m_window;
    SearchResultsModel *m_model;
    QFrame *m_panel;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTreeView *m_view;
    QTimer *m_delay;
    QString m_searched;   ///< the term of the results shown
    bool m_openFirst = false;   ///< Enter came before any result: the first openable one opens
    bool m_chosen = false;      ///< Up/Down pressed in these results: the current hit stays where it was put
};
