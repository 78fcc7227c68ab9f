#include "core/providers/hostway/exchangeorderoperation.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/exchangeoperations.h"
#include "core/providers/hostway/hostwayrules.h"

#include <QJsonDocument>

namespace {
const QString kPassword = QStringLiteral("password");
const QString kFields = QStringLiteral("fields");
const QString kDisplayName = QStringLiteral("name.name");
/// The whole numbers of the example; the rest is text.
const QStringList kNumbers{QStringLiteral("admin"), QStringLiteral("recipientLimit")};
} // namespace

OrderExchangeMailbox::OrderExchangeMailbox(QString domain, QString name, QJsonObject fields, PasswordSource source, QString password)
    : m_domain(std::move(domain))
    , m_name(std::move(name))
    , m_fields(std::move(fields))
    , m_source(source)
    , m_password(std::move(password))
{
}

const QStringList &OrderExchangeMailbox::fieldKeys()
{
    static const QStringList keys{
        QStringLiteral("admin"), QStringLiteral("notes"), QStringLiteral("recipientLimit"), QStringLiteral("deliverRedirect"),
        QStringLiteral("forwardTo"), QStringLiteral("name.name"), QStringLiteral("name.company"), QStringLiteral("name.department"),
        QStringLiteral("name.title"), QStringLiteral("address.address"), QStringLiteral("address.city"), QStringLiteral("address.state"),
        QStringLiteral("address.zip"), QStringLiteral("address.country"), QStringLiteral("phones.businessPhone"),
        QStringLiteral("phones.homePhone"), QStringLiteral("phones.fax"), QStringLiteral("phones.mobile")};
    return keys;
}

QList<ValidationProblem> OrderExchangeMailbox::validate() const
{
    QList<ValidationProblem> problems;
    if (m_domain.trimmed().isEmpty())
        problems.append({QStringLiteral("domain"), QCoreApplication::translate("Operation", "Choose a domain.")});
    if (const QString problem = Hostway::ExchangeRules::nameProblem(m_name); !problem.isEmpty())
        problems.append({QStringLiteral("name"), problem});
    if (m_fields.value(kDisplayName).toString().trimmed().isEmpty())
        problems.append({kDisplayName, tr("Enter the display name of the mailbox's owner.")});
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (!fieldKeys().contains(it.key()))
            problems.append({it.key(), tr("%1 is not a field of an Exchange order.").arg(it.key())});
        else if (kNumbers.contains(it.key()) ? !it.value().isDouble() || it.value().toDouble() < 0 : !it.value().isString())
            problems.append({it.key(), kNumbers.contains(it.key()) ? tr("%1 is a whole number, 0 or more.").arg(it.key())
                                                                   : tr("%1 is text.").arg(it.key())});
    }
    if (m_source == PasswordSource::Provided && !(m_passwordElsewhere && m_password.isEmpty())) {
        if (m_password.isEmpty())
            problems.append({kPassword, tr("Enter a password, or let Mailroom generate one.")});
        problems += Hostway::ExchangeRules::newPasswordProblems(m_password, m_name, m_domain);
    }
    return problems;
}

QString OrderExchangeMailbox::describe() const
{
    return tr("Order the Exchange mailbox %1@%2 (%3); Hostway creates it when the order completes")
        .arg(m_name, m_domain, m_fields.value(kDisplayName).toString());
}

HttpRequest OrderExchangeMailbox::request(const Hostway::Endpoint &endpoint) const
{
    QJsonObject body{{QStringLiteral("owner"), QJsonObject{{QStringLiteral("username"), m_name}, {kPassword, m_password}}}};
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString group = it.key().section(QLatin1Char('.'), 0, 0);
        if (!it.key().contains(QLatin1Char('.'))) {
            body.insert(it.key(), it.value());
            continue;
        }
        QJsonObject nested = body.value(group).toObject();
        nested.insert(it.key().section(QLatin1Char('.'), 1), it.value());
        body.insert(group, nested);
    }
    HttpRequest request;
    request.method = "POST";
    request.url = appendPath(endpoint.baseUrl, QStringLiteral("accounts/%1/exchange/%2/mailboxes")
                                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(endpoint.accountId)),
                                                        QString::fromLatin1(QUrl::toPercentEncoding(m_domain))));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=UTF-8")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QJsonObject OrderExchangeMailbox::toJson() const
{
    return {{QStringLiteral("kind"), kind()}, {QStringLiteral("domain"), m_domain}, {QStringLiteral("name"), m_name},
            {kFields, m_fields},
            {kPassword, m_source == PasswordSource::Generate ? QStringLiteral("generate") : QStringLiteral("provided")}};
}

QString OrderExchangeMailbox::targetKey() const
{
    return QStringLiteral("mailbox:%1/%2").arg(m_domain.toLower(), m_name.toLower());
}

OperationTarget OrderExchangeMailbox::target() const
{
    return OperationTarget::mailbox(m_name, m_domain);
}

void OrderExchangeMailbox::prepare()
{
    if (m_source != PasswordSource::Generate || !m_password.isEmpty())
        return;
    m_password = Hostway::ExchangeRules::generatePassword(m_name, m_domain);
}

std::unique_ptr<OrderExchangeMailbox> OrderExchangeMailbox::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    const QString domain = json.text(QStringLiteral("domain"));
    const QString name = json.text(QStringLiteral("name"));
    const QJsonObject fields = json.object(kFields);
    const QString source = json.choice(kPassword, {QStringLiteral("generate"), QStringLiteral("provided")});
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    auto op = std::make_unique<OrderExchangeMailbox>(domain, name, fields,
                                                     source == QLatin1String("generate") ? PasswordSource::Generate : PasswordSource::Provided);
    op->m_passwordElsewhere = op->m_source == PasswordSource::Provided;
    return op;
}

SubmitOrder::SubmitOrder(QString id, QString ownerId, QString domain, QString name, QString total)
    : m_id(std::move(id))
    , m_ownerId(std::move(ownerId))
    , m_domain(std::move(domain))
    , m_name(std::move(name))
    , m_total(std::move(total))
{
}

OperationTarget SubmitOrder::target() const
{
    return {OperationTarget::Kind::Order, m_id.toLower()};
}

QList<ValidationProblem> SubmitOrder::validate() const
{
    QList<ValidationProblem> problems;
    if (m_id.trimmed().isEmpty() || m_id.contains(QLatin1Char('/')))
        problems.append({QStringLiteral("order"), tr("Choose the order to buy.")});
    if (m_ownerId.trimmed().isEmpty())
        problems.append({QStringLiteral("ownerId"), tr("The order's OwnerId is missing: only the computer that placed it can buy it.")});
    return problems;
}

QString SubmitOrder::describe() const
{
    return tr("Buy the Exchange mailbox %1@%2 for %3 (order %4)").arg(m_name, m_domain, m_total.isEmpty() ? tr("the quoted price") : m_total, m_id);
}

HttpRequest SubmitOrder::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::submitOrder(endpoint, m_id, m_ownerId);
}

QJsonObject SubmitOrder::toJson() const
{
    return {{QStringLiteral("kind"), kind()}, {QStringLiteral("order"), m_id}, {QStringLiteral("ownerId"), m_ownerId},
            {QStringLiteral("domain"), m_domain}, {QStringLiteral("name"), m_name}, {QStringLiteral("total"), m_total}};
}

bool SubmitOrder::isAppliedIn(const Hostway::OrderState &state)
{
    return state.progress() == Hostway::OrderProgress::Processing || state.progress() == Hostway::OrderProgress::Completed;
}

std::unique_ptr<SubmitOrder> SubmitOrder::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    const QString id = json.text(QStringLiteral("order"));
    const QString ownerId = json.text(QStringLiteral("ownerId"));
    const QString domain = json.text(QStringLiteral("domain"));
    const QString name = json.text(QStringLiteral("name"));
    const QString total = json.text(QStringLiteral("total"), false);
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return std::make_unique<SubmitOrder>(id, ownerId, domain, name, total);
}
