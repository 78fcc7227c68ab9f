#include "ui/hostway/mailboxlistpage.h"

#include "core/drafts/csv.h"
#include "models/hostway/mailboxtablemodel.h"
#include "ui/pagedtableview.h"
#include "ui/uistyle.h"

#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

MailboxListPage::MailboxListPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MailboxTableModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new PagedTableView(this))
    , m_status(new QLabel(this))
    , m_placeholder(new QLabel(m_view->viewport()))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_offline(new QPushButton(tr("Work &Offline"), this))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("mailboxFilter"));
    m_filter->setAccessibleName(tr("Filter mailboxes by name"));
    UiStyle::leadIntoResults(m_filter, m_view);
    m_filter->setPlaceholderText(tr("Filter mailboxes by name (* is a wildcard)  \u2013  Ctrl+F"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });

    m_view->setObjectName(QStringLiteral("mailboxTable"));
    m_view->setAccessibleName(tr("Mailboxes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Shift and Ctrl select several: the window's quota, password and delete act on them all.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MailboxTableModel::UsernameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);   // Tab leaves the table; the arrows move between rows
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->setColumnWidth(MailboxTableModel::UsernameColumn, 210);
    m_view->setColumnWidth(MailboxTableModel::QuotaColumn, 95);
    m_view->setColumnWidth(MailboxTableModel::TypeColumn, 125);
    m_view->setColumnWidth(MailboxTableModel::MasterColumn, 80);
    // The server sorts by name or quota only: a click elsewhere keeps the current order.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (MailboxTableModel::isSortable(column))
            return;
        m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        // Say why nothing happened, where the click was.
        QToolTip::showText(QCursor::pos(), m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(),
                           m_view->horizontalHeader());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MailboxListPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MailboxListPage::selectionChanged);

    m_placeholder->setObjectName(QStringLiteral("mailboxPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 13pt;"));
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);   // Ctrl+End

    m_status->setObjectName(QStringLiteral("mailboxStatus"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, m_model, &MailboxTableModel::reload);
    m_offline->setObjectName(QStringLiteral("offlineButton"));
    m_offline->hide();
    connect(m_offline, &QPushButton::clicked, this, [this] {
        m_offline->hide();
        m_errorText.clear();
        if (m_useSnapshot)
            std::exchange(m_useSnapshot, nullptr)();
        updateStatus();
    });

    connect(m_model, &MailboxTableModel::loadingChanged, this, &MailboxListPage::updateStatus);
    connect(m_model, &MailboxTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            return;
        followToEnd();
        followToWanted();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_toEnd = false;
        m_wantedRow = -1;
    });
    connect(m_model, &MailboxTableModel::totalCountChanged, this, &MailboxListPage::updateStatus);
    // The scroll bar covers every mailbox of the domain (or of the filter), not the pages loaded.
    connect(m_model, &MailboxTableModel::totalCountChanged, m_view, &PagedTableView::setTotalRows);
    connect(m_view, &PagedTableView::rowWanted, this, [this](int row) {
        m_wantedRow = row;   // -1: the thumb came back among the rows loaded; stop there
        followToWanted();
    });
    connect(m_model, &MailboxTableModel::loadFailed, this, [this](const QString &message) {
        m_errorText = message;
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatus();
        // Selects the mailboxes waited for as their rows arrive; the first found is current.
        for (auto it = m_pendingSelection.begin(); it != m_pendingSelection.end();) {
            const int row = m_model->rowOf(*it);
            if (row < 0) {
                ++it;
                continue;
            }
            const QModelIndex index = m_model->index(row, 0);
            const bool first = m_view->selectionModel()->selectedRows().isEmpty();
            m_view->selectionModel()->setCurrentIndex(index, first ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                                                                   : QItemSelectionModel::Select | QItemSelectionModel::Rows);
            if (first)
                m_view->scrollTo(index);
            it = m_pendingSelection.erase(it);
        }
    });

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_offline);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);
    updateStatus();
}

bool MailboxListPage::exportCsv(const QString &path, QString *error) const
{
    QList<QStringList> rows{{QStringLiteral("username"), QStringLiteral("quota_mb"), QStringLiteral("type"),
                             QStringLiteral("master"), QStringLiteral("webmail")}};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto m = m_model->mailboxAt(row);
        rows.append({m.username, QString::number(m.quotaMb), m.type, m.master ? QStringLiteral("true") : QStringLiteral("false"), m.webmailAccess});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::write(rows)) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void MailboxListPage::offerSnapshot(const QDateTime &takenAt, std::function<void()> use)
{
    m_useSnapshot = std::move(use);
    m_offline->setText(tr("Work &Offline (snapshot of %1)").arg(QLocale().toString(takenAt.toLocalTime(), QLocale::ShortFormat)));
    m_offline->show();
}

void MailboxListPage::setSource(HostwayClient *client, const QString &domain)
{
    m_offline->hide();
    m_useSnapshot = nullptr;
    m_filterDelay->stop();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_model->setFilterText(QString());
    m_errorText.clear();
    if (!client)
        m_revealing.clear();   // shown afresh (another node): an older reveal is not for it
    else if (!m_revealing.isEmpty())
        applyReveal(std::exchange(m_revealing, QString()));
    m_model->setSource(client, domain);
}

void MailboxListPage::reveal(const QString &username)
{
    if (m_model->domain().isEmpty())
        m_revealing = username;
    else
        applyReveal(username);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MailboxListPage::applyReveal(const QString &username)
{
    m_filterDelay->stop();
    m_filter->blockSignals(true);
    m_filter->setText(username);   // a whole name without "*": that mailbox alone
    m_filter->blockSignals(false);
    m_pendingSelection = {username};
    m_revealed = username;
    m_model->setFilterText(username);
}

QTableView *MailboxListPage::view() const
{
    return m_view;
}

QList<MailboxListPage::Selected> MailboxListPage::selection() const
{
    QList<Selected> selected;
    for (const QModelIndex &row : UiStyle::selectedRows(m_view))
        selected.append({row.data(MailboxTableModel::UsernameRole).toString(), row.data(MailboxTableModel::IsExchangeRole).toBool(),
                         row.data(MailboxTableModel::IsDraftCreationRole).toBool()});
    return selected;
}

QString MailboxListPage::selectedMailbox() const
{
    const QList<Selected> rows = selection();
    return rows.size() == 1 ? rows.first().name : QString();
}

bool MailboxListPage::selectedIsDraftCreation() const
{
    const QList<Selected> rows = selection();
    return rows.size() == 1 && rows.first().draftCreation;
}

void MailboxListPage::reloadAndSelect(const QString &username)
{
    reloadAndSelect(username.isEmpty() ? QStringList() : QStringList{username});
}

void MailboxListPage::reloadAndSelect(const QStringList &usernames)
{
    m_pendingSelection = usernames;
    m_errorText.clear();
    m_model->reload();
}

void MailboxListPage::updateStatus()
{
    const bool failed = !m_errorText.isEmpty() && m_model->lastError().isError();
    m_retry->setVisible(failed);
    QString text;
    if (m_model->snapshotTime().isValid()) {
        text = tr("Offline: the snapshot of %1, %n mailbox(es). Changes can be drafted; Refresh (F5) goes online.", nullptr, m_model->totalCount())
                   .arg(QLocale().toString(m_model->snapshotTime().toLocalTime(), QLocale::ShortFormat));
        if (m_model->rowCount() == 0)
            text = tr("No mailbox of the snapshot matches \u201c%1\u201d.").arg(m_model->filterText());
    } else if (m_model->isLoading()) {
        text = m_model->rowCount() == 0 ? tr("Loading mailboxes\u2026")
                                        : tr("Loading more\u2026 (%1 of %2)").arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->totalCount()));
    } else if (failed) {
        text = m_errorText;
    } else if (m_model->domain().isEmpty()) {
        text = QString();
    } else if (m_model->totalCount() == 0 && !m_model->filterText().isEmpty()) {
        text = tr("No mailbox matches \u201c%1\u201d.").arg(m_model->filterText());
    } else if (m_model->totalCount() == 0) {
        text = tr("%1 has no mailboxes yet. Create one with New Mailbox (Ctrl+N).").arg(m_model->domain());
    } else if (!m_revealed.isEmpty() && m_model->filterText() == m_revealed && m_model->totalCount() == 1) {
        // Search Everywhere set the filter: say so, and how to see the rest.
        text = tr("%1 alone, as found. Clear the filter (Ctrl+F, then Backspace) to list every mailbox of %2.")
                   .arg(m_revealed, m_model->domain());
    } else if (m_model->rowCount() < m_model->totalCount()) {
        text = tr("%1 of %2 mailboxes loaded; scroll down for more.").arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->totalCount()));
    } else {
        text = tr("%n mailbox(es)", nullptr, m_model->totalCount());
    }
    UiStyle::setError(m_status, failed);
    m_status->setText(text);
    m_placeholder->setText(text);
    m_placeholder->setVisible(m_model->rowCount() == 0 && !text.isEmpty());
    m_placeholder->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    if (!failed)
        m_errorText.clear();
}

void MailboxListPage::followToEnd()
{
    if (!m_toEnd || m_model->isLoading())
        return;   // the page on its way calls again
    if (m_model->lastError().isError()) {
        m_toEnd = false;   // the status line says what failed, with Retry
        return;
    }
    if (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        return;
    }
    m_toEnd = false;
    if (m_model->rowCount() > 0) {
        const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
        m_view->setCurrentIndex(last);
        m_view->scrollTo(last, QAbstractItemView::PositionAtBottom);
    }
}

void MailboxListPage::followToWanted()
{
    if (m_wantedRow < 0 || m_model->isLoading())
        return;   // the page on its way calls again
    if (m_model->lastError().isError() || m_model->rowCount() > m_wantedRow || !m_model->canFetchMore({})) {
        m_wantedRow = -1;   // there (the view shows it), or nothing more to load
        return;
    }
    m_model->fetchMore({});
}

bool MailboxListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool toEnd = key->key() == Qt::Key_End && key->modifiers().testFlag(Qt::ControlModifier);
        m_toEnd = toEnd && (m_model->canFetchMore({}) || m_model->isLoading());
        if (m_toEnd) {
            followToEnd();
            return true;
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_placeholder->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}
