#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/// Strict reading of a draft file's JSON: each field is checked for its type and range, and
/// the first field that is neither absent (where that is allowed) nor of its type becomes
/// error(), naming it ("\"master\" must be true or false, not the text \"true\"."). Nothing
/// is ever read as a silent default: a number for a text, the text "true" for true, 1e308,
/// 100.5 or 3e9 for a quota are all errors.
///
///     StrictJson json(object);
///     const QString domain = json.text(u"domain");
///     const std::optional<qint64> quota = json.optionalInteger(u"quota", 1, Limits::maxQuotaMb);
///     if (!json.ok()) return fail(json.error());
class StrictJson final
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    /// `path` names the object in errors ("account", "operation 3"); may be empty.
    explicit StrictJson(QJsonObject object, QString path = {});

    /// A required text; an empty one is allowed unless `nonEmpty`.
    [[nodiscard]] QString text(const QString &key, bool nonEmpty = true);
    /// A text that may be absent (nullopt), never of another type.
    [[nodiscard]] std::optional<QString> optionalText(const QString &key);
    /// One of `allowed`, required.
    [[nodiscard]] QString choice(const QString &key, const QStringList &allowed);
    /// true or false, or absent (nullopt); never 0/1 or the text "true".
    [[nodiscard]] std::optional<bool> optionalBool(const QString &key);
    /// A whole number from `min` to `max`, or absent (nullopt).
    [[nodiscard]] std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    /// A required whole number from `min` to `max`.
    [[nodiscard]] qint64 integer(const QString &key, qint64 min, qint64 max);
    /// A JSON object, required unless `optional` (then absent gives {}).
    [[nodiscard]] QJsonObject object(const QString &key, bool optional = false);
    /// A JSON array, required unless `optional` (then absent gives []).
    [[nodiscard]] QJsonArray array(const QString &key, bool optional = false);

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    /// The first problem found (translated), empty when none.
    [[nodiscard]] const QString &error() const { return m_error; }
    /// Records a problem of the caller's about `key` (the first one wins); an empty `key`
    /// takes `problem` as the whole message (a nested reader's error()).
    void fail(const QString &key, const QString &problem);

    /// How `value` is named in an error: "the text \"true\"", "the number 100.5", "an object".
    [[nodiscard]] static QString describe(const QJsonValue &value);
    /// describe(), except that the value of a secret field (Redaction::isSecretField: a
    /// password, a token) is never repeated: "a text".
    [[nodiscard]] static QString describeFor(const QString &key, const QJsonValue &value);

private:
    /// The value of `key`, or nullopt when absent (or after an earlier error).
    std::optional<QJsonValue> value(const QString &key);
    /// The value of `key` when it has `type`; a problem when it has another, or is absent
    /// and not `optional`. `typeName` names the type in the problem ("a list").
    std::optional<QJsonValue> ofType(const QString &key, bool optional, QJsonValue::Type type, const QString &typeName);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};
