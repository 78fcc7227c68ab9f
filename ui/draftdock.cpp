#include "ui/draftdock.h"

#include "core/accounts/provider.h"
#include "core/drafts/journal.h"
#include "core/operations/operationsummary.h"
#include "models/draftmodel.h"
#include "models/draftsession.h"
#include "ui/generatedpasswordsbox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

DraftDock::DraftDock(QWidget *parent)
    : QDockWidget(tr("Draft"), parent)
    , m_toolBar(new QToolBar(this))
    , m_view(new QTableView(this))
    , m_preview(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_continue(new QCheckBox(tr("Continue after a refusal"), this))
    , m_apply(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("A&pply Draft"), this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this))
    , m_applySelected(new QPushButton(tr("Apply &Selected"), this))
    , m_parallel(new QSpinBox(this))
{
    setObjectName(QStringLiteral("draftDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove = m_toolBar->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove"), this, [this] {
        m_session->remove(selectedRow());
    });
    m_remove->setObjectName(QStringLiteral("draftRemove"));
    m_up = m_toolBar->addAction(tr("Move Up"), this, [this] {
        const int row = selectedRow();
        m_session->move(row, row - 1);
        m_view->selectRow(row - 1);
    });
    m_down = m_toolBar->addAction(tr("Move Down"), this, [this] {
        const int row = selectedRow();
        m_session->move(row, row + 1);
        m_view->selectRow(row + 1);
    });
    m_toolBar->addSeparator();
    m_copyCurl = m_toolBar->addAction(tr("Copy as curl"), this, [this] {
        const int row = selectedRow();
        const Draft &draft = m_session->draft();
        const HttpRequest request = draft.entries.at(row).operation->request(draft.account.endpoint());
        QApplication::clipboard()->setText(request.toCurl(draft.account.userName));
    });
    m_copyCurl->setObjectName(QStringLiteral("draftCopyCurl"));
    m_toolBar->addSeparator();
    m_saveReport = m_toolBar->addAction(tr("Save Report\u2026"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), QStringLiteral("mailroom-report.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(DraftApplier::reportCsv(m_applier->outcomes())) < 0 || !file.commit())
            QMessageBox::warning(this, tr("Report Not Saved"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    });
    m_saveReport->setObjectName(QStringLiteral("draftSaveReport"));
    m_discard = m_toolBar->addAction(tr("Discard Draft\u2026"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard Draft"),
                                    tr("Discard this draft and its %n operation(s)?", nullptr, static_cast<int>(m_session->draft().entries.size())),
                                    QMessageBox::Cancel, this);
        box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *b) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                Q_EMIT discardRequested();
        });
        box->open();
    });

    m_view->setObjectName(QStringLiteral("draftTable"));
    m_view->setAccessibleName(tr("Operations of the draft"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);   // Tab leaves the table
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 5);   // a few operations always in view
    m_preview->setObjectName(QStringLiteral("requestPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview->setFont(mono);
    m_summary->setObjectName(QStringLiteral("draftSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("draftProgress"));
    m_progress->hide();
    m_apply->setObjectName(QStringLiteral("draftApply"));
    m_cancel->setObjectName(QStringLiteral("draftCancel"));
    m_cancel->hide();
    m_continue->setObjectName(QStringLiteral("draftContinue"));
    m_applySelected->setObjectName(QStringLiteral("draftApplySelected"));
    m_parallel->setObjectName(QStringLiteral("draftParallel"));
    m_parallel->setAccessibleName(tr("Operations sent at once"));
    m_parallel->setRange(1, DraftApplier::kMaxParallel);
    m_parallel->setValue(4);
    m_parallel->setPrefix(tr("at most "));
    m_parallel->setSuffix(tr(" at once"));
    m_parallel->setToolTip(tr("Requests sent at the same time; operations on one mailbox always keep their order."));
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_selectedOnly = false;
        confirmApply();
    });
    connect(m_applySelected, &QPushButton::clicked, this, [this] {
        m_selectedOnly = true;
        confirmApply();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->cancel();
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_preview);
    splitter->setSizes({220, 180});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_continue);
    buttons->addWidget(m_parallel);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_applySelected);
    buttons->addWidget(m_apply);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    setWidget(body);
    updateButtons();
}

DraftDock::~DraftDock() = default;

void DraftDock::setSession(DraftSession *session)
{
    m_session = session;
    m_applier.reset();
    m_journal.reset();
    m_model = session ? std::make_unique<DraftModel>(session) : nullptr;
    m_view->setModel(m_model.get());
    if (m_model) {
        // The operation's sentence takes the width; number and status only what they need.
        QHeaderView *header = m_view->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(DraftModel::NumberColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(DraftModel::OperationColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(DraftModel::StatusColumn, QHeaderView::ResizeToContents);
    }
    if (m_undo) {
        m_toolBar->removeAction(m_undo);
        m_toolBar->removeAction(m_redo);
        delete m_undo;
        delete m_redo;
        m_undo = m_redo = nullptr;
    }
    if (!session) {
        m_preview->clear();
        updateButtons();
        return;
    }
    // Fixed texts; the edit they undo or redo is in the tooltip.
    QUndoStack *stack = session->undoStack();
    m_undo = new QAction(tr("Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("draftUndo"));
    m_redo = new QAction(tr("Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setObjectName(QStringLiteral("draftRedo"));
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, m_undo, [this] { updateButtons(); });   // gone with the action
    m_toolBar->insertActions(m_remove, {m_undo, m_redo});
    m_view->setColumnWidth(DraftModel::NumberColumn, 36);
    m_view->setColumnWidth(DraftModel::OperationColumn, 380);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DraftDock::showSelected);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &DraftDock::showSelected);
    showSelected();
    updateButtons();
}

bool DraftDock::isApplying() const
{
    return m_applier && m_applier->isRunning();
}

int DraftDock::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString DraftDock::changeText(int row) const
{
    const Draft &draft = m_session->draft();
    const Operation *op = draft.entries.at(row).operation.get();
    const Operation::MailboxEffect effect = op->mailboxEffect();
    const SnapshotMailbox *before = effect.kind != Operation::MailboxEffect::Kind::None && draft.snapshots.contains(effect.domain)
                                        ? draft.snapshots[effect.domain].find(effect.name)
                                        : nullptr;
    return op->changes(before).join(QLatin1Char('\n'));
}

void DraftDock::showSelected()
{
    updateButtons();
    const int row = selectedRow();
    if (!m_session || row < 0) {
        m_preview->setPlainText(m_session && !m_session->draft().entries.isEmpty()
                                    ? tr("Select an operation to see what changes and the exact request it sends.")
                                    : tr("The draft is empty. While Draft Mode is on, your changes are added here instead of being sent."));
        return;
    }
    const Draft &draft = m_session->draft();
    const DraftEntry &entry = draft.entries.at(row);
    QString text = entry.operation->describe() + QStringLiteral("\n\n");
    const QString change = changeText(row);
    if (!change.isEmpty())
        text += tr("Change:\n") + change + QStringLiteral("\n\n");
    HttpRequest request = entry.operation->request(draft.account.endpoint());
    if (Provider::of(draft.account.provider).can(Provider::BasicAuthentication))
        request.headers.prepend({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ****")});
    text += tr("Request:\n") + request.toDisplayText();
    m_preview->setPlainText(text);
}

void DraftDock::updateButtons()
{
    const int row = selectedRow();
    const int count = m_session ? static_cast<int>(m_session->draft().entries.size()) : 0;
    const bool applying = isApplying();
    m_remove->setEnabled(!applying && row >= 0);
    m_up->setEnabled(!applying && row > 0);
    m_down->setEnabled(!applying && row >= 0 && row + 1 < count);
    // curl can send Basic authentication; the other providers sign or log in first.
    m_copyCurl->setEnabled(row >= 0 && m_session && Provider::of(m_session->draft().account.provider).can(Provider::BasicAuthentication));
    m_saveReport->setEnabled(m_applier && !applying);
    m_discard->setEnabled(!applying && m_session);
    m_apply->setEnabled(!applying && count > 0 && m_model && m_model->problemCount() == 0);
    m_applySelected->setEnabled(m_apply->isEnabled() && row >= 0);
    m_parallel->setEnabled(!applying);
    m_cancel->setVisible(applying);
    // The applier holds entry positions: the list does not change while it runs.
    if (m_undo && m_session) {
        QUndoStack *stack = m_session->undoStack();
        m_undo->setEnabled(!applying && stack->canUndo());
        m_undo->setToolTip(tr("Undo: %1").arg(stack->undoText()));
        m_redo->setEnabled(!applying && stack->canRedo());
        m_redo->setToolTip(tr("Redo: %1").arg(stack->redoText()));
    }
    m_continue->setEnabled(!applying);
    if (!m_session) {
        m_summary->clear();
    } else if (!applying && m_model && m_model->problemCount() > 0) {
        m_summary->setText(tr("%n operation(s) need attention before the draft can be applied.", nullptr, m_model->problemCount()));
    } else if (!applying && !m_applier) {
        m_summary->setText(tr("%n operation(s), saved automatically to %1", nullptr, count).arg(m_session->path()));
    }
}

int DraftDock::parallel() const
{
    return m_parallel->value();
}

void DraftDock::setParallel(int parallel)
{
    m_parallel->setValue(parallel);
}

void DraftDock::startApply(std::unique_ptr<OperationSender> sender, DraftApplierSecrets secrets)
{
    if (!m_session || !sender || isApplying())
        return;
    QString error;
    if (!m_session->save(&error)) {
        m_summary->setText(error);
        return;
    }
    m_journal = std::make_unique<Journal>(Journal::pathFor(m_session->path()));
    if (!m_journal->open(&error)) {
        m_summary->setText(tr("The journal cannot be written (%1); nothing was sent.").arg(error));
        return;
    }
    QSet<QString> only;
    if (m_selectedOnly) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows)
            only.insert(row.data(DraftModel::EntryIdRole).toString());
    }
    m_sender = std::move(sender);
    m_applier = std::make_unique<DraftApplier>(m_session->draft(), m_journal.get(), m_sender.get(),
                                               DraftApplier::Options{m_parallel->value(), m_continue->isChecked(), only});
    m_applier->setSecrets(std::move(secrets.read), std::move(secrets.write));
    m_applier->setConflictResolver([this](const DraftEntry &entry, const QString &what, std::function<void(DraftApplier::ConflictChoice)> choose) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Changed Since the Draft"), what, QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("conflictBox"));
        box->setInformativeText(tr("Operation: %1").arg(entry.operation->describe()));
        QPushButton *anyway = box->addButton(tr("Apply Anyway"), QMessageBox::AcceptRole);
        QPushButton *skip = box->addButton(tr("Skip It"), QMessageBox::RejectRole);
        QPushButton *stop = box->addButton(tr("Stop"), QMessageBox::DestructiveRole);
        box->setDefaultButton(stop);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [anyway, skip, choose](QAbstractButton *b) {
            choose(b == anyway ? DraftApplier::ConflictChoice::ApplyAnyway
                   : b == skip ? DraftApplier::ConflictChoice::Skip
                               : DraftApplier::ConflictChoice::Stop);
        });
        Q_UNUSED(stop)
        box->open();
    });
    m_model->setApplier(m_applier.get());
    connect(m_applier.get(), &DraftApplier::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 operations").arg(done).arg(total));
    });
    connect(m_applier.get(), &DraftApplier::finished, this, &DraftDock::onApplyFinished);
    m_progress->show();
    m_summary->setText(tr("Applying\u2026"));
    m_applier->start();
    updateButtons();
}

QSet<QString> DraftDock::appliedEntries() const
{
    QSet<QString> done;
    if (!m_applier)
        return done;
    for (const DraftApplier::Outcome &outcome : m_applier->outcomes()) {
        if (outcome.status == DraftApplier::EntryStatus::Done)
            done.insert(outcome.entryId);
    }
    return done;
}

void DraftDock::confirmApply()
{
    if (!m_session)
        return;
    QSet<QString> selected;
    if (m_selectedOnly) {
        for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
            selected.insert(row.data(DraftModel::EntryIdRole).toString());
    }
    QList<const Operation *> operations;
    int destructive = 0;
    for (const DraftEntry &entry : m_session->draft().entries) {
        if (m_selectedOnly && !selected.contains(entry.id))
            continue;
        operations.append(entry.operation.get());
        destructive += entry.operation->isDestructive() ? 1 : 0;
    }
    const int count = static_cast<int>(operations.size());
    const DraftAccount &target = m_session->draft().account;
    const QString account = QStringLiteral("%1 (%2)").arg(Provider::of(target.provider).name, target.baseUrl.host());
    // "3 changes, 1 deletion, on 2 mailboxes." first: what is about to happen, then where.
    auto *box = new QMessageBox(destructive > 0 ? QMessageBox::Warning : QMessageBox::Question, tr("Apply Draft"),
                                tr("%1.\nSend to %2 now?").arg(OperationSummary::describe(operations), account),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmApplyDraft"));
    box->setInformativeText(destructive > 0 ? tr("%n of them delete(s) data at the provider, which cannot be undone. They are sent in "
                                                 "the draft's order; an interrupted apply resumes where it stopped.", nullptr, destructive)
                                            : tr("They are sent in the draft's order; an interrupted apply resumes where it stopped."));
    QPushButton *send = box->addButton(tr("Send %n Change(s)", nullptr, count), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("confirmApplyButton"));
    if (destructive > 0)
        box->setDefaultButton(QMessageBox::Cancel);   // a deletion is sent only on purpose
    else
        box->setDefaultButton(send);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, send](QAbstractButton *button) {
        if (button == send && !isApplying())
            Q_EMIT applyRequested();
    });
    box->open();
}

void DraftDock::onApplyFinished()
{
    const auto &outcomes = m_applier->outcomes();
    const auto count = [&outcomes](DraftApplier::EntryStatus s) {
        return static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(), [s](const auto &o) { return o.status == s; }));
    };
    m_summary->setText(tr("%1 done, %2 refused, %3 skipped or not applied.")
                           .arg(count(DraftApplier::EntryStatus::Done))
                           .arg(count(DraftApplier::EntryStatus::Refused))
                           .arg(static_cast<int>(outcomes.size()) - count(DraftApplier::EntryStatus::Done) - count(DraftApplier::EntryStatus::Refused)));
    updateButtons();
    Q_EMIT applied();
    GeneratedPasswordsBox::open(this, m_applier->generatedPasswords());
}
