#include "core/providers/ikoula/ikoulaoperation.h"

#include "core/credentials/passwordgenerator.h"
#include "core/credentials/passwordpolicy.h"
#include "core/operations/strictjson.h"
#include "core/providers/ikoula/ikoulaactions.h"
#include "core/providers/ikoula/ikoulaclient.h"

#include <QJsonArray>

namespace {

const QString kPasswordParameter = QStringLiteral("password_bal");
const QString kPassword = QStringLiteral("password");

/// Parameters holding an email address, which must look like one.
const char *const kAddressParameters[] = {"email_bal", "email_primary", "email_alias", "email_dl",
                                          "email_contact", "email_manager", "email_to_forward"};
/// Parameters sent as "1"/"0".
const char *const kFlagParameters[] = {"enable_pop", "enable_imap", "enable_owa", "enable_mapi", "enable_active_sync",
                                       "deliver_bal_and_forward", "mail_send_installation", "disabled", "hide_address_book"};

bool takesPassword(const QString &action)
{
    const IkoulaActions::Action *a = IkoulaActions::find(action);
    return a && a->parameters.contains(kPasswordParameter);
}

QString megabytes(const QString &kb)
{
    const qint64 n = kb.toLongLong();
    return n == 0 ? QCoreApplication::translate("IkoulaOperation", "no limit")
                  : QCoreApplication::translate("IkoulaOperation", "%1 MB").arg(n / 1024);
}

} // namespace

IkoulaOperation::IkoulaOperation(IkoulaCall call, QString subscriptionId, QString organisationId, PasswordSource source)
    : m_subscriptionId(std::move(subscriptionId))
    , m_organisationId(std::move(organisationId))
    , m_source(source)
{
    m_call.action = call.action;
    for (const auto &[name, value] : std::as_const(call.parameters)) {
        if (name == kPasswordParameter)
            m_password = value;
        else
            m_call.parameters.append({name, value});
    }
    if (m_organisationId.isEmpty())
        m_organisationId = parameter(QStringLiteral("orga_id"));
}

QString IkoulaOperation::parameter(const QString &name) const
{
    for (const auto &[key, value] : m_call.parameters) {
        if (key == name)
            return value;
    }
    return {};
}

bool IkoulaOperation::creates() const
{
    return m_call.action.startsWith(QLatin1String("add-")) && m_call.action != QLatin1String("add-alias-bal")
           && m_call.action != QLatin1String("add-email-to-dl");
}

bool IkoulaOperation::generatesPassword() const
{
    return m_call.action == QLatin1String("reset-password") || (takesPassword(m_call.action) && m_source == PasswordSource::Generate);
}

QStringList IkoulaOperation::secretNames() const
{
    return takesPassword(m_call.action) ? QStringList{kPassword} : QStringList();
}

IkoulaCall IkoulaOperation::call() const
{
    IkoulaCall call = m_call;
    if (takesPassword(m_call.action)) {
        // password_bal goes where the seed lists it, after email_bal.
        const int at = call.parameters.isEmpty() || call.parameters.first().first != QLatin1String("email_bal") ? 0 : 1;
        call.parameters.insert(at, {kPasswordParameter, m_password});
    }
    return call;
}

QList<ValidationProblem> IkoulaOperation::validate() const
{
    QList<ValidationProblem> problems;
    const IkoulaActions::Action *action = IkoulaActions::find(m_call.action);
    if (!action || action->readOnly) {
        problems.append({QString(), tr("wsexch has no change called \"%1\".").arg(m_call.action)});
        return problems;
    }
    for (const QString &name : action->parameters) {
        if (name == kPasswordParameter)
            continue;
        const bool present = std::any_of(m_call.parameters.cbegin(), m_call.parameters.cend(),
                                         [&name](const QPair<QString, QString> &p) { return p.first == name; });
        if (!present)
            problems.append({name, tr("%1 is missing.").arg(name)});
    }
    // Exchange's limits: an address of 254 characters (RFC 5321), other fields of 256
    // (display names, the longest of the seed's directory fields).
    for (const auto &[name, value] : m_call.parameters) {
        if (value.size() > 256)
            problems.append({name, tr("%1 is too long: at most 256 characters.").arg(name)});
    }
    for (const char *name : kAddressParameters) {
        const QString value = parameter(QLatin1String(name));
        if (value.size() > 254) {
            problems.append({QLatin1String(name), tr("%1 is too long for an email address (at most 254 characters).").arg(QLatin1String(name))});
            continue;
        }
        const bool mandatory = action->parameters.contains(QLatin1String(name));
        if ((mandatory || !value.isEmpty()) && (value.count(QLatin1Char('@')) != 1 || value.startsWith(QLatin1Char('@'))
                                                || value.endsWith(QLatin1Char('@')) || value.contains(QLatin1Char(' '))))
            problems.append({QLatin1String(name), tr("%1 must be an email address, not \"%2\".").arg(QLatin1String(name), value)});
    }
    for (const char *name : kFlagParameters) {
        const QString value = parameter(QLatin1String(name));
        if (action->parameters.contains(QLatin1String(name)) && value != QLatin1String("0") && value != QLatin1String("1"))
            problems.append({QLatin1String(name), tr("%1 must be 0 or 1.").arg(QLatin1String(name))});
    }
    if (m_call.action == QLatin1String("update-quotasbal")) {
        bool ok = true;
        qint64 kb[3];
        const char *const sizes[] = {"issue_warning_kb", "prohibit_send_kb", "prohibit_send_receive_kb"};
        for (int i = 0; i < 3; ++i) {
            kb[i] = parameter(QLatin1String(sizes[i])).toLongLong(&ok);
            if (!ok || kb[i] < 0)
                problems.append({QLatin1String(sizes[i]), tr("%1 must be a whole number of KB, 0 for no limit.").arg(QLatin1String(sizes[i]))});
        }
        const int days = parameter(QStringLiteral("keep_deleted_items_days")).toInt(&ok);
        if (!ok || days < 0 || days > 30)
            problems.append({QStringLiteral("keep_deleted_items_days"), tr("Deleted items are kept 0 to 30 days.")});
        const auto grows = [](qint64 a, qint64 b) { return a == 0 || b == 0 || a <= b; };
        if (!grows(kb[0], kb[1]) || !grows(kb[1], kb[2]) || !grows(kb[0], kb[2]))
            problems.append({QStringLiteral("issue_warning_kb"), tr("The warning comes before sending stops, which comes before receiving stops.")});
    }
    if (takesPassword(m_call.action) && m_source == PasswordSource::Provided && m_password.isEmpty() && !m_passwordElsewhere)
        problems.append({kPassword, tr("Enter a password, or let Mailroom generate one.")});
    return problems;
}

QStringList IkoulaOperation::changes(const SnapshotMailbox *before) const
{
    Q_UNUSED(before)   // drafted against a known state: expected() says what it was
    QStringList lines;
    for (const auto &[name, was] : m_expected) {
        const QString now = parameter(name);
        if (now != was)
            lines.append(QStringLiteral("%1: %2 \u2192 %3").arg(name, was.isEmpty() ? tr("(empty)") : was, now.isEmpty() ? tr("(empty)") : now));
    }
    return lines;
}

QString IkoulaOperation::describe() const
{
    const QString email = parameter(QStringLiteral("email_bal"));
    const QString list = parameter(QStringLiteral("email_dl"));
    const QString to = parameter(QStringLiteral("email_to_forward"));
    const QString &a = m_call.action;
    if (a == QLatin1String("add-bal") || a == QLatin1String("add-room-bal") || a == QLatin1String("add-equipment-bal")) {
        const QString kind = a == QLatin1String("add-room-bal") ? tr("room mailbox")
                             : a == QLatin1String("add-equipment-bal") ? tr("equipment mailbox") : tr("user mailbox");
        QString text = tr("Create %1 %2 (%3)").arg(kind, email, parameter(QStringLiteral("display_name")));
        if (m_source == PasswordSource::Generate)
            text += tr(", with a generated password");
        return text;
    }
    if (a == QLatin1String("update-bal"))
        return tr("Update the directory fields of mailbox %1 (%2)").arg(email, parameter(QStringLiteral("display_name")));
    if (a == QLatin1String("delete-bal"))
        return tr("Delete mailbox %1").arg(email);
    if (a == QLatin1String("change-password"))
        return tr("Change the password of %1").arg(email);
    if (a == QLatin1String("reset-password"))
        return tr("Reset the password of %1").arg(email);
    if (a == QLatin1String("update-feature-bal")) {
        QStringList on;
        const char *const names[] = {"enable_pop", "enable_imap", "enable_owa", "enable_mapi", "enable_active_sync"};
        const char *const labels[] = {"POP", "IMAP", "OWA", "MAPI", "ActiveSync"};
        for (int i = 0; i < 5; ++i) {
            if (parameter(QLatin1String(names[i])) == QLatin1String("1"))
                on.append(QLatin1String(labels[i]));
        }
        return tr("Set the protocols of %1: %2").arg(email, on.isEmpty() ? tr("none") : on.join(QStringLiteral(", ")));
    }
    if (a == QLatin1String("update-quotasbal"))
        return tr("Set the quotas of %1: warn at %2, stop sending at %3, stop receiving at %4, keep deleted items %5 days")
            .arg(email, megabytes(parameter(QStringLiteral("issue_warning_kb"))), megabytes(parameter(QStringLiteral("prohibit_send_kb"))),
                 megabytes(parameter(QStringLiteral("prohibit_send_receive_kb"))), parameter(QStringLiteral("keep_deleted_items_days")));
    if (a == QLatin1String("add-alias-bal"))
        return tr("Add alias %1 to %2").arg(parameter(QStringLiteral("email_alias")), parameter(QStringLiteral("email_primary")));
    if (a == QLatin1String("delete-alias"))
        return tr("Remove alias %1").arg(parameter(QStringLiteral("email_alias")));
    if (a == QLatin1String("update-forward-email"))
        return parameter(QStringLiteral("deliver_bal_and_forward")) == QLatin1String("1")
                   ? tr("Forward %1 to %2, keeping a copy").arg(email, to)
                   : tr("Forward %1 to %2").arg(email, to);
    if (a == QLatin1String("delete-forward-email"))
        return tr("Stop forwarding %1").arg(email);
    if (a == QLatin1String("update-forward-smtp-email"))
        return tr("Forward %1 by SMTP to %2").arg(email, to);
    if (a == QLatin1String("delete-forward-smtp-email"))
        return tr("Stop the SMTP forwarding of %1").arg(email);
    if (a == QLatin1String("add-distribution-list"))
        return tr("Create distribution list %1 (%2), managed by %3")
            .arg(list, parameter(QStringLiteral("display_name")), parameter(QStringLiteral("email_manager")));
    if (a == QLatin1String("delete-dl"))
        return tr("Delete distribution list %1").arg(list);
    if (a == QLatin1String("add-email-to-dl"))
        return tr("Add %1 to distribution list %2").arg(email, list);
    if (a == QLatin1String("delete-email-to-dl"))
        return tr("Remove %1 from distribution list %2").arg(email, list);
    if (a == QLatin1String("add-contact"))
        return tr("Create contact %1 (%2)").arg(parameter(QStringLiteral("email_contact")), parameter(QStringLiteral("display_name")));
    if (a == QLatin1String("delete-contact"))
        return tr("Delete contact %1").arg(parameter(QStringLiteral("contact_id")));
    return tr("Ikoula %1").arg(a);
}

HttpRequest IkoulaOperation::request(const ApiEndpoint &endpoint) const
{
    IkoulaClient client(nullptr, endpoint.baseUrl);
    client.setCredentials(endpoint.userName, QString());
    return client.preview(call());
}

QString IkoulaOperation::targetKey() const
{
    // Ikoula's changes depend on each other across objects (a list made, then a mailbox added
    // to it; a mailbox deleted, and with it its aliases): one key keeps a draft's order.
    return QStringLiteral("ikoula");
}

OperationTarget IkoulaOperation::target() const
{
    const QString &a = m_call.action;
    // delete-dl, and a member added to or removed from a list (add-email-to-dl, delete-email-to-dl): the list changes
    if (a.endsWith(QLatin1String("-dl")) || a == QLatin1String("add-distribution-list"))
        return {OperationTarget::Kind::DistributionList, parameter(QStringLiteral("email_dl")).toLower()};
    if (a == QLatin1String("add-contact"))
        return {OperationTarget::Kind::Contact, parameter(QStringLiteral("email_contact")).toLower()};
    if (a == QLatin1String("delete-contact"))
        return {OperationTarget::Kind::Contact, parameter(QStringLiteral("contact_id")).toLower()};
    if (a == QLatin1String("add-alias-bal"))
        return {OperationTarget::Kind::Mailbox, parameter(QStringLiteral("email_primary")).toLower()};
    if (a == QLatin1String("delete-alias"))   // wsexch names only the alias, not its mailbox
        return {OperationTarget::Kind::Alias, parameter(QStringLiteral("email_alias")).toLower()};
    return {OperationTarget::Kind::Mailbox, parameter(QStringLiteral("email_bal")).toLower()};
}

bool IkoulaOperation::isDestructive() const
{
    return m_call.action == QLatin1String("delete-bal") || m_call.action == QLatin1String("delete-dl")
           || m_call.action == QLatin1String("delete-contact");
}

QString IkoulaOperation::generatePassword()
{
    // The wsexch seed (000_ff00a10b076e969b.txt) states no password rule for add-bal or
    // change-password: every kind of character, which Exchange's complexity rule takes.
    return PasswordGenerator::generate(PasswordGenerator::hasEveryKindOfCharacter);
}

namespace {

class IkoulaPasswordPolicy final : public PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(IkoulaPasswordPolicy)

public:
    QList<PasswordCheck> check(const QString &, const QString &, const QString &) const override { return {}; }
    QString generate(const QString &, const QString &) const override { return IkoulaOperation::generatePassword(); }
    QString note() const override { return tr("Ikoula states no password rule: it checks the password when it is sent."); }
};

} // namespace

const PasswordPolicy &IkoulaOperation::passwordPolicy()
{
    static const IkoulaPasswordPolicy policy;
    return policy;
}

void IkoulaOperation::prepare()
{
    if (takesPassword(m_call.action) && m_source == PasswordSource::Generate && m_password.isEmpty()) {
        m_password = generatePassword();
    }
}

QJsonObject IkoulaOperation::toJson() const
{
    QJsonArray parameters;
    for (const auto &[name, value] : m_call.parameters)
        parameters.append(QJsonArray{name, value});
    QJsonObject json{{QStringLiteral("kind"), kind()},
                     {QStringLiteral("subscription"), m_subscriptionId},
                     {QStringLiteral("organisation"), m_organisationId},
                     {QStringLiteral("parameters"), parameters}};
    if (takesPassword(m_call.action))
        json.insert(kPassword, m_source == PasswordSource::Generate ? QStringLiteral("generate") : QStringLiteral("provided"));
    if (!m_expected.isEmpty()) {
        QJsonArray expected;
        for (const auto &[name, value] : m_expected)
            expected.append(QJsonArray{name, value});
        json.insert(QStringLiteral("expected"), expected);
    }
    return json;
}

std::unique_ptr<IkoulaOperation> IkoulaOperation::fromJson(const QJsonObject &json, QString *error)
{
    IkoulaCall call;
    call.action = json.value(QLatin1String("kind")).toString().mid(int(qstrlen(kKindPrefix)));
    const IkoulaActions::Action *action = IkoulaActions::find(call.action);
    if (!action || action->readOnly) {
        *error = tr("wsexch has no change called \"%1\".").arg(call.action);
        return nullptr;
    }
    StrictJson j(json);
    const QString subscription = j.text(QStringLiteral("subscription"), false);
    const QString organisation = j.text(QStringLiteral("organisation"), false);
    const QJsonArray parameters = j.array(QStringLiteral("parameters"));
    const QJsonArray expectedPairs = j.array(QStringLiteral("expected"), true);
    const QString password = takesPassword(call.action) ? j.choice(kPassword, {QStringLiteral("generate"), QStringLiteral("provided")}) : QString();
    if (!j.ok()) {
        *error = j.error();
        return nullptr;
    }
    QList<QPair<QString, QString>> expected;
    for (const auto &[key, pairs, into] : {std::tuple{QStringLiteral("parameters"), parameters, &call.parameters},
                                           std::tuple{QStringLiteral("expected"), expectedPairs, &expected}}) {
        for (const QJsonValue &p : pairs) {
            const QJsonArray pair = p.toArray();
            if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString() || pair.at(0).toString() == kPasswordParameter) {
                *error = tr("\"%1\" must be a list of [name, text] pairs, without the password.").arg(key);
                return nullptr;
            }
            into->append({pair.at(0).toString(), pair.at(1).toString()});
        }
    }
    auto op = std::make_unique<IkoulaOperation>(call, subscription, organisation,
                                                password == QLatin1String("generate") ? PasswordSource::Generate : PasswordSource::Provided);
    op->m_passwordElsewhere = takesPassword(call.action) && op->m_source == PasswordSource::Provided;
    op->m_expected = expected;
    return op;
}
