#include "core/providers/hostway/autoresponderoperation.h"

#include "core/operations/strictjson.h"
#include "core/providers/hostway/hostwayparser.h"
#include "core/providers/hostway/hostwayrequests.h"

namespace {
const QString kActive = QStringLiteral("active");
const QString kSubject = QStringLiteral("subject");
const QString kBody = QStringLiteral("body");

/// The longest subject and body taken: the seed sets no limit; these keep a draft file and
/// a request of sane size (a subject line of RFC 5322's 998 characters, a body of 64 KiB).
constexpr int kMaxSubject = 998;
constexpr int kMaxBody = 65536;
} // namespace

SetAutoresponder::SetAutoresponder(QString domain, QString name, Hostway::Autoresponder settings)
    : MailboxSettingChange(std::move(domain), std::move(name))
    , m_settings(std::move(settings))
{
}

QList<ValidationProblem> SetAutoresponder::validate() const
{
    QList<ValidationProblem> problems = addressProblems();
    if (m_settings.body.trimmed().isEmpty())
        problems.append({kBody, m_settings.active ? tr("Write the reply's text.")
                                                  : tr("Keep the reply's text: Hostway needs it even to turn the autoresponder off.")});
    else if (m_settings.body.size() > kMaxBody)
        problems.append({kBody, tr("The reply's text has at most %1 characters.").arg(kMaxBody)});
    if (m_settings.subject.size() > kMaxSubject || m_settings.subject.contains(QLatin1Char('\n')))
        problems.append({kSubject, tr("The subject is one line of at most %1 characters.").arg(kMaxSubject)});
    return problems;
}

QString SetAutoresponder::describe() const
{
    if (!m_settings.active)
        return tr("Turn off the autoresponder of %1").arg(address());
    if (m_settings.subject.isEmpty())
        return tr("Turn on the autoresponder of %1").arg(address());
    return tr("Turn on the autoresponder of %1 (\u201c%2\u201d)").arg(address(), m_settings.subject);
}

QStringList SetAutoresponder::changes(const SnapshotMailbox *) const
{
    const QJsonObject before = expected().toObject();
    const bool known = expected().isObject();
    const auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
    QStringList lines;
    const QString was = known ? onOff(before.value(kActive).toBool()) : tr("unknown");
    lines.append(tr("autoresponder: %1 \u2192 %2").arg(was, onOff(m_settings.active)));
    if (!known || before.value(kSubject).toString() != m_settings.subject)
        lines.append(tr("subject: \u201c%1\u201d").arg(m_settings.subject));
    if (!known || before.value(kBody).toString() != m_settings.body)
        lines.append(tr("text: %1").arg(m_settings.body.left(80).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    return lines;
}

HttpRequest SetAutoresponder::request(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::putAutoresponder(endpoint, domain(), name(), m_settings);
}

QJsonObject SetAutoresponder::toJson() const
{
    QJsonObject json = baseJson();
    json.insert(kActive, m_settings.active);
    json.insert(kSubject, m_settings.subject);
    json.insert(kBody, m_settings.body);
    return json;
}

HttpRequest SetAutoresponder::stateRequest(const Hostway::Endpoint &endpoint) const
{
    return Hostway::Requests::autoresponder(endpoint, domain(), name());
}

bool SetAutoresponder::stateFrom(const QByteArray &body, QJsonValue *state, QString *error) const
{
    Hostway::Autoresponder settings;
    if (!Hostway::Parser::autoresponder(body, &settings, error))
        return false;
    *state = stateOf(settings);
    return true;
}

bool SetAutoresponder::isAppliedIn(const QJsonValue &state) const
{
    return state == stateOf(m_settings);
}

QJsonValue SetAutoresponder::stateOf(const Hostway::Autoresponder &settings)
{
    return QJsonObject{{kActive, settings.active}, {kSubject, settings.subject}, {kBody, settings.body}};
}

std::unique_ptr<SetAutoresponder> SetAutoresponder::fromJson(const QJsonObject &object, QString *error)
{
    StrictJson json(object);
    auto op = std::unique_ptr<SetAutoresponder>(new SetAutoresponder({}, {}, {}));
    readBase(json, object, op.get());
    op->m_settings.active = json.optionalBool(kActive).value_or(false);
    op->m_settings.subject = json.text(kSubject, false);
    op->m_settings.body = json.text(kBody, false);
    if (!object.contains(kActive))
        json.fail(kActive, tr("is missing"));
    if (!json.ok()) {
        *error = json.error();
        return nullptr;
    }
    return op;
}
