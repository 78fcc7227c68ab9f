#include "ui/hostway/spamfiltertab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/spamfilteroperation.h"
#include "ui/uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

SpamFilterTab::SpamFilterTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_formHost(new QWidget(this))
    , m_form(new QFormLayout(m_formHost))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("spamFilterTab"));
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_problem->setObjectName(QStringLiteral("spamFilterProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_save->setObjectName(QStringLiteral("spamFilterSave"));
    m_save->setToolTip(tr("Send the changed settings to Hostway, or add them to the draft (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("spamFilterRevert"));

    auto *scroll = new QScrollArea(this);   // nine attributes do not fit a 700 px screen otherwise
    scroll->setWidget(m_formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    auto *saveKey = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &SpamFilterTab::save);
    connect(m_save, &QPushButton::clicked, this, &SpamFilterTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { build(m_loaded); });
    clear();
}

void SpamFilterTab::clear()
{
    m_loaded.clear();
    build({});
}

void SpamFilterTab::load(HostwayClient *client, quint64 generation)
{
    client->fetchCleanMailPlus(domain(), name(), this, [this, generation](const ApiError &error, const QList<Hostway::FilterAttribute> &attributes) {
        if (!isCurrent(generation))
            return;
        if (error.isError())
            return setStatus(tr("The spam filter could not be read: %1").arg(error.message()), true);
        m_loaded = attributes;
        build(attributes);
        setStatus(tr("CleanMailPlus spam filter of %1, as Hostway describes it:").arg(subject()));
    });
}

void SpamFilterTab::build(const QList<Hostway::FilterAttribute> &attributes)
{
    setFocusProxy(nullptr);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_choices.clear();
    for (const Hostway::FilterAttribute &a : attributes) {
        const QString label = (a.description.isEmpty() ? a.name : a.description) + QLatin1Char(':');
        if (a.options.isEmpty()) {
            auto *value = new QLabel(a.selected, m_formHost);
            value->setObjectName(QStringLiteral("spamFilter_") + a.name);
            value->setToolTip(tr("Hostway lists no choices for %1: it is shown, not changed.").arg(a.name));
            m_form->addRow(label, value);
            m_choices.append(nullptr);
            continue;
        }
        auto *choice = new QComboBox(m_formHost);
        choice->setObjectName(QStringLiteral("spamFilter_") + a.name);
        choice->setAccessibleName(a.description.isEmpty() ? a.name : a.description);
        choice->setToolTip(a.name);
        for (const auto &[optionName, value] : a.options)
            choice->addItem(optionName, value);
        const int current = choice->findData(a.selected);
        if (current < 0)   // a value the options do not name: shown as it is
            choice->addItem(a.selected, a.selected);
        choice->setCurrentIndex(current < 0 ? choice->count() - 1 : current);
        connect(choice, &QComboBox::currentIndexChanged, this, &SpamFilterTab::updateState);
        m_form->addRow(label, choice);
        m_choices.append(choice);
        claimDeleteKey(choice);
        if (!focusProxy())
            setFocusProxy(choice);   // Alt+I lands on the first choice
    }
    updateState();
}

void SpamFilterTab::updateState()
{
    bool changed = false;
    for (int i = 0; i < m_choices.size(); ++i)
        changed = changed || (m_choices.at(i) && m_choices.at(i)->currentData().toString() != m_loaded.at(i).selected);
    m_save->setEnabled(changed && hasMailbox());
    m_revert->setEnabled(changed);
    m_problem->hide();
}

void SpamFilterTab::save()
{
    if (!m_save->isEnabled())
        return;
    QList<SetSpamFilter::Change> changes;
    for (int i = 0; i < m_choices.size(); ++i) {
        const QComboBox *choice = m_choices.at(i);
        if (choice && choice->currentData().toString() != m_loaded.at(i).selected)
            changes.append({m_loaded.at(i).name, choice->currentData().toString(), m_loaded.at(i).description, choice->currentText()});
    }
    auto op = std::make_shared<SetSpamFilter>(domain(), name(), changes);
    op->setExpected(SetSpamFilter::stateOf(m_loaded));
    m_save->setEnabled(false);
    submit(op, [this, changes] {
        if (!drafting())
            return reload();
        for (Hostway::FilterAttribute &a : m_loaded) {
            for (const SetSpamFilter::Change &c : changes) {
                if (c.name == a.name)
                    a.selected = c.value;
            }
        }
        updateState();
        setStatus(tr("Added to the draft: the spam filter changes when the draft is applied."));
    }, [this](const ApiError &error) {
        updateState();
        UiStyle::showRefusal(m_problem, error);
    });
}
