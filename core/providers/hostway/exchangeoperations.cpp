#include "core/providers/hostway/exchangeoperations.h"

#include "core/credentials/passwordgenerator.h"
#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayrequests.h"
#include "core/providers/hostway/hostwayrules.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
const QString kFields = QStringLiteral("fields");
const QString kPassword = QStringLiteral("password");
const QString kType = QStringLiteral("type");
const QString kResourceType = QStringLiteral("resourceType");
const QString kResetPassword = QStringLiteral("resetPassword");
const QString kDisplayName = QStringLiteral("displayName");
const QString kExists = QStringLiteral("exists");

/// The problems of `fields` that creation and update share: types, lengths, unknown fields.
QList<ValidationProblem> fieldProblems(const ExchangeFields &fields)
{
    QList<ValidationProblem> problems;
    const auto &texts = Hostway::ExchangeRules::textFields();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString &key = it.key();
        const auto limit = std::find_if(texts.cbegin(), texts.cend(), [&key](const auto &f) { return f.first == key; });
        if (limit != texts.cend()) {
            if (!it.value().isString())
                problems.append({key, QCoreApplication::translate("CreateExchange", "%1 is text.").arg(key)});
            else if (it.value().toString().size() > limit->second)
                problems.append({key, QCoreApplication::translate("CreateExchange", "%1 has at most %2 characters.").arg(key).arg(limit->second)});
        } else if (key == kType) {
            if (!Hostway::ExchangeRules::types().contains(it.value().toString()))
                problems.append({key, QCoreApplication::translate("CreateExchange", "The type is standard or premium.")});
        } else if (key == kResourceType) {
            if (!Hostway::ExchangeRules::resourceTypes().contains(it.value().toString()))
                problems.append({key, QCoreApplication::translate("CreateExchange", "The resource is a user, a room or equipment.")});
        } else if (key == kResetPassword) {
            if (!it.value().isBool())
                problems.append({key, QCoreApplication::translate("CreateExchange", "resetPassword is true or false.")});
        } else {
            problems.append({key, QCoreApplication::translate("CreateExchange", "Hostway documents no Exchange field %1.").arg(key)});
        }
    }
    return problems;
}

/// The password rules of the Exchange PUT: the mailbox rules and, for a new mailbox,
/// "Should start with a letter" (example 56.3.6 gives an existing one "!q2w3e4R").
QList<ValidationProblem> passwordProblems(const QString &password, const QString &name, const QString &domain, bool creating)
{
    QList<ValidationProblem> problems;
    for (const QString &rule : Hostway::Rules::passwordProblems(password, name, domain))
        problems.append({kPassword, QCoreApplication::translate("CreateExchange", "Password: %1").arg(rule)});
    if (creating && !password.isEmpty() && !password.at(0).isLetter())
        problems.append({kPassword, QCoreApplication::translate("CreateExchange", "Password: Should start with a letter")});
    return problems;
}

/// The GET .../exchange answer `body` as an object; false and *error when it is none.
bool objectFrom(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error == QJsonParseError::NoError ? QStringLiteral("expected a JSON object") : parseError.errorString();
        return false;
    }
    *out = doc.object();
    return true;
}

/// {"exists": true} for any readable answer of GET .../exchange.
bool existsFrom(const QByteArray &body, QJsonValue *state, QString *error)
{
    QJsonObject shown;
    if (!objectFrom(body, &shown, error))
        return false;
    *state = QJsonObject{{kExists, true}};
    return true;
}

} // namespace

namespace Hostway::ExchangeRules {

const QList<QPair<QString, int>> &textFields()
{
    static const QList<QPair<QString, int>> fields{
        {QStringLiteral("displayName"), 256}, {QStringLiteral("firstName"), 64},  {QStringLiteral("lastName"), 64},
        {QStringLiteral("city"), 128},        {QStringLiteral("company"), 64},    {QStringLiteral("country"), 128},
        {QStringLiteral("department"), 64},   {QStringLiteral("fax"), 64},        {QStringLiteral("homePhone"), 64},
        {QStringLiteral("mobilePhone"), 64},  {QStringLiteral("postalCode"), 40}, {QStringLiteral("state"), 128},
        {QStringLiteral("street"), 1024},     {QStringLiteral("title"), 128}};
    return fields;
}

QStringList types()
{
    return {QStringLiteral("standard"), QStringLiteral("premium")};
}

QStringList resourceTypes()
{
    return {QStringLiteral("user"), QStringLiteral("equipment"), QStringLiteral("room")};
}

QString nameProblem(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9._-]{1,64}$"));
    if (pattern.match(name).hasMatch())
        return {};
    return QCoreApplication::translate("CreateExchange", "An Exchange mailbox's name has 1 to 64 letters, digits, dots, dashes or underscores.");
}

QList<ValidationProblem> newPasswordProblems(const QString &password, const QString &name, const QString &domain)
{
    return passwordProblems(password, name, domain, true);
}

QString generatePassword(const QString &name, const QString &domain)
{
    return PasswordGenerator::generate([&](const QString &password) {
        return Hostway::Rules::isPasswordAcceptable(password, name, domain) && password.at(0).isLetter();
    });
}

} // namespace Hostway::ExchangeRules

// CreateExchange

CreateExchange::CreateExchange(QString domain, QString name, ExchangeFields fields, PasswordSource source, QString password)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_fields(std::move(fields))
    , m_source(source)
    , m_password(std::move(password))
{
    setExpected(QJsonObject());   // created where none is: one found at apply is a conflict
}

QString CreateExchange::conflictWith(const QJsonValue &state) const
{
    if (!isAppliedIn(state))
        return {};
    return tr("%1 exists now, though it did not when the draft was made: sending would overwrite its password and details.").arg(address());
}

QList<ValidationProblem> CreateExchange::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (const QString problem = Hostway::ExchangeRules::nameProblem(name()); !problem.isEmpty())
        problems.append({QStringLiteral("name"), problem});
    if (m_fields.value(kDisplayName).toString().trimmed().isEmpty())
        problems.append({kDisplayName, tr("Enter a display name: Hostway needs one to create an Exchange mailbox.")});
    problems += fieldProblems(m_fields);
    if (m_source == PasswordSource::Provided && !(m_passwordElsewhere && m_password.isEmpty())) {
        if (m_password.isEmpty())
            problems.append({kPassword, tr("Enter a password, or let Mailroom generate one.")});
        else
            problems += passwordProblems(m_password, name(), domain(), true);
    }
    return problems;
}

QString CreateExchange::describe() const
{
    const QString resource = m_fields.value(kResourceType).toString(QStringLiteral("user"));
    const QString type = m_fields.value(kType).toString(QStringLiteral("standard"));
    return tr("Create Exchange mailbox %1 (%2, %3)").arg(address(), type, resource);
}

HttpRequest CreateExchange::request(const Hostway::Endpoint &endpoint) const
{
    QJsonObject body = m_fields;
    body.insert(kPassword, m_password);
    return Hostway::Requests::putExchange(endpoint, domain(), name(), body);
}

QJsonObject CreateExchange::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kFields, m_fields);
    json.insert(kPassword, m_source == PasswordSource::Generate ? QStringLiteral("generate") : QStringLiteral("provided"));
    return json;
}

void CreateExchange::prepare()
{
    if (m_source != PasswordSource::Generate || !m_password.isEmpty())
        return;
    m_password = Hostway::ExchangeRules::generatePassword(name(), domain());
}

HttpRequest CreateExchange::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::exchange(endpoint, domain(), name());
}

bool CreateExchange::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return existsFrom(body, state, error);
}

bool CreateExchange::stateWhenMissing(QJsonValue *state) const
{
    *state = QJsonObject();
    return true;
}

bool CreateExchange::isAppliedIn(const QJsonValue &state) const
{
    return state.toObject().value(kExists).toBool();
}

QStringList CreateExchange::explainRefusal(const ApiError &error) const
{
    if (error.httpStatus() == 409)
        return {tr("%1 exists already (a mailbox or an Exchange mailbox of that name), or the domain is disabled: choose another name.").arg(address())};
    return {};
}

std::unique_ptr<CreateExchange> CreateExchange::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<CreateExchange>(QString(), QString(), ExchangeFields(), PasswordSource::Provided);
    readBase(json, object, op.get());
    op->m_fields = json.object(kFields);
    if (!object.contains(QStringLiteral("expected")))
        op->setExpected(QJsonObject());   // a creation is drafted where none is
    const QString password = json.choice(kPassword, {QStringLiteral("generate"), QStringLiteral("provided")});
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    op->m_source = password == QLatin1String("generate") ? PasswordSource::Generate : PasswordSource::Provided;
    op->m_passwordElsewhere = op->m_source == PasswordSource::Provided;
    return op;
}

// UpdateExchange

UpdateExchange::UpdateExchange(QString domain, QString name, ExchangeFields fields, QString password)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_fields(std::move(fields))
    , m_password(std::move(password))
{
}

QList<ValidationProblem> UpdateExchange::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (m_fields.isEmpty() && !setsPassword())
        problems.append({QString(), tr("Nothing to change.")});
    if (m_fields.contains(kResourceType))
        problems.append({kResourceType, tr("Whether it is a user, a room or equipment is chosen at creation: Hostway refuses to change it.")});
    if (m_fields.contains(kDisplayName) && m_fields.value(kDisplayName).toString().trimmed().isEmpty())
        problems.append({kDisplayName, tr("An Exchange mailbox keeps a display name.")});
    problems += fieldProblems(m_fields);
    if (!m_password.isEmpty())
        problems += passwordProblems(m_password, name(), domain(), false);
    return problems;
}

QString UpdateExchange::describe() const
{
    QStringList what = m_fields.keys();
    what.removeOne(kResetPassword);
    if (m_fields.value(kResetPassword).toBool())
        what.append(tr("a new password at the next logon"));
    if (setsPassword())
        what.append(tr("new password"));
    return tr("Change Exchange mailbox %1: %2").arg(address(), what.join(QStringLiteral(", ")));
}

QStringList UpdateExchange::changes(const SnapshotMailbox *) const
{
    const QJsonObject before = expected().toObject();
    QStringList lines;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (it.key() == kResetPassword)
            continue;
        const QString was = before.contains(it.key()) ? before.value(it.key()).toString() : tr("unknown");
        lines.append(tr("%1: %2 \u2192 %3").arg(it.key(), was, it.value().toString()));
    }
    if (m_fields.value(kResetPassword).toBool())
        lines.append(tr("a new password is asked at the next logon"));
    if (setsPassword())
        lines.append(tr("password: (kept in the keychain) \u2192 new"));
    return lines;
}

HttpRequest UpdateExchange::request(const Hostway::Endpoint &endpoint) const
{
    QJsonObject body = m_fields;
    if (!m_password.isEmpty())
        body.insert(kPassword, m_password);
    return Hostway::Requests::putExchange(endpoint, domain(), name(), body);
}

QJsonObject UpdateExchange::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kFields, m_fields);
    if (setsPassword())
        json.insert(kPassword, QStringLiteral("provided"));
    return json;
}

QStringList UpdateExchange::secretNames() const
{
    return setsPassword() ? QStringList{kPassword} : QStringList();
}

HttpRequest UpdateExchange::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::exchange(endpoint, domain(), name());
}

bool UpdateExchange::stateOf(const QByteArray &body, const ExchangeFields &fields, QJsonValue *state, QString *error)
{
    QJsonObject shown;
    if (!objectFrom(body, &shown, error))
        return false;
    QJsonObject out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != kResetPassword)   // not in the GET
            out.insert(it.key(), shown.value(it.key()).toVariant().toString());
    }
    *state = out;
    return true;
}

bool UpdateExchange::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return stateOf(body, m_fields, state, error);
}

bool UpdateExchange::canReadBack() const
{
    return !setsPassword() && !m_fields.contains(kResetPassword);
}

bool UpdateExchange::isAppliedIn(const QJsonValue &state) const
{
    const QJsonObject shown = state.toObject();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (it.key() != kResetPassword && shown.value(it.key()).toString() != it.value().toVariant().toString())
            return false;
    }
    return canReadBack();
}

QStringList UpdateExchange::explainRefusal(const ApiError &error) const
{
    if (error.httpStatus() == 409)
        return {tr("The domain of %1 is disabled: Hostway changes none of its Exchange mailboxes until it is enabled again.").arg(address())};
    if (error.httpStatus() == 400 && QString::fromUtf8(error.rawBody()).contains(QLatin1String("resourceType cannot be updated")))
        return {tr("Whether it is a user, a room or equipment is chosen at creation: Hostway refuses to change it.")};
    return {};
}

std::unique_ptr<UpdateExchange> UpdateExchange::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<UpdateExchange>(QString(), QString(), ExchangeFields());
    readBase(json, object, op.get());
    op->m_fields = json.object(kFields);
    op->m_setsPassword = object.contains(kPassword) && !json.choice(kPassword, {QStringLiteral("provided")}).isEmpty();
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}

// DeleteExchange

DeleteExchange::DeleteExchange(QString domain, QString name)
    : MailboxSettingChange(std::move(domain), std::move(name))
{
}

QString DeleteExchange::describe() const
{
    return tr("Delete Exchange mailbox %1").arg(address());
}

HttpRequest DeleteExchange::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::deleteExchange(endpoint, domain(), name());
}

HttpRequest DeleteExchange::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::exchange(endpoint, domain(), name());
}

bool DeleteExchange::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    return existsFrom(body, state, error);
}

bool DeleteExchange::stateWhenMissing(QJsonValue *state) const
{
    *state = QJsonValue(QJsonValue::Null);
    return true;
}

QStringList DeleteExchange::explainRefusal(const ApiError &error) const
{
    if (error.httpStatus() == 409)
        return {tr("The domain of %1 is disabled: Hostway deletes none of its Exchange mailboxes until it is enabled again.").arg(address())};
    return {};
}

std::unique_ptr<DeleteExchange> DeleteExchange::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::make_unique<DeleteExchange>(QString(), QString());
    readBase(json, object, op.get());
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
