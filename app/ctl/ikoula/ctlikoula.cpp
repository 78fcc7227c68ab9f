#include "app/ctl/ikoula/ctlikoula.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/providers/ikoula/ikoulaclient.h"
#include "core/providers/ikoula/ikoulaoperation.h"
#include "core/providers/ikoula/ikoulasender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Ikoula;

namespace {

const char *const kFeatures[] = {"pop", "imap", "owa", "mapi", "activesync"};
const char *const kQuotas[] = {"warning-mb", "send-mb", "receive-mb", "keep-deleted-days"};
const char *const kFields[] = {"display-name", "first-name", "last-name", "mobile-phone", "business-phone",
                               "company", "office", "job", "department", "disabled", "hidden"};

QString yesNo(bool on)
{
    return on ? QStringLiteral("yes") : QStringLiteral("no");
}

QString megabytes(qint64 kb)
{
    return kb <= 0 ? QStringLiteral("unlimited") : QString::number(double(kb) / 1024.0, 'f', 0);
}

QString typeName(BalKind kind)
{
    return kind == BalKind::Room ? QStringLiteral("room") : kind == BalKind::Equipment ? QStringLiteral("equipment") : QStringLiteral("user");
}

QJsonObject balJson(const Bal &b)
{
    return {{QStringLiteral("email"), b.email}, {QStringLiteral("type"), typeName(b.kind)},
            {QStringLiteral("displayName"), b.details.displayName}, {QStringLiteral("firstName"), b.details.firstName},
            {QStringLiteral("lastName"), b.details.lastName}, {QStringLiteral("disabled"), b.details.disabled},
            {QStringLiteral("hiddenFromAddressBook"), b.details.hideAddressBook},
            {QStringLiteral("pop"), b.features.pop}, {QStringLiteral("imap"), b.features.imap}, {QStringLiteral("owa"), b.features.owa},
            {QStringLiteral("mapi"), b.features.mapi}, {QStringLiteral("activeSync"), b.features.activeSync},
            {QStringLiteral("issueWarningKb"), double(b.quotas.issueWarningKb)}, {QStringLiteral("prohibitSendKb"), double(b.quotas.prohibitSendKb)},
            {QStringLiteral("prohibitSendReceiveKb"), double(b.quotas.prohibitSendReceiveKb)},
            {QStringLiteral("keepDeletedItemsDays"), b.quotas.keepDeletedItemsDays}, {QStringLiteral("usedKb"), double(b.usedKb)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(b.aliases)}, {QStringLiteral("forwardTo"), b.forwardTo},
            {QStringLiteral("deliverAndForward"), b.deliverAndForward}, {QStringLiteral("smtpForwardTo"), b.smtpForwardTo}};
}

void print(const CtlOptions &options, const QJsonArray &json, const QList<QStringList> &table)
{
    if (options.format == CtlOptions::Format::Json)
        CtlOutput::out(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else
        CtlOutput::out(CtlOutput::table(table));
}

/// "yes"/"no" of a boolean option; false with *ok false for anything else.
bool parseYesNo(const QString &text, bool *ok)
{
    *ok = text == QLatin1String("yes") || text == QLatin1String("no");
    return text == QLatin1String("yes");
}

} // namespace

CtlIkoula::CtlIkoula(CtlOptions options, QObject *parent)
    : CtlCommand(parent)
    , m_options(std::move(options))
    , m_credentials(QStringLiteral(MAILROOM_APP_ID))
{
}

CtlIkoula::~CtlIkoula() = default;

void CtlIkoula::fail(const ApiError &error)
{
    CtlOutput::err(error.message().section(QLatin1Char('\n'), 0, 0));
    finish(error.isTransportOrAuth() || error.kind() == ApiError::Kind::Setup ? Transport : Refused);
}

void CtlIkoula::usage(const QString &text)
{
    CtlOutput::err(text);
    finish(Usage);
}

void CtlIkoula::start()
{
    QString error;
    const auto account = CtlAccount::fromOptions(m_options, &error);
    if (!account)
        return usage(error);
    m_account = *account;
    m_client = std::make_unique<IkoulaClient>(&m_nam, m_account.baseUrl);
    m_client->setPublicKey(m_account.publicKeyPem);
    const bool reads = m_options.verb == QLatin1String("list") || m_options.verb == QLatin1String("show");
    const bool merges = m_options.noun == QLatin1String("mailbox") && m_options.verb == QLatin1String("set") && needsCurrent();
    if (!m_options.draftFile.isEmpty() && !reads && !merges)
        return run();   // drafting sends nothing: no password needed
    CtlAccount::password(m_account, m_credentials, this, [this](std::optional<QString> password, const QString &why) {
        if (!password) {
            CtlOutput::err(why);
            return finish(Transport);
        }
        m_client->setCredentials(m_account.userName, *password);
        m_client->setTimeoutSeconds(m_options.timeoutSeconds);
        run();
    });
}

void CtlIkoula::run()
{
    const QString &noun = m_options.noun;
    const QString &verb = m_options.verb;
    const bool reads = verb == QLatin1String("list") || (noun == QLatin1String("mailbox") && verb == QLatin1String("show"));
    if (reads)
        return list();
    return change();
}

void CtlIkoula::list()
{
    const QString &noun = m_options.noun;
    if (noun == QLatin1String("subscriptions")) {
        m_client->listSubscriptions(this, [this](const ApiError &error, const QList<Subscription> &subscriptions) {
            if (error.isError())
                return fail(error);
            QJsonArray json;
            QList<QStringList> table{{QStringLiteral("SUBSCRIPTION"), QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ORGANISATIONS")}};
            for (const Subscription &s : subscriptions) {
                QJsonArray orgas;
                QStringList names;
                for (const Organisation &o : s.organisations) {
                    orgas.append(QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name}});
                    names.append(o.id + QLatin1Char(' ') + o.name);
                }
                json.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
                                        {QStringLiteral("status"), s.status}, {QStringLiteral("organisations"), orgas}});
                table.append({s.id, s.name, s.status, names.join(QStringLiteral("; "))});
            }
            print(m_options, json, table);
            finish(Done);
        });
        return;
    }
    if (noun == QLatin1String("billing")) {
        if (!m_options.has("subscription"))
            return usage(QStringLiteral("billing list needs --subscription ID"));
        m_client->fetchBilling(m_options.value("subscription"), this, [this](const ApiError &error, const QList<BillingLine> &lines) {
            if (error.isError())
                return fail(error);
            QJsonArray json;
            QList<QStringList> table{{QStringLiteral("DATE"), QStringLiteral("LABEL"), QStringLiteral("QTY"), QStringLiteral("AMOUNT"), QStringLiteral("INVOICE")}};
            for (const BillingLine &l : lines) {
                json.append(QJsonObject{{QStringLiteral("date"), l.date}, {QStringLiteral("label"), l.label}, {QStringLiteral("quantity"), l.quantity},
                                        {QStringLiteral("amount"), l.amount}, {QStringLiteral("currency"), l.currency}, {QStringLiteral("invoice"), l.invoice}});
                table.append({l.date, l.label, l.quantity, l.amount + QLatin1Char(' ') + l.currency, l.invoice});
            }
            print(m_options, json, table);
            finish(Done);
        });
        return;
    }
    if (!m_options.has("subscription") || m_options.organisation.isEmpty())
        return usage(QStringLiteral("%1 %2 needs --subscription ID and --organisation ID").arg(noun, m_options.verb));
    if ((noun == QLatin1String("list-members") || noun == QLatin1String("mailbox")) && !m_options.has("email"))
        return usage(QStringLiteral("%1 %2 needs --email ADDRESS").arg(noun, m_options.verb));
    m_client->fetchSchema(m_options.value("subscription"), m_options.organisation, this, [this, noun](const ApiError &error, const OrganisationSchema &schema) {
        if (error.isError())
            return fail(error);
        QJsonArray json;
        QList<QStringList> table;
        const QString email = m_options.value("email").toLower();
        if (noun == QLatin1String("mailboxes") || noun == QLatin1String("mailbox")) {
            table.append({QStringLiteral("EMAIL"), QStringLiteral("TYPE"), QStringLiteral("NAME"), QStringLiteral("QUOTA_MB"),
                          QStringLiteral("USED_MB"), QStringLiteral("PROTOCOLS"), QStringLiteral("FORWARD")});
            for (const Bal &b : schema.bals) {
                if (noun == QLatin1String("mailbox") && b.email.toLower() != email)
                    continue;
                QStringList protocols;
                const bool on[] = {b.features.pop, b.features.imap, b.features.owa, b.features.mapi, b.features.activeSync};
                for (int i = 0; i < 5; ++i) {
                    if (on[i])
                        protocols.append(QLatin1String(kFeatures[i]));
                }
                json.append(balJson(b));
                table.append({b.email, typeName(b.kind), b.details.displayName, megabytes(b.quotas.prohibitSendReceiveKb),
                              b.usedKb < 0 ? QString() : QString::number(b.usedKb / 1024), protocols.join(QLatin1Char(',')),
                              !b.smtpForwardTo.isEmpty() ? b.smtpForwardTo : b.forwardTo});
            }
            if (noun == QLatin1String("mailbox")) {
                if (json.isEmpty()) {
                    CtlOutput::err(QStringLiteral("%1 is not a mailbox of organisation %2").arg(email, m_options.organisation));
                    return finish(Refused);
                }
                if (m_options.format == CtlOptions::Format::Json)
                    CtlOutput::out(QJsonDocument(json.at(0).toObject()).toJson(QJsonDocument::Indented));
                else {
                    QList<QStringList> rows;
                    const QJsonObject o = json.at(0).toObject();
                    for (auto it = o.begin(); it != o.end(); ++it) {
                        const QJsonValue v = it.value();
                        rows.append({it.key(), v.isBool() ? yesNo(v.toBool()) : v.isDouble() ? QString::number(qint64(v.toDouble()))
                                                : v.isArray() ? v.toVariant().toStringList().join(QStringLiteral(", ")) : v.toString()});
                    }
                    CtlOutput::out(CtlOutput::table(rows));
                }
                return finish(Done);
            }
        } else if (noun == QLatin1String("lists")) {
            table.append({QStringLiteral("EMAIL"), QStringLiteral("NAME"), QStringLiteral("MANAGER"), QStringLiteral("MEMBERS")});
            for (const DistributionList &l : schema.lists) {
                json.append(QJsonObject{{QStringLiteral("email"), l.email}, {QStringLiteral("displayName"), l.displayName},
                                        {QStringLiteral("manager"), l.manager}, {QStringLiteral("members"), QJsonArray::fromStringList(l.members)}});
                table.append({l.email, l.displayName, l.manager, QString::number(l.members.size())});
            }
        } else if (noun == QLatin1String("list-members")) {
            table.append({QStringLiteral("MEMBER")});
            bool found = false;
            for (const DistributionList &l : schema.lists) {
                if (l.email.toLower() != email)
                    continue;
                found = true;
                for (const QString &m : l.members) {
                    json.append(m);
                    table.append({m});
                }
            }
            if (!found) {
                CtlOutput::err(QStringLiteral("%1 is not a distribution list of organisation %2").arg(email, m_options.organisation));
                return finish(Refused);
            }
        } else {   // contacts
            table.append({QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("NAME")});
            for (const Contact &c : schema.contacts) {
                json.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("email"), c.email}, {QStringLiteral("displayName"), c.displayName}});
                table.append({c.id, c.email, c.displayName});
            }
        }
        print(m_options, json, table);
        finish(Done);
    });
}

void CtlIkoula::change()
{
    const QString &noun = m_options.noun;
    const QString &verb = m_options.verb;
    const QString email = m_options.value("email");
    const bool deletes = verb == QLatin1String("delete");
    if (deletes && !m_options.yes)
        return usage(QStringLiteral("%1 delete cannot be undone: confirm with --yes").arg(noun));
    if (noun == QLatin1String("contacts")) {
        if (deletes)
            return m_options.has("contact-id") ? sendAll({IkoulaCalls::deleteContact(m_options.value("contact-id"))})
                                                : usage(QStringLiteral("contacts delete needs --contact-id ID"));
        if (m_options.organisation.isEmpty() || email.isEmpty() || !m_options.has("display-name"))
            return usage(QStringLiteral("contacts create needs --organisation, --email and --display-name"));
        return sendAll({IkoulaCalls::addContact(m_options.organisation, email, m_options.value("display-name"))});
    }
    if (email.isEmpty())
        return usage(QStringLiteral("%1 %2 needs --email ADDRESS").arg(noun, verb));
    if (noun == QLatin1String("lists")) {
        if (deletes)
            return sendAll({IkoulaCalls::deleteDistributionList(email)});
        if (m_options.organisation.isEmpty() || !m_options.has("display-name") || !m_options.has("manager"))
            return usage(QStringLiteral("lists create needs --organisation, --email, --display-name and --manager"));
        return sendAll({IkoulaCalls::addDistributionList(m_options.organisation, email, m_options.value("display-name"), m_options.value("manager"))});
    }
    if (noun == QLatin1String("list-members")) {
        if (!m_options.has("member"))
            return usage(QStringLiteral("list-members %1 needs --member ADDRESS").arg(verb));
        return sendAll({verb == QLatin1String("add") ? IkoulaCalls::addListMember(email, m_options.value("member"))
                                                     : IkoulaCalls::removeListMember(email, m_options.value("member"))});
    }
    // mailbox create|set|delete
    if (deletes)
        return sendAll({IkoulaCalls::deleteBal(email)});
    if (verb == QLatin1String("create")) {
        if (m_options.organisation.isEmpty() || !m_options.has("display-name"))
            return usage(QStringLiteral("mailbox create needs --organisation, --email and --display-name"));
        if (m_options.passwordStdin == m_options.generatePassword)
            return usage(QStringLiteral("mailbox create takes one of --password-stdin or --generate-password"));
        NewBal bal;
        const QString type = m_options.has("type") ? m_options.value("type") : QStringLiteral("user");
        if (type != QLatin1String("user") && type != QLatin1String("room") && type != QLatin1String("equipment"))
            return usage(QStringLiteral("--type takes user, room or equipment"));
        bal.kind = type == QLatin1String("room") ? BalKind::Room : type == QLatin1String("equipment") ? BalKind::Equipment : BalKind::User;
        bal.email = email;
        bal.organisationId = m_options.organisation;
        bal.displayName = m_options.value("display-name");
        bal.firstName = m_options.value("first-name");
        bal.lastName = m_options.value("last-name");
        bal.mailSendInstallation = m_options.flag("mail-setup-guide");
        const bool drafting = !m_options.draftFile.isEmpty();
        if (drafting && m_options.generatePassword) {
            m_passwordSource = PasswordSource::Generate;   // made at apply time, reported then
            return sendAll({IkoulaCalls::addBal(bal)});
        }
        bal.password = m_options.passwordStdin ? CtlAccount::readSecretLine()
                                               : IkoulaOperation::generatePassword();
        if (bal.password.isEmpty())
            return usage(QStringLiteral("no password on standard input"));
        if (m_options.generatePassword)
            CtlOutput::out(QStringLiteral("password: %1\n").arg(bal.password).toUtf8());   // shown once, as asked
        return sendAll({IkoulaCalls::addBal(bal)});
    }
    // mailbox set
    if (!needsCurrent()) {
        QString error;
        const QList<IkoulaCall> calls = mailboxSetCalls(nullptr, &error);
        return calls.isEmpty() ? usage(error) : sendAll(calls);
    }
    if (!m_options.has("subscription") || m_options.organisation.isEmpty())
        return usage(QStringLiteral("these changes are merged into the mailbox's current values: give --subscription and --organisation"));
    m_client->fetchSchema(m_options.value("subscription"), m_options.organisation, this, [this, email](const ApiError &error, const OrganisationSchema &schema) {
        if (error.isError())
            return fail(error);
        for (const Bal &b : schema.bals) {
            if (b.email.compare(email, Qt::CaseInsensitive) == 0) {
                QString problem;
                const QList<IkoulaCall> calls = mailboxSetCalls(&b, &problem);
                m_before = b;   // a drafted change expects the mailbox as it is now
                return calls.isEmpty() ? usage(problem) : sendAll(calls);
            }
        }
        CtlOutput::err(QStringLiteral("%1 is not a mailbox of organisation %2").arg(email, m_options.organisation));
        finish(Refused);
    });
}

bool CtlIkoula::needsCurrent() const
{
    int features = 0, quotas = 0;
    for (const char *name : kFeatures)
        features += m_options.has(name) ? 1 : 0;
    for (const char *name : kQuotas)
        quotas += m_options.has(name) ? 1 : 0;
    bool fields = false;
    for (const char *name : kFields)
        fields = fields || m_options.has(name);
    return (features > 0 && features < 5) || (quotas > 0 && quotas < 4) || fields;
}

QList<IkoulaCall> CtlIkoula::mailboxSetCalls(const Bal *current, QString *error) const
{
    const QString email = current ? current->email : m_options.value("email");
    QList<IkoulaCall> calls;
    if (m_options.passwordStdin && m_options.flag("reset-password")) {
        *error = QStringLiteral("give --password-stdin or --reset-password, not both");
        return {};
    }
    if (m_options.passwordStdin) {
        const QString password = CtlAccount::readSecretLine();
        if (password.isEmpty()) {
            *error = QStringLiteral("no password on standard input");
            return {};
        }
        calls.append(IkoulaCalls::changePassword(email, password));
    }
    if (m_options.flag("reset-password"))
        calls.append(IkoulaCalls::resetPassword(email));

    bool ok = true;
    Features features = current ? current->features : Features{};
    bool anyFeature = false;
    bool *targets[] = {&features.pop, &features.imap, &features.owa, &features.mapi, &features.activeSync};
    for (int i = 0; i < 5; ++i) {
        if (!m_options.has(kFeatures[i]))
            continue;
        anyFeature = true;
        *targets[i] = parseYesNo(m_options.value(kFeatures[i]), &ok);
        if (!ok) {
            *error = QStringLiteral("--%1 takes yes or no").arg(QLatin1String(kFeatures[i]));
            return {};
        }
    }
    if (anyFeature)
        calls.append(IkoulaCalls::updateFeatures(email, features));

    Quotas quotas = current ? current->quotas : Quotas{};
    bool anyQuota = false;
    for (int i = 0; i < 4; ++i) {
        if (!m_options.has(kQuotas[i]))
            continue;
        anyQuota = true;
        const qint64 n = m_options.value(kQuotas[i]).toLongLong(&ok);
        if (!ok || n < 0) {
            *error = QStringLiteral("--%1 takes a whole number, 0 for no limit").arg(QLatin1String(kQuotas[i]));
            return {};
        }
        if (i == 0) quotas.issueWarningKb = n * 1024;
        else if (i == 1) quotas.prohibitSendKb = n * 1024;
        else if (i == 2) quotas.prohibitSendReceiveKb = n * 1024;
        else quotas.keepDeletedItemsDays = int(n);
    }
    if (anyQuota)
        calls.append(IkoulaCalls::updateQuotas(email, quotas));

    if (m_options.has("add-alias"))
        calls.append(IkoulaCalls::addAlias(email, m_options.value("add-alias")));
    if (m_options.has("remove-alias"))
        calls.append(IkoulaCalls::deleteAlias(m_options.value("remove-alias")));
    if (m_options.has("forward-to") && m_options.flag("no-forward")) {
        *error = QStringLiteral("give --forward-to or --no-forward, not both");
        return {};
    }
    if (m_options.has("forward-to")) {
        const bool keep = m_options.has("keep-copy") ? parseYesNo(m_options.value("keep-copy"), &ok) : false;
        if (!ok) {
            *error = QStringLiteral("--keep-copy takes yes or no");
            return {};
        }
        calls.append(IkoulaCalls::setForward(email, m_options.value("forward-to"), keep));
    }
    if (m_options.flag("no-forward"))
        calls.append(IkoulaCalls::deleteForward(email));
    if (m_options.has("smtp-forward-to"))
        calls.append(IkoulaCalls::setSmtpForward(email, m_options.value("smtp-forward-to")));
    if (m_options.flag("no-smtp-forward"))
        calls.append(IkoulaCalls::deleteSmtpForward(email));

    if (current) {
        BalDetails d = current->details;
        bool anyField = false;
        const auto text = [&](const char *name, QString *field) {
            if (m_options.has(name)) {
                *field = m_options.value(name);
                anyField = true;
            }
        };
        text("display-name", &d.displayName);
        text("first-name", &d.firstName);
        text("last-name", &d.lastName);
        text("mobile-phone", &d.mobilePhone);
        text("business-phone", &d.businessPhone);
        text("company", &d.company);
        text("office", &d.office);
        text("job", &d.job);
        text("department", &d.department);
        for (const auto &[name, target] : {std::pair<const char *, bool *>{"disabled", &d.disabled}, {"hidden", &d.hideAddressBook}}) {
            if (!m_options.has(name))
                continue;
            *target = parseYesNo(m_options.value(name), &ok);
            anyField = true;
            if (!ok) {
                *error = QStringLiteral("--%1 takes yes or no").arg(QLatin1String(name));
                return {};
            }
        }
        if (anyField)
            calls.append(IkoulaCalls::updateBal(email, d));
    }
    if (calls.isEmpty())
        *error = QStringLiteral("mailbox set: nothing to change (see --help)");
    return calls;
}

void CtlIkoula::sendAll(QList<IkoulaCall> calls)
{
    QList<std::shared_ptr<Operation>> operations;
    for (const IkoulaCall &call : std::as_const(calls)) {
        auto op = std::make_shared<IkoulaOperation>(call, m_options.value("subscription"), m_options.organisation, m_passwordSource);
        if (m_before)
            op->setExpected(IkoulaCalls::stateOf(call.action, *m_before));
        operations.append(op);
    }
    if (draftInstead(m_options.draftFile, m_account, operations, &m_credentials))
        return;
    if (operations.isEmpty())
        return finish(Done);
    submit(m_account, std::make_unique<IkoulaSender>(m_client.get()), operations, [this, calls, operations](const ChangeOutcome &outcome) {
        for (int i = 0; i < outcome.accepted; ++i) {
            const std::shared_ptr<Operation> &op = operations.at(i);
            QString message = QStringLiteral("done");
            if (const QString password = op->secret(QStringLiteral("password")); op->generatesPassword() && !password.isEmpty())
                message += QStringLiteral("; new password: ") + password;   // shown once, as the provider gave it
            CtlOutput::out(QStringLiteral("%1: %2\n").arg(calls.at(i).action, message).toUtf8());
        }
        if (!outcome.ok())
            return failWith(outcome);
        finish(Done);
    });
}
