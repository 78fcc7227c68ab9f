#include "ui/hostway/mailboxdetailspane.h"

#include "core/providers/hostway/hostwayclient.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "core/providers/hostway/hostwayerrors.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "core/providers/hostway/migrationreport.h"
#include "ui/hostway/autorespondertab.h"
#include "ui/hostway/editmailboxdialog.h"
#include "ui/hostway/exchangetab.h"
#include "ui/hostway/forwardingtab.h"
#include "ui/hostway/migrationdialog.h"
#include "ui/hostway/securitytab.h"
#include "ui/hostway/senderstab.h"
#include "ui/hostway/spamfiltertab.h"
#include "ui/hostway/webmailtab.h"
#include "models/sizeformat.h"
#include "ui/uistyle.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

MailboxDetailsPane::MailboxDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_formHost(new QWidget(this))
    , m_form(new QFormLayout(m_formHost))
    , m_actions(new QWidget(this))
    , m_reportMigration(new QPushButton(tr("Report Failed Migration\u2026")))
    , m_edit(new QPushButton(tr("&Edit Mailbox\u2026")))
    , m_tabs(new QTabWidget(this))
    , m_forwarding(new ForwardingTab(m_tabs))
    , m_autoresponder(new AutoresponderTab(m_tabs))
    , m_senders(new SendersTab(m_tabs))
    , m_spamFilter(new SpamFilterTab(m_tabs))
    , m_webmail(new WebmailTab(m_tabs))
    , m_security(new SecurityTab(m_tabs))
    , m_exchange(new ExchangeTab(m_tabs))
{
    setObjectName(QStringLiteral("detailsPane"));
    UiStyle::setHeading(m_title, 1.25);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setWordWrap(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *actionsLayout = new QVBoxLayout(m_actions);
    actionsLayout->setContentsMargins(0, 8, 0, 0);
    m_reportMigration->setObjectName(QStringLiteral("reportMigration"));
    m_reportMigration->setToolTip(tr("Open a ticket at Hostway's support for a migration of this mailbox that failed"));
    m_edit->setObjectName(QStringLiteral("editMailbox"));
    m_edit->setToolTip(tr("Rename the mailbox, make it master or not, or move it to another plan"));
    actionsLayout->addWidget(m_edit);
    actionsLayout->addWidget(m_reportMigration);
    connect(m_reportMigration, &QPushButton::clicked, this, &MailboxDetailsPane::reportMigration);
    connect(m_edit, &QPushButton::clicked, this, &MailboxDetailsPane::editMailbox);
    m_actions->hide();
    connect(m_exchange, &ExchangeTab::landed, this, &MailboxDetailsPane::mailboxChanged);

    // A mailbox's details and actions outgrow a 700 px screen: the page scrolls.
    auto *general = new QScrollArea(m_tabs);
    general->setObjectName(QStringLiteral("generalTab"));
    general->setWidgetResizable(true);
    general->setFrameShape(QFrame::NoFrame);
    auto *generalPage = new QWidget(general);
    auto *generalLayout = new QVBoxLayout(generalPage);
    m_status->setParent(generalPage);
    m_formHost->setParent(generalPage);
    m_actions->setParent(generalPage);
    generalLayout->addWidget(m_status);
    generalLayout->addWidget(m_formHost);
    generalLayout->addWidget(m_actions);
    generalLayout->addStretch();
    general->setWidget(generalPage);
    m_tabs->setObjectName(QStringLiteral("mailboxTabs"));
    m_tabs->setDocumentMode(true);
    // The table keeps its width at 1024 px: when the tabs do not fit they scroll, and the
    // corner button lists them all (each also answers its Alt+letter, in sight or not).
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_exchange, tr("E&xchange"));
    m_tabs->setTabVisible(1, false);   // Exchange mailboxes only (setSettingTabs)
    m_tabs->addTab(m_forwarding, tr("For&warding"));
    m_tabs->addTab(m_autoresponder, tr("A&utoresponder"));
    m_tabs->addTab(m_webmail, tr("Webmai&l"));
    m_tabs->addTab(m_spamFilter, tr("Spam f&ilter"));
    m_tabs->addTab(m_senders, tr("Se&nders"));
    m_tabs->addTab(m_security, tr("Se&curity"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (!m_adjustingTabs)
            m_wantedTab = m_tabs->currentWidget();
    });
    // A tab chosen by its Alt+letter takes the focus to its first field: Alt+W, then type.
    UiStyle::focusPageOnMnemonic(m_tabs);
    auto *allTabs = new QToolButton(m_tabs);
    allTabs->setObjectName(QStringLiteral("mailboxTabsMenu"));
    allTabs->setText(QStringLiteral("\u22ef"));
    allTabs->setToolTip(tr("All of the mailbox's tabs"));
    allTabs->setAccessibleName(tr("All of the mailbox's tabs"));
    allTabs->setAutoRaise(true);
    allTabs->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(allTabs);
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *show = menu->addAction(m_tabs->tabText(i), this, [this, i] {
            m_tabs->setCurrentIndex(i);
            if (QWidget *page = m_tabs->currentWidget(); page->focusProxy())
                page->setFocus(Qt::OtherFocusReason);
        });
        show->setShortcut(QKeySequence::mnemonic(m_tabs->tabText(i)));
        show->setShortcutVisibleInContextMenu(true);
        show->setShortcutContext(Qt::WidgetShortcut);   // shown only: the tab's mnemonic is the key
    }
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        const QList<QAction *> actions = menu->actions();
        for (int i = 0; i < actions.size(); ++i) {
            actions.at(i)->setEnabled(m_tabs->isTabEnabled(i));
            actions.at(i)->setVisible(m_tabs->isTabVisible(i));
        }
    });
    allTabs->setMenu(menu);
    m_tabs->setCornerWidget(allTabs, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    setMinimumWidth(240);
    showMailbox(nullptr, QString(), QString());
}

void MailboxDetailsPane::setMailboxActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        // Not setDefaultAction(): a low-priority action (Delete, icon-only in the toolbar)
        // would lose its text here too, where there is room for it.
        auto *button = new QToolButton(m_actions);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const auto follow = [button, action] {
            button->setText(action->iconText());
            button->setIcon(action->icon());
            button->setToolTip(action->toolTip());
            button->setEnabled(action->isEnabled());
        };
        follow();
        connect(action, &QAction::changed, button, follow);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        m_actions->layout()->addWidget(button);
    }
    // The rarer edit and report come after the window's actions.
    for (QPushButton *button : {m_edit, m_reportMigration}) {
        m_actions->layout()->removeWidget(button);
        m_actions->layout()->addWidget(button);
    }
}

void MailboxDetailsPane::showMessageStats(HostwayClient *client, const QString &domain, const QString &username, bool exchange,
                                          quint64 generation)
{
    addRow(tr("Messages:"), tr("Counting\u2026"), QStringLiteral("detailsMessages"));
    ApiJob *job = client->fetchMessageStats(domain, username, exchange, this, [this, generation](const ApiError &error, const Hostway::MessageStats &s) {
        if (generation != m_generation)
            return;
        auto *field = m_formHost->findChild<QLabel *>(QStringLiteral("detailsMessages"));
        if (!field)
            return;
        if (error.isError()) {
            field->setText(Hostway::messageStatsProblem(error));
            UiStyle::setError(field);
            return;
        }
        const QLocale locale;
        const auto folder = [&locale](const QString &name, const Hostway::MessageStats::Folder &f) {
            return f.unread > 0 ? tr("%1: %2 (%3 unread)").arg(name, locale.toString(f.all), locale.toString(f.unread))
                                : tr("%1: %2").arg(name, locale.toString(f.all));
        };
        field->setText(QStringList{folder(tr("Inbox"), s.inbox), folder(tr("Sent"), s.sent), folder(tr("Spam"), s.spam)}
                           .join(QLatin1Char('\n')));
    });
    job->setFailureShownByCaller(true);   // said in the Messages row, in words (404, 500, 502)
}

QList<MailboxSettingTab *> MailboxDetailsPane::settingTabs() const
{
    return {m_exchange, m_forwarding, m_autoresponder, m_webmail, m_spamFilter, m_senders, m_security};
}

void MailboxDetailsPane::reportMigration()
{
    if (!m_submit || m_shownName.isEmpty())
        return;
    auto *dialog = new MigrationDialog(m_shownDomain, m_shownName, m_drafting && m_drafting(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MigrationDialog::submitted, this, [this, dialog] {
        QPointer<MigrationDialog> guard(dialog);
        m_submit(dialog->operation(), [guard](const ApiError &error) {
            if (!guard)
                return;
            if (error.isError())
                return guard->showRefusal(error);
            guard->accept();
        });
    });
    dialog->open();
}

void MailboxDetailsPane::submitGeneral(std::shared_ptr<Operation> operation, const QString &now, std::function<void(const ApiError &)> done)
{
    // The pane may go first (a property sheet closed meanwhile): the answer then only ends
    // its dialog.
    QPointer<MailboxDetailsPane> self(this);
    m_submit(std::move(operation), [self, now, done = std::move(done)](const ApiError &error) {
        // The list follows a change that landed even when its dialog was closed meanwhile.
        if (self && !error.isError() && !(self->m_drafting && self->m_drafting()))
            Q_EMIT self->mailboxChanged(now);
        done(error);
    });
}

void MailboxDetailsPane::editMailbox()
{
    if (!m_submit || m_shownName.isEmpty())
        return;
    auto *dialog = new EditMailboxDialog(m_shownDomain, m_shownName, m_shownMaster, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_shownClient) {
        m_shownClient->fetchWebmailPlans(m_shownDomain, dialog, [dialog](const ApiError &error, const Hostway::WebmailPlans &plans) {
            dialog->setPlans(error, plans);
        });
    }
    connect(dialog, &EditMailboxDialog::submitted, this, [this, dialog] {
        QPointer<EditMailboxDialog> guard(dialog);
        const auto op = dialog->operation();
        const QString now = op->rename().isEmpty() ? op->name() : op->rename();
        submitGeneral(op, now, [guard](const ApiError &error) {
            if (!guard)
                return;
            if (error.isError())
                return guard->showRefusal(error);
            guard->accept();
        });
    });
    dialog->open();
}

void MailboxDetailsPane::setChangePath(const MailboxSettingTab::Submit &submit, const std::function<bool()> &drafting,
                               const MailboxSettingTab::SubmitMany &submitMany)
{
    m_submit = submit;
    m_drafting = drafting;
    for (MailboxSettingTab *tab : settingTabs()) {
        tab->setChangePath(submit, drafting);
        tab->setChangeManyPath(submitMany);
    }
}

void MailboxDetailsPane::setSettingTabs(HostwayClient *client, const QString &domain, const QString &username, const QString &why,
                                        bool exchange)
{
    m_security->setExchange(exchange);
    // While the next mailbox's kind is read, its tabs stay where they are: disabling the one
    // shown would send the agent back to General on every mailbox.
    const bool reading = !client && !username.isEmpty() && why.isEmpty();
    m_adjustingTabs = true;
    for (MailboxSettingTab *tab : settingTabs()) {
        if (reading) {
            tab->setMailbox(nullptr, domain, username);
            continue;
        }
        // Secret questions are documented for both kinds of mailbox, Exchange's own fields for
        // Exchange mailboxes, the rest for regular ones.
        const bool applies = tab == m_security || (tab == m_exchange) == exchange;
        HostwayClient *shown = applies ? client : nullptr;
        tab->setMailbox(shown, domain, username);
        const int index = m_tabs->indexOf(tab);
        m_tabs->setTabEnabled(index, shown != nullptr);
        m_tabs->setTabToolTip(index, shown ? QString() : why);
        // A tab that does not apply to the mailbox's kind is not shown: a regular mailbox has
        // no Exchange tab (Hostway documents no conversion), an Exchange mailbox only General,
        // Exchange and Security.
        if (client || !why.isEmpty())
            m_tabs->setTabVisible(index, applies);
    }
    m_adjustingTabs = false;
    // The agent's tab comes back as soon as the mailbox shown has it (after a reload that
    // selected nothing for a moment, or an Exchange mailbox in between).
    if (const int wanted = m_tabs->indexOf(m_wantedTab); client && wanted >= 0 && m_tabs->isTabEnabled(wanted) && m_tabs->isTabVisible(wanted))
        m_tabs->setCurrentIndex(wanted);
}

void MailboxDetailsPane::clearForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void MailboxDetailsPane::addRow(const QString &label, const QString &value, const QString &objectName)
{
    auto *field = new QLabel(value, m_formHost);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    m_form->addRow(label, field);
}

void MailboxDetailsPane::showKnown(const QString &domain, const QString &username, int quotaMb, bool master, const QString &why)
{
    ++m_generation;   // drops any answer still on its way
    clearForm();
    UiStyle::setError(m_status, false);
    m_title->setText(username + QLatin1Char('@') + domain);
    m_status->setText(why);
    setSettingTabs(nullptr, domain, username, tr("These settings are read from Hostway: not while offline, nor for a mailbox that is only in the draft."));
    addRow(tr("Quota:"), SizeFormat::megabytes(quotaMb), QStringLiteral("detailsQuota"));
    addRow(tr("Master account:"), master ? tr("Yes") : tr("No"), QStringLiteral("detailsMaster"));
    m_shownName.clear();
    m_shownClient.clear();
    m_reportMigration->hide();   // a ticket goes to Hostway: not offline, nor for a drafted mailbox
    m_edit->hide();              // as the rest of Hostway's own data
    m_actions->show();
}

void MailboxDetailsPane::showMailbox(HostwayClient *client, const QString &domain, const QString &username)
{
    load(client, domain, username, true);
}

void MailboxDetailsPane::showSelection(const QString &domain, int count, int leftOut)
{
    load(nullptr, domain, QString(), true);
    m_title->setText(tr("%n mailbox(es) selected", nullptr, count));
    QString text = tr("Change Quota, Reset Password and Delete act on all of them, as one batch. Select one mailbox to see its details.");
    if (leftOut > 0)
        text += QLatin1Char(' ') + tr("They leave out %n of them: Exchange mailboxes, and mailboxes only drafted (outside Draft Mode).", nullptr, leftOut);
    m_status->setText(text);
    m_edit->hide();              // one mailbox's
    m_reportMigration->hide();
    m_actions->setVisible(leftOut < count);
}

void MailboxDetailsPane::refreshGeneral()
{
    if (m_shownClient && !m_shownName.isEmpty())
        load(m_shownClient, m_shownDomain, m_shownName, false);
}

void MailboxDetailsPane::load(HostwayClient *client, const QString &domain, const QString &username, bool tabsToo)
{
    const quint64 generation = ++m_generation;
    clearForm();
    m_actions->hide();
    m_shownName.clear();
    m_shownClient.clear();
    UiStyle::setError(m_status, false);
    if (tabsToo)
        setSettingTabs(nullptr, domain, username, QString());
    if (!client || username.isEmpty()) {
        m_title->setText(tr("No mailbox selected"));
        m_status->setText(tr("Select a mailbox in the list to see its quota, usage and settings."));
        return;
    }
    m_title->setText(username + QLatin1Char('@') + domain);
    m_status->setText(tr("Loading\u2026"));
    const auto fail = [this](const ApiError &error) {
        UiStyle::setError(m_status);
        m_status->setText(error.message());
    };
    client->fetchUsernameKind(domain, username, this, [=](const ApiError &error, Hostway::UsernameKind kind) {
        if (generation != m_generation)
            return;
        if (error.isError())
            return fail(error);
        if (kind == Hostway::UsernameKind::Exchange) {
            client->fetchExchange(domain, username, this, [=](const ApiError &e, const Hostway::ExchangeMailbox &m) {
                if (generation != m_generation)
                    return;
                if (e.isError())
                    return fail(e);
                m_status->setText(tr("Exchange mailbox. Its details, password and deletion are on the Exchange tab (Alt+X), its secret questions on the Security tab."));
                if (tabsToo)
                    setSettingTabs(client, domain, username, QString(), true);
                addRow(tr("Display name:"), m.displayName);
                addRow(tr("Primary address:"), m.primarySmtpAddress);
                addRow(tr("Quota:"), m.quota, QStringLiteral("detailsQuota"));
                addRow(tr("Used:"), m.totalItemSize);
                addRow(tr("Type:"), QStringLiteral("%1 (%2)").arg(m.type, m.resourceType));
                m_shownDomain = domain;
                m_shownName = username;
                m_shownClient = client;
                showMessageStats(client, domain, username, true, generation);
            });
            return;
        }
        client->fetchMailbox(domain, username, this, [=](const ApiError &e, const Hostway::Mailbox &m) {
            if (generation != m_generation)
                return;
            if (e.isError())
                return fail(e);
            m_status->setText(tr("Mailbox (IMAP / OpenXchange)"));
            if (tabsToo)
                setSettingTabs(client, domain, username, QString());
            addRow(tr("Quota:"), SizeFormat::megabytes(m.quotaMb), QStringLiteral("detailsQuota"));
            auto *usage = new QProgressBar(m_formHost);
            usage->setObjectName(QStringLiteral("detailsUsage"));
            usage->setRange(0, std::max(1, m.quotaMb));
            usage->setValue(std::min(m.usageMb, std::max(1, m.quotaMb)));
            usage->setFormat(SizeFormat::usage(m.usageMb, m.quotaMb));
            m_form->addRow(tr("Used:"), usage);
            addRow(tr("Master account:"), m.master ? tr("Yes") : tr("No"), QStringLiteral("detailsMaster"));
            m_actions->show();
            m_reportMigration->show();
            m_edit->show();
            m_shownDomain = domain;
            m_shownName = username;
            m_shownMaster = m.master;
            m_shownClient = client;
            showMessageStats(client, domain, username, false, generation);
        });
    });
}
