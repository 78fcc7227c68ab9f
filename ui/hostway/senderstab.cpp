#include "ui/hostway/senderstab.h"

#include "core/net/apierror.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/blackwhiteoperations.h"
#include "core/providers/hostway/hostwayclient.h"
#include "models/hostway/blackwhitelistmodel.h"
#include "core/providers/hostway/hostwayrules.h"
#include "ui/uistyle.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

SendersTab::SendersTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_model(new BlackWhiteListModel(this))
    , m_filter(new QLineEdit(this))
    , m_filterType(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_input(new QLineEdit(this))
    , m_inputType(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_listed(new QLabel(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("sendersTab"));
    m_filter->setObjectName(QStringLiteral("sendersFilter"));
    m_filter->setAccessibleName(tr("Filter senders"));
    m_filter->setPlaceholderText(tr("Filter (* is a wildcard)"));
    m_filter->setClearButtonEnabled(true);
    m_filterType->setObjectName(QStringLiteral("sendersFilterType"));
    m_filterType->setAccessibleName(tr("Show"));
    m_filterType->addItem(tr("All"), QString());
    m_filterType->addItem(tr("Blocked"), QStringLiteral("B"));
    m_filterType->addItem(tr("Allowed"), QStringLiteral("W"));
    m_table->setObjectName(QStringLiteral("sendersTable"));
    m_table->setAccessibleName(tr("Blocked and allowed senders"));
    m_table->setModel(m_model);
    UiStyle::setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);   // several taken off at once
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(BlackWhiteListModel::AddressColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(BlackWhiteListModel::AddressColumn, QHeaderView::Stretch);
    // The List column as wide as its longest word, in any language; the sender takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int listWidth = std::max({metrics.horizontalAdvance(m_model->headerData(BlackWhiteListModel::ListColumn, Qt::Horizontal).toString()),
                                    metrics.horizontalAdvance(tr("Blocked")), metrics.horizontalAdvance(tr("Allowed"))}) + 24;
    m_table->horizontalHeader()->setSectionResizeMode(BlackWhiteListModel::ListColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(BlackWhiteListModel::ListColumn, listWidth);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideMiddle);   // the domain of a long address stays in sight
    m_input->setObjectName(QStringLiteral("sendersInput"));
    m_input->setAccessibleName(tr("Senders to add"));
    m_input->setPlaceholderText(tr("spam@example.com, @example.org"));
    m_input->setClearButtonEnabled(true);
    setFocusProxy(m_input);
    m_inputType->setObjectName(QStringLiteral("sendersInputType"));
    m_inputType->setAccessibleName(tr("List to add them to"));
    m_inputType->addItem(tr("Block"), QStringLiteral("B"));
    m_inputType->addItem(tr("Allow"), QStringLiteral("W"));
    m_problem->setObjectName(QStringLiteral("sendersProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_listed->setObjectName(QStringLiteral("sendersListed"));
    m_listed->setWordWrap(true);
    m_listed->setTextFormat(Qt::PlainText);
    m_listed->hide();
    m_add->setObjectName(QStringLiteral("sendersAdd"));
    m_add->setToolTip(tr("Block or allow these senders (Return)"));
    m_remove->setObjectName(QStringLiteral("sendersRemove"));
    m_remove->setToolTip(tr("Take the selected senders off their lists (Del)"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_filterType);
    auto *inputLabel = new QLabel(tr("A&dd senders:"), this);
    inputLabel->setBuddy(m_input);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_inputType);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(inputLabel);
    layout->addLayout(inputRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_listed);
    layout->addLayout(buttons);

    UiStyle::leadIntoResults(m_filter, m_table);
    m_table->installEventFilter(this);
    // The filter is the provider's: asked a moment after the last key, not at each one.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &SendersTab::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    // One address typed to add: its own GET says, a moment after the last key, whether it is
    // listed already (a longer list shows only a page of itself).
    auto *lookUp = new QTimer(this);
    lookUp->setSingleShot(true);
    lookUp->setInterval(400);
    connect(lookUp, &QTimer::timeout, this, &SendersTab::lookUpInput);
    connect(m_input, &QLineEdit::textChanged, this, [this, lookUp] {
        ++m_lookupGeneration;   // an answer about what was typed before is dropped
        m_listedType.clear();
        m_listed->hide();
        m_add->setText(tr("Add"));
        lookUp->start();
    });
    connect(m_inputType, &QComboBox::currentIndexChanged, this, [this] { showListed(m_listedType); });
    // Hostway sorts by address only: a click on List keeps the address order and says so.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (section != BlackWhiteListModel::AddressColumn) {
            const QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(BlackWhiteListModel::AddressColumn, order);
            setStatus(tr("Hostway sorts the senders by address only; filter by list instead."));
        }
    });
    connect(m_filterType, &QComboBox::currentIndexChanged, this, &SendersTab::applyFilter);
    connect(m_input, &QLineEdit::textChanged, this, &SendersTab::checkInput);
    connect(m_input, &QLineEdit::returnPressed, this, &SendersTab::add);
    connect(m_add, &QPushButton::clicked, this, &SendersTab::add);
    connect(m_remove, &QPushButton::clicked, this, &SendersTab::removeSelected);
    connect(m_model, &BlackWhiteListModel::loaded, this, [this] {
        setStatus(m_model->totalCount() == 0 && m_filter->text().isEmpty() && m_filterType->currentIndex() == 0
                      ? tr("%1 blocks and allows no sender beyond the spam filter.").arg(subject())
                      : tr("%n sender(s) listed for %1.", nullptr, m_model->totalCount()).arg(subject()));
    });
    connect(m_model, &BlackWhiteListModel::loadFailed, this, [this] {
        setStatus(tr("The senders could not be read: %1").arg(m_model->lastError().message()), true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_remove->setEnabled(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qsizetype count = m_table->selectionModel()->selectedRows().size();
        m_remove->setEnabled(hasMailbox() && count > 0 && (count == 1 || canSubmitMany()));
    });
    clear();
}

bool SendersTab::eventFilter(QObject *watched, QEvent *event)
{
    // Del in the table takes the sender off, not the mailbox (the window's Del).
    if (watched == m_table && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_remove->click();   // a disabled Remove does nothing
        return true;
    }
    return MailboxSettingTab::eventFilter(watched, event);
}

void SendersTab::clear()
{
    m_model->setSource(nullptr, QString(), QString());
    m_input->clear();
    m_problem->hide();
    ++m_lookupGeneration;
    m_listedType.clear();
    m_listed->hide();
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
}

void SendersTab::load(HostwayClient *client, quint64)
{
    m_model->setSource(client, domain(), name());   // the model says when it is loaded
}

void SendersTab::applyFilter()
{
    if (hasMailbox())
        m_model->setFilter(m_filter->text().trimmed(), m_filterType->currentData().toString());
}

void SendersTab::lookUpInput()
{
    const QStringList addresses = Hostway::Rules::splitAddresses(m_input->text());
    m_listedType.clear();
    if (!hasMailbox() || addresses.size() != 1 || !AddBlackWhite::addressProblem(addresses.first()).isEmpty())
        return showListed(QString());
    const quint64 generation = m_lookupGeneration;
    const QString address = addresses.first();
    ApiJob *job = client()->fetchBlackWhiteEntry(domain(), name(), address, this,
                                                 [this, generation, address](const ApiError &error, const Hostway::BlackWhiteEntry &entry) {
        if (generation != m_lookupGeneration)
            return;
        // A 404 is the usual answer: the address is on neither list. Any failure says nothing.
        m_listedType = error.isError() ? QString() : entry.type;
        m_listedAddress = address;
        showListed(m_listedType);
    });
    job->setFailureShownByCaller(true);
}

void SendersTab::showListed(const QString &type)
{
    m_add->setText(tr("Add"));
    if (type.isEmpty()) {
        m_listed->hide();
        return;
    }
    const bool blocked = type == QLatin1String("B");
    // On the list chosen already: Return takes it off (unblocking is typing the address).
    const bool same = m_inputType->currentData().toString() == type;
    if (same)
        m_add->setText(blocked ? tr("Unblock") : tr("Remove from Allowed"));
    m_listed->setText(same ? (blocked ? tr("%1 is blocked. Return unblocks it.") : tr("%1 is allowed. Return takes it off the allowed senders."))
                                 .arg(m_listedAddress)
                           : (blocked ? tr("%1 is blocked now: Add moves it to the allowed senders.")
                                      : tr("%1 is allowed now: Add moves it to the blocked senders.")).arg(m_listedAddress));
    m_listed->show();
}

void SendersTab::checkInput()
{
    const QStringList addresses = Hostway::Rules::splitAddresses(m_input->text());
    QStringList problems;
    if (!addresses.isEmpty()) {
        QList<Hostway::BlackWhiteEntry> entries;
        for (const QString &a : addresses)
            entries.append({a, m_inputType->currentData().toString()});
        for (const ValidationProblem &p : AddBlackWhite(domain(), name(), entries).validate())
            problems.append(p.message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    UiStyle::setError(m_problem, true);
    m_problem->setVisible(!problems.isEmpty());
    m_add->setEnabled(hasMailbox() && !addresses.isEmpty() && problems.isEmpty());
}

void SendersTab::add()
{
    if (!m_add->isEnabled())
        return;
    const QStringList typed = Hostway::Rules::splitAddresses(m_input->text());
    if (typed.size() == 1 && !m_listedType.isEmpty() && typed.first().compare(m_listedAddress, Qt::CaseInsensitive) == 0
        && m_inputType->currentData().toString() == m_listedType) {
        removeListed();
        return;
    }
    QList<Hostway::BlackWhiteEntry> entries;
    for (const QString &a : Hostway::Rules::splitAddresses(m_input->text()))
        entries.append({a, m_inputType->currentData().toString()});
    auto op = std::make_shared<AddBlackWhite>(domain(), name(), entries);
    // The state drafted against, when the table holds the whole list (nothing filtered, no
    // page left): a conflict is then one of these addresses listed or unlisted meanwhile.
    if (m_filter->text().isEmpty() && m_filterType->currentIndex() == 0 && !m_model->canFetchMore({}) && !m_model->isLoading())
        op->setExpected(AddBlackWhite::stateOf(m_model->entries()));
    m_add->setEnabled(false);
    submit(op, [this, op] {
        m_input->clear();
        changed(tr("Added to the draft: %1.").arg(op->describe()));
    }, [this](const ApiError &error) { showRefusal(error); });
}

void SendersTab::removeSelected()
{
    const QModelIndexList rows = UiStyle::selectedRows(m_table);
    if (rows.isEmpty() || !hasMailbox())
        return;
    if (rows.size() > 1) {
        QList<Hostway::BlackWhiteEntry> entries;
        for (const QModelIndex &row : rows)
            entries.append(m_model->entryAt(row.row()));
        return removeSeveral(entries);
    }
    const Hostway::BlackWhiteEntry entry = m_model->entryAt(rows.first().row());
    auto op = std::make_shared<RemoveBlackWhite>(domain(), name(), entry.address);
    op->setExpected(AddBlackWhite::stateOf({entry}));
    submit(op, [this, op] { changed(tr("Added to the draft: %1.").arg(op->describe())); },
           [this](const ApiError &error) { showRefusal(error); });
}

void SendersTab::removeSeveral(const QList<Hostway::BlackWhiteEntry> &entries)
{
    const int count = static_cast<int>(entries.size());
    QStringList addresses;
    for (const Hostway::BlackWhiteEntry &e : entries)
        addresses.append(e.address);
    const QString action = tr("Remove %n Sender(s)", nullptr, count);
    UiStyle::confirmRows(this, QStringLiteral("confirmRemoveSenders"), tr("Remove Senders"),
                         tr("Take %n sender(s) off the lists of %1?", nullptr, count).arg(subject()), addresses,
                         tr("Mail from a blocked sender is delivered again; an allowed one goes through the spam filter again."), action,
                         [this, entries, action, shown = mailboxShown()] {
                             if (mailboxShown() != shown)
                                 return;   // another mailbox is shown now: not the one asked about
                             QList<std::shared_ptr<Operation>> operations;
                             for (const Hostway::BlackWhiteEntry &entry : entries) {
                                 auto op = std::make_shared<RemoveBlackWhite>(domain(), name(), entry.address);
                                 op->setExpected(AddBlackWhite::stateOf({entry}));
                                 operations.append(op);
                             }
                             // The batch window says what was done; the list read again shows it.
                             submitMany(std::move(operations), action, [this](int) { m_model->reload(); });
                         });
}

void SendersTab::removeListed()
{
    auto op = std::make_shared<RemoveBlackWhite>(domain(), name(), m_listedAddress);
    op->setExpected(AddBlackWhite::stateOf({{m_listedAddress, m_listedType}}));
    m_add->setEnabled(false);
    submit(op, [this, op] {
        m_input->clear();
        changed(tr("Added to the draft: %1.").arg(op->describe()));
    }, [this](const ApiError &error) { showRefusal(error); });
}

void SendersTab::changed(const QString &drafted)
{
    if (drafting()) {
        setStatus(drafted);
        return;
    }
    m_model->reload();
}

void SendersTab::showRefusal(const ApiError &error)
{
    UiStyle::showRefusal(m_problem, error);
    m_add->setEnabled(!Hostway::Rules::splitAddresses(m_input->text()).isEmpty());
}
