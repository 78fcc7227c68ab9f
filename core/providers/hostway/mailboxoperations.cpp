#include "core/providers/hostway/mailboxoperations.h"

#include "core/drafts/draft.h"
#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/hostwayrules.h"

#include <QRegularExpression>

#include <limits>

namespace {

const QString kDomain = QStringLiteral("domain");
const QString kName = QStringLiteral("name");
const QString kQuota = QStringLiteral("quota");
const QString kMaster = QStringLiteral("master");
const QString kPassword = QStringLiteral("password");
const QString kKindKey = QStringLiteral("kind");
const QString kType = QStringLiteral("type");
const QString kRename = QStringLiteral("rename");

/// The documented name pattern governs names being created; an existing mailbox keeps the
/// name it has, even one outside the pattern (seed 003's own "mfg-mbox").
enum class NameCheck { NewName, ExistingName };

QList<ValidationProblem> addressProblems(const QString &domain, const QString &name, NameCheck check)
{
    QList<ValidationProblem> problems;
    if (domain.trimmed().isEmpty())
        problems.append({kDomain, QCoreApplication::translate("Operation", "Choose a domain.")});
    else if (domain.size() > 253)   // the longest domain name (RFC 1035)
        problems.append({kDomain, QCoreApplication::translate("Operation", "A domain name has at most 253 characters.")});
    const QString nameProblem = check == NameCheck::NewName ? Hostway::Rules::mailboxNameProblem(name)
                                : name.trimmed().isEmpty() || name.contains(QLatin1Char('/')) || name.size() > Hostway::Rules::kMaxMailboxNameLength
                                    ? QCoreApplication::translate("Operation", "Enter the name of an existing mailbox.")
                                    : QString();
    if (!nameProblem.isEmpty())
        problems.append({kName, nameProblem});
    return problems;
}

/// Quotas are whole MB; the seed sets no upper bound, the field is a 32-bit number.
constexpr qint64 kMaxQuotaMb = std::numeric_limits<int>::max();

/// The domain and name every mailbox operation has, read strictly.
void readAddress(StrictJson &json, QString *domain, QString *name)
{
    *domain = json.text(kDomain);
    *name = json.text(kName);
}

template<typename T>
std::unique_ptr<T> failed(const StrictJson &json, QString *error)
{
    *error = json.error();
    return nullptr;
}

QString address(const QString &name, const QString &domain)
{
    return name + QLatin1Char('@') + domain;
}

QString mailboxKey(const QString &domain, const QString &name)
{
    return QStringLiteral("mailbox:%1/%2").arg(domain.toLower(), name.toLower());
}

} // namespace

// CreateMailbox

CreateMailbox::CreateMailbox(QString domain, QString name, int quotaMb, bool master, PasswordSource source, QString password)
    : m_domain(std::move(domain))
    , m_name(std::move(name))
    , m_quotaMb(quotaMb)
    , m_master(master)
    , m_source(source)
    , m_password(std::move(password))
{
}

QList<ValidationProblem> CreateMailbox::validate() const
{
    QList<ValidationProblem> problems = addressProblems(m_domain, m_name, NameCheck::NewName);
    if (m_quotaMb < 0)
        problems.append({kQuota, tr("The quota must be greater than 0 MB.")});
    if (m_source == PasswordSource::Provided) {
        if (m_password.isEmpty() && m_passwordElsewhere) {
            // Checked when it was typed; read back from the keychain at apply time.
        } else if (m_password.isEmpty()) {
            problems.append({kPassword, tr("Enter a password, or let Mailroom generate one.")});
        } else {
            const QStringList broken = Hostway::Rules::passwordProblems(m_password, m_name, m_domain);
            for (const QString &rule : broken)
                problems.append({kPassword, tr("Password: %1").arg(rule)});
        }
    }
    return problems;
}

QString CreateMailbox::describe() const
{
    QString text = m_quotaMb > 0 ? tr("Create mailbox %1 (%2 MB)").arg(address(m_name, m_domain)).arg(m_quotaMb)
                                 : tr("Create mailbox %1").arg(address(m_name, m_domain));
    if (m_master)
        text += tr(", master");
    if (m_source == PasswordSource::Generate)
        text += tr(", with a generated password");
    return text;
}

QStringList CreateMailbox::changes(const SnapshotMailbox *before) const
{
    Q_UNUSED(before)
    return {tr("new mailbox %1").arg(address(m_name, m_domain))};
}

QString CreateMailbox::targetKey() const
{
    return mailboxKey(m_domain, m_name);
}

OperationTarget CreateMailbox::target() const
{
    return OperationTarget::mailbox(m_name, m_domain);
}

QString CreateMailbox::passwordOwner() const
{
    return address(m_name, m_domain);
}

void CreateMailbox::prepare()
{
    if (m_source == PasswordSource::Generate && m_password.isEmpty())
        m_password = Hostway::Rules::generatePassword(m_name, m_domain);
}

HttpRequest CreateMailbox::request(const Hostway::Endpoint &endpoint) const
{
    QJsonObject body{{kPassword, m_password}, {kMaster, m_master}};
    if (m_quotaMb > 0)
        body.insert(kQuota, m_quotaMb);
    return Hostway::Requests::putMailbox(endpoint, m_domain, m_name, body);
}

QJsonObject CreateMailbox::toJson() const
{
    QJsonObject json{{kKindKey, kind()}, {kDomain, m_domain}, {kName, m_name}, {kMaster, m_master},
                     {kPassword, m_source == PasswordSource::Generate ? QStringLiteral("generate") : QStringLiteral("provided")}};
    if (m_quotaMb > 0)
        json.insert(kQuota, m_quotaMb);
    return json;
}

std::unique_ptr<CreateMailbox> CreateMailbox::fromJson(const QJsonObject &json, QString *error)
{
    StrictJson j(json);
    QString domain;
    QString name;
    readAddress(j, &domain, &name);
    const auto quota = j.optionalInteger(kQuota, 1, kMaxQuotaMb);
    const auto master = j.optionalBool(kMaster);
    const QString password = j.choice(kPassword, {QStringLiteral("generate"), QStringLiteral("provided")});
    if (!j.ok())
        return failed<CreateMailbox>(j, error);
    auto op = std::make_unique<CreateMailbox>(domain, name, int(quota.value_or(0)), master.value_or(false),
                                              password == QLatin1String("generate") ? PasswordSource::Generate : PasswordSource::Provided);
    op->m_passwordElsewhere = op->m_source == PasswordSource::Provided;
    return op;
}

// UpdateMailbox

UpdateMailbox::UpdateMailbox(QString domain, QString name)
    : m_domain(std::move(domain))
    , m_name(std::move(name))
{
}

QList<ValidationProblem> UpdateMailbox::validate() const
{
    QList<ValidationProblem> problems = addressProblems(m_domain, m_name, NameCheck::ExistingName);
    if (!m_quotaMb && !m_master && !setsPassword() && m_type.isEmpty() && m_rename.isEmpty())
        problems.append({QString(), tr("Nothing to change.")});
    if (!m_rename.isEmpty()) {
        if (const QString problem = Hostway::Rules::mailboxNameProblem(m_rename); !problem.isEmpty())
            problems.append({kRename, problem});
        else if (m_rename.compare(m_name, Qt::CaseInsensitive) == 0)   // Hostway's names ignore case
            problems.append({kRename, tr("The new name is the mailbox's name already.")});
    }
    // Types come from webmailNames at run time; a type is one word of letters and digits.
    static const QRegularExpression typePattern(QStringLiteral("^[A-Za-z0-9_]{1,40}$"));
    if (!m_type.isEmpty() && !typePattern.match(m_type).hasMatch())
        problems.append({kType, tr("A plan is one word such as standard or premium.")});
    if (m_quotaMb && *m_quotaMb <= 0)
        problems.append({kQuota, tr("The quota must be greater than 0 MB.")});
    if (!m_password.isEmpty()) {
        // The rules name the mailbox: with a rename in the same PUT, its new name too.
        QStringList broken = Hostway::Rules::passwordProblems(m_password, m_name, m_domain);
        if (!m_rename.isEmpty()) {
            for (const QString &rule : Hostway::Rules::passwordProblems(m_password, m_rename, m_domain)) {
                if (!broken.contains(rule))
                    broken.append(rule);
            }
        }
        for (const QString &rule : std::as_const(broken))
            problems.append({kPassword, tr("Password: %1").arg(rule)});
    }
    return problems;
}

QString UpdateMailbox::describe() const
{
    QStringList changes;
    if (m_quotaMb)
        changes.append(tr("quota to %1 MB").arg(*m_quotaMb));
    if (m_master)
        changes.append(*m_master ? tr("make master") : tr("make not master"));
    if (m_generate)
        changes.append(tr("new generated password"));
    else if (setsPassword())
        changes.append(tr("new password"));
    if (!m_type.isEmpty())
        changes.append(tr("plan %1").arg(m_type));
    if (!m_rename.isEmpty())
        changes.append(tr("rename to %1").arg(address(m_rename, m_domain)));
    return tr("Change mailbox %1: %2").arg(address(m_name, m_domain), changes.join(QStringLiteral(", ")));
}

QStringList UpdateMailbox::changes(const SnapshotMailbox *before) const
{
    QStringList lines;
    if (m_quotaMb)
        lines.append(tr("quota: %1 \u2192 %2 MB").arg(before ? QString::number(before->quotaMb) : tr("unknown")).arg(*m_quotaMb));
    if (m_master)
        lines.append(tr("master: %1 \u2192 %2").arg(before ? (before->master ? tr("yes") : tr("no")) : tr("unknown"),
                                                    *m_master ? tr("yes") : tr("no")));
    if (m_generate)
        lines.append(tr("password: \u2192 generated at apply, shown once"));
    else if (setsPassword())
        lines.append(tr("password: (kept in the keychain) \u2192 new"));
    if (!m_type.isEmpty())
        lines.append(tr("plan: \u2192 %1").arg(m_type));
    if (!m_rename.isEmpty()) {
        lines.append(tr("name: %1 \u2192 %2").arg(m_name, m_rename));
        lines.append(renameConsequence(address(m_name, m_domain), address(m_rename, m_domain)));
    }
    return lines;
}

QString UpdateMailbox::targetKey() const
{
    return mailboxKey(m_domain, m_name);
}

OperationTarget UpdateMailbox::target() const
{
    return OperationTarget::mailbox(m_name, m_domain);
}

QString UpdateMailbox::passwordOwner() const
{
    return address(m_name, m_domain);
}

void UpdateMailbox::prepare()
{
    if (m_generate && m_password.isEmpty())
        m_password = Hostway::Rules::generatePassword(m_name, m_domain);
}

QStringList UpdateMailbox::secretNames() const
{
    return setsPassword() ? QStringList{kPassword} : QStringList();
}

HttpRequest UpdateMailbox::request(const Hostway::Endpoint &endpoint) const
{
    QJsonObject body;
    if (m_quotaMb)
        body.insert(kQuota, *m_quotaMb);
    if (m_master)
        body.insert(kMaster, *m_master);
    if (!m_password.isEmpty())
        body.insert(kPassword, m_password);
    if (!m_type.isEmpty())
        body.insert(kType, m_type);
    if (!m_rename.isEmpty())
        body.insert(QStringLiteral("username"), m_rename);
    return Hostway::Requests::putMailbox(endpoint, m_domain, m_name, body);
}

QJsonObject UpdateMailbox::toJson() const
{
    QJsonObject json{{kKindKey, kind()}, {kDomain, m_domain}, {kName, m_name}};
    if (m_quotaMb)
        json.insert(kQuota, *m_quotaMb);
    if (m_master)
        json.insert(kMaster, *m_master);
    if (setsPassword())
        json.insert(kPassword, m_generate ? QStringLiteral("generate") : QStringLiteral("provided"));
    if (!m_type.isEmpty())
        json.insert(kType, m_type);
    if (!m_rename.isEmpty())
        json.insert(kRename, m_rename);
    return json;
}

std::unique_ptr<UpdateMailbox> UpdateMailbox::fromJson(const QJsonObject &json, QString *error)
{
    StrictJson j(json);
    QString domain;
    QString name;
    readAddress(j, &domain, &name);
    const auto quota = j.optionalInteger(kQuota, 1, kMaxQuotaMb);
    const auto master = j.optionalBool(kMaster);
    const QString password = json.contains(kPassword) ? j.choice(kPassword, {QStringLiteral("provided"), QStringLiteral("generate")}) : QString();
    const QString type = j.optionalText(kType).value_or(QString());
    const QString rename = j.optionalText(kRename).value_or(QString());
    if (!j.ok())
        return failed<UpdateMailbox>(j, error);
    auto op = std::make_unique<UpdateMailbox>(domain, name);
    op->m_type = type;
    op->m_rename = rename;
    if (quota)
        op->setQuotaMb(int(*quota));
    if (master)
        op->setMaster(*master);
    op->m_generate = password == QLatin1String("generate");
    op->m_setsPassword = password == QLatin1String("provided");
    return op;
}

QString UpdateMailbox::renameConsequence(const QString &oldAddress, const QString &newAddress)
{
    return tr("Mail sent to %1 after the rename is not delivered: Hostway keeps no alias for the old name. "
              "Tell its correspondents the new address, %2.").arg(oldAddress, newAddress);
}

// DeleteMailbox

DeleteMailbox::DeleteMailbox(QString domain, QString name)
    : m_domain(std::move(domain))
    , m_name(std::move(name))
{
}

QList<ValidationProblem> DeleteMailbox::validate() const
{
    return addressProblems(m_domain, m_name, NameCheck::ExistingName);
}

QString DeleteMailbox::describe() const
{
    return tr("Delete mailbox %1").arg(address(m_name, m_domain));
}

QStringList DeleteMailbox::changes(const SnapshotMailbox *before) const
{
    return {before ? tr("removes %1 (%2 MB)").arg(address(m_name, m_domain)).arg(before->quotaMb)
                   : tr("removes %1").arg(address(m_name, m_domain))};
}

QString DeleteMailbox::targetKey() const
{
    return mailboxKey(m_domain, m_name);
}

OperationTarget DeleteMailbox::target() const
{
    return OperationTarget::mailbox(m_name, m_domain);
}

HttpRequest DeleteMailbox::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::deleteMailbox(endpoint, m_domain, m_name);
}

QJsonObject DeleteMailbox::toJson() const
{
    return {{kKindKey, kind()}, {kDomain, m_domain}, {kName, m_name}};
}

std::unique_ptr<DeleteMailbox> DeleteMailbox::fromJson(const QJsonObject &json, QString *error)
{
    StrictJson j(json);
    QString domain;
    QString name;
    readAddress(j, &domain, &name);
    if (!j.ok())
        return failed<DeleteMailbox>(j, error);
    return std::make_unique<DeleteMailbox>(domain, name);
}
