#include "ui/hostway/autorespondertab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/autoresponderoperation.h"
#include "core/providers/hostway/hostwayclient.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

AutoresponderTab::AutoresponderTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_active(new QCheckBox(tr("Reply automaticall&y"), this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("autoresponderTab"));
    m_active->setObjectName(QStringLiteral("autoresponderActive"));
    // Alt+U lands in the text: typing a new reply turns it on (Alt+Y turns it on or off), Ctrl+S sends.
    setFocusProxy(m_body);
    m_subject->setObjectName(QStringLiteral("autoresponderSubject"));
    m_subject->setAccessibleName(tr("Subject of the reply"));
    m_body->setObjectName(QStringLiteral("autoresponderBody"));
    m_body->setAccessibleName(tr("Text of the reply"));
    m_body->setTabChangesFocus(true);   // Tab leaves the text; the reply is plain text
    m_body->setPlaceholderText(tr("For example: I am away until Monday and will answer then."));
    m_preview->setObjectName(QStringLiteral("autoresponderPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("autoresponderProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_save->setObjectName(QStringLiteral("autoresponderSave"));
    m_save->setToolTip(tr("Send the autoresponder to Hostway, or add it to the draft (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("autoresponderRevert"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Su&bject:"), m_subject);
    form->addRow(tr("&Text:"), m_body);
    auto *previewLabel = new QLabel(tr("The reply as it is sent:"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addWidget(m_active);
    layout->addLayout(form, 1);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    auto *saveKey = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &AutoresponderTab::save);
    connect(m_save, &QPushButton::clicked, this, &AutoresponderTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { showSettings(m_loaded); });
    connect(m_active, &QCheckBox::toggled, this, &AutoresponderTab::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        // A reply written where there was none is meant to be sent; a kept one switched off
        // stays off while it is edited (Alt+Y turns it on).
        if (m_body->hasFocus() && !m_active->isChecked() && m_loaded.body.trimmed().isEmpty()
            && !m_body->toPlainText().trimmed().isEmpty())
            m_active->setChecked(true);
    });
    connect(m_subject, &QLineEdit::textChanged, this, &AutoresponderTab::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &AutoresponderTab::updateState);
    clear();
}

void AutoresponderTab::clear()
{
    m_known = false;
    m_loaded = {};
    showSettings({});
}

void AutoresponderTab::load(HostwayClient *client, quint64 generation)
{
    client->fetchAutoresponder(domain(), name(), this, [this, generation](const ApiError &error, const Hostway::Autoresponder &settings) {
        if (!isCurrent(generation))
            return;
        if (error.isError())
            return setStatus(tr("The autoresponder could not be read: %1").arg(error.message()), true);
        m_known = true;
        m_loaded = settings;
        m_loadedStatus = settings.active ? tr("%1@%2 answers every message automatically.").arg(name(), domain())
                                         : tr("The autoresponder of %1@%2 is off.").arg(name(), domain());
        showSettings(settings);
    });
}

void AutoresponderTab::showSettings(const Hostway::Autoresponder &settings)
{
    const QSignalBlocker blockActive(m_active);
    const QSignalBlocker blockSubject(m_subject);
    const QSignalBlocker blockBody(m_body);
    m_active->setChecked(settings.active);
    m_subject->setText(settings.subject);
    m_body->setPlainText(settings.body);
    updateState();
}

Hostway::Autoresponder AutoresponderTab::edited() const
{
    return {m_active->isChecked(), m_subject->text(), m_body->toPlainText()};
}

void AutoresponderTab::updateState()
{
    const Hostway::Autoresponder now = edited();
    const bool changed = m_known && (now.active != m_loaded.active || now.subject != m_loaded.subject || now.body != m_loaded.body);
    QStringList problems;
    if (changed) {
        for (const ValidationProblem &p : SetAutoresponder(domain(), name(), now).validate())
            problems.append(p.message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    UiStyle::setError(m_problem, true);
    m_problem->setVisible(!problems.isEmpty());
    m_save->setEnabled(changed && problems.isEmpty());
    if (m_known)   // what Hostway has, or that the form differs from it
        setStatus(changed ? tr("Not sent yet: Ctrl+S sends it, Revert goes back.") : m_loadedStatus);
    m_revert->setEnabled(changed);
    m_subject->setEnabled(m_known);
    m_body->setEnabled(m_known);
    m_active->setEnabled(m_known);
    if (!m_known)
        m_preview->setText(QString());
    else if (!now.active)
        m_preview->setText(tr("(No reply is sent while the autoresponder is off.)"));
    else
        m_preview->setText(tr("Subject: %1\n\n%2").arg(now.subject.isEmpty() ? tr("(no subject)") : now.subject, now.body));
}

void AutoresponderTab::save()
{
    if (!m_save->isEnabled())
        return;
    const Hostway::Autoresponder settings = edited();
    auto op = std::make_shared<SetAutoresponder>(domain(), name(), settings);
    op->setExpected(SetAutoresponder::stateOf(m_loaded));
    m_save->setEnabled(false);
    submit(op, [this, settings] {
        if (drafting()) {
            m_loaded = settings;
            m_loadedStatus = tr("Added to the draft: the autoresponder is changed when the draft is applied.");
            updateState();
            return;
        }
        reload();
        m_active->setFocus();   // not the next widget after the Save button, now disabled
    }, [this](const ApiError &error) {
        updateState();
        UiStyle::showRefusal(m_problem, error);
    });
}
