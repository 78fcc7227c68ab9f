#include "ui/hostway/orderexchangedialog.h"

#include "core/net/apierror.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "core/providers/hostway/hostwayrules.h"
#include "ui/passwordeditor.h"
#include "ui/uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OrderExchangeDialog::OrderExchangeDialog(const QString &domain, QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new PasswordEditor(Hostway::Rules::passwordPolicy(), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("orderExchangeDialog"));
    setWindowTitle(tr("Order Exchange Mailbox on %1").arg(domain));
    m_name->setObjectName(QStringLiteral("orderName"));
    m_name->setPlaceholderText(tr("e.g. john.smith"));
    m_displayName->setObjectName(QStringLiteral("orderDisplayName"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Order"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("orderButton"));
    m_error->setObjectName(QStringLiteral("orderError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    UiStyle::setError(m_error);
    m_error->hide();

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(new QLabel(QLatin1Char('@') + domain, this));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), nameRow);
    qobject_cast<QLabel *>(form->labelForField(nameRow))->setBuddy(m_name);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    qobject_cast<QLabel *>(form->labelForField(m_password))->setBuddy(m_password->lineEdit());
    const QList<QPair<QString, QString>> optional{{QStringLiteral("name.company"), tr("&Company:")},
                                                  {QStringLiteral("name.department"), tr("Depar&tment:")},
                                                  {QStringLiteral("name.title"), tr("&Job title:")},
                                                  {QStringLiteral("phones.businessPhone"), tr("&Business phone:")},
                                                  {QStringLiteral("phones.mobile"), tr("&Mobile phone:")},
                                                  {QStringLiteral("address.city"), tr("C&ity:")}};
    for (const auto &[key, label] : optional) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("order_") + key);
        form->addRow(label, edit);
        m_optional.append({key, edit});
    }
    auto *note = new QLabel(tr("Hostway creates the mailbox when the order completes; the Exchange orders tab follows it. A paid product "
                               "shows its price first and is bought only when you confirm."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &OrderExchangeDialog::updateState);
    connect(m_displayName, &QLineEdit::textChanged, this, &OrderExchangeDialog::updateState);
    connect(m_password, &PasswordEditor::changed, this, &OrderExchangeDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        m_pending = true;   // until the answer: an order is never placed twice
        updateState();
        Q_EMIT submitted();
    });
    updateState();
}

QString OrderExchangeDialog::name() const
{
    return m_name->text().trimmed();
}

QString OrderExchangeDialog::password() const
{
    return m_password->password();
}

QJsonObject OrderExchangeDialog::fields() const
{
    QJsonObject fields{{QStringLiteral("name.name"), m_displayName->text().trimmed()}};
    for (const auto &[key, edit] : m_optional) {
        if (!edit->text().trimmed().isEmpty())
            fields.insert(key, edit->text().trimmed());
    }
    return fields;
}

void OrderExchangeDialog::updateState()
{
    m_password->setContext(name(), m_domain);
    const bool ready = !name().isEmpty() && Hostway::ExchangeRules::nameProblem(name()).isEmpty()
                       && !m_displayName->text().trimmed().isEmpty() && m_password->isAcceptable()
                       && !m_password->password().isEmpty() && m_password->password().at(0).isLetter();   // an Exchange password starts with one
    QPushButton *order = m_buttons->button(QDialogButtonBox::Ok);
    order->setEnabled(ready && !m_pending);
    order->setDefault(true);
}

void OrderExchangeDialog::showRefusal(const ApiError &error, const QStringList &words)
{
    // No answer: the order may have been placed. Ordering again could order twice.
    if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout) {
        m_error->setText(tr("Hostway did not answer, so whether the order was placed is unknown: look for %1@%2 in the "
                            "Exchange orders tab and at Hostway before ordering again.").arg(name(), m_domain));
        m_error->show();
        return;   // Order stays off
    }
    m_pending = false;
    QStringList lines = words;
    for (const ApiError::FieldMessage &f : error.fieldMessages()) {
        if (f.field.endsWith(QLatin1String("password")))
            m_password->setServerError(f.message);
        else if (words.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(f.field, f.message));
    }
    if (lines.isEmpty())
        lines.append(error.kind() == ApiError::Kind::Conflict ? tr("A mailbox with this name exists already, or is ordered.")
                                                              : error.message());
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
    updateState();
}
