#include "ui/passwordeditor.h"

#include "core/credentials/passwordpolicy.h"
#include "ui/uistyle.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

PasswordEditor::PasswordEditor(const PasswordPolicy &policy, QWidget *parent)
    : QWidget(parent)
    , m_policy(policy)
    , m_edit(new QLineEdit(this))
    , m_generate(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_rules(new QVBoxLayout)
    , m_serverError(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("passwordEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("New password"));
    m_edit->setAccessibleName(tr("New password"));
    m_show = m_edit->addAction(QIcon(QStringLiteral(":/icons/key.svg")), QLineEdit::TrailingPosition);
    m_show->setCheckable(true);
    m_show->setText(tr("Show the password"));
    m_show->setToolTip(m_show->text());
    connect(m_show, &QAction::toggled, this, [this](bool visible) {
        m_edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    });

    m_generate->setObjectName(QStringLiteral("generatePasswordButton"));
    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("Generate a strong password that meets every rule"));
    m_generate->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_generate, &QToolButton::clicked, this, &PasswordEditor::generate);

    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolTip(tr("Copy the password, to pass it on to the mailbox's owner"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copy->setEnabled(false);
    connect(m_copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_edit->text()); });

    m_note->setObjectName(QStringLiteral("passwordNote"));
    m_note->setWordWrap(true);
    m_note->setText(m_policy.note());
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_serverError->setObjectName(QStringLiteral("passwordServerError"));
    m_serverError->setWordWrap(true);
    UiStyle::setError(m_serverError);
    m_serverError->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_generate);
    row->addWidget(m_copy);
    m_rules->setSpacing(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_serverError);
    layout->addWidget(m_note);
    layout->addLayout(m_rules);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        setServerError(QString());
        refresh();
        Q_EMIT changed();
    });
    refresh();
}

void PasswordEditor::allowEmpty(const QString &meaning)
{
    m_emptyAllowed = true;
    m_edit->setPlaceholderText(meaning);
    m_edit->setToolTip(meaning);
}

void PasswordEditor::setContext(const QString &username, const QString &domain)
{
    m_username = username;
    m_domain = domain;
    refresh();
}

QString PasswordEditor::password() const
{
    return m_edit->text();
}

void PasswordEditor::setPassword(const QString &password)
{
    m_edit->setText(password);
}

bool PasswordEditor::isAcceptable() const
{
    if (m_emptyAllowed && m_edit->text().isEmpty())
        return true;
    return m_policy.isAcceptable(m_edit->text(), m_username, m_domain);
}

void PasswordEditor::setServerError(const QString &message)
{
    m_serverError->setText(message.isEmpty() ? QString() : tr("The provider says: %1").arg(message));
    m_serverError->setVisible(!message.isEmpty());
}

void PasswordEditor::generate()
{
    m_show->setChecked(true);   // shown, to be passed on; the toggle says so and hides it again
    m_edit->setText(m_policy.generate(m_username, m_domain));
}

void PasswordEditor::refresh()
{
    while (QLayoutItem *item = m_rules->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<PasswordCheck> checks = m_policy.check(m_edit->text(), m_username, m_domain);
    const bool empty = m_edit->text().isEmpty();
    m_copy->setEnabled(!empty);
    m_note->setVisible(checks.isEmpty() && !m_note->text().isEmpty());
    for (const auto &check : checks) {
        auto *label = new QLabel(this);
        label->setObjectName(check.met ? QStringLiteral("ruleMet") : QStringLiteral("ruleUnmet"));
        const QString icon = empty ? QString() : check.met ? QStringLiteral(":/icons/rule-ok.svg") : QStringLiteral(":/icons/rule-fail.svg");
        const QString mark = icon.isEmpty() ? QStringLiteral("\u2022") : QStringLiteral("<img src=\"%1\" width=\"12\" height=\"12\"/>").arg(icon);
        // Rich text always: "•&nbsp;..." alone holds no tag, and AutoText would show it raw.
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("%1&nbsp;%2").arg(mark, check.text.toHtmlEscaped()));
        label->setAccessibleName(check.text);
        label->setAccessibleDescription(empty ? QString() : check.met ? tr("met") : tr("not met"));
        label->setStyleSheet(empty || check.met ? QStringLiteral("color: palette(mid);") : QString());
        m_rules->addWidget(label);
    }
}
