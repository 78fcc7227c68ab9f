#include "testprovider/testmailview.h"

#include "core/accounts/account.h"
#include "testprovider/testmailmodule.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

TestMailView::TestMailView(const Host &host, QObject *parent)
    : ProviderView(host, parent)
    , m_page(new QWidget(host.window))
    , m_mailbox(new QLineEdit(m_page))
    , m_quota(new QSpinBox(m_page))
    , m_set(new QPushButton(m_page))
    , m_outcome(new QLabel(m_page))
{
    m_page->setObjectName(QStringLiteral("testmailPage"));
    m_mailbox->setObjectName(QStringLiteral("testmailMailbox"));
    m_quota->setObjectName(QStringLiteral("testmailQuota"));
    m_quota->setRange(0, 100000);   // wider than TestMailQuota allows: its validate() refuses the rest
    m_set->setObjectName(QStringLiteral("testmailSet"));
    m_outcome->setObjectName(QStringLiteral("testmailOutcome"));
    auto *layout = new QVBoxLayout(m_page);
    for (QWidget *w : std::initializer_list<QWidget *>{m_mailbox, m_quota, m_set, m_outcome})
        layout->addWidget(w);
    draftModeChanged();
    connect(m_set, &QPushButton::clicked, this, [this] {
        const ChangeHook hook = m_host.changeHook(m_accountId);
        hook.submit({std::make_shared<TestMailQuota>(m_mailbox->text(), m_quota->value())}, this, [this](const ChangeOutcome &outcome) {
            m_outcome->setText(outcome.status == ChangeOutcome::Status::Done      ? QStringLiteral("done")
                               : outcome.status == ChangeOutcome::Status::Drafted ? QStringLiteral("drafted")
                                                                                  : QStringLiteral("not done: ") + outcome.error.message());
        });
    });
}

QWidget *TestMailView::show(const Node &node)
{
    if (node.domain.isEmpty())
        return nullptr;
    m_accountId = node.accountId;
    m_outcome->clear();
    return m_page;
}

QString TestMailView::accountSummary(const Account &account) const
{
    return QStringLiteral("Test mail account %1").arg(account.displayName);
}

void TestMailView::draftModeChanged()
{
    m_set->setText(m_host.changeHook && m_host.changeHook(m_accountId).isDrafting() ? QStringLiteral("Add to Draft") : QStringLiteral("Set"));
}
