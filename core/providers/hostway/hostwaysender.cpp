#include "core/providers/hostway/hostwaysender.h"

#include "core/drafts/draft.h"
#include "core/net/apijob.h"
#include "core/providers/hostway/exchangeorderoperation.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/mailboxoperations.h"
#include "core/providers/hostway/mailboxsettingchange.h"
#include "core/providers/hostway/migrationreport.h"
#include "core/providers/hostway/orderbook.h"
#include "core/providers/hostway/secretoperations.h"

namespace {

/// The mailbox an operation targets, whatever its kind.
struct Target
{
    QString domain;
    QString name;
};

std::optional<Target> targetOf(const Operation *op)
{
    if (const auto *c = dynamic_cast<const CreateMailbox *>(op))
        return Target{c->domain(), c->name()};
    if (const auto *u = dynamic_cast<const UpdateMailbox *>(op))
        return Target{u->domain(), u->name()};
    if (const auto *d = dynamic_cast<const DeleteMailbox *>(op))
        return Target{d->domain(), d->name()};
    return std::nullopt;
}

/// Current state of a mailbox: exists, quota MB, master.
using MailboxState = std::function<void(const ApiError &, bool exists, int quotaMb, bool master)>;

void fetchMailboxState(HostwayClient *client, const Target &target, QObject *context, MailboxState done)
{
    client->fetchMailbox(target.domain, target.name, context, [done = std::move(done)](const ApiError &error, const Hostway::Mailbox &m) {
        if (error.kind() == ApiError::Kind::NotFound)
            return done(ApiError(), false, 0, false);
        done(error, !error.isError(), m.quotaMb, m.master);
    });
}

/// The state of the setting `change` sets, read by its GET (MailboxSettingChange); returns
/// the job, for cancelling.
ApiJob *fetchSettingState(HostwayClient *client, const MailboxSettingChange &change, QObject *context,
                          std::function<void(const ApiError &, const QJsonValue &)> done)
{
    const MailboxSettingChange *op = &change;
    return client->send(change.stateRequest(client->endpoint()), context, [op, done = std::move(done)](ApiJob *job) {
        QJsonValue state;
        if (job->error().kind() == ApiError::Kind::NotFound && op->stateWhenMissing(&state))
            return done(ApiError(), state);
        if (!job->succeeded())
            return done(job->error(), QJsonValue());
        QString reason;
        if (!op->stateFrom(job->responseBody(), &state, &reason))
            return done(ApiError(ApiError::Kind::Malformed, reason, job->httpStatus()), QJsonValue());
        done(ApiError(), state);
    });
}

/// Notes in the order book that the order `id` was bought (SubmitOrder sent).
void markSubmitted(const QString &id)
{
    const OrderBook book;
    QList<BookedOrder> orders;
    QString why;
    if (!book.load(&orders, &why))
        return qWarning("%s", qPrintable(why));
    for (BookedOrder order : std::as_const(orders)) {
        if (order.id != id)
            continue;
        order.submitted = true;
        order.submittedAt = QDateTime::currentDateTimeUtc();
        if (!book.put(order, &why))
            qWarning("%s", qPrintable(why));
    }
}

} // namespace

/// A domain's list, read once for the conflict checks of an apply.
struct HostwaySender::Listing
{
    bool done = false;
    bool failed = false;   ///< then each mailbox is read by its own GET
    QHash<QString, Hostway::MailboxSummary> byName;   ///< by lower-case username
    QList<std::function<void()>> waiting;              ///< checks asked while it was read
};

HostwaySender::HostwaySender(HostwayClient *client)
    : m_client(client)
{
}

void HostwaySender::stateOf(const QString &domain, const QString &name, bool worthListing, QObject *context,
                            std::function<void(const ApiError &, bool, int, bool)> done)
{
    if (!worthListing)
        return fetchMailboxState(m_client, {domain, name}, context, std::move(done));
    std::shared_ptr<Listing> &slot = m_listings[domain.toLower()];
    const bool start = !slot;
    if (start)
        slot = std::make_shared<Listing>();
    std::shared_ptr<Listing> listing = slot;
    QPointer<QObject> guard(context);
    const auto answer = [this, listing, domain, name, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (listing->failed)
            return fetchMailboxState(m_client, {domain, name}, guard, done);
        const auto it = listing->byName.constFind(name.toLower());
        if (it == listing->byName.constEnd())
            return done(ApiError(), false, 0, false);
        done(ApiError(), true, it->quotaMb, it->master);
    };
    if (listing->done)
        return answer();
    listing->waiting.append(answer);
    if (!start)
        return;
    Hostway::UsernamesQuery query;
    query.pageSize = 400;
    query.details = false;
    m_client->fetchAllUsernames(domain, query, m_client, [listing](const ApiError &error, const QList<Hostway::MailboxSummary> &all) {
        listing->done = true;
        listing->failed = error.isError();
        for (const Hostway::MailboxSummary &m : all)
            listing->byName.insert(m.username.toLower(), m);
        const auto waiting = std::exchange(listing->waiting, {});
        for (const auto &check : waiting)
            check();
    });
}

void HostwaySender::track(ApiJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

void HostwaySender::send(Operation &operation, QObject *context, Sent done)
{
    auto *order = dynamic_cast<OrderExchangeMailbox *>(&operation);
    const auto *purchase = dynamic_cast<const SubmitOrder *>(&operation);
    const QString bought = purchase ? purchase->orderId() : QString();
    const QPointer<QObject> guard(context);
    const Hostway::Endpoint endpoint = m_client->endpoint();
    track(m_client->send(operation.request(endpoint), context, [order, bought, guard, endpoint, done = std::move(done)](ApiJob *job) {
        if (!bought.isEmpty() && job->succeeded())
            markSubmitted(bought);
        if (order && guard && job->succeeded()) {
            // The 202 is all there is of the order: kept in the operation and in the order
            // book at once, so that it is polled, now or after a restart.
            Hostway::PlacedOrder placed;
            QString why;
            if (Hostway::Parser::placedOrder(job->responseHeader(QByteArrayLiteral("Location")), job->responseHeader(QByteArrayLiteral("Set-Cookie")),
                                             job->responseBody(), &placed, &why)) {
                order->setPlaced(placed);
                const QDateTime now = QDateTime::currentDateTimeUtc();
                BookedOrder booked{placed.id, placed.ownerId, endpoint.baseUrl.toString(), endpoint.accountId, order->domain(), order->name(),
                                   now, placed.quote ? QDateTime() : now, QDateTime(), QString(), placed.quote, !placed.quote.has_value()};
                if (!OrderBook().put(booked, &why))
                    qWarning("%s", qPrintable(why));
            } else {
                qWarning("Hostway took the order of %s but %s", qPrintable(order->passwordOwner()), qPrintable(why));
            }
        }
        done(job->error(), job->httpStatus());
    }));
}

void HostwaySender::indexDraft(const Draft &draft)
{
    if (m_indexedDraft == draft.id && !draft.id.isEmpty())
        return;   // the draft does not change during an apply
    m_indexedDraft = draft.id;
    m_firstEntry.clear();
    m_changed.clear();
    m_snapshot.clear();
    for (int i = 0; i < draft.entries.size(); ++i) {
        const QString key = draft.entries.at(i).operation->targetKey();
        if (!m_firstEntry.contains(key))
            m_firstEntry.insert(key, i);
        if (key.startsWith(QLatin1String("mailbox:")))
            ++m_changed[key.mid(8).section(QLatin1Char('/'), 0, 0)];
    }
    for (auto it = draft.snapshots.cbegin(); it != draft.snapshots.cend(); ++it) {
        QHash<QString, SnapshotMailbox> &names = m_snapshot[it.key()];
        for (const SnapshotMailbox &m : it.value().mailboxes) {
            const QString folded = m.username.toCaseFolded();   // as DomainSnapshot::find compares
            if (!names.contains(folded))                        // the first, as it finds
                names.insert(folded, m);
        }
    }
}

void HostwaySender::findConflict(const Draft &draft, int index, QObject *context, Compared done)
{
    const Operation &operation = *draft.entries.at(index).operation;
    if (const auto *setting = dynamic_cast<const MailboxSettingChange *>(&operation)) {
        if (setting->expected().isUndefined())
            return done(ApiError(), QString());
        const QUrl settingUrl = setting->stateRequest(m_client->endpoint()).url;
        for (int i = 0; i < index; ++i) {
            // Changed earlier in this draft: the same setting (read by the same GET: adding
            // and removing forwards), or its mailbox (created, renamed). Another setting of
            // the same mailbox or domain is still compared.
            const Operation &earlier = *draft.entries.at(i).operation;
            const auto *earlierSetting = dynamic_cast<const MailboxSettingChange *>(&earlier);
            if (earlier.targetKey() == operation.targetKey()
                && (!earlierSetting || earlierSetting->stateRequest(m_client->endpoint()).url == settingUrl))
                return done(ApiError(), QString());
        }
        track(fetchSettingState(m_client, *setting, context, [setting, done](const ApiError &error, const QJsonValue &state) {
            done(error, error.isError() ? QString() : setting->conflictWith(state));
        }));
        return;
    }
    const auto target = targetOf(&operation);
    if (!target || !draft.snapshots.contains(target->domain))
        return done(ApiError(), QString());
    indexDraft(draft);
    if (m_firstEntry.value(operation.targetKey(), index) < index)
        return done(ApiError(), QString());   // changed earlier in this draft
    const auto &names = m_snapshot[target->domain];   // the snapshot's own key, as draft.snapshots
    const auto found = names.constFind(target->name.toCaseFolded());
    const SnapshotMailbox *before = found == names.cend() ? nullptr : &*found;
    const bool creating = dynamic_cast<const CreateMailbox *>(&operation) != nullptr;
    if (!creating && !before)
        return done(ApiError(), QString());   // created earlier in this draft: nothing to compare with
    const int expectedQuota = before ? before->quotaMb : 0;
    const bool expectedMaster = before ? before->master : false;
    const QString name = target->name;
    // Reading the domain's list pays when the draft changes more of its mailboxes than the
    // list has pages (of 400).
    const qsizetype pages = draft.snapshots.value(target->domain).mailboxes.size() / 400 + 1;
    const QString domainKey = target->domain.toLower();
    stateOf(target->domain, name, m_changed.value(domainKey) > pages, context, [=](const ApiError &error, bool exists, int quota, bool master) {
        if (error.isError())
            return done(error, QString());
        if (creating && exists)
            return done(error, tr("%1 exists now, though it did not when the draft was made.").arg(name));
        if (!creating && !exists)
            return done(error, tr("%1 was deleted since the draft was made.").arg(name));
        if (!creating && (quota != expectedQuota || master != expectedMaster))
            return done(error, tr("%1 was changed since the draft was made (quota %2 MB, now %3 MB).").arg(name).arg(expectedQuota).arg(quota));
        done(error, QString());
    });
}

void HostwaySender::findApplied(const Operation &operation, const ApiError &refusal, QObject *context, Checked done)
{
    if (dynamic_cast<const ReportMigration *>(&operation)) {
        // Nothing reads a ticket back; sending it again could open a second one.
        return done(ApiError(ApiError::Kind::Setup, tr("Hostway has no way to read a support ticket back: ask its support whether "
                                                         "the report arrived, then skip it or apply it again.")), false);
    }
    if (const auto *purchase = dynamic_cast<const SubmitOrder *>(&operation)) {
        // The order's status says whether the submit arrived: "new" until it did.
        track(m_client->send(Hostway::Requests::order(m_client->endpoint(), purchase->orderId(), purchase->ownerId()), context, [done](ApiJob *job) {
            Hostway::OrderState state;
            QString why;
            if (!job->succeeded())
                return done(job->error(), false);
            if (!Hostway::Parser::orderState(job->responseBody(), &state, &why))
                return done(ApiError(ApiError::Kind::Malformed, why, job->httpStatus()), false);
            done(ApiError(), SubmitOrder::isAppliedIn(state));
        }));
        return;
    }
    if (dynamic_cast<const OrderExchangeMailbox *>(&operation)) {
        // An order cannot be read back before it completes; sending it again could order twice.
        return done(ApiError(ApiError::Kind::Setup, tr("Hostway cannot say whether an order arrived before it completes: look for it in "
                                                         "the orders (mailroomctl order list) or at Hostway, then skip it or apply it again.")), false);
    }
    if (dynamic_cast<const ResetPasswordByAnswers *>(&operation)) {
        // A password cannot be read back: the reset is sent again, and Hostway's refusal of
        // the password as used before says that the earlier send set it.
        return done(ApiError(), mayMeanAlreadyApplied(refusal));
    }
    if (const auto *setting = dynamic_cast<const MailboxSettingChange *>(&operation)) {
        if (!setting->canReadBack())   // sent again, harmless; a password refused as used before landed
            return done(ApiError(), mayMeanAlreadyApplied(refusal));
        track(fetchSettingState(m_client, *setting, context, [setting, done](const ApiError &error, const QJsonValue &state) {
            done(error, !error.isError() && setting->isAppliedIn(state));
        }));
        return;
    }
    auto target = targetOf(&operation);
    if (!target)
        return done(ApiError(), false);
    const Operation *op = &operation;
    const auto *update = dynamic_cast<const UpdateMailbox *>(op);
    if (update && !update->type().isEmpty())
        return done(ApiError(), false);   // the mailbox GET has no type: sent again, which is harmless
    // Hostway refuses a password it already has: the earlier send set it.
    const bool passwordRepeated = mayMeanAlreadyApplied(refusal);
    const auto check = [=](const ApiError &error, bool exists, int quota, bool master) {
        if (error.isError())
            return done(error, false);
        if (dynamic_cast<const CreateMailbox *>(op))
            return done(ApiError(), exists);
        if (dynamic_cast<const DeleteMailbox *>(op))
            return done(ApiError(), !exists);
        // A password cannot be read back: such an update is sent again, and its refusal as a
        // repeated password is what says the earlier send set it.
        const bool fieldsMatch = exists && (!update->quotaMb() || *update->quotaMb() == quota)
                                 && (!update->master() || *update->master() == master);
        done(ApiError(), fieldsMatch && (!update->setsPassword() || passwordRepeated));
    };
    if (!update || update->rename().isEmpty())
        return fetchMailboxState(m_client, *target, context, check);
    // A rename landed when the old name is gone and the new one holds the mailbox (a mailbox
    // that had the new name already makes Hostway refuse the rename: the old one stays).
    fetchMailboxState(m_client, *target, context, [=](const ApiError &error, bool oldExists, int, bool) {
        if (error.isError() || oldExists)
            return done(error, false);
        fetchMailboxState(m_client, {target->domain, update->rename()}, context, check);
    });
}

bool HostwaySender::mayMeanAlreadyApplied(const ApiError &error) const
{
    // "password" for the mailbox PUT; the reset action's field may come as
    // "actionData.password" (the seed shows no such refusal).
    if (error.httpStatus() != 400)
        return false;
    const auto &fields = error.fieldMessages();
    return std::any_of(fields.cbegin(), fields.cend(), [](const ApiError::FieldMessage &f) {
        return f.field.endsWith(QLatin1String("password"), Qt::CaseInsensitive)
            && f.message.contains(QLatin1String("more than once"), Qt::CaseInsensitive);
    });
}

void HostwaySender::cancelAll()
{
    const auto jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

bool HostwaySender::canReadBack(const Operation &operation) const
{
    if (dynamic_cast<const OrderExchangeMailbox *>(&operation))
        return false;
    if (dynamic_cast<const SubmitOrder *>(&operation))
        return true;
    if (const auto *setting = dynamic_cast<const MailboxSettingChange *>(&operation))
        return setting->canReadBack();
    const auto *update = dynamic_cast<const UpdateMailbox *>(&operation);
    return targetOf(&operation) && !(update && (update->setsPassword() || !update->type().isEmpty()));
}
