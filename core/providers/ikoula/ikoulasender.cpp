#include "core/providers/ikoula/ikoulasender.h"

#include "core/drafts/draft.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaoperation.h"

namespace {

using namespace Ikoula;

bool hasContact(const OrganisationSchema &schema, const QString &email, const QString &id)
{
    return std::any_of(schema.contacts.cbegin(), schema.contacts.cend(), [&](const Contact &c) {
        return (!email.isEmpty() && c.email.compare(email, Qt::CaseInsensitive) == 0) || (!id.isEmpty() && c.id == id);
    });
}

bool containsAddress(const QStringList &list, const QString &address)
{
    return list.contains(address, Qt::CaseInsensitive);
}

/// The objects an operation changes, lower case: mailbox, list, contact address or id; and
/// "object|action" for the aspect of the object it sets.
QStringList objectsOf(const IkoulaOperation &op)
{
    QStringList objects;
    for (const char *name : {"email_bal", "email_primary", "email_dl", "email_contact", "contact_id"}) {
        const QString value = op.parameter(QLatin1String(name)).toLower();
        if (!value.isEmpty())
            objects << value << value + QLatin1Char('|') + op.action();
    }
    return objects;
}

QString schemaKey(const IkoulaOperation &op)
{
    return op.subscriptionId() + QLatin1Char('/') + op.organisationId();
}

} // namespace

IkoulaSender::IkoulaSender(IkoulaClient *client)
    : m_client(client)
{
}

void IkoulaSender::send(Operation &operation, QObject *context, Sent done)
{
    auto *op = dynamic_cast<IkoulaOperation *>(&operation);
    if (!op)
        return done(ApiError(ApiError::Kind::Setup, tr("%1 is not an Ikoula change.").arg(operation.kind())), 0);
    m_client->send(op->call(), context, [op, done = std::move(done)](const ApiError &error, const QJsonObject &answer) {
        if (!error.isError() && op->action() == QLatin1String("reset-password"))
            op->setSecret(QStringLiteral("password"), IkoulaClient::resetPasswordOf(answer));
        done(error, error.isError() ? error.httpStatus() : 200);
    });
}

QString IkoulaSender::conflictIn(const IkoulaOperation &op, const OrganisationSchema &schema, const QStringList &changedEarlier)
{
    const QString &a = op.action();
    const QString bal = op.parameter(QStringLiteral("email_bal"));
    const QString primary = op.parameter(QStringLiteral("email_primary"));
    const QString list = op.parameter(QStringLiteral("email_dl"));
    const QString contact = op.parameter(QStringLiteral("email_contact"));
    const QString contactId = op.parameter(QStringLiteral("contact_id"));
    const auto fresh = [&changedEarlier](const QString &object) { return !object.isEmpty() && !changedEarlier.contains(object.toLower()); };
    if (op.creates()) {
        if (fresh(bal) && (schema.findBal(bal) || schema.findList(bal)))
            return tr("%1 exists now, though it did not when the draft was made.").arg(bal);
        if (fresh(list) && (schema.findList(list) || schema.findBal(list)))
            return tr("%1 exists now, though it did not when the draft was made.").arg(list);
        if (fresh(contact) && hasContact(schema, contact, QString()))
            return tr("%1 exists now, though it did not when the draft was made.").arg(contact);
        return {};
    }
    // add-email-to-dl and delete-email-to-dl name a member, which need not be a mailbox.
    const bool memberOnly = a == QLatin1String("add-email-to-dl") || a == QLatin1String("delete-email-to-dl");
    if (!memberOnly && fresh(bal) && !schema.findBal(bal))
        return tr("%1 was deleted since the draft was made.").arg(bal);
    if (fresh(primary) && !schema.findBal(primary))
        return tr("%1 was deleted since the draft was made.").arg(primary);
    if (fresh(list) && !schema.findList(list))
        return tr("%1 was deleted since the draft was made.").arg(list);
    if (fresh(contactId) && !hasContact(schema, QString(), contactId))
        return tr("Contact %1 was deleted since the draft was made.").arg(contactId);
    const bool aspectFresh = !changedEarlier.contains(bal.toLower() + QLatin1Char('|') + a);
    if (const Bal *now = schema.findBal(bal); now && aspectFresh && !op.expected().isEmpty()) {
        // Drafted against a state of the mailbox: someone else's change since is a conflict.
        const QList<QPair<QString, QString>> current = IkoulaCalls::stateOf(a, *now);
        QStringList changed;
        for (const auto &expected : op.expected()) {
            const QString &name = expected.first;
            const QString &was = expected.second;
            const auto it = std::find_if(current.cbegin(), current.cend(), [&name](const QPair<QString, QString> &p) { return p.first == name; });
            if (it != current.cend() && it->second != was)
                changed.append(tr("%1: %2, now %3").arg(name, was.isEmpty() ? tr("(empty)") : was, it->second.isEmpty() ? tr("(empty)") : it->second));
        }
        if (!changed.isEmpty())
            return tr("%1 was changed since the draft was made (%2).").arg(bal, changed.join(QStringLiteral("; ")));
    }
    return {};
}

void IkoulaSender::findConflict(const Draft &draft, int index, QObject *context, Compared done)
{
    const auto *op = dynamic_cast<const IkoulaOperation *>(draft.entries.at(index).operation.get());
    if (!op || op->subscriptionId().isEmpty() || op->organisationId().isEmpty())
        return done(ApiError(), QString());
    QStringList changedEarlier;
    for (int i = 0; i < index; ++i) {
        if (const auto *earlier = dynamic_cast<const IkoulaOperation *>(draft.entries.at(i).operation.get()))
            changedEarlier += objectsOf(*earlier);
    }
    const QString key = schemaKey(*op);
    if (m_schemaAtStart.contains(key))
        return done(ApiError(), conflictIn(*op, m_schemaAtStart.value(key), changedEarlier));
    // The organisation as it was when the run started: what earlier entries changed is skipped.
    m_client->fetchSchema(op->subscriptionId(), op->organisationId(), context,
                          [this, key, op, changedEarlier, done](const ApiError &error, const OrganisationSchema &schema) {
                              if (error.isError())
                                  return done(error, QString());
                              m_schemaAtStart.insert(key, schema);
                              done(error, conflictIn(*op, schema, changedEarlier));
                          });
}

bool IkoulaSender::isApplied(const IkoulaOperation &op, const OrganisationSchema &schema)
{
    const QString &a = op.action();
    const QString email = op.parameter(QStringLiteral("email_bal"));
    const QString list = op.parameter(QStringLiteral("email_dl"));
    const QString to = op.parameter(QStringLiteral("email_to_forward"));
    const Bal *bal = schema.findBal(email);
    if (a == QLatin1String("add-bal") || a == QLatin1String("add-room-bal") || a == QLatin1String("add-equipment-bal"))
        return bal != nullptr;
    if (a == QLatin1String("delete-bal"))
        return bal == nullptr;
    if (a == QLatin1String("add-distribution-list"))
        return schema.findList(list) != nullptr;
    if (a == QLatin1String("delete-dl"))
        return schema.findList(list) == nullptr;
    if (a == QLatin1String("add-contact"))
        return hasContact(schema, op.parameter(QStringLiteral("email_contact")), QString());
    if (a == QLatin1String("delete-contact"))
        return !hasContact(schema, QString(), op.parameter(QStringLiteral("contact_id")));
    if (a == QLatin1String("add-email-to-dl") || a == QLatin1String("delete-email-to-dl")) {
        const DistributionList *l = schema.findList(list);
        const bool member = l && containsAddress(l->members, email);
        return a == QLatin1String("add-email-to-dl") ? member : (l && !member);
    }
    if (a == QLatin1String("add-alias-bal")) {
        const Bal *primary = schema.findBal(op.parameter(QStringLiteral("email_primary")));
        return primary && containsAddress(primary->aliases, op.parameter(QStringLiteral("email_alias")));
    }
    if (a == QLatin1String("delete-alias")) {
        const QString alias = op.parameter(QStringLiteral("email_alias"));
        return std::none_of(schema.bals.cbegin(), schema.bals.cend(), [&alias](const Bal &b) { return containsAddress(b.aliases, alias); });
    }
    if (!bal)
        return false;
    const auto flag = [&op](const char *name) { return op.parameter(QLatin1String(name)) == QLatin1String("1"); };
    if (a == QLatin1String("update-forward-email"))
        return bal->forwardTo.compare(to, Qt::CaseInsensitive) == 0 && bal->deliverAndForward == flag("deliver_bal_and_forward");
    if (a == QLatin1String("delete-forward-email"))
        return bal->forwardTo.isEmpty();
    if (a == QLatin1String("update-forward-smtp-email"))
        return bal->smtpForwardTo.compare(to, Qt::CaseInsensitive) == 0;
    if (a == QLatin1String("delete-forward-smtp-email"))
        return bal->smtpForwardTo.isEmpty();
    if (a == QLatin1String("update-feature-bal")) {
        const Features &f = bal->features;
        return f.pop == flag("enable_pop") && f.imap == flag("enable_imap") && f.owa == flag("enable_owa")
               && f.mapi == flag("enable_mapi") && f.activeSync == flag("enable_active_sync");
    }
    if (a == QLatin1String("update-quotasbal")) {
        const Quotas &q = bal->quotas;
        return QString::number(q.issueWarningKb) == op.parameter(QStringLiteral("issue_warning_kb"))
               && QString::number(q.prohibitSendKb) == op.parameter(QStringLiteral("prohibit_send_kb"))
               && QString::number(q.prohibitSendReceiveKb) == op.parameter(QStringLiteral("prohibit_send_receive_kb"))
               && QString::number(q.keepDeletedItemsDays) == op.parameter(QStringLiteral("keep_deleted_items_days"));
    }
    return false;   // update-bal, change-password, reset-password: sent again
}

void IkoulaSender::findApplied(const Operation &operation, const ApiError &, QObject *context, Checked done)
{
    const auto *op = dynamic_cast<const IkoulaOperation *>(&operation);
    if (!op || op->subscriptionId().isEmpty() || op->organisationId().isEmpty())
        return done(ApiError(), false);
    m_client->fetchSchema(op->subscriptionId(), op->organisationId(), context,
                          [op, done = std::move(done)](const ApiError &error, const OrganisationSchema &schema) {
                              done(error, !error.isError() && isApplied(*op, schema));
                          });
}

bool IkoulaSender::canReadBack(const Operation &operation) const
{
    const auto *op = dynamic_cast<const IkoulaOperation *>(&operation);
    static const QStringList unreadable{QStringLiteral("update-bal"), QStringLiteral("change-password"), QStringLiteral("reset-password")};
    return op && !unreadable.contains(op->action());
}
