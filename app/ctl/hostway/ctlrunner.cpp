#include "app/ctl/hostway/ctlrunner.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/drafts/csv.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/infostoreoperation.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/mailboxoperations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Hostway;

namespace {

QJsonObject summaryJson(const MailboxSummary &m)
{
    QJsonObject o{{QStringLiteral("username"), m.username}, {QStringLiteral("quota"), m.quotaMb},
                  {QStringLiteral("master"), m.master}, {QStringLiteral("type"), m.type},
                  {QStringLiteral("allowUpgrade"), m.allowUpgrade}};
    if (!m.webmailAccess.isEmpty())
        o.insert(QStringLiteral("webmailAccess"), m.webmailAccess);
    if (!m.trialType.isEmpty())
        o.insert(QStringLiteral("trialType"), m.trialType);
    if (m.trialExpiration.isValid())
        o.insert(QStringLiteral("trialExpiration"), m.trialExpiration.toString(Qt::ISODate));
    return o;
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

const QString kNotFound = QStringLiteral("not found (HTTP 404): the domain or mailbox does not exist");

} // namespace

CtlRunner::CtlRunner(CtlOptions options, QObject *parent)
    : CtlHostwayCommand(std::move(options), parent)
{
}

void CtlRunner::fail(const ChangeOutcome &outcome)
{
    const ApiError &error = outcome.error;
    CtlOutput::err(error.kind() == ApiError::Kind::NotFound ? kNotFound : error.message().section(QLatin1Char('\n'), 0, 0));
    for (const ApiError::FieldMessage &f : error.fieldMessages())
        CtlOutput::err(QStringLiteral("  %1: %2").arg(f.field, f.message));
    finish(exitCodeOf(outcome));
}

void CtlRunner::fail(const ApiError &error)
{
    CtlHostwayCommand::fail(error, kNotFound);
}

void CtlRunner::run()
{
    const QString command = m_options.noun + QLatin1Char(' ') + m_options.verb;
    if (command == QLatin1String("domain show"))
        domainShow();
    else if (command == QLatin1String("aliases list"))
        aliasesList();
    else if (command == QLatin1String("antispam link"))
        antiSpamLink();
    else if (command == QLatin1String("infostore show"))
        infoStoreShow();
    else if (command == QLatin1String("infostore set"))
        infoStoreSet();
    else if (command == QLatin1String("mailboxes list"))
        mailboxesList();
    else if (command == QLatin1String("mailbox show"))
        mailboxShow();
    else if (command == QLatin1String("mailbox create"))
        mailboxCreate();
    else if (command == QLatin1String("mailbox set"))
        mailboxSet();
    else
        mailboxDelete();
}

void CtlRunner::domainShow()
{
    m_client->fetchDomain(m_options.domain, this, [this](const ApiError &error, const DomainInfo &info) {
        if (error.isError())
            return fail(error);
        m_client->fetchMailboxTypeCount(m_options.domain, this, [this, info](const ApiError &e, const MailboxTypeCount &c) {
            if (e.isError())
                return fail(e);
            if (m_options.format == CtlOptions::Format::Json) {
                CtlOutput::out(json(QJsonObject{{QStringLiteral("domain"), m_options.domain}, {QStringLiteral("quota"), info.quotaMb},
                                          {QStringLiteral("mailboxTypeCount"), QJsonObject{
                                               {QStringLiteral("standard"), c.standard}, {QStringLiteral("activeSync"), c.activeSync},
                                               {QStringLiteral("premium"), c.premium}, {QStringLiteral("exchangeStandard"), c.exchangeStandard},
                                               {QStringLiteral("exchangePremium"), c.exchangePremium}}}}));
            } else {
                CtlOutput::out(CtlOutput::table({{QStringLiteral("domain"), m_options.domain},
                                           {QStringLiteral("quota (MB)"), QString::number(info.quotaMb)},
                                           {QStringLiteral("standard"), QString::number(c.standard)},
                                           {QStringLiteral("activesync"), QString::number(c.activeSync)},
                                           {QStringLiteral("premium"), QString::number(c.premium)},
                                           {QStringLiteral("exchange standard"), QString::number(c.exchangeStandard)},
                                           {QStringLiteral("exchange premium"), QString::number(c.exchangePremium)}}));
            }
            finish(Done);
        });
    });
}

void CtlRunner::aliasesList()
{
    m_client->fetchAliases(m_options.domain, this, [this](const ApiError &error, const QStringList &aliases) {
        if (error.isError())
            return fail(error);
        if (m_options.format == CtlOptions::Format::Json) {
            CtlOutput::out(json(QJsonObject{{QStringLiteral("domain"), m_options.domain},
                                            {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)}}));
        } else {
            QList<QStringList> rows{{QStringLiteral("alias")}};
            for (const QString &alias : aliases)
                rows.append({alias});
            CtlOutput::out(m_options.format == CtlOptions::Format::Csv ? Csv::write(rows) : CtlOutput::table(rows));
        }
        finish(Done);
    });
}

void CtlRunner::antiSpamLink()
{
    m_client->fetchAntiSpamLink(m_options.domain, this, [this](const ApiError &error, const QUrl &link) {
        if (error.isError())
            return fail(error);
        if (m_options.format == CtlOptions::Format::Json)
            CtlOutput::out(json(QJsonObject{{QStringLiteral("domain"), m_options.domain}, {QStringLiteral("link"), link.toString()}}));
        else
            CtlOutput::out(link.toString(QUrl::FullyEncoded).toUtf8() + '\n');
        finish(Done);
    });
}

void CtlRunner::infoStoreShow()
{
    m_client->fetchInfoStore(m_options.domain, this, [this](const ApiError &error, const InfoStore &store) {
        if (error.isError())
            return fail(error);
        if (m_options.format == CtlOptions::Format::Json)
            CtlOutput::out(json(QJsonObject{{QStringLiteral("domain"), m_options.domain}, {QStringLiteral("usage"), store.usageMb},
                                            {QStringLiteral("quota"), store.quotaMb}}));
        else
            CtlOutput::out(CtlOutput::table({{QStringLiteral("domain"), m_options.domain},
                                             {QStringLiteral("usage (MB)"), QString::number(store.usageMb)},
                                             {QStringLiteral("quota (MB)"), QString::number(store.quotaMb)}}));
        finish(Done);
    });
}

void CtlRunner::infoStoreSet()
{
    auto op = std::make_shared<SetInfoStoreQuota>(m_options.domain, m_options.quotaMb.value_or(-1));
    const SetInfoStoreQuota *raw = op.get();
    submitChange(op, [raw](const ApiError &error) { return raw->explainRefusal(error); });
}

void CtlRunner::mailboxesList()
{
    UsernamesQuery query;
    query.filter = m_options.filter;
    query.sortField = m_options.sort == QLatin1String("quota") ? SortField::Quota : SortField::Username;
    query.sortOrder = m_options.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    m_client->fetchAllUsernames(m_options.domain, query, this, [this](const ApiError &error, const QList<MailboxSummary> &all) {
        if (error.isError())
            return fail(error);
        if (m_options.format == CtlOptions::Format::Json) {
            QJsonArray array;
            for (const MailboxSummary &m : all)
                array.append(summaryJson(m));
            CtlOutput::out(json(array));
        } else {
            QList<QStringList> rows{{QStringLiteral("username"), QStringLiteral("quota"), QStringLiteral("type"),
                                     QStringLiteral("master"), QStringLiteral("webmail")}};
            for (const MailboxSummary &m : all)
                rows.append({m.username, QString::number(m.quotaMb), m.type, m.master ? QStringLiteral("yes") : QStringLiteral("no"), m.webmailAccess});
            CtlOutput::out(m_options.format == CtlOptions::Format::Csv ? Csv::write(rows) : CtlOutput::table(rows));
        }
        finish(Done);
    });
}

void CtlRunner::mailboxShow()
{
    m_client->fetchUsernameKind(m_options.domain, m_options.name, this, [this](const ApiError &error, UsernameKind kind) {
        if (error.isError())
            return fail(error);
        const bool asJson = m_options.format == CtlOptions::Format::Json;
        if (kind == UsernameKind::Exchange) {
            m_client->fetchExchange(m_options.domain, m_options.name, this, [this, asJson](const ApiError &e, const ExchangeMailbox &m) {
                if (e.isError())
                    return fail(e);
                QList<QStringList> rows{{QStringLiteral("username"), m.username}, {QStringLiteral("kind"), QStringLiteral("exchange")},
                                        {QStringLiteral("displayName"), m.displayName}, {QStringLiteral("primarySmtpAddress"), m.primarySmtpAddress},
                                        {QStringLiteral("quota"), m.quota}, {QStringLiteral("totalItemSize"), m.totalItemSize}};
                if (asJson) {
                    QJsonObject o;
                    for (const QStringList &row : rows)
                        o.insert(row.at(0), row.at(1));
                    o.insert(QStringLiteral("popEnabled"), m.popEnabled);
                    o.insert(QStringLiteral("imapEnabled"), m.imapEnabled);
                    o.insert(QStringLiteral("owaEnabled"), m.owaEnabled);
                    o.insert(QStringLiteral("mapiEnabled"), m.mapiEnabled);
                    o.insert(QStringLiteral("activeSyncEnabled"), m.activeSyncEnabled);
                    CtlOutput::out(json(o));
                } else {
                    CtlOutput::out(CtlOutput::table(rows));
                }
                finish(Done);
            });
            return;
        }
        m_client->fetchMailbox(m_options.domain, m_options.name, this, [this, asJson](const ApiError &e, const Mailbox &m) {
            if (e.isError())
                return fail(e);
            if (asJson)
                CtlOutput::out(json(QJsonObject{{QStringLiteral("username"), m.username}, {QStringLiteral("kind"), QStringLiteral("mailbox")},
                                          {QStringLiteral("quota"), m.quotaMb}, {QStringLiteral("usage"), m.usageMb},
                                          {QStringLiteral("master"), m.master}}));
            else
                CtlOutput::out(CtlOutput::table({{QStringLiteral("username"), m.username}, {QStringLiteral("kind"), QStringLiteral("mailbox")},
                                           {QStringLiteral("quota (MB)"), QString::number(m.quotaMb)},
                                           {QStringLiteral("usage (MB)"), QString::number(m.usageMb)},
                                           {QStringLiteral("master"), m.master ? QStringLiteral("yes") : QStringLiteral("no")}}));
            finish(Done);
        });
    });
}

void CtlRunner::mailboxCreate()
{
    const PasswordSource source = m_options.generatePassword ? PasswordSource::Generate : PasswordSource::Provided;
    auto op = std::make_shared<CreateMailbox>(m_options.domain, m_options.name, m_options.quotaMb.value_or(0), m_options.master,
                                              source, m_options.passwordStdin ? CtlAccount::readSecretLine() : QString());
    if (m_options.quotaMb && *m_options.quotaMb <= 0)
        return usage(QStringLiteral("--quota must be greater than 0 MB"));
    const auto problems = op->validate();
    if (!problems.isEmpty()) {
        for (const ValidationProblem &p : problems)
            CtlOutput::err(p.message);
        return finish(Usage);
    }
    if (draftInstead(m_options.draftFile, m_account, {op}, &m_credentials))
        return;
    submit(m_account, std::make_unique<HostwaySender>(m_client.get()), {op}, [this, op](const ChangeOutcome &outcome) {
        if (outcome.status == ChangeOutcome::Status::Failed && op->passwordSource() == PasswordSource::Generate) {
            // The mailbox may exist now: its password is nowhere else.
            const QString address = op->name() + QLatin1Char('@') + op->domain();
            if (m_options.format == CtlOptions::Format::Json)
                CtlOutput::out(json(QJsonObject{{QStringLiteral("username"), op->name()}, {QStringLiteral("password"), op->password()},
                                                {QStringLiteral("outcome"), QStringLiteral("unknown")}}));
            else
                CtlOutput::out(QStringLiteral("outcome unknown: %1 may have been created; if it was, its password is: %2\n"
                                              "check with: mailroomctl ... mailbox show --domain %3 --name %4\n")
                                   .arg(address, op->password(), op->domain(), op->name()).toUtf8());
        }
        if (!outcome.ok())
            return fail(outcome);
        if (op->passwordSource() == PasswordSource::Generate) {
            if (m_options.format == CtlOptions::Format::Json)
                CtlOutput::out(json(QJsonObject{{QStringLiteral("username"), op->name()}, {QStringLiteral("password"), op->password()}}));
            else
                CtlOutput::out((QStringLiteral("created %1@%2\npassword: %3\n").arg(op->name(), op->domain(), op->password())).toUtf8());
        } else {
            CtlOutput::out((QStringLiteral("created %1@%2\n").arg(op->name(), op->domain())).toUtf8());
        }
        finish(Done);
    });
}

void CtlRunner::mailboxSet()
{
    auto op = std::make_shared<UpdateMailbox>(m_options.domain, m_options.name);
    if (m_options.quotaMb)
        op->setQuotaMb(*m_options.quotaMb);
    if (m_options.master || m_options.flag("no-master"))
        op->setMaster(m_options.master);
    if (m_options.has("type"))
        op->setType(m_options.value("type"));
    if (m_options.has("rename"))
        op->setRename(m_options.value("rename"));
    if (m_options.passwordStdin) {
        const QString password = CtlAccount::readSecretLine();
        if (password.isEmpty())
            return usage(QStringLiteral("--password-stdin read no password"));
        op->setPassword(password);
    }
    submitChange(op, {}, [op] {
        CtlOutput::out((op->describe() + QStringLiteral(": done\n")).toUtf8());
        if (!op->rename().isEmpty())   // what becomes of the old address
            CtlOutput::out((UpdateMailbox::renameConsequence(op->name() + QLatin1Char('@') + op->domain(),
                                                             op->rename() + QLatin1Char('@') + op->domain()) + QLatin1Char('\n')).toUtf8());
    });
}

void CtlRunner::mailboxDelete()
{
    auto op = std::make_shared<DeleteMailbox>(m_options.domain, m_options.name);
    submitChange(op, {}, [op] { CtlOutput::out((QStringLiteral("deleted %1@%2\n").arg(op->name(), op->domain())).toUtf8()); });
}
