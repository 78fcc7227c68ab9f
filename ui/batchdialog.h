#pragma once

#include <QDialog>

class BatchModel;
class BatchRun;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

/// The window of a batch (several mailboxes changed at once): its progress, each row's
/// outcome as it comes, Cancel while it runs, and once it ends a summary ("4 done, 1
/// refused") and the passwords it generated, shown once. Esc or closing the window while it
/// runs cancels the batch first (rows on the wire keep an unknown outcome, said per row).
class BatchDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Takes `run` (reparented to the dialog); call BatchRun::start() after open().
    BatchDialog(BatchRun *run, const QString &title, QWidget *parent = nullptr);

    [[nodiscard]] BatchRun *run() const { return m_run; }

public Q_SLOTS:
    void reject() override;

private:
    void onFinished();

    BatchRun *m_run;
    BatchModel *m_model;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableView *m_view;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancel;
};
