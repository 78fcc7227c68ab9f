#include "ui/searcheverywherebox.h"

#include "core/accounts/accountstore.h"
#include "core/search/searcheverywhere.h"
#include "models/searchresultsmodel.h"

#include <QApplication>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const QString kRecentKey = QStringLiteral("search/recent");

} // namespace

SearchEverywhereBox::SearchEverywhereBox(SearchEverywhere *search, AccountStore *accounts, QSettings *settings, QWidget *window)
    : QLineEdit(window)
    , m_search(search)
    , m_accounts(accounts)
    , m_settings(settings)
    , m_window(window)
    , m_model(new SearchResultsModel(this))
    , m_panel(new QFrame(window))
    , m_status(new QLabel(m_panel))
    , m_progress(new QProgressBar(m_panel))
    , m_view(new QTreeView(m_panel))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchEverywhere"));
    setAccessibleName(tr("Search everywhere"));
    setAccessibleDescription(tr("Finds mailboxes, lists, contacts and domains in every account. Up and Down choose, Enter opens, Esc cancels."));
    setPlaceholderText(tr("Search everywhere (Ctrl+K)"));
    setClearButtonEnabled(true);
    // The hint reads whole in every language: it is the only label the box has.
    setMinimumWidth(std::min(fontMetrics().horizontalAdvance(placeholderText()) + 48, 320));
    setMaximumWidth(320);

    m_panel->setObjectName(QStringLiteral("searchPanel"));
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_panel->setAutoFillBackground(true);
    m_panel->hide();
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("searchProgress"));
    m_progress->setAccessibleName(tr("Accounts searched"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::NoFocus);   // the box keeps the focus: typing goes on
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SearchResultsModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SearchResultsModel::DetailColumn, QHeaderView::Interactive);   // placePanel()'s third
    m_view->header()->setSectionResizeMode(SearchResultsModel::KindColumn, QHeaderView::ResizeToContents);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row) {
                m_view->setFirstColumnSpanned(row, {}, true);   // an account's name reads whole
                const QModelIndex group = m_model->index(row, 0);
                m_view->expand(group);
                for (int hit = 0; hit < m_model->rowCount(group); ++hit)
                    m_view->setFirstColumnSpanned(hit, group, !m_model->hit(m_model->index(hit, 0, group))->isObject());
            }
        } else {
            for (int row = first; row <= last; ++row)   // a note ("12 more in …") reads whole too
                m_view->setFirstColumnSpanned(row, parent, !m_model->hit(m_model->index(row, 0, parent))->isObject());
        }
        if (!m_chosen || !m_view->currentIndex().isValid()) {
            // Enter opens the first result without a keystroke more, also when an account
            // answering later is listed above the one that answered first.
            const QModelIndex top = m_model->nextHit({}, 1);
            if (top.isValid())
                m_view->setCurrentIndex(top);
        }
        if (m_openFirst && m_model->hit(m_view->currentIndex())) {
            m_openFirst = false;   // Enter was pressed before anything came: the first that comes
            openCurrent();
            return;
        }
        if (m_panel->isVisible())
            placePanel();   // as tall as the results
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (m_model->hit(index) && m_model->hit(index)->isObject()) {
            m_view->setCurrentIndex(index.siblingAtColumn(0));
            openCurrent();
        }
    });
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addStretch();   // the status at the top when there is no list

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &SearchEverywhereBox::startSearch);
    connect(this, &QLineEdit::textEdited, this, &SearchEverywhereBox::onTextEdited);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && hasFocus())   // the clear button
            onTextEdited();
    });
    connect(m_search, &SearchEverywhere::found, this, &SearchEverywhereBox::onFound);
    connect(m_search, &SearchEverywhere::progress, this, &SearchEverywhereBox::onProgress);
    connect(m_search, &SearchEverywhere::finished, this, &SearchEverywhereBox::onFinished);
    m_window->installEventFilter(this);   // the panel follows the window's size
}

void SearchEverywhereBox::activate()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
    if (text().trimmed().isEmpty())
        showRecent();
    showPanel();
}

bool SearchEverywhereBox::isPanelShown() const
{
    return m_panel->isVisible();
}

bool SearchEverywhereBox::event(QEvent *event)
{
    // Esc, Enter and the arrows are the box's while it has the focus, not the window's
    // shortcuts (Esc is Cancel Requests there).
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Up || key == Qt::Key_Down
            || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void SearchEverywhereBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        showPanel();
        m_chosen = true;
        step(1);
        return;
    case Qt::Key_Up:
        m_chosen = true;
        step(-1);
        return;
    case Qt::Key_PageDown:
        m_chosen = true;
        step(8);
        return;
    case Qt::Key_PageUp:
        m_chosen = true;
        step(-8);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_delay->isActive()) {   // typed and Enter at once: search now, open the first that comes
            m_delay->stop();
            startSearch();
            m_openFirst = m_search->isRunning();
            return;
        }
        openCurrent();
        return;
    case Qt::Key_Escape:
        if (m_search->isRunning() || m_delay->isActive()) {
            m_delay->stop();
            m_search->cancel();
            return;
        }
        hidePanel();
        Q_EMIT dismissed();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchEverywhereBox::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    if (text().trimmed().isEmpty())
        showRecent();
    showPanel();
}

void SearchEverywhereBox::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A click in the results keeps the focus here (they take none); anything else closes.
    if (event->reason() != Qt::PopupFocusReason)
        hidePanel();
}

bool SearchEverywhereBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_panel->isVisible())
        placePanel();
    return QLineEdit::eventFilter(watched, event);
}

void SearchEverywhereBox::onTextEdited()
{
    m_openFirst = false;
    m_search->cancel();
    if (text().trimmed().isEmpty()) {
        m_delay->stop();
        showRecent();
        return;
    }
    m_delay->start();
}

void SearchEverywhereBox::startSearch()
{
    m_chosen = false;
    m_model->clear();
    m_searched = text().trimmed();
    if (!m_search->start(m_searched)) {
        setStatus(tr("Type at least %n character(s) of a name, an address or a domain.", nullptr, SearchEverywhere::kMinimumLength));
        m_progress->hide();
    }
    showPanel();
}

void SearchEverywhereBox::onFound(const QList<SearchHit> &hits)
{
    if (hits.isEmpty())
        return;
    const QString accountId = hits.first().accountId;
    int order = 0;   // the tree's order, whichever account answers first
    for (const Account &account : m_accounts->accounts()) {
        if (account.id == accountId)
            break;
        ++order;
    }
    m_model->add(accountId, accountTitle(accountId), hits, order);
}

void SearchEverywhereBox::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setVisible(done < total);
    setStatus(tr("Searching \u201c%1\u201d: %2 of %n account(s) answered\u2026 (Esc cancels)", nullptr, total)
                  .arg(m_searched, QString::number(done)));
}

void SearchEverywhereBox::onFinished(bool cancelled)
{
    m_openFirst = false;
    m_progress->hide();
    const int found = m_model->openableCount();
    if (cancelled)
        setStatus(tr("Search cancelled: %n found so far.", nullptr, found));
    else if (found == 0)
        setStatus(tr("Nothing found for \u201c%1\u201d. Try part of the name, or @ and part of the domain.").arg(m_searched));
    else
        setStatus(tr("%n found. Up and Down choose, Enter opens.", nullptr, found));
}

void SearchEverywhereBox::showRecent()
{
    m_chosen = false;
    m_model->clear();
    m_searched.clear();
    m_progress->hide();
    const QList<SearchHit> items = recent();
    if (items.isEmpty()) {
        setStatus(tr("Type part of a name, an address or a domain: every account is searched."));
        return;
    }
    m_model->add(QString(), tr("Recent"), items);
    setStatus(tr("Recently opened. Type to search every account."));
}

void SearchEverywhereBox::showPanel()
{
    placePanel();
    m_panel->show();
    m_panel->raise();
}

void SearchEverywhereBox::hidePanel()
{
    m_panel->hide();
}

void SearchEverywhereBox::placePanel()
{
    // Under the box, as wide as a result needs, never past the window's edges.
    const QPoint below = mapTo(m_window, QPoint(0, height() + 2));
    const int width = std::min(std::max(560, this->width()), m_window->width() - below.x() - 8);
    m_view->setVisible(m_model->rowCount() > 0);   // no empty table under "Nothing found"
    int rows = m_model->rowCount();
    for (int group = 0; group < m_model->rowCount(); ++group)
        rows += m_model->rowCount(m_model->index(group, 0));
    const int rowHeight = std::max(m_view->sizeHintForRow(0), fontMetrics().height() + 4);
    const int list = rows == 0 ? 0 : m_view->header()->sizeHint().height() + rows * rowHeight + 8;
    const int wanted = m_status->heightForWidth(width - 12) + list + 16 + (m_progress->isVisible() ? 10 : 0);
    const int height = std::min({wanted, 420, m_window->height() - below.y() - 40});
    m_panel->setGeometry(below.x(), below.y(), std::max(width, 200), std::max(height, 48));
    m_view->setColumnWidth(SearchResultsModel::DetailColumn, width * 3 / 10);
}

void SearchEverywhereBox::step(int steps)
{
    const QModelIndex next = m_model->nextHit(m_view->currentIndex(), steps);
    if (!next.isValid())
        return;
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
}

void SearchEverywhereBox::openCurrent()
{
    const SearchHit *hit = m_model->hit(m_view->currentIndex());
    if (!hit || !hit->isObject())
        return;
    const SearchHit chosen = *hit;   // the model changes below
    remember(chosen);
    m_search->cancel();
    hidePanel();
    clear();
    Q_EMIT opened(chosen);
}

void SearchEverywhereBox::remember(const SearchHit &hit)
{
    if (!m_settings)
        return;
    QList<SearchHit> items = recent();
    items.removeAll(hit);
    items.prepend(hit);
    QVariantList out;
    for (int i = 0; i < std::min(int(items.size()), kRecentCount); ++i)
        out.append(items.at(i).toVariant());
    m_settings->setValue(kRecentKey, out);
}

QList<SearchHit> SearchEverywhereBox::recent() const
{
    QList<SearchHit> items;
    if (!m_settings)
        return items;
    const QVariantList stored = m_settings->value(kRecentKey).toList();
    for (const QVariant &v : stored) {
        const SearchHit hit = SearchHit::fromVariant(v.toMap());
        if (!hit.accountId.isEmpty() && m_accounts->find(hit.accountId))   // a removed account's go
            items.append(hit);
    }
    return items;
}

QString SearchEverywhereBox::accountTitle(const QString &accountId) const
{
    const auto account = m_accounts->find(accountId);
    return account ? account->displayName : tr("Removed account");
}

void SearchEverywhereBox::setStatus(const QString &text)
{
    m_status->setText(text);
    if (m_panel->isVisible())
        placePanel();
}
