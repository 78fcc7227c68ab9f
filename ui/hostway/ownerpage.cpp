#include "ui/hostway/ownerpage.h"

#include "ui/hostway/securitytab.h"
#include "ui/hostway/webmailtab.h"
#include "ui/uistyle.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

OwnerPage::OwnerPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_security(new SecurityTab(m_tabs))
    , m_webmail(new WebmailTab(m_tabs))
{
    setObjectName(QStringLiteral("ownerPage"));
    m_title->setObjectName(QStringLiteral("ownerTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("ownerSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Signed in as this mailbox's owner: change its secret questions, reset its password with "
                          "their answers, and choose its webmail plan. Other mailboxes and the domain's settings need the "
                          "account administrator's sign-in."));
    m_tabs->setObjectName(QStringLiteral("ownerTabs"));
    m_tabs->setDocumentMode(true);
    // The mailbox properties' own tab names, so a helpdesk sees the same words in both places.
    m_tabs->addTab(m_security, QCoreApplication::translate("MailboxDetailsPane", "Se&curity"));
    m_tabs->addTab(m_webmail, QCoreApplication::translate("MailboxDetailsPane", "Webmai&l"));
    UiStyle::focusPageOnMnemonic(m_tabs);
    m_webmail->setOwnerView(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
}

void OwnerPage::setChangePath(const MailboxSettingTab::Submit &submit, const std::function<bool()> &drafting)
{
    m_security->setChangePath(submit, drafting);
    m_webmail->setChangePath(submit, drafting);
}

void OwnerPage::setSource(HostwayClient *client, const Hostway::MailboxOwner &owner)
{
    m_title->setText(owner.name + QLatin1Char('@') + owner.domain);
    // An Exchange mailbox has no OpenXchange account: its owner resets the password only.
    m_tabs->setTabVisible(m_tabs->indexOf(m_webmail), !owner.exchange);
    m_security->setExchange(owner.exchange);
    m_security->setMailbox(client, owner.domain, owner.name);
    m_webmail->setMailbox(owner.exchange ? nullptr : client, owner.domain, owner.name);
}
