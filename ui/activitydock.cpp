#include "ui/activitydock.h"

#include "core/drafts/csv.h"
#include "models/auditlogmodel.h"
#include "ui/uistyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

ActivityDock::ActivityDock(const AuditLog *log, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_model(new AuditLogModel(log, this))
    , m_proxy(new AuditFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("activityDock"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setAccessibleName(tr("Filter the activity"));
    m_filter->setPlaceholderText(tr("Filter by mailbox, change or message"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AuditFilterProxy::setText);

    m_account->setObjectName(QStringLiteral("activityAccount"));
    connect(m_account, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAccountId(m_account->currentData().toString()); });

    m_outcome->setObjectName(QStringLiteral("activityOutcome"));
    m_outcome->addItem(tr("All outcomes"), -1);
    for (AuditEntry::Outcome o : {AuditEntry::Outcome::Done, AuditEntry::Outcome::Refused, AuditEntry::Outcome::Failed,
                                  AuditEntry::Outcome::Sending, AuditEntry::Outcome::Drafted})
        m_outcome->addItem(AuditEntry::outcomeText(o), int(o));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        const int o = m_outcome->currentData().toInt();
        m_proxy->setOutcome(o < 0 ? std::nullopt : std::optional<AuditEntry::Outcome>(AuditEntry::Outcome(o)));
    });

    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Changes sent, newest first"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);   // Tab leaves the table, as everywhere in Mailroom
    UiStyle::leadIntoResults(m_filter, m_table);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::ChangeColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(AuditLogModel::ChangeColumn, 320);

    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ActivityDock::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("activityCopy"));
    connect(copyButton, &QPushButton::clicked, this, &ActivityDock::copySelection);
    auto *exportButton = new QPushButton(tr("&Export CSV\u2026"), this);
    exportButton->setObjectName(QStringLiteral("activityExport"));
    connect(exportButton, &QPushButton::clicked, this, &ActivityDock::askExport);
    auto *reloadButton = new QPushButton(tr("Re&load"), this);
    reloadButton->setObjectName(QStringLiteral("activityReload"));
    connect(reloadButton, &QPushButton::clicked, this, &ActivityDock::reload);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_account);
    filters->addWidget(m_outcome);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(reloadButton);
    buttons->addWidget(copyButton);
    buttons->addWidget(exportButton);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setWidget(body);
    setFocusProxy(m_filter);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_summary->setText(tr("%n change(s) shown", nullptr, m_proxy->rowCount()));
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        m_summary->setText(tr("%n change(s) shown", nullptr, m_proxy->rowCount()));
    });
}

ActivityDock::~ActivityDock() = default;

void ActivityDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    reload();
}

void ActivityDock::reload()
{
    const int skipped = m_model->reload();
    refillAccounts();
    const QString shown = tr("%n change(s) shown", nullptr, m_proxy->rowCount());
    m_summary->setText(skipped ? shown + QStringLiteral(" \u2014 ") + tr("%n unreadable line(s) skipped", nullptr, skipped) : shown);
}

void ActivityDock::refillAccounts()
{
    const QString current = m_account->currentData().toString();
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    const auto accounts = m_model->accounts();
    for (const auto &[id, name] : accounts)
        m_account->addItem(name, id);
    const int index = m_account->findData(current);
    m_account->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setAccountId(m_account->currentData().toString());
}

QList<QStringList> ActivityDock::shownRows(bool selectedOnly) const
{
    QList<QStringList> rows;
    const QModelIndexList selected = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (selectedOnly && !std::any_of(selected.cbegin(), selected.cend(), [row](const QModelIndex &i) { return i.row() == row; }))
            continue;
        QStringList fields;
        for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
            fields.append(m_proxy->index(row, column).data().toString());
        rows.append(fields);
    }
    return rows;
}

void ActivityDock::copySelection() const
{
    QStringList lines;
    const QList<QStringList> rows = shownRows(true);
    for (const QStringList &row : rows)
        lines.append(row.join(QLatin1Char('\t')));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

bool ActivityDock::exportCsv(const QString &path, QString *error) const
{
    QStringList header;
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
        header.append(m_model->headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows{header};
    rows.append(shownRows(false));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::write(rows)) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ActivityDock::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Activity"), QStringLiteral("mailroom-activity.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Activity Not Exported"), tr("%1 could not be written: %2").arg(path, error));
}
