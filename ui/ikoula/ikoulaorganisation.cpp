#include "ui/ikoula/ikoulaorganisation.h"

#include "core/operations/ikoulaoperation.h"
#include "core/providers/ikoula/ikoulaclient.h"

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

void IkoulaOrganisation::send(QList<IkoulaCall> calls, QObject *context, std::function<void(const ApiError &, const QJsonObject &)> done,
                              const Ikoula::Bal *before)
{
    if (isDrafting()) {
        QList<std::shared_ptr<Operation>> operations;
        for (const IkoulaCall &call : std::as_const(calls)) {
            const bool generate = std::any_of(call.parameters.cbegin(), call.parameters.cend(), [](const QPair<QString, QString> &p) {
                return p.first == QLatin1String("password_bal") && p.second.isEmpty();
            });
            auto op = std::make_shared<IkoulaOperation>(call, m_subscriptionId, m_organisationId,
                                                        generate ? PasswordSource::Generate : PasswordSource::Provided);
            if (before)
                op->setExpected(IkoulaCalls::stateOf(call.action, *before));
            operations.append(op);
        }
        QPointer<QObject> guard(context);
        m_draftHook.add(operations, [guard, done](const ApiError &error) {
            if (guard)
                done(error, {});
        });
        return;
    }
    if (!m_client || m_busy) {
        done(ApiError(ApiError::Kind::Setup, tr("another change is still being sent")), {});
        return;
    }
    if (calls.isEmpty()) {
        done(ApiError(), {});
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged(true);
    sendNext(std::move(calls), context, std::move(done));
}

void IkoulaOrganisation::sendNext(QList<IkoulaCall> calls, QPointer<QObject> context,
                                  std::function<void(const ApiError &, const QJsonObject &)> done)
{
    const IkoulaCall call = calls.takeFirst();
    m_client->send(call, this, [this, calls, context, done](const ApiError &error, const QJsonObject &answer) {
        if (error.isError() || calls.isEmpty()) {
            m_busy = false;
            Q_EMIT busyChanged(false);
            reload();   // what went through before a refusal is shown too
            if (context)
                done(error, answer);
            return;
        }
        sendNext(calls, context, done);
    });
}
