#include "ui/hostway/exchangedialog.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "ui/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

/// The fields in the order of the form, with their labels.
struct FieldRow
{
    const char *key;
    const char *label;
};

constexpr FieldRow kRows[] = {
    {"displayName", QT_TRANSLATE_NOOP("ExchangeDialog", "&Display name:")},
    {"firstName", QT_TRANSLATE_NOOP("ExchangeDialog", "&First name:")},
    {"lastName", QT_TRANSLATE_NOOP("ExchangeDialog", "&Last name:")},
    {"title", QT_TRANSLATE_NOOP("ExchangeDialog", "&Title:")},
    {"company", QT_TRANSLATE_NOOP("ExchangeDialog", "&Company:")},
    {"department", QT_TRANSLATE_NOOP("ExchangeDialog", "Dep&artment:")},
    {"street", QT_TRANSLATE_NOOP("ExchangeDialog", "St&reet:")},
    {"city", QT_TRANSLATE_NOOP("ExchangeDialog", "C&ity:")},
    {"state", QT_TRANSLATE_NOOP("ExchangeDialog", "State or pro&vince:")},
    {"postalCode", QT_TRANSLATE_NOOP("ExchangeDialog", "&Postal code:")},
    {"country", QT_TRANSLATE_NOOP("ExchangeDialog", "Co&untry:")},
    {"mobilePhone", QT_TRANSLATE_NOOP("ExchangeDialog", "&Mobile phone:")},
    {"homePhone", QT_TRANSLATE_NOOP("ExchangeDialog", "&Home phone:")},
    {"fax", QT_TRANSLATE_NOOP("ExchangeDialog", "Fa&x:")},
};

} // namespace

ExchangeDialog::ExchangeDialog(const QString &domain, const QString &name, const Hostway::ExchangeMailbox &shown, QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_name(name)
    , m_type(new QComboBox(this))
    , m_resetPassword(new QCheckBox(tr("Ask for a new password at the next logo&n"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Exchange Details of %1@%2").arg(name, domain));
    for (const auto &[key, value] : shown.otherFields)
        m_read.insert(key, value);
    m_read.insert(QStringLiteral("displayName"), shown.displayName);
    m_read.insert(QStringLiteral("type"), shown.type);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto &limits = Hostway::ExchangeRules::textFields();
    for (const FieldRow &row : kRows) {
        const QString key = QLatin1String(row.key);
        auto *edit = new QLineEdit(m_read.value(key), this);
        edit->setObjectName(QStringLiteral("exchange_") + key);
        const auto limit = std::find_if(limits.cbegin(), limits.cend(), [&key](const auto &f) { return f.first == key; });
        // The documented length: more cannot be typed (a longer value read stays whole, and
        // its problem is said if it is changed).
        if (limit != limits.cend() && edit->text().size() <= limit->second)
            edit->setMaxLength(limit->second);
        form->addRow(tr(row.label), edit);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::textChanged, this, &ExchangeDialog::check);
    }
    m_type->setObjectName(QStringLiteral("exchangeType"));
    m_type->addItem(tr("Standard"), QStringLiteral("standard"));
    m_type->addItem(tr("Premium"), QStringLiteral("premium"));
    m_type->setCurrentIndex(std::max(0, m_type->findData(shown.type)));
    form->insertRow(1, tr("T&ype:"), m_type);
    auto *resource = new QLabel(tr("%1 (chosen at creation; Hostway does not change it)").arg(shown.resourceType), this);
    resource->setWordWrap(true);
    form->insertRow(2, tr("Resource:"), resource);
    m_resetPassword->setObjectName(QStringLiteral("exchangeResetPassword"));
    m_problem->setObjectName(QStringLiteral("exchangeProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    UiStyle::setError(m_problem, true);
    m_problem->hide();

    auto *host = new QWidget(this);
    host->setLayout(form);
    auto *scroll = new QScrollArea(this);   // fourteen fields: a 700 px screen scrolls them
    scroll->setWidget(host);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Ok);
    m_save->setText(tr("&Save"));
    m_save->setObjectName(QStringLiteral("exchangeSave"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_resetPassword);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ExchangeDialog::check);
    connect(m_resetPassword, &QCheckBox::toggled, this, &ExchangeDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_save->isEnabled())
            return;
        m_busy = true;
        m_save->setEnabled(false);
        Q_EMIT submitted();
    });
    check();
    resize(520, 560);
}

ExchangeDialog::~ExchangeDialog() = default;

std::shared_ptr<UpdateExchange> ExchangeDialog::operation() const
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
    auto op = std::make_shared<UpdateExchange>(m_domain, m_name, fields);
    op->setExpected(expected);
    return op;
}

void ExchangeDialog::check()
{
    const auto op = operation();
    const bool changed = !op->fields().isEmpty();
    QStringList problems;
    if (changed) {
        for (const ValidationProblem &p : op->validate())
            problems.append(p.message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_save->setEnabled(changed && problems.isEmpty() && !m_busy);
}

void ExchangeDialog::showRefusal(const ApiError &error)
{
    m_busy = false;
    check();
    UiStyle::showRefusal(m_problem, error, operation()->explainRefusal(error));
}
