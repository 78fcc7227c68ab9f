#include "ui/ikoula/ikoulaorganisation.h"

#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaoperation.h"

IkoulaOrganisation::IkoulaOrganisation(QObject *parent)
    : QObject(parent)
{
}

void IkoulaOrganisation::setSource(IkoulaClient *client, const QString &subscriptionId, const QString &organisationId)
{
    if (client == m_client && subscriptionId == m_subscriptionId && organisationId == m_organisationId && client)
        return;
    ++m_generation;
    m_client = client;
    m_subscriptionId = subscriptionId;
    m_organisationId = organisationId;
    m_schema = {};
    m_schema.organisationId = organisationId;
    if (client)
        reload();
    else
        Q_EMIT loaded();
}

void IkoulaOrganisation::reload()
{
    if (!m_client)
        return;
    const int generation = ++m_generation;
    Q_EMIT loading();
    m_client->fetchSchema(m_subscriptionId, m_organisationId, this,
                          [this, generation](const ApiError &error, const Ikoula::OrganisationSchema &schema) {
                              if (generation != m_generation)
                                  return;
                              if (error.isError())
                                  return Q_EMIT failed(error.message());
                              m_schema = schema;
                              Q_EMIT loaded();
                          });
}

void IkoulaOrganisation::setDraftMarks(QHash<QString, SimpleTableModel::DraftMark> marks)
{
    if (marks.isEmpty() && m_draftMarks.isEmpty())
        return;
    m_draftMarks = std::move(marks);
    Q_EMIT draftMarksChanged();
}

QString IkoulaOrganisation::outcome(const QString &sent) const
{
    return isDrafting() ? tr("Added to the draft: nothing is sent until it is applied (Draft pane).") : sent;
}

QString IkoulaOrganisation::outcomeOfMany(int count, const QString &sent) const
{
    return isDrafting() ? tr("Added %n change(s) to the draft: nothing is sent until it is applied (Draft pane).", nullptr, count) : sent;
}

QList<std::shared_ptr<Operation>> IkoulaOrganisation::operationsOf(const QList<IkoulaCall> &calls, const Ikoula::Bal *before) const
{
    QList<std::shared_ptr<Operation>> operations;
    for (const IkoulaCall &call : calls) {
        const bool generate = std::any_of(call.parameters.cbegin(), call.parameters.cend(), [](const QPair<QString, QString> &p) {
            return p.first == QLatin1String("password_bal") && p.second.isEmpty();
        });
        auto op = std::make_shared<IkoulaOperation>(call, m_subscriptionId, m_organisationId,
                                                    generate ? PasswordSource::Generate : PasswordSource::Provided);
        if (before)
            op->setExpected(IkoulaCalls::stateOf(call.action, *before));
        operations.append(op);
    }
    return operations;
}

void IkoulaOrganisation::sendMany(QList<IkoulaCall> calls, const QString &title, QObject *context,
                                  std::function<void(const ApiError &, int)> done)
{
    QList<std::shared_ptr<Operation>> operations = operationsOf(calls, nullptr);
    QPointer<QObject> guard(context);
    if (isDrafting()) {
        m_changes.submit(operations, this, [guard, done = std::move(done)](const ChangeOutcome &outcome) {
            if (guard)
                done(outcome.ok() ? ApiError() : outcome.error, 0);
        });
        return;
    }
    if (!m_changes.sendBatch || !m_client || m_busy) {
        done(ApiError(ApiError::Kind::Setup, m_busy ? tr("another change is still being sent")
                                                    : tr("not signed in to Ikoula yet: select the account again")), 0);
        return;
    }
    m_busy = true;   // as send(): the pages wait for the batch
    Q_EMIT busyChanged(true);
    m_changes.sendBatch(std::move(operations), title, [this, guard, done = std::move(done)](int accepted) {
        m_busy = false;
        Q_EMIT busyChanged(false);
        reload();
        if (guard)
            done(ApiError(), accepted);
    });
}

void IkoulaOrganisation::send(QList<IkoulaCall> calls, QObject *context, Sent done, const Ikoula::Bal *before)
{
    QList<std::shared_ptr<Operation>> operations = operationsOf(calls, before);
    const bool drafting = isDrafting();
    if (!m_changes.isSet() || (!drafting && (!m_client || m_busy))) {
        done(ApiError(ApiError::Kind::Setup, tr("another change is still being sent")), operations);
        return;
    }
    if (operations.isEmpty()) {
        done(ApiError(), operations);
        return;
    }
    if (!drafting) {
        m_busy = true;
        Q_EMIT busyChanged(true);
    }
    QPointer<QObject> guard(context);
    m_changes.submit(operations, this, [this, guard, drafting, operations, done = std::move(done)](const ChangeOutcome &outcome) {
        if (!drafting) {
            m_busy = false;
            Q_EMIT busyChanged(false);
            reload();   // what went through before a refusal is shown too
        }
        if (guard)
            done(outcome.ok() ? ApiError() : outcome.error, operations);
    });
}
