#include "app/ctl/hostway/ctlmailboxsettings.h"

#include "app/ctl/ctlaccount.h"
#include "app/ctl/ctloutput.h"
#include "core/providers/hostway/autoresponderoperation.h"
#include "core/providers/hostway/blackwhiteoperations.h"
#include "core/providers/hostway/forwardoperations.h"
#include "core/providers/hostway/domainwebmailoperation.h"
#include "core/providers/hostway/hostwayclient.h"
#include "core/providers/hostway/hostwayerrors.h"
#include "core/providers/hostway/hostwayrules.h"
#include "core/providers/hostway/hostwaysender.h"
#include "core/providers/hostway/migrationreport.h"
#include "core/providers/hostway/spamfilteroperation.h"
#include "core/providers/hostway/webmailoperations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Hostway;

CtlMailboxSettings::CtlMailboxSettings(CtlOptions options, QObject *parent)
    : CtlHostwayCommand(std::move(options), parent)
{
}

bool CtlMailboxSettings::needsPassword() const
{
    // A drafted change sends nothing; these two read the mailbox first all the same.
    const QString command = m_options.noun + QLatin1Char(' ') + m_options.verb;
    return m_options.draftFile.isEmpty() || command == QLatin1String("forwards add")
           || command == QLatin1String("autoresponder off") || command == QLatin1String("spamfilter set")
           || (command == QLatin1String("autoresponder set") && !m_options.has("subject"));
}

void CtlMailboxSettings::run()
{
    const QString command = m_options.noun + QLatin1Char(' ') + m_options.verb;
    if (command == QLatin1String("forwards list"))
        forwardsList();
    else if (command == QLatin1String("forwards add"))
        forwardsAdd();
    else if (command == QLatin1String("forwards remove"))
        forwardsRemove();
    else if (command == QLatin1String("autoresponder show"))
        autoresponderShow();
    else if (command == QLatin1String("webmail show"))
        webmailShow();
    else if (command == QLatin1String("webmail domain"))
        webmailDomain();
    else if (command == QLatin1String("webmail create") || command == QLatin1String("webmail set"))
        webmailChange(m_options.verb == QLatin1String("create"));
    else if (command == QLatin1String("migration report"))
        migrationReport();
    else if (command == QLatin1String("spamfilter show"))
        spamFilterShow();
    else if (command == QLatin1String("spamfilter set"))
        spamFilterSet();
    else if (command == QLatin1String("blackwhitelist list"))
        blackWhiteList();
    else if (command == QLatin1String("blackwhitelist add"))
        blackWhiteAdd();
    else if (command == QLatin1String("blackwhitelist remove"))
        blackWhiteRemove();
    else if (command == QLatin1String("blackwhitelist show"))
        blackWhiteShow();
    else if (m_options.verb == QLatin1String("stats"))
        messageStats(m_options.noun == QLatin1String("exchange"));
    else
        autoresponderSet(m_options.verb == QLatin1String("set"));
}

void CtlMailboxSettings::fail(const ApiError &error)
{
    CtlHostwayCommand::fail(error, QStringLiteral("not found (HTTP 404): the domain or mailbox does not exist, or is an Exchange mailbox"));
}

void CtlMailboxSettings::change(std::shared_ptr<MailboxSettingChange> operation)
{
    const MailboxSettingChange *op = operation.get();
    submitChange(std::move(operation), [op](const ApiError &error) { return op->explainRefusal(error); });
}

void CtlMailboxSettings::forwardsList()
{
    m_client->fetchForwards(m_options.domain, m_options.name, this, [this](const ApiError &error, const QStringList &targets) {
        if (error.isError())
            return fail(error);
        if (m_options.format == CtlOptions::Format::Json) {
            const QString mailbox = m_options.name + QLatin1Char('@') + m_options.domain;
            CtlOutput::out(QJsonDocument(QJsonObject{{QStringLiteral("mailbox"), mailbox},
                                                     {QStringLiteral("targets"), QJsonArray::fromStringList(targets)}})
                               .toJson(QJsonDocument::Indented));
        } else {
            QList<QStringList> rows{{QStringLiteral("target")}};
            for (const QString &t : targets)
                rows.append({t});
            CtlOutput::out(CtlOutput::table(rows));
        }
        finish(Done);
    });
}

void CtlMailboxSettings::forwardsAdd()
{
    const QStringList added = Rules::splitAddresses(m_options.value("target"));
    m_client->fetchForwards(m_options.domain, m_options.name, this, [this, added](const ApiError &error, const QStringList &current) {
        if (error.isError())
            return fail(error);
        QStringList targets = current;
        for (const QString &t : added) {
            if (!targets.contains(t.trimmed(), Qt::CaseInsensitive))
                targets.append(t.trimmed());
        }
        auto op = std::make_shared<SetForwards>(m_options.domain, m_options.name, targets);
        op->setExpected(SetForwards::stateOf(current));
        change(op);
    });
}

void CtlMailboxSettings::forwardsRemove()
{
    change(std::make_shared<RemoveForward>(m_options.domain, m_options.name, m_options.value("target").trimmed()));
}

void CtlMailboxSettings::messageStats(bool exchange)
{
    m_client->fetchMessageStats(m_options.domain, m_options.name, exchange, this, [this](const ApiError &error, const MessageStats &s) {
        if (error.isError()) {
            CtlOutput::err(messageStatsProblem(error));
            return finish(error.isTransportOrAuth() ? Transport : Refused);
        }
        const auto folder = [](const MessageStats::Folder &f) {
            return QJsonObject{{QStringLiteral("all"), f.all}, {QStringLiteral("unread"), f.unread}};
        };
        if (m_options.format == CtlOptions::Format::Json) {
            const QString mailbox = m_options.name + QLatin1Char('@') + m_options.domain;
            CtlOutput::out(QJsonDocument(QJsonObject{{QStringLiteral("mailbox"), mailbox},
                                                     {QStringLiteral("inbox"), folder(s.inbox)},
                                                     {QStringLiteral("sent"), folder(s.sent)},
                                                     {QStringLiteral("spam"), folder(s.spam)}})
                               .toJson(QJsonDocument::Indented));
        } else {
            CtlOutput::out(CtlOutput::table({{QStringLiteral("folder"), QStringLiteral("all"), QStringLiteral("unread")},
                                             {QStringLiteral("inbox"), QString::number(s.inbox.all), QString::number(s.inbox.unread)},
                                             {QStringLiteral("sent"), QString::number(s.sent.all), QString::number(s.sent.unread)},
                                             {QStringLiteral("spam"), QString::number(s.spam.all), QString::number(s.spam.unread)}}));
        }
        finish(Done);
    });
}

void CtlMailboxSettings::blackWhiteList()
{
    BlackWhiteQuery query;
    query.filterAddress = m_options.filter;
    query.filterType = m_options.value("list") == QLatin1String("allowed") ? QStringLiteral("W")
                       : m_options.value("list") == QLatin1String("blocked") ? QStringLiteral("B") : QString();
    query.sortOrder = m_options.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    query.pageSize = 400;
    blackWhitePage(query, {});
}

void CtlMailboxSettings::blackWhitePage(BlackWhiteQuery query, QList<BlackWhiteEntry> collected)
{
    m_client->fetchBlackWhitePage(m_options.domain, m_options.name, query, this, [this, query, collected](const ApiError &error, const BlackWhitePage &page) mutable {
        if (error.isError())
            return fail(error);
        collected.append(page.items);
        // Follow the links; a list that keeps going past 1,000 pages is not read further.
        if (page.hasNext() && !page.items.isEmpty() && query.page < 1000) {
            ++query.page;
            return blackWhitePage(query, collected);
        }
        QList<QStringList> rows{{QStringLiteral("address"), QStringLiteral("list")}};
        QJsonArray array;
        for (const BlackWhiteEntry &e : std::as_const(collected)) {
            const QString list = e.type == QLatin1String("W") ? QStringLiteral("allowed") : QStringLiteral("blocked");
            rows.append({e.address, list});
            array.append(QJsonObject{{QStringLiteral("address"), e.address}, {QStringLiteral("list"), list}});
        }
        if (m_options.format == CtlOptions::Format::Json)
            CtlOutput::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        else
            CtlOutput::out(CtlOutput::table(rows));
        finish(Done);
    });
}

void CtlMailboxSettings::spamFilterShow()
{
    m_client->fetchCleanMailPlus(m_options.domain, m_options.name, this, [this](const ApiError &error, const QList<FilterAttribute> &filter) {
        if (error.isError())
            return fail(error);
        QJsonArray array;
        QList<QStringList> rows{{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("value"), QStringLiteral("choices")}};
        for (const FilterAttribute &a : filter) {
            QStringList choices;
            QJsonArray options;
            QString shown = a.selected;
            for (const auto &[name, value] : a.options) {
                choices.append(value + QLatin1Char('=') + name);
                options.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
                if (value == a.selected)
                    shown = QStringLiteral("%1 (%2)").arg(value, name);
            }
            rows.append({a.name, a.description, shown, choices.join(QStringLiteral(", "))});
            array.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("description"), a.description},
                                     {QStringLiteral("selected"), a.selected}, {QStringLiteral("options"), options}});
        }
        if (m_options.format == CtlOptions::Format::Json)
            CtlOutput::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        else
            CtlOutput::out(CtlOutput::table(rows));
        finish(Done);
    });
}

void CtlMailboxSettings::spamFilterSet()
{
    // The filter is read first: names and values are checked against what the server lists,
    // and the change keeps the provider's words and the state it was made against.
    m_client->fetchCleanMailPlus(m_options.domain, m_options.name, this, [this](const ApiError &error, const QList<FilterAttribute> &filter) {
        if (error.isError())
            return fail(error);
        QList<SetSpamFilter::Change> changes;
        for (const QString &argument : std::as_const(m_options.arguments)) {
            const QString name = argument.section(QLatin1Char('='), 0, 0).trimmed();
            const QString given = argument.section(QLatin1Char('='), 1).trimmed();
            const auto attribute = std::find_if(filter.cbegin(), filter.cend(), [&name](const FilterAttribute &a) {
                return a.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (attribute == filter.cend()) {
                QStringList names;
                for (const FilterAttribute &a : filter)
                    names.append(a.name);
                CtlOutput::err(QStringLiteral("%1 is not a setting of this spam filter (%2)").arg(name, names.join(QStringLiteral(", "))));
                return finish(Usage);
            }
            const auto option = std::find_if(attribute->options.cbegin(), attribute->options.cend(), [&given](const auto &o) {
                return o.second == given || o.first.compare(given, Qt::CaseInsensitive) == 0;
            });
            if (option == attribute->options.cend()) {
                QStringList choices;
                for (const auto &[optionName, value] : attribute->options)
                    choices.append(value + QLatin1Char('=') + optionName);
                CtlOutput::err(attribute->options.isEmpty()
                                   ? QStringLiteral("%1 lists no choices: it cannot be changed here").arg(attribute->name)
                                   : QStringLiteral("%1 takes one of %2").arg(attribute->name, choices.join(QStringLiteral(", "))));
                return finish(Usage);
            }
            changes.append({attribute->name, option->second, attribute->description, option->first});
        }
        auto op = std::make_shared<SetSpamFilter>(m_options.domain, m_options.name, changes);
        op->setExpected(SetSpamFilter::stateOf(filter));
        change(op);
    });
}

void CtlMailboxSettings::blackWhiteAdd()
{
    QList<BlackWhiteEntry> entries;
    const QString type = m_options.value("list") == QLatin1String("allowed") ? QStringLiteral("W") : QStringLiteral("B");
    for (const QString &address : Rules::splitAddresses(m_options.value("address")))
        entries.append({address.trimmed(), type});
    change(std::make_shared<AddBlackWhite>(m_options.domain, m_options.name, entries));
}

void CtlMailboxSettings::blackWhiteShow()
{
    const QString address = m_options.value("address").trimmed();
    m_client->fetchBlackWhiteEntry(m_options.domain, m_options.name, address, this, [this, address](const ApiError &error, const BlackWhiteEntry &e) {
        if (error.kind() == ApiError::Kind::NotFound) {
            // Section 37-38: an address on neither list answers 404, as does an unknown mailbox.
            return CtlHostwayCommand::fail(error, m_options.name.isEmpty()
                                                      ? QStringLiteral("%1 is on neither list of %2").arg(address, m_options.domain)
                                                      : QStringLiteral("%1 is on neither list of %2@%3 (or the mailbox does not exist)")
                                                            .arg(address, m_options.name, m_options.domain));
        }
        if (error.isError())
            return fail(error);
        const QString list = e.type == QLatin1String("W") ? QStringLiteral("allowed") : QStringLiteral("blocked");
        if (m_options.format == CtlOptions::Format::Json)
            CtlOutput::out(QJsonDocument(QJsonObject{{QStringLiteral("address"), e.address}, {QStringLiteral("list"), list}}).toJson(QJsonDocument::Indented));
        else
            CtlOutput::out(CtlOutput::table({{QStringLiteral("address"), QStringLiteral("list")}, {e.address, list}}));
        finish(Done);
    });
}

void CtlMailboxSettings::blackWhiteRemove()
{
    change(std::make_shared<RemoveBlackWhite>(m_options.domain, m_options.name, m_options.value("address").trimmed()));
}

namespace {

QJsonObject autoresponderJson(const QString &mailbox, const Autoresponder &a)
{
    return {{QStringLiteral("mailbox"), mailbox}, {QStringLiteral("active"), a.active},
            {QStringLiteral("subject"), a.subject}, {QStringLiteral("body"), a.body}};
}

} // namespace

void CtlMailboxSettings::autoresponderShow()
{
    m_client->fetchAutoresponder(m_options.domain, m_options.name, this, [this](const ApiError &error, const Autoresponder &a) {
        if (error.isError())
            return fail(error);
        const QString mailbox = m_options.name + QLatin1Char('@') + m_options.domain;
        if (m_options.format == CtlOptions::Format::Json)
            CtlOutput::out(QJsonDocument(autoresponderJson(mailbox, a)).toJson(QJsonDocument::Indented));
        else
            CtlOutput::out(CtlOutput::table({{QStringLiteral("mailbox"), mailbox},
                                             {QStringLiteral("active"), a.active ? QStringLiteral("yes") : QStringLiteral("no")},
                                             {QStringLiteral("subject"), a.subject},
                                             {QStringLiteral("body"), a.body}}));
        finish(Done);
    });
}

bool CtlMailboxSettings::readBody(QString *body)
{
    if (!m_options.has("body-file")) {
        *body = m_options.value("body");
        return true;
    }
    QFile file(m_options.value("body-file"));
    const bool stdinFile = m_options.value("body-file") == QLatin1String("-");
    if (!(stdinFile ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        CtlOutput::err(QStringLiteral("cannot read %1: %2").arg(m_options.value("body-file"), file.errorString()));
        return false;
    }
    // A text's limit is 65,536 characters, at most 4 bytes each in UTF-8.
    const QByteArray bytes = file.read(65536 * 4 + 1);
    if (bytes.size() > 65536 * 4) {
        CtlOutput::err(QStringLiteral("%1 is longer than the 65,536 characters a text may have").arg(m_options.value("body-file")));
        return false;
    }
    *body = QString::fromUtf8(bytes);
    return true;
}

void CtlMailboxSettings::webmailDomain()
{
    if (m_options.arguments.value(0) == QLatin1String("set")) {
        auto op = std::make_shared<SetDomainWebmailUpgrade>(m_options.domain, m_options.value("allow-upgrade") == QLatin1String("yes"));
        return change(op);
    }
    m_client->fetchDomainWebmail(m_options.domain, this, [this](const ApiError &error, const DomainWebmail &w) {
        if (error.isError())
            return fail(error);
        if (m_options.format == CtlOptions::Format::Json) {
            const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
            CtlOutput::out(QJsonDocument(QJsonObject{{QStringLiteral("domain"), m_options.domain}, {QStringLiteral("type"), w.type},
                                                     {QStringLiteral("allowUpgrade"), w.allowUpgrade}, {QStringLiteral("trialType"), orNull(w.trialType)},
                                                     {QStringLiteral("trialExpiration"), orNull(w.trialExpiration)}})
                               .toJson(QJsonDocument::Indented));
        } else {
            CtlOutput::out(CtlOutput::table({{QStringLiteral("domain"), m_options.domain}, {QStringLiteral("type"), w.type},
                                             {QStringLiteral("upgrades"), w.allowUpgrade ? QStringLiteral("allowed") : QStringLiteral("not allowed")},
                                             {QStringLiteral("trial"), w.trialType.isEmpty() ? QStringLiteral("none")
                                                                                            : QStringLiteral("%1 until %2").arg(w.trialType, w.trialExpiration)}}));
        }
        finish(Done);
    });
}

void CtlMailboxSettings::webmailShow()
{
    m_client->fetchWebmailPlans(m_options.domain, this, [this](const ApiError &error, const WebmailPlans &plans) {
        if (error.isError())
            return fail(error);
        m_client->fetchWebmail(m_options.domain, m_options.name, this, [this, plans](const ApiError &e, const Webmail &w) {
            if (e.isError() && e.kind() != ApiError::Kind::NotFound)
                return fail(e);
            QJsonArray planList;
            QStringList planText;
            for (const auto &[type, name] : plans.names) {
                const int limit = plans.limits.value(type);
                planList.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("name"), name}, {QStringLiteral("limit"), limit > 0 ? limit : 0}});
                planText.append(limit > 0 ? QStringLiteral("%1 (%2, at most %3)").arg(type, name).arg(limit) : QStringLiteral("%1 (%2)").arg(type, name));
            }
            QJsonObject account;
            if (!e.isError())
                account = CreateWebmail::stateOf(w).toObject();
            if (m_options.format == CtlOptions::Format::Json) {
                const QString mailbox = m_options.name + QLatin1Char('@') + m_options.domain;
                CtlOutput::out(QJsonDocument(QJsonObject{{QStringLiteral("mailbox"), mailbox},
                                                         {QStringLiteral("account"), e.isError() ? QJsonValue() : QJsonValue(account)},
                                                         {QStringLiteral("plans"), planList},
                                                         {QStringLiteral("upgradeAllowed"), plans.upgradeAllowed}}).toJson(QJsonDocument::Indented));
            } else {
                QList<QStringList> rows{{QStringLiteral("account"), e.isError() ? QStringLiteral("none") : QStringLiteral("yes")}};
                for (auto it = account.begin(); it != account.end(); ++it)
                    rows.append({it.key(), it.value().isBool() ? (it.value().toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : it.value().toString()});
                rows.append({QStringLiteral("plans"), planText.join(QStringLiteral(", "))});
                rows.append({QStringLiteral("upgrades"), plans.upgradeAllowed ? QStringLiteral("allowed") : QStringLiteral("not allowed")});
                CtlOutput::out(CtlOutput::table(rows));
            }
            finish(Done);
        });
    });
}

void CtlMailboxSettings::webmailChange(bool creating)
{
    WebmailFields fields;
    for (const char *key : {"type", "theme", "language", "timezone"}) {
        if (m_options.has(key))
            fields.insert(QLatin1String(key), m_options.value(key));
    }
    if (m_options.has("allow-upgrade"))
        fields.insert(QStringLiteral("allowUpgrade"), m_options.value("allow-upgrade") == QLatin1String("yes"));
    if (m_options.flag("reset-password"))
        fields.insert(QStringLiteral("resetPassword"), true);
    if (creating)
        return change(std::make_shared<CreateWebmail>(m_options.domain, m_options.name, fields));
    change(std::make_shared<SetWebmail>(m_options.domain, m_options.name, fields));
}

void CtlMailboxSettings::migrationReport()
{
    QString body;
    if (!readBody(&body))
        return finish(Usage);
    const QString subject = m_options.has("subject") ? m_options.value("subject")
                                                     : ReportMigration::defaultSubject(m_options.domain, m_options.name);
    auto op = std::make_shared<ReportMigration>(m_options.domain, m_options.name, subject, body);
    const auto problems = op->validate();
    if (!problems.isEmpty()) {
        for (const ValidationProblem &p : problems)
            CtlOutput::err(p.message);
        return finish(Usage);
    }
    if (draftInstead(m_options.draftFile, m_account, {op}, &m_credentials))
        return;
    submit(m_account, std::make_unique<HostwaySender>(m_client.get()), {op}, [this, op](const ChangeOutcome &outcome) {
        if (!outcome.ok())
            return failWith(outcome);
        CtlOutput::out((op->describe() + QStringLiteral(": done\n")).toUtf8());
        finish(Done);
    });
}

void CtlMailboxSettings::autoresponderSet(bool active)
{
    Autoresponder settings;
    settings.active = active;
    settings.subject = m_options.value("subject");
    if (!readBody(&settings.body))
        return finish(Usage);
    if (active && m_options.has("subject")) {
        change(std::make_shared<SetAutoresponder>(m_options.domain, m_options.name, settings));
        return;
    }
    if (active) {   // no --subject: the one Hostway has is kept (the PUT sends one always)
        m_client->fetchAutoresponder(m_options.domain, m_options.name, this, [this, settings](const ApiError &error, const Autoresponder &now) mutable {
            if (error.isError())
                return fail(error);
            settings.subject = now.subject;
            auto op = std::make_shared<SetAutoresponder>(m_options.domain, m_options.name, settings);
            op->setExpected(SetAutoresponder::stateOf(now));
            change(op);
        });
        return;
    }
    // Off: Hostway needs the text even so; the one it has is kept, and the subject.
    m_client->fetchAutoresponder(m_options.domain, m_options.name, this, [this](const ApiError &error, const Autoresponder &now) {
        if (error.isError())
            return fail(error);
        if (!now.active) {
            CtlOutput::out(QStringLiteral("the autoresponder of %1@%2 is off already\n").arg(m_options.name, m_options.domain).toUtf8());
            return finish(Done);
        }
        Autoresponder off = now;
        off.active = false;
        auto op = std::make_shared<SetAutoresponder>(m_options.domain, m_options.name, off);
        op->setExpected(SetAutoresponder::stateOf(now));
        change(op);
    });
}
