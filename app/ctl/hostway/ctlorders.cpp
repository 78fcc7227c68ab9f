#include "app/ctl/hostway/ctlorders.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/exchangeorderoperation.h"
#include "core/providers/hostway/hostwayclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using Hostway::OrderProgress;

namespace {

QJsonObject jsonOf(const BookedOrder &o)
{
    QJsonObject json{{QStringLiteral("order"), o.id}, {QStringLiteral("mailbox"), QString(o.name + QLatin1Char('@') + o.domain)},
                     {QStringLiteral("status"), o.status}, {QStringLiteral("placedAt"), o.placedAt.toString(Qt::ISODate)},
                     {QStringLiteral("submitted"), o.submitted}};
    if (o.quote)
        json.insert(QStringLiteral("quote"), QJsonObject{{QStringLiteral("total"), o.quote->total}, {QStringLiteral("subtotal"), o.quote->subtotal},
                                                         {QStringLiteral("deferredTotal"), o.quote->deferredTotal}});
    return json;
}

QString quoteText(const Hostway::OrderQuote &quote)
{
    return QStringLiteral("total %1 (subtotal %2, deferred %3)").arg(quote.total, quote.subtotal, quote.deferredTotal);
}

} // namespace

CtlOrders::CtlOrders(CtlOptions options, QObject *parent)
    : CtlHostwayCommand(std::move(options), parent)
{
}

bool CtlOrders::needsPassword() const
{
    return m_options.verb != QLatin1String("list") && CtlHostwayCommand::needsPassword();
}

void CtlOrders::run()
{
    m_waited.start();
    const QString &verb = m_options.verb;
    if (verb == QLatin1String("exchange-mailbox"))
        return place();
    if (verb == QLatin1String("list"))
        return list();
    const auto order = bookedOrder();
    if (!order)
        return;
    if (verb == QLatin1String("submit"))
        return submit(*order);
    poll(*order, 1);
}

std::optional<BookedOrder> CtlOrders::bookedOrder()
{
    QList<BookedOrder> orders;
    QString error;
    if (!m_book.load(&orders, &error)) {
        CtlOutput::err(error);
        finish(Refused);
        return std::nullopt;
    }
    const QString id = m_options.value("order");
    for (const BookedOrder &o : std::as_const(orders)) {
        // Its own account at its own server: an OwnerId goes nowhere else.
        if (o.id == id && o.placedBy(m_client->endpoint().baseUrl, m_client->endpoint().accountId))
            return o;
    }
    usage(QStringLiteral("no order %1 of this account was placed from this computer (see order list)").arg(id));
    return std::nullopt;
}

void CtlOrders::place()
{
    QJsonObject fields{{QStringLiteral("name.name"), m_options.value("display-name")}};
    for (const QString &argument : std::as_const(m_options.arguments)) {
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        const QString key = argument.left(std::max<qsizetype>(eq, 0));
        if (eq <= 0 || !OrderExchangeMailbox::fieldKeys().contains(key))
            return usage(QStringLiteral("\"%1\" is not FIELD=VALUE of an order (fields: %2)").arg(argument, OrderExchangeMailbox::fieldKeys().join(QStringLiteral(", "))));
        bool number = false;
        const int value = argument.mid(eq + 1).toInt(&number);
        if (key == QLatin1String("admin") || key == QLatin1String("recipientLimit"))
            fields.insert(key, number ? QJsonValue(value) : QJsonValue(argument.mid(eq + 1)));   // validate() says what is wrong
        else
            fields.insert(key, argument.mid(eq + 1));
    }
    const QString password = m_options.passwordStdin ? CtlAccount::readSecretLine() : QString();
    if (m_options.passwordStdin && password.isEmpty())
        return usage(QStringLiteral("--password-stdin read no password"));
    auto op = std::make_shared<OrderExchangeMailbox>(m_options.domain, m_options.name, fields,
                                                     m_options.generatePassword ? PasswordSource::Generate : PasswordSource::Provided, password);
    const OrderExchangeMailbox *raw = op.get();
    if (!m_options.draftFile.isEmpty())
        return submitChange(op);   // drafted: the order is placed when the draft is applied
    submitChange(op, [raw](const ApiError &error) { return withUnknownPassword({}, *raw, error); }, [this, raw] {
        if (raw->generatesPassword())
            CtlOutput::out(QStringLiteral("password of %1: %2\n").arg(raw->passwordOwner(), raw->secret(QStringLiteral("password"))).toUtf8());
        if (!raw->placed()) {
            CtlOutput::err(QStringLiteral("Hostway took the order but its answer names no order to follow: check at Hostway"));
            return finish(Refused);
        }
        const Hostway::PlacedOrder &placed = *raw->placed();
        CtlOutput::out(QStringLiteral("ordered %1: order %2\n").arg(raw->passwordOwner(), placed.id).toUtf8());
        if (placed.quote) {
            CtlOutput::out(QStringLiteral("a paid product: %1; nothing is ordered until you confirm: order submit --order %2 --yes\n")
                               .arg(quoteText(*placed.quote), placed.id).toUtf8());
            return finish(Done);
        }
        if (!m_options.flag("wait"))
            return finish(Done);
        BookedOrder booked{placed.id, placed.ownerId, m_client->endpoint().baseUrl.toString(), m_client->endpoint().accountId,
                           raw->domain(), raw->name(), QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(), {}, {}, {}, true};
        poll(booked, 1);
    }, true);
}

void CtlOrders::list()
{
    QList<BookedOrder> orders;
    QString error;
    if (!m_book.load(&orders, &error)) {
        CtlOutput::err(error);
        return finish(Refused);
    }
    const Hostway::Endpoint &endpoint = m_client->endpoint();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray array;
    QList<QStringList> rows{{QStringLiteral("order"), QStringLiteral("mailbox"), QStringLiteral("status"), QStringLiteral("age"),
                             QStringLiteral("last read")}};
    for (const BookedOrder &o : std::as_const(orders)) {
        if (!o.placedBy(endpoint.baseUrl, endpoint.accountId))
            continue;
        array.append(jsonOf(o));
        const QString status = !o.submitted ? QStringLiteral("quote waiting for order submit") : o.status.isEmpty() ? QStringLiteral("not read yet") : o.status;
        rows.append({o.id, o.name + QLatin1Char('@') + o.domain, status, QStringLiteral("%1 min").arg(o.placedAt.secsTo(now) / 60),
                     o.checkedAt.isValid() ? o.checkedAt.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-")});
    }
    CtlOutput::out(m_options.format == CtlOptions::Format::Json ? QJsonDocument(array).toJson(QJsonDocument::Indented) : CtlOutput::table(rows));
    finish(Done);
}

void CtlOrders::submit(const BookedOrder &order)
{
    if (order.submitted)
        return usage(QStringLiteral("order %1 is submitted already").arg(order.id));
    if (!m_options.yes)
        return usage(QStringLiteral("order submit buys %1: confirm with --yes").arg(order.quote ? quoteText(*order.quote) : QStringLiteral("the product")));
    // Through the change path: audited, and drafted with --draft like any change.
    auto op = std::make_shared<SubmitOrder>(order.id, order.ownerId, order.domain, order.name, order.quote ? order.quote->total : QString());
    if (!m_options.draftFile.isEmpty())
        return submitChange(op);
    submitChange(op, {}, [this, order] {
        BookedOrder submitted = order;
        submitted.submitted = true;
        submitted.submittedAt = QDateTime::currentDateTimeUtc();
        CtlOutput::out(QStringLiteral("submitted order %1 (%2@%3)\n").arg(order.id, order.name, order.domain).toUtf8());
        if (!m_options.flag("wait"))
            return finish(Done);
        poll(submitted, 1);
    }, true);
}

void CtlOrders::poll(BookedOrder order, int pauseSeconds)
{
    m_client->send(Hostway::Requests::order(m_client->endpoint(), order.id, order.ownerId), this, [this, order, pauseSeconds](ApiJob *job) mutable {
        if (!job->succeeded())
            return fail(job->error(), QStringLiteral("not found (HTTP 404): Hostway has no such order"));
        Hostway::OrderState state;
        QString error;
        if (!Hostway::Parser::orderState(job->responseBody(), &state, &error))
            return fail(ApiError(ApiError::Kind::Malformed, error, job->httpStatus()), QString());
        order.status = state.status;
        order.checkedAt = QDateTime::currentDateTimeUtc();
        if (!m_book.put(order, &error))
            CtlOutput::err(error);
        const OrderProgress progress = state.progress();
        // A quote not confirmed stays "new" until `order submit`: nothing to wait for.
        const bool waiting = m_options.flag("wait") && order.submitted && (progress == OrderProgress::Processing || progress == OrderProgress::New);
        const qint64 limitMs = qint64(m_options.value("wait-limit").isEmpty() ? 900 : m_options.value("wait-limit").toInt()) * 1000;
        if (!waiting || m_waited.elapsed() >= limitMs)
            return report(order);
        QTimer::singleShot(pauseSeconds * 1000, this, [this, order, pauseSeconds] { poll(order, std::min(pauseSeconds * 2, 30)); });
    });
}

void CtlOrders::report(const BookedOrder &order)
{
    const OrderProgress progress = order.progress();
    if (m_options.format == CtlOptions::Format::Json)
        CtlOutput::out(QJsonDocument(jsonOf(order)).toJson(QJsonDocument::Indented));
    else
        CtlOutput::out(QStringLiteral("order %1 (%2@%3): %4\n").arg(order.id, order.name, order.domain, order.status).toUtf8());
    if (progress == OrderProgress::Completed)
        return finish(Done);
    if (!order.submitted) {
        CtlOutput::err(QStringLiteral("a quote waiting for its confirmation: order submit --order %1 --yes buys it").arg(order.id));
        return finish(Done);
    }
    if (progress == OrderProgress::Unknown)
        CtlOutput::err(QStringLiteral("Hostway documents no status \"%1\": the order needs attention; ask Hostway").arg(order.status));
    else if (m_options.flag("wait"))
        CtlOutput::err(QStringLiteral("not completed after %1 s: the order needs attention; check again with order show --order %2")
                           .arg(m_waited.elapsed() / 1000).arg(order.id));
    else
        return finish(Done);   // still on its way, as asked: no wait
    finish(Refused);
}
