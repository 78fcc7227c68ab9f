#include "ui/hostway/forwardingtab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/forwardoperations.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayrules.h"
#include "ui/uistyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ForwardingTab::ForwardingTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_remove(new QPushButton(tr("R&emove"), this))
{
    setObjectName(QStringLiteral("forwardingTab"));
    m_list->setObjectName(QStringLiteral("forwardTargets"));
    m_list->setAccessibleName(tr("Forwarding targets"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);   // several removed at once
    m_input->setObjectName(QStringLiteral("forwardInput"));
    m_input->setAccessibleName(tr("Addresses to add"));
    m_input->setPlaceholderText(tr("name@example.com, other@example.org"));
    m_input->setClearButtonEnabled(true);
    setFocusProxy(m_input);   // Alt+W lands here: type the addresses
    m_problem->setObjectName(QStringLiteral("forwardProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_add->setObjectName(QStringLiteral("forwardAdd"));
    m_add->setToolTip(tr("Forward to these addresses as well (Return)"));
    m_remove->setObjectName(QStringLiteral("forwardRemove"));
    m_remove->setToolTip(tr("Stop forwarding to the selected addresses (Del)"));

    auto *inputLabel = new QLabel(tr("Add &targets:"), this);
    inputLabel->setBuddy(m_input);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addWidget(m_list, 1);
    layout->addWidget(inputLabel);
    layout->addWidget(m_input);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    // Del in the list removes the target, not the mailbox (the window's Del): eventFilter().
    m_list->installEventFilter(this);
    auto *removeAction = new QAction(tr("Remove Target"), m_list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);   // shown in the menu; eventFilter() takes the key
    connect(removeAction, &QAction::triggered, m_remove, &QPushButton::click);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(removeAction);
    connect(m_input, &QLineEdit::textChanged, this, &ForwardingTab::checkInput);
    connect(m_input, &QLineEdit::returnPressed, this, &ForwardingTab::add);
    connect(m_add, &QPushButton::clicked, this, &ForwardingTab::add);
    connect(m_remove, &QPushButton::clicked, this, &ForwardingTab::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const qsizetype count = m_list->selectedItems().size();
        m_remove->setEnabled(count == 1 || (count > 1 && canSubmitMany()));
    });
    clear();
}

bool ForwardingTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete)) {
            event->accept();   // an override claims the key from every shortcut
            if (event->type() == QEvent::KeyPress)
                m_remove->click();   // a disabled Remove does nothing
            return true;
        }
    }
    return MailboxSettingTab::eventFilter(watched, event);
}

void ForwardingTab::clear()
{
    m_targets.clear();
    m_known = false;
    m_list->clear();
    m_input->clear();
    m_problem->hide();
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
}

void ForwardingTab::load(HostwayClient *client, quint64 generation)
{
    client->fetchForwards(domain(), name(), this, [this, generation](const ApiError &error, const QStringList &targets) {
        if (!isCurrent(generation))
            return;
        if (error.isError())
            return setStatus(tr("The forwarding could not be read: %1").arg(error.message()), true);
        m_known = true;
        showTargets(targets);
        setStatus(targets.isEmpty() ? tr("Mail to %1@%2 is not forwarded.").arg(name(), domain())
                                    : tr("Mail to %1@%2 is forwarded to:").arg(name(), domain()));
    });
}

void ForwardingTab::showTargets(const QStringList &targets)
{
    m_targets = targets;
    m_list->clear();
    m_list->addItems(targets);
    m_remove->setEnabled(false);
    checkInput();
}

void ForwardingTab::checkInput()
{
    const QStringList added = Hostway::Rules::splitAddresses(m_input->text());
    QStringList problems;
    if (!added.isEmpty()) {
        SetForwards op(domain(), name(), m_targets + added);
        for (const ValidationProblem &p : op.validate())
            problems.append(p.message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    UiStyle::setError(m_problem, true);
    m_problem->setVisible(!problems.isEmpty());
    m_add->setEnabled(hasMailbox() && m_known && !added.isEmpty() && problems.isEmpty());
    m_input->setEnabled(m_known);
}

void ForwardingTab::add()
{
    if (!m_add->isEnabled() || !m_known)
        return;
    const QStringList targets = m_targets + Hostway::Rules::splitAddresses(m_input->text());
    auto op = std::make_shared<SetForwards>(domain(), name(), targets);
    op->setExpected(SetForwards::stateOf(m_targets));
    m_add->setEnabled(false);
    submit(op, [this, targets] {
        m_input->clear();
        if (drafting()) {
            showTargets(targets);
            setStatus(tr("Added to the draft: forward to %1.").arg(targets.join(QStringLiteral(", "))));
            return;
        }
        reload();
    }, [this](const ApiError &error) { showRefusal(error); });
}

void ForwardingTab::removeSelected()
{
    if (!hasMailbox())
        return;
    QStringList selected;
    for (int row = 0; row < m_list->count(); ++row) {   // in the order shown
        if (m_list->item(row)->isSelected())
            selected.append(m_list->item(row)->text());
    }
    if (selected.size() > 1)
        return removeSeveral(selected);
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return;
    const QString target = item->text();
    auto op = std::make_shared<RemoveForward>(domain(), name(), target);
    op->setExpected(SetForwards::stateOf(m_targets));
    submit(op, [this, target] {
        if (drafting()) {
            QStringList left = m_targets;
            left.removeAll(target);
            showTargets(left);
            setStatus(tr("Added to the draft: stop forwarding to %1.").arg(target));
            return;
        }
        reload();
    }, [this](const ApiError &error) { showRefusal(error); });
}

void ForwardingTab::removeSeveral(const QStringList &targets)
{
    const int count = static_cast<int>(targets.size());
    const QString action = tr("Stop Forwarding to %n Address(es)", nullptr, count);
    UiStyle::confirmRows(this, QStringLiteral("confirmRemoveForwards"), tr("Stop Forwarding"),
                         tr("Stop forwarding the mail of %1 to %n address(es)?", nullptr, count).arg(subject()), targets,
                         tr("Mail to the mailbox no longer reaches them; it still arrives in the mailbox."), action,
                         [this, targets, action, shown = mailboxShown()] {
                             if (mailboxShown() != shown)
                                 return;   // another mailbox is shown now: not the one asked about
                             // One DELETE per target, in this order; each expects the list as the
                             // ones before it leave it (the applier compares the first only).
                             QList<std::shared_ptr<Operation>> operations;
                             QStringList left = m_targets;
                             for (const QString &target : targets) {
                                 auto op = std::make_shared<RemoveForward>(domain(), name(), target);
                                 op->setExpected(SetForwards::stateOf(left));
                                 left.removeAll(target);
                                 operations.append(op);
                             }
                             const bool drafted = drafting();
                             if (submitMany(std::move(operations), action, [this](int) { reload(); }) && drafted)
                                 showTargets(left);
                         });
}

void ForwardingTab::showRefusal(const ApiError &error)
{
    UiStyle::showRefusal(m_problem, error, SetForwards::explainRefusal(error, domain()));
    m_add->setEnabled(!Hostway::Rules::splitAddresses(m_input->text()).isEmpty());
    m_input->setFocus();
}
