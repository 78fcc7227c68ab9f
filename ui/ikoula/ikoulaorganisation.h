#pragma once

#include "core/net/apierror.h"
#include "core/providers/ikoula/ikoulacalls.h"
#include "core/providers/ikoula/ikoulatypes.h"

#include "core/providers/ikoula/ikoulaclient.h"
#include "models/simpletablemodel.h"
#include "ui/changehook.h"

#include <QObject>
#include <QPointer>

/// The Ikoula organisation the pages show: loads its schema (wsexch/schema-subscr) and
/// sends changes, one call after the other, then reloads. Shared by the mailbox, list and
/// contact pages so they show one state. Never blocks: results arrive as signals.
class IkoulaOrganisation final : public QObject
{
    Q_OBJECT

public:
    explicit IkoulaOrganisation(QObject *parent = nullptr);

    /// Shows organisation `organisationId` of subscription `subscriptionId` through `client`
    /// (not owned; null clears). Loads unless it is already the one shown.
    void setSource(IkoulaClient *client, const QString &subscriptionId, const QString &organisationId);
    void reload();
    [[nodiscard]] bool hasClient() const { return m_client != nullptr; }
    [[nodiscard]] const Ikoula::OrganisationSchema &schema() const { return m_schema; }
    [[nodiscard]] QString organisationId() const { return m_organisationId; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    /// Where changes go: the change path of the account shown (see ChangeHook).
    void setChangeHook(ChangeHook hook) { m_changes = std::move(hook); }
    /// True while changes are added to the draft rather than sent.
    [[nodiscard]] bool isDrafting() const { return m_changes.isDrafting(); }
    /// What the open draft changes in this organisation, by lower-case address or contact
    /// id, for the pages' tables.
    void setDraftMarks(QHash<QString, SimpleTableModel::DraftMark> marks);
    [[nodiscard]] const QHash<QString, SimpleTableModel::DraftMark> &draftMarks() const { return m_draftMarks; }

    /// `sent` outside Draft Mode; in it, a sentence saying the change waits in the draft.
    [[nodiscard]] QString outcome(const QString &sent) const;
    /// outcome() of sendMany(): `sent` outside Draft Mode; in it, how many of the `count`
    /// changes wait in the draft.
    [[nodiscard]] QString outcomeOfMany(int count, const QString &sent) const;

    /// What send() reports: the error (none when all went through or were drafted) and the
    /// operations, whose secret("password") holds a password generated or made by Ikoula.
    using Sent = std::function<void(const ApiError &error, const QList<std::shared_ptr<Operation>> &operations)>;

    /// Turns `calls` into IkoulaOperations (an add-*-bal without a password gets one
    /// generated) and submits them to the change path: sent in order, stopping at the first
    /// refusal, then reloaded; or, while drafting, added to the draft.
    /// `before`, when given, is the mailbox as the user saw it: a drafted change of one of its
    /// aspects keeps that state as what it expects (IkoulaOperation::setExpected).
    void send(QList<IkoulaCall> calls, QObject *context, Sent done, const Ikoula::Bal *before = nullptr);
    /// The same change to several objects (`calls`, one per row): while drafting, one drafted
    /// operation per row; else one batch in its own window titled `title`
    /// (ChangeHook::sendBatch), then reloaded. `done` gets the error when nothing was drafted
    /// or sent, and how many the provider accepted (0 when drafted).
    void sendMany(QList<IkoulaCall> calls, const QString &title, QObject *context, std::function<void(const ApiError &error, int accepted)> done);

Q_SIGNALS:
    void loading();
    void loaded();
    void failed(const QString &message);
    void busyChanged(bool busy);
    void draftMarksChanged();

private:
    /// One IkoulaOperation per call (an add-*-bal without a password gets one generated).
    [[nodiscard]] QList<std::shared_ptr<Operation>> operationsOf(const QList<IkoulaCall> &calls, const Ikoula::Bal *before) const;

    QPointer<IkoulaClient> m_client;
    ChangeHook m_changes;
    QHash<QString, SimpleTableModel::DraftMark> m_draftMarks;
    QString m_subscriptionId;
    QString m_organisationId;
    Ikoula::OrganisationSchema m_schema;
    int m_generation = 0;   ///< answers of an earlier source are dropped
    bool m_busy = false;
};
