#include "core/providers/hostway/migrationreport.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayrequests.h"

namespace {
const QString kSubject = QStringLiteral("subject");
const QString kBody = QStringLiteral("body");
} // namespace

ReportMigration::ReportMigration(QString domain, QString name, QString subject, QString body)
    : m_domain(std::move(domain))
    , m_name(std::move(name))
    , m_subject(std::move(subject))
    , m_body(std::move(body))
{
}

QList<ValidationProblem> ReportMigration::validate() const
{
    QList<ValidationProblem> problems;
    if (m_domain.trimmed().isEmpty())
        problems.append({QStringLiteral("domain"), QCoreApplication::translate("Operation", "Choose a domain.")});
    if (m_name.trimmed().isEmpty() || m_name.contains(QLatin1Char('/')))
        problems.append({QStringLiteral("name"), QCoreApplication::translate("Operation", "Enter the name of an existing mailbox.")});
    if (m_subject.trimmed().isEmpty() || m_subject.contains(QLatin1Char('\n')))
        problems.append({kSubject, tr("Give the report a one-line subject.")});
    if (m_body.trimmed().isEmpty())
        problems.append({kBody, tr("Say what went wrong: Hostway's support reads this.")});
    return problems;
}

QString ReportMigration::describe() const
{
    return tr("Report the failed migration of %1@%2 to Hostway's support (\u201c%3\u201d)").arg(m_name, m_domain, m_subject);
}

HttpRequest ReportMigration::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::postMigration(endpoint, m_domain, m_name, m_subject, m_body);
}

QJsonObject ReportMigration::toJson() const
{
    return {{QStringLiteral("kind"), kind()}, {QStringLiteral("domain"), m_domain}, {QStringLiteral("name"), m_name},
            {kSubject, m_subject}, {kBody, m_body}};
}

QString ReportMigration::targetKey() const
{
    return QStringLiteral("mailbox:%1/%2").arg(m_domain.toLower(), m_name.toLower());
}

OperationTarget ReportMigration::target() const
{
    return OperationTarget::mailbox(m_name, m_domain);
}

QString ReportMigration::defaultSubject(const QString &domain, const QString &name)
{
    return tr("Failed migration of %1@%2").arg(name, domain);
}

std::unique_ptr<ReportMigration> ReportMigration::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<ReportMigration>(json.text(QStringLiteral("domain")), json.text(QStringLiteral("name")),
                                                json.text(kSubject), json.text(kBody));
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
