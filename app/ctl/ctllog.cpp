#include "app/ctl/ctllog.h"

#include "app/ctl/ctlcommand.h"
#include "app/ctl/ctloutput.h"
#include "core/audit/auditlog.h"
#include "core/drafts/csv.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CtlLog {

bool isLogCommand(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments.at(1) == QLatin1String("log");
}

namespace {

QDateTime parseSince(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);   // no offset given: UTC, as the log writes
    return t;
}

QJsonObject toJson(const AuditEntry &e)
{
    QJsonObject o{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("via"), e.via},
                  {QStringLiteral("accountName"), e.accountName},
                  {QStringLiteral("account"), e.accountId},
                  {QStringLiteral("provider"), e.provider},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("describe"), e.description},
                  {QStringLiteral("target"), e.target},
                  {QStringLiteral("outcome"), AuditEntry::outcomeName(e.outcome)}};
    if (!e.draft.isEmpty())
        o.insert(QStringLiteral("draft"), e.draft);
    if (e.httpStatus)
        o.insert(QStringLiteral("status"), e.httpStatus);
    if (!e.message.isEmpty())
        o.insert(QStringLiteral("message"), e.message);
    return o;
}

QStringList row(const AuditEntry &e)
{
    return {e.time.toUTC().toString(Qt::ISODate), e.accountName.isEmpty() ? e.accountId : e.accountName, e.provider,
            e.description, AuditEntry::outcomeName(e.outcome), e.httpStatus ? QString::number(e.httpStatus) : QString(), e.message};
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption account(QStringLiteral("account"), QString(), QStringLiteral("ID|NAME"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({since, account, format});
    QStringList args = arguments;
    args.removeAt(1);   // "log"
    if (!parser.parse(args)) {
        CtlOutput::err(QStringLiteral("mailroomctl log: ") + parser.errorText());
        return CtlCommand::Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CtlOutput::err(QStringLiteral("mailroomctl log takes no argument: %1").arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return CtlCommand::Usage;
    }
    const QString f = parser.value(format);
    if (f != QLatin1String("table") && f != QLatin1String("json") && f != QLatin1String("csv")) {
        CtlOutput::err(QStringLiteral("--format takes table, json or csv"));
        return CtlCommand::Usage;
    }
    QDateTime from;
    if (parser.isSet(since)) {
        from = parseSince(parser.value(since));
        if (!from.isValid()) {
            CtlOutput::err(QStringLiteral("--since takes a date (2026-12-02) or a date and time (2026-12-02T09:30:00Z)"));
            return CtlCommand::Usage;
        }
    }
    const QString who = parser.value(account);

    const AuditLog log(AuditLog::defaultFile());
    int skipped = 0;
    const QList<AuditEntry> changes = AuditLog::changes(log.read(&skipped));
    QList<AuditEntry> shown;
    for (const AuditEntry &e : changes) {
        if (from.isValid() && e.time < from)
            continue;
        if (!who.isEmpty() && e.accountId != who && e.accountName.compare(who, Qt::CaseInsensitive) != 0)
            continue;
        shown.append(e);
    }
    if (skipped)
        CtlOutput::err(QStringLiteral("%1 unreadable line(s) of %2 skipped").arg(skipped).arg(log.file()));
    if (f == QLatin1String("json")) {
        QJsonArray array;
        for (const AuditEntry &e : std::as_const(shown))
            array.append(toJson(e));
        CtlOutput::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CtlCommand::Done;
    }
    QList<QStringList> rows{{QStringLiteral("time"), QStringLiteral("account"), QStringLiteral("provider"), QStringLiteral("change"),
                             QStringLiteral("outcome"), QStringLiteral("http"), QStringLiteral("message")}};
    for (const AuditEntry &e : std::as_const(shown))
        rows.append(row(e));
    CtlOutput::out(f == QLatin1String("csv") ? Csv::write(rows) : CtlOutput::table(rows));
    return CtlCommand::Done;
}

} // namespace CtlLog
