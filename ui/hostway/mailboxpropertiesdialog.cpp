#include "ui/hostway/mailboxpropertiesdialog.h"

#include "ui/hostway/mailboxdetailspane.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

MailboxPropertiesDialog::MailboxPropertiesDialog(QWidget *parent)
    : QDialog(parent)
    , m_pane(new MailboxDetailsPane(this))
{
    setObjectName(QStringLiteral("mailboxPropertiesDialog"));
    setWindowTitle(tr("Mailbox Properties"));
    m_pane->setObjectName(QStringLiteral("propertiesPane"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("propertiesClose"));
    close->setAutoDefault(false);   // Return belongs to the tab's field (add a target, save)
    close->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pane, 1);
    layout->addWidget(buttons);
    // Room for every tab's form without scrolling where the screen allows it, never more
    // than the screen (1024x700 keeps the buttons in sight).
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(720, screen.width() - 40), std::min(640, screen.height() - 60));
}

void MailboxPropertiesDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !qobject_cast<QAbstractButton *>(focusWidget())) {
        event->accept();   // a field's own Return (add a target) has run already
        return;
    }
    QDialog::keyPressEvent(event);
}
