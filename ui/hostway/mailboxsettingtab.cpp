#include "ui/hostway/mailboxsettingtab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayclient.h"
#include "ui/uistyle.h"

#include <QLabel>

MailboxSettingTab::MailboxSettingTab(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
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
    ++m_generation;   // drops any answer still on its way
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
    return m_client && !m_name.isEmpty();
}

void MailboxSettingTab::reload()
{
    if (!hasMailbox())
        return;
    m_loaded = true;
    setStatus(tr("Loading\u2026"));
    load(m_client, ++m_generation);
}

void MailboxSettingTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
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
    const quint64 generation = m_generation;
    QPointer<MailboxSettingTab> guard(this);
    m_submit(std::move(operation), [guard, generation, after = std::move(after), refused = std::move(refused)](const ApiError &error) {
        if (!guard || !guard->isCurrent(generation))
            return;   // another mailbox is shown now
        if (error.isError())
            return refused(error);
        after();
    });
}
