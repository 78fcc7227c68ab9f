#pragma once

#include "core/drafts/draftapplier.h"
#include "core/drafts/operationsender.h"

#include <QDockWidget>
#include <QSet>

#include <memory>

class DraftApplier;

/// Where the applier reads and stores draft passwords.
struct DraftApplierSecrets
{
    DraftApplier::SecretReader read;
    DraftApplier::SecretWriter write;
};
class DraftModel;
class DraftSession;
class OperationSender;
class Journal;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolBar;

/// The review pane of a draft: its operations in order with their validation, the selected
/// one's change against the snapshot and the exact HTTP request it sends (secrets masked),
/// copy as curl, undo/redo, reorder and remove; then Apply, with a progress bar, each
/// operation's status, Cancel, and the conflict choice (apply anyway, skip, stop).
class DraftDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit DraftDock(QWidget *parent = nullptr);
    ~DraftDock() override;

    /// Shows `session` (not owned; null to show nothing).
    void setSession(DraftSession *session);
    [[nodiscard]] DraftSession *session() const { return m_session; }
    [[nodiscard]] bool isApplying() const;

    /// Applies the draft (or the selected operations) with `client`, resuming from the
    /// draft's journal. `parallel` requests at most.
    void startApply(std::unique_ptr<OperationSender> sender, DraftApplierSecrets secrets);
    /// The entries the last apply (or an earlier run of its journal) ended done: they are at
    /// the provider now, so the window no longer marks them as drafted.
    [[nodiscard]] QSet<QString> appliedEntries() const;
    /// Requests in flight at most while applying (a setting, 1..16).
    [[nodiscard]] int parallel() const;
    void setParallel(int parallel);

Q_SIGNALS:
    /// The user asked to apply, and confirmed: the owner finds the account's client and calls
    /// startApply().
    void applyRequested();
    /// An apply ended (done, refused, cancelled or stopped): what the window shows of the
    /// provider may have changed.
    void applied();
    /// The user discarded the draft.
    void discardRequested();

private:
    /// Asks to confirm sending the draft's operations (or the selected ones), naming how many
    /// and how many delete; emits applyRequested() when confirmed.
    void confirmApply();
    void showSelected();
    void updateButtons();
    void onApplyFinished();
    [[nodiscard]] int selectedRow() const;
    [[nodiscard]] QString changeText(int row) const;

    DraftSession *m_session = nullptr;
    std::unique_ptr<DraftModel> m_model;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<OperationSender> m_sender;   ///< outlives m_applier, declared before it
    std::unique_ptr<DraftApplier> m_applier;
    QToolBar *m_toolBar;
    QTableView *m_view;
    QPlainTextEdit *m_preview;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QCheckBox *m_continue;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_applySelected;
    QSpinBox *m_parallel;
    bool m_selectedOnly = false;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_copyCurl;
    QAction *m_discard;
    QAction *m_saveReport;
};
