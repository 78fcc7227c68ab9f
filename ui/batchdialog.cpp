#include "ui/batchdialog.h"

#include "core/changes/batchrun.h"
#include "core/drafts/draftapplier.h"
#include "models/batchmodel.h"
#include "ui/generatedpasswordsbox.h"
#include "ui/uistyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

BatchDialog::BatchDialog(BatchRun *run, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_model(new BatchModel(run, this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    run->setParent(this);
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(title);
    const int rows = static_cast<int>(run->rows().entries.size());

    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Sending %n change(s)\u2026", nullptr, rows));
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setAccessibleName(tr("Changes sent"));
    m_progress->setRange(0, rows);
    m_progress->setValue(0);

    m_view->setObjectName(QStringLiteral("batchTable"));
    m_view->setAccessibleName(tr("Changes in this batch"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);   // one Tab stop; the arrows move between rows
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The change in full (the mailbox named at its end); the outcome takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(BatchModel::ChangeColumn, QHeaderView::ResizeToContents);

    m_cancel->setObjectName(QStringLiteral("batchCancelButton"));
    m_cancel->setAutoDefault(false);   // a Return carried over from the dialog before must not cancel
    m_cancel->setToolTip(tr("Stop sending: the rows not sent yet stay unchanged; those on the wire end with an unknown outcome (Esc)"));
    m_buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("batchCloseButton"));
    close->hide();   // until the batch has ended
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &BatchDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(run, &BatchRun::started, this, [this] {
        connect(m_run->applier(), &DraftApplier::progress, m_progress, [this](int finished, int total) {
            m_progress->setMaximum(total);
            m_progress->setValue(finished);
        });
    });
    connect(run, &BatchRun::finished, this, &BatchDialog::onFinished);
    resize(720, 380);
}

void BatchDialog::reject()
{
    if (m_run->isRunning()) {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling\u2026"));
        m_run->cancel();
        return;   // the window stays, to show what was sent before the cancel
    }
    QDialog::reject();
}

void BatchDialog::onFinished()
{
    const int rows = m_model->rowCount();
    if (m_run->error().isError()) {
        m_summary->setText(m_run->error().message());
        UiStyle::setError(m_summary);
    } else {
        const int done = m_run->doneCount();
        int refused = 0;
        for (const DraftApplier::Outcome &o : m_run->applier()->outcomes())
            refused += o.status == DraftApplier::EntryStatus::Refused ? 1 : 0;
        m_summary->setText(done == rows ? tr("All %n change(s) done.", nullptr, rows)
                                        : tr("%1 done, %2 refused, %3 not sent or with an unknown outcome: see each row.")
                                              .arg(done).arg(refused).arg(rows - done - refused));
        m_progress->setValue(m_progress->maximum());
    }
    m_cancel->hide();
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->show();
    close->setDefault(true);
    close->setFocus(Qt::OtherFocusReason);
    if (m_run->applier())
        GeneratedPasswordsBox::open(this, m_run->applier()->generatedPasswords(), m_run->uncertainPasswords());
}
