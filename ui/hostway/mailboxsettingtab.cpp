#include "ui/hostway/mailboxsettingtab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayclient.h"
#include "ui/uistyle.h"

#include <QKeyEvent>
#include <QLabel>

MailboxSettingTab::MailboxSettingTab(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("settingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
}

void MailboxSettingTab::setChangePath(Submit submit, std::function<bool()> drafting)
{
    m_submit = std::move(submit);
    m_drafting = std::move(drafting);
}

void MailboxSettingTab::setMailbox(HostwayClient *client, const QString &domain, const QString &name)
{
    ++m_mailboxGeneration;   // drops any answer still on its way
    ++m_loadGeneration;
    m_client = client;
    m_domain = domain;
    m_name = name;
    m_loaded = false;
    clear();
    setStatus(QString());
    setEnabled(hasMailbox());
    if (hasMailbox() && isVisible())
        reload();
}

bool MailboxSettingTab::hasMailbox() const
{
    return m_client && !m_domain.isEmpty() && (m_domainLevel || !m_name.isEmpty());
}

HostwayClient *MailboxSettingTab::client() const
{
    return m_client;
}

QString MailboxSettingTab::subject() const
{
    return m_domainLevel ? m_domain : m_name + QLatin1Char('@') + m_domain;
}

void MailboxSettingTab::reload()
{
    if (!hasMailbox())
        return;
    m_loaded = true;
    setStatus(tr("Loading\u2026"));
    load(m_client, ++m_loadGeneration);
}

void MailboxSettingTab::claimDeleteKey(QWidget *widget)
{
    widget->installEventFilter(this);
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->installEventFilter(this);
}

bool MailboxSettingTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        event->accept();   // the focused widget gets the key (a text field deletes a character)
        return false;
    }
    return QWidget::eventFilter(watched, event);
}

void MailboxSettingTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    claimDeleteKey(this);
    if (!m_loaded)
        reload();
}

void MailboxSettingTab::setStatus(const QString &text, bool error)
{
    UiStyle::setStatus(m_status, text, error);
}

void MailboxSettingTab::submit(std::shared_ptr<Operation> operation, std::function<void()> after,
                               std::function<void(const ApiError &)> refused)
{
    if (!m_submit)
        return;
    const quint64 generation = m_mailboxGeneration;
    QPointer<MailboxSettingTab> guard(this);
    m_submit(std::move(operation), [guard, generation, after = std::move(after), refused = std::move(refused)](const ApiError &error) {
        if (!guard || guard->m_mailboxGeneration != generation)
            return;   // another mailbox is shown now
        if (error.isError())
            return refused(error);
        after();
    });
}

bool MailboxSettingTab::submitMany(QList<std::shared_ptr<Operation>> operations, const QString &title, std::function<void(int accepted)> sent)
{
    if (!m_submitMany || operations.isEmpty())
        return false;
    const bool draft = drafting();
    const int count = static_cast<int>(operations.size());
    const quint64 generation = m_mailboxGeneration;
    QPointer<MailboxSettingTab> guard(this);
    const bool done = m_submitMany(std::move(operations), title, [guard, generation, sent = std::move(sent)](int accepted) {
        if (guard && guard->m_mailboxGeneration == generation)
            sent(accepted);
    });
    if (done && draft)
        setStatus(tr("Added %n change(s) to the draft.", nullptr, count));
    return done;
}
