#include "core/operations/strictjson.h"

#include "core/net/redaction.h"

#include <QLocale>

#include <cmath>

namespace {

/// `n` as people write it: 3000000000, 10.7, 1e+308.
QString numberText(double n)
{
    return std::abs(n) < 1e15 && n == std::floor(n) ? QString::number(qint64(n)) : QString::number(n, 'g', QLocale::FloatingPointShortest);
}

} // namespace

StrictJson::StrictJson(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{
}

QString StrictJson::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return value.toBool() ? tr("true") : tr("false");
    case QJsonValue::Double: return tr("the number %1").arg(numberText(value.toDouble()));
    case QJsonValue::String: return tr("the text \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

void StrictJson::fail(const QString &key, const QString &problem)
{
    if (!m_error.isEmpty())
        return;
    if (key.isEmpty()) {   // a nested reader's whole message
        m_error = problem;
        return;
    }
    const QString field = m_path.isEmpty() ? QStringLiteral("\"%1\"").arg(key) : QStringLiteral("%1: \"%2\"").arg(m_path, key);
    m_error = tr("%1 %2.").arg(field, problem);
}

QString StrictJson::describeFor(const QString &key, const QJsonValue &value)
{
    if (!Redaction::isSecretField(key))
        return describe(value);
    // A secret's value is never repeated, not even a wrong one: only its type is named.
    switch (value.type()) {
    case QJsonValue::String: return tr("a text");
    case QJsonValue::Double: return tr("a number");
    default: return describe(value);
    }
}

std::optional<QJsonValue> StrictJson::value(const QString &key)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd())
        return std::nullopt;
    return it.value();
}

QString StrictJson::text(const QString &key, bool nonEmpty)
{
    const auto v = value(key);
    if (!ok())
        return {};
    if (!v) {
        fail(key, tr("is missing"));
        return {};
    }
    if (!v->isString()) {
        fail(key, tr("must be a text, not %1").arg(describeFor(key, *v)));
        return {};
    }
    if (nonEmpty && v->toString().isEmpty())
        fail(key, tr("must not be empty"));
    return v->toString();
}

std::optional<QString> StrictJson::optionalText(const QString &key)
{
    const auto v = value(key);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(key, tr("must be a text, not %1").arg(describeFor(key, *v)));
        return std::nullopt;
    }
    return v->toString();
}

QString StrictJson::choice(const QString &key, const QStringList &allowed)
{
    const QString t = text(key, false);
    if (ok() && !allowed.contains(t))
        fail(key, Redaction::isSecretField(key) ? tr("must be one of %1").arg(allowed.join(QStringLiteral(", ")))
                                                : tr("must be one of %1, not \"%2\"").arg(allowed.join(QStringLiteral(", ")), t.left(40)));
    return ok() ? t : QString();
}

std::optional<bool> StrictJson::optionalBool(const QString &key)
{
    const auto v = value(key);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        fail(key, tr("must be true or false, not %1").arg(describeFor(key, *v)));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<qint64> StrictJson::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    const auto v = value(key);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || d != std::floor(d)) {
        fail(key, tr("must be a whole number, not %1").arg(describeFor(key, *v)));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        fail(key, tr("must be from %1 to %2, not %3").arg(min).arg(max).arg(numberText(d)));
        return std::nullopt;
    }
    return qint64(d);
}

qint64 StrictJson::integer(const QString &key, qint64 min, qint64 max)
{
    const bool present = m_object.contains(key);
    const auto n = optionalInteger(key, min, max);
    if (ok() && !present)
        fail(key, tr("is missing"));
    return n.value_or(0);
}

std::optional<QJsonValue> StrictJson::ofType(const QString &key, bool optional, QJsonValue::Type type, const QString &typeName)
{
    const auto v = value(key);
    if (!ok())
        return std::nullopt;
    if (!v) {
        if (!optional)
            fail(key, tr("is missing"));
        return std::nullopt;
    }
    if (v->type() != type) {
        fail(key, tr("must be %1, not %2").arg(typeName, describeFor(key, *v)));
        return std::nullopt;
    }
    return v;
}

QJsonObject StrictJson::object(const QString &key, bool optional)
{
    return ofType(key, optional, QJsonValue::Object, tr("an object")).value_or(QJsonValue()).toObject();
}

QJsonArray StrictJson::array(const QString &key, bool optional)
{
    return ofType(key, optional, QJsonValue::Array, tr("a list")).value_or(QJsonValue()).toArray();
}
