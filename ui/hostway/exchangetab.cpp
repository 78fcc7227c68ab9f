#include "ui/hostway/exchangetab.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "core/providers/hostway/hostwayclient.h"
#include "ui/hostway/changepassworddialog.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

/// A field of the form or of what Hostway reports, with its label.
struct FieldRow
{
    const char *key;
    const char *label;
};

/// What PUT changes, in the order of the form (display name and type come first).
constexpr FieldRow kEditable[] = {
    {"displayName", QT_TRANSLATE_NOOP("ExchangeTab", "Display name:")},
    {"firstName", QT_TRANSLATE_NOOP("ExchangeTab", "Fi&rst name:")},
    {"lastName", QT_TRANSLATE_NOOP("ExchangeTab", "Last name:")},
    {"title", QT_TRANSLATE_NOOP("ExchangeTab", "Job title:")},
    {"company", QT_TRANSLATE_NOOP("ExchangeTab", "C&ompany:")},
    {"department", QT_TRANSLATE_NOOP("ExchangeTab", "Department:")},
    {"street", QT_TRANSLATE_NOOP("ExchangeTab", "Street:")},
    {"city", QT_TRANSLATE_NOOP("ExchangeTab", "City:")},
    {"state", QT_TRANSLATE_NOOP("ExchangeTab", "State or province:")},
    {"postalCode", QT_TRANSLATE_NOOP("ExchangeTab", "Postal code:")},
    {"country", QT_TRANSLATE_NOOP("ExchangeTab", "Country:")},
    {"mobilePhone", QT_TRANSLATE_NOOP("ExchangeTab", "Mobile phone:")},
    {"homePhone", QT_TRANSLATE_NOOP("ExchangeTab", "Home phone:")},
    {"fax", QT_TRANSLATE_NOOP("ExchangeTab", "Fax:")},
};

/// What only GET gives (seed 003 section 51-52's example), shown as Hostway words it.
constexpr FieldRow kReported[] = {
    {"emailAddress", QT_TRANSLATE_NOOP("ExchangeTab", "Address:")},
    {"emailAddresses", QT_TRANSLATE_NOOP("ExchangeTab", "Addresses:")},
    {"alias", QT_TRANSLATE_NOOP("ExchangeTab", "Alias:")},
    {"forwardingSmtpAddress", QT_TRANSLATE_NOOP("ExchangeTab", "Forwards to:")},
    {"archiveQuota", QT_TRANSLATE_NOOP("ExchangeTab", "Archive quota:")},
    {"maxSendSize", QT_TRANSLATE_NOOP("ExchangeTab", "Largest message sent:")},
    {"maxReceiveSize", QT_TRANSLATE_NOOP("ExchangeTab", "Largest message received:")},
    {"recipientLimits", QT_TRANSLATE_NOOP("ExchangeTab", "Recipients per message:")},
    {"whenCreated", QT_TRANSLATE_NOOP("ExchangeTab", "Created:")},
    {"whenChanged", QT_TRANSLATE_NOOP("ExchangeTab", "Changed:")},
};

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // the rows wrap instead
    return scroll;
}

} // namespace

ExchangeTab::ExchangeTab(QWidget *parent)
    : MailboxSettingTab(parent)
    , m_type(new QComboBox(this))
    , m_resource(new QLabel(this))
    , m_resetPassword(new QCheckBox(tr("As&k for a new password"), this))
    , m_reported(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_password(new QPushButton(tr("Set &Password\u2026"), this))
    , m_delete(new QPushButton(tr("Dele&te Mailbox\u2026"), this))
{
    setObjectName(QStringLiteral("exchangeTab"));
    auto *content = new QWidget(this);
    auto *details = new QGroupBox(tr("Details"), content);
    auto *form = new QFormLayout(details);
    m_form = form;
    const auto &limits = Hostway::ExchangeRules::textFields();
    for (const FieldRow &row : kEditable) {
        const QString key = QLatin1String(row.key);
        auto *edit = new QLineEdit(details);
        edit->setObjectName(QStringLiteral("exchange_") + key);
        const auto limit = std::find_if(limits.cbegin(), limits.cend(), [&key](const auto &f) { return f.first == key; });
        if (limit != limits.cend())
            edit->setToolTip(tr("At most %n character(s)", nullptr, limit->second));
        form->addRow(tr(row.label), edit);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::textChanged, this, &ExchangeTab::updateState);
    }
    m_type->setObjectName(QStringLiteral("exchangeType"));
    form->insertRow(1, tr("T&ype:"), m_type);
    m_resource->setObjectName(QStringLiteral("exchangeResource"));
    m_resource->setWordWrap(true);
    form->insertRow(2, tr("Resource:"), m_resource);
    m_resetPassword->setObjectName(QStringLiteral("exchangeResetPassword"));
    form->addRow(tr("Next logon:"), m_resetPassword);
    auto *reported = new QGroupBox(tr("As Exchange reports it"), content);
    reported->setObjectName(QStringLiteral("exchangeReported"));
    reported->setLayout(m_reported);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(details);
    contentLayout->addWidget(reported);
    contentLayout->addStretch();
    setFocusProxy(m_fields.value(QStringLiteral("displayName")));   // Alt+X lands here

    m_problem->setObjectName(QStringLiteral("exchangeProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    UiStyle::setError(m_problem, true);
    m_problem->hide();
    m_save->setObjectName(QStringLiteral("exchangeSave"));
    m_save->setToolTip(tr("Send the details changed to Hostway, or add them to the draft (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("exchangeRevert"));
    m_password->setObjectName(QStringLiteral("setExchangePassword"));
    m_delete->setObjectName(QStringLiteral("deleteExchange"));
    m_delete->setToolTip(tr("Delete the Exchange mailbox and its mail at Hostway, once you confirm its address"));

    // The fields scroll on a 700 px screen; the buttons stay in sight below them.
    // Two rows: the pane is about 270 px wide on a 1024 px screen.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_save, 0, 0);
    buttons->addWidget(m_revert, 0, 1);
    buttons->addWidget(m_password, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel());
    layout->addWidget(scrolling(content, this), 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    auto *saveKey = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &ExchangeTab::save);
    connect(m_save, &QPushButton::clicked, this, &ExchangeTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            it.value()->setText(m_read.value(it.key()));
        m_type->setCurrentIndex(std::max(0, m_type->findData(m_read.value(QStringLiteral("type")))));
        m_resetPassword->setChecked(false);
    });
    connect(m_password, &QPushButton::clicked, this, &ExchangeTab::setPassword);
    connect(m_delete, &QPushButton::clicked, this, &ExchangeTab::deleteMailbox);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ExchangeTab::updateState);
    connect(m_resetPassword, &QCheckBox::toggled, this, &ExchangeTab::updateState);
    clear();
}

ExchangeTab::~ExchangeTab() = default;

void ExchangeTab::resizeEvent(QResizeEvent *event)
{
    MailboxSettingTab::resizeEvent(event);
    // In a narrow pane (1024 px screens) the labels go above their fields, which keep the
    // width to show a value; wider, they stand side by side.
    const auto policy = width() < 440 ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
    for (QFormLayout *form : {m_form, m_reported}) {
        if (form->rowWrapPolicy() != policy)
            form->setRowWrapPolicy(policy);
    }
}

void ExchangeTab::clear()
{
    m_known = false;
    m_busy = false;
    m_read.clear();
    showMailbox(Hostway::ExchangeMailbox());
}

void ExchangeTab::load(HostwayClient *client, quint64 generation)
{
    client->fetchExchange(domain(), name(), this, [this, generation](const ApiError &error, const Hostway::ExchangeMailbox &mailbox) {
        if (!isCurrent(generation))
            return;
        if (error.isError()) {
            m_busy = false;
            return setStatus(tr("The Exchange mailbox could not be read: %1").arg(error.message()), true);
        }
        m_known = true;
        m_busy = false;
        m_read.clear();
        for (const auto &[key, value] : mailbox.otherFields)
            m_read.insert(key, value);
        m_read.insert(QStringLiteral("displayName"), mailbox.displayName);
        m_read.insert(QStringLiteral("type"), mailbox.type);
        showMailbox(mailbox);
        setStatus(tr("Change the details and save them (Ctrl+S)."));
    });
}

void ExchangeTab::showMailbox(const Hostway::ExchangeMailbox &mailbox)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QSignalBlocker block(it.value());
        const QString value = m_read.value(it.key());
        const auto &limits = Hostway::ExchangeRules::textFields();
        const auto limit = std::find_if(limits.cbegin(), limits.cend(), [&it](const auto &f) { return f.first == it.key(); });
        // The documented length: more cannot be typed (a longer value read stays whole, and
        // its problem is said if it is changed).
        it.value()->setMaxLength(limit != limits.cend() && value.size() <= limit->second ? limit->second : 32767);
        it.value()->setText(value);
    }
    {
        // A type Hostway gives that is neither documented value is shown as it is, so that
        // nothing reads as changed before the agent changes it.
        QSignalBlocker block(m_type);
        m_type->clear();
        m_type->addItem(tr("Standard"), QStringLiteral("standard"));
        m_type->addItem(tr("Premium"), QStringLiteral("premium"));
        if (m_known && m_type->findData(mailbox.type) < 0)
            m_type->addItem(mailbox.type.isEmpty() ? tr("not given") : mailbox.type, mailbox.type);
        m_type->setCurrentIndex(std::max(0, m_type->findData(mailbox.type)));
    }
    {
        QSignalBlocker block(m_resetPassword);
        m_resetPassword->setChecked(false);
    }
    m_resource->setText(mailbox.resourceType.isEmpty()
                            ? QString()
                            : tr("%1 (chosen at creation; Hostway does not change it)").arg(mailbox.resourceType));

    while (m_reported->rowCount() > 0)
        m_reported->removeRow(0);
    if (m_known) {
        const auto row = [this](const QString &label, const QString &value) {
            auto *field = new QLabel(value);
            field->setTextInteractionFlags(Qt::TextSelectableByMouse);
            field->setWordWrap(true);
            m_reported->addRow(label, field);
        };
        row(tr("Primary address:"), mailbox.primarySmtpAddress);
        const auto onOff = [this](const QString &protocol, bool on) { return on ? tr("%1 on").arg(protocol) : tr("%1 off").arg(protocol); };
        row(tr("Protocol access:"), QStringList{onOff(QStringLiteral("ActiveSync"), mailbox.activeSyncEnabled),
                                                onOff(QStringLiteral("IMAP"), mailbox.imapEnabled),
                                                onOff(QStringLiteral("MAPI"), mailbox.mapiEnabled),
                                                onOff(QStringLiteral("OWA"), mailbox.owaEnabled),
                                                onOff(QStringLiteral("POP"), mailbox.popEnabled)}
                                        .join(QStringLiteral(", ")));
        row(tr("Quota:"), mailbox.quota);
        row(tr("Used:"), mailbox.totalItemSize);
        for (const FieldRow &r : kReported) {
            const QString value = m_read.value(QLatin1String(r.key));
            if (!value.isEmpty())
                row(tr(r.label), value);
        }
    }
    updateState();
}

std::shared_ptr<UpdateExchange> ExchangeTab::operation() const
{
    ExchangeFields fields;
    QJsonObject expected;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.value()->text() != m_read.value(it.key())) {
            fields.insert(it.key(), it.value()->text());
            expected.insert(it.key(), m_read.value(it.key()));
        }
    }
    const QString type = m_type->currentData().toString();
    if (type != m_read.value(QStringLiteral("type"))) {
        fields.insert(QStringLiteral("type"), type);
        expected.insert(QStringLiteral("type"), m_read.value(QStringLiteral("type")));
    }
    if (m_resetPassword->isChecked())
        fields.insert(QStringLiteral("resetPassword"), true);
    auto op = std::make_shared<UpdateExchange>(domain(), name(), fields);
    op->setExpected(expected);
    return op;
}

void ExchangeTab::updateState()
{
    const bool ready = m_known && hasMailbox();
    const auto op = operation();
    const bool changed = ready && !op->fields().isEmpty();
    QStringList problems;
    if (changed) {
        for (const ValidationProblem &p : op->validate())
            problems.append(p.message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_save->setEnabled(changed && problems.isEmpty() && !m_busy);
    m_revert->setEnabled(changed);
    m_password->setEnabled(ready);
    m_delete->setEnabled(ready);
}

void ExchangeTab::afterChange(const QString &describe, const QString &now)
{
    if (drafting())
        return setStatus(tr("Added to the draft: %1.").arg(describe));
    Q_EMIT landed(now);
}

void ExchangeTab::save()
{
    if (!m_save->isEnabled())
        return;
    const auto op = operation();
    m_busy = true;
    updateState();
    submit(op, [this, op] {
        if (!drafting()) {
            reload();   // Save stays off until it is read again (load())
            return afterChange(op->describe(), name());
        }
        // Drafted: what the draft holds is the new starting point, so the same Ctrl+S does
        // not draft it twice.
        for (auto it = op->fields().begin(); it != op->fields().end(); ++it) {
            if (it.key() != QLatin1String("resetPassword"))
                m_read.insert(it.key(), it.value().toString());
        }
        m_resetPassword->setChecked(false);
        m_busy = false;
        updateState();
        afterChange(op->describe(), name());
    }, [this, op](const ApiError &error) {
        m_busy = false;
        updateState();
        UiStyle::showRefusal(m_problem, error, op->explainRefusal(error));
    });
}

void ExchangeTab::setPassword()
{
    if (!hasMailbox() || !changePath())
        return;
    // The mailbox the dialog names is the one changed, whatever is shown when it is sent.
    const QString domain = this->domain();
    const QString name = this->name();
    auto *dialog = new ChangePasswordDialog(name, domain, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::submitted, this, [this, dialog, domain, name] {
        QPointer<ChangePasswordDialog> guard(dialog);
        QPointer<ExchangeTab> self(this);
        auto op = std::make_shared<UpdateExchange>(domain, name, ExchangeFields(), dialog->password());
        changePath()(op, [guard, self, op, domain, name](const ApiError &error) {
            if (error.isError()) {
                if (guard)
                    guard->showRefusal(error);   // Exchange's own rules come back here
                return;
            }
            if (guard)
                guard->accept();
            if (self && self->domain() == domain && self->name() == name)
                self->setStatus(self->drafting() ? tr("Added to the draft: %1.").arg(op->describe())
                                                 : tr("The new password of %1@%2 is set.").arg(name, domain));
        });
    });
    dialog->open();
}

void ExchangeTab::deleteMailbox()
{
    if (!hasMailbox() || !changePath())
        return;
    // The mailbox confirmed is the one deleted, whatever is shown when it is sent.
    const QString domain = this->domain();
    const QString name = this->name();
    const QString address = name + QLatin1Char('@') + domain;
    UiStyle::confirmDestructive(window(), QStringLiteral("confirmDeleteExchange"), tr("Delete Exchange Mailbox"),
                                tr("Delete the Exchange mailbox %1?").arg(address),
                                tr("Its messages are deleted at Hostway. This cannot be undone."), tr("Delete %1").arg(address),
                                [self = QPointer<ExchangeTab>(this), domain, name] {
        if (!self)
            return;
        auto op = std::make_shared<DeleteExchange>(domain, name);
        self->changePath()(op, [self, op, domain, name](const ApiError &error) {
            if (!self)
                return;
            if (!error.isError())
                return self->afterChange(op->describe(), QString());   // the list follows
            if (self->domain() == domain && self->name() == name)
                UiStyle::showRefusal(self->m_problem, error, op->explainRefusal(error));
        });
    });
}
